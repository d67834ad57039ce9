"""The after-save actions read the words, not only the intent NLU gave them."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.contact_actions import ActionDeleteContact, ActionUpdateContact


def _tracker(text: str, intent: str, **slots: object) -> Tracker:
    return Tracker(
        "caller",
        dict(slots),
        {"text": text, "intent": {"name": intent, "confidence": 0.97}},
        [],
        False,
        None,
        {},
        "action_listen",
    )


def _run(action, tracker: Tracker) -> tuple[list, list]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return events, dispatcher.messages


def test_a_save_request_heard_as_delete_starts_the_form():
    events, messages = _run(
        ActionDeleteContact(), _tracker("I want to register my phone number", "delete_contact")
    )
    assert FollowupAction("contact_form") in events
    assert messages == []


def test_a_save_request_heard_as_a_change_starts_the_form_when_nothing_is_saved():
    events, _ = _run(ActionUpdateContact(), _tracker("could you save my number please", "change_field"))
    assert FollowupAction("contact_form") in events


def test_a_real_delete_with_nothing_saved_says_so():
    events, messages = _run(ActionDeleteContact(), _tracker("delete it", "delete_contact"))
    assert events == []
    assert messages[0]["text"] == "I haven't saved a contact in this conversation yet."


def test_a_change_after_the_save_that_names_no_value_asks_how():
    events, messages = _run(
        ActionUpdateContact(),
        _tracker(
            "change the number",
            "change_field",
            contact_id="abc",
            salutation="Mr",
            first_name="John",
            last_name="Doe",
            phone_number="9876543210",
            country_code="+91",
            extension="",
        ),
    )
    assert events == []
    assert "for example" in messages[0]["text"]


def test_a_bad_value_after_the_save_says_why_and_changes_nothing():
    events, messages = _run(
        ActionUpdateContact(),
        _tracker(
            "change my first name to R2D2",
            "change_field",
            contact_id="abc",
            salutation="Mr",
            first_name="John",
            last_name="Doe",
            phone_number="9876543210",
            country_code="+91",
            extension="",
        ),
    )
    assert events == []
    assert messages[0]["text"] == "A name can't contain digits. The contact is unchanged."
