"""The form's start empties only the slots that hold something (issue 17: fewer events per turn).

Every event the validation returns is checked, stored, read back and replayed by the Rasa server
on every later turn of the conversation; an event that sets an empty slot to empty changes nothing.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_form import ValidateContactForm
from actions.contact_slots import CONTACT_SLOTS
from tools.action_calls import action_call, tracker_state

EVERY_SLOT = [*CONTACT_SLOTS, "contact_id", "caller_number", "question", "requested_slot"]


def _start(slots: dict[str, Any]) -> dict[str, Any]:
    """What the validation answers to "save a contact" with these slots held."""
    state = tracker_state(
        "start", {name: None for name in EVERY_SLOT} | slots, "save a contact", "save_contact"
    )
    call = action_call("validate_contact_form", state)
    events = asyncio.run(
        ValidateContactForm().run(CollectingDispatcher(), Tracker.from_dict(state), call["domain"])
    )
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_a_first_contact_sets_only_the_question_and_the_slot_asked() -> None:
    assert set(_start({})) == {"question", "requested_slot"}


def test_a_second_contact_empties_exactly_what_the_first_left_and_keeps_the_callers_number() -> None:
    earlier = {
        "salutation": "Mr",
        "first_name": "John",
        "last_name": "Doe",
        "phone_number": "9812345678",
        "country_code": "+91",
        "extension": "",
        "phone_e164": "+919812345678",
        "confirmed": True,
        "contact_id": "5823b2e421c056dccf37c53d",
        "caller_number": "+919800000001",
    }
    events = _start(earlier)
    emptied = {name for name, value in events.items() if value is None}
    assert emptied == set(earlier) - {"caller_number"}
    assert "caller_number" not in events
    assert events["requested_slot"] == "salutation"
