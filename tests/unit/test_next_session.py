"""A save starts the next session (actions/next_session.py): the erasing stores read back only it,
and keep of the ended sessions only the ids (issue 22)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    UserUttered,
    deserialise_events,
)
from rasa_sdk.events import SlotSet

from actions import next_session
from actions.channels.erasing_tracker_store import ErasingInMemoryTrackerStore, ErasingSQLTrackerStore
from actions.erasure import ERASABLE_SLOT, MARKER_SLOT, holds_any, scrub_ended_sessions

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  first_name: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  phone_number: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  contact_id: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  caller_number: {type: text, influence_conversation: false, mappings: [{type: custom}]}
  confirmed: {type: bool, influence_conversation: false, mappings: [{type: custom}]}
  saved_contact_ids: {type: any, influence_conversation: false, mappings: [{type: custom}]}
  erasure_in_store: {type: any, influence_conversation: false, mappings: [{type: custom}]}
  personal_data_erased: {type: any, influence_conversation: false, mappings: [{type: custom}]}
""")
NAMES = ["Aldous", "Bertram", "Cecily", "Dorothea", "Evander"]


def test_the_next_session_carries_the_slots_after_the_save_and_nothing_else() -> None:
    before = {
        "first_name": "Aldous",
        "contact_id": None,
        "caller_number": "+447700900123",
        MARKER_SLOT: None,
        ERASABLE_SLOT: True,
        "requested_slot": None,
    }
    save = [SlotSet("contact_id", "c1"), SlotSet("saved_contact_ids", ["c1"])]
    events = next_session.start_next(before, save)
    assert events[: len(save)] == save
    assert [e["event"] for e in events[len(save) : len(save) + 2]] == ["action", "session_started"]
    assert events[len(save)]["name"] == "action_session_start"
    carried = {e["name"]: e["value"] for e in events[len(save) + 2 :]}
    assert carried == {
        "first_name": "Aldous",
        "caller_number": "+447700900123",
        "contact_id": "c1",
        "saved_contact_ids": ["c1"],
    }


def test_saved_ids_keep_the_latest_last_and_drop_a_deleted_one() -> None:
    slots: dict[str, Any] = {}
    for i in ("a", "b", "c"):
        slots["saved_contact_ids"] = next_session.with_saved(slots, i)
    assert slots["saved_contact_ids"] == ["a", "b", "c"]
    assert next_session.without(slots, "b") == ["a", "c"]
    assert next_session.without({"saved_contact_ids": ["a"]}, "a") is None


def _turn(i: int, slots: dict[str, Any]) -> list[Any]:
    """Contact ``i`` pasted, confirmed and saved, as the action server answers (then Rasa's own listen)."""
    name, number, contact_id = NAMES[i], f"77009001{i:02d}", f"c{i}"
    save = [
        SlotSet("first_name", name),
        SlotSet("phone_number", number),
        SlotSet("confirmed", True),
        SlotSet("contact_id", contact_id),
        SlotSet("saved_contact_ids", next_session.with_saved(slots, contact_id)),
    ]
    said = [
        ActionExecuted("action_listen"),
        UserUttered(f"Mr {name} Smith +44 {number}", {"name": "inform", "confidence": 0.9}),
        BotUttered(f"Mr {name} Smith, +44 {number}. Shall I save it?"),
        ActionExecuted("action_listen"),
        UserUttered("yes", {"name": "affirm", "confidence": 0.9}),
        ActionExecuted("action_create_contact"),
        BotUttered(f"Saved. The contact id is {contact_id}."),
    ]
    return [*said, *deserialise_events(next_session.start_next(slots, save)), ActionExecuted("action_listen")]


async def _chat(store: Any, contacts: int) -> None:
    for i in range(contacts):
        tracker = await store.retrieve("agent") or store.init_tracker("agent")
        if i == 0:
            tracker.update_with_events([ActionExecuted("action_session_start"), SessionStarted()], DOMAIN)
        slots = {name: slot.value for name, slot in tracker.slots.items()}
        tracker.update_with_events(_turn(i, slots), DOMAIN)
        await store.save(tracker)


def _stores(tmp_path: Path) -> dict[str, Any]:
    return {
        "memory": ErasingInMemoryTrackerStore(DOMAIN),
        "sql": ErasingSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(tmp_path / "trackers.db")),
    }


@pytest.mark.parametrize("kind", ["memory", "sql"])
def test_a_store_reads_back_only_the_session_since_the_latest_save(kind: str, tmp_path: Path) -> None:
    store = _stores(tmp_path)[kind]
    asyncio.run(_chat(store, 5))
    tracker = asyncio.run(store.retrieve("agent"))
    assert tracker.get_slot("first_name") == "Evander"
    assert tracker.get_slot("contact_id") == "c4"
    assert tracker.get_slot("saved_contact_ids") == ["c0", "c1", "c2", "c3", "c4"]
    assert tracker.get_slot(ERASABLE_SLOT) is True
    assert not [e for e in tracker.events if isinstance(e, UserUttered)]  # only the carried slots
    assert len(tracker.events) < 12


@pytest.mark.parametrize("kind", ["memory", "sql"])
def test_stored_events_hold_the_details_of_the_latest_contact_only(kind: str, tmp_path: Path) -> None:
    store = _stores(tmp_path)[kind]
    asyncio.run(_chat(store, 5))
    if kind == "sql":
        with store.session_scope() as session:
            stored = [json.loads(r.data) for r in session.query(store.SQLEvent).all()]
    else:
        stored = json.loads(store.store["agent"])["events"]
    assert holds_any(stored, ["Evander", "7700900104"]) == ["Evander", "7700900104"]
    assert holds_any(stored, NAMES[:4] + [f"77009001{i:02d}" for i in range(4)]) == []
    if kind == "sql":  # every session is still there, by id
        assert holds_any(stored, ["c0", "c1", "c2", "c3"]) == ["c0", "c1", "c2", "c3"]
        assert sum(e.get("event") == "session_started" for e in stored) == 6


def test_without_a_second_session_nothing_is_rewritten() -> None:
    events = [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "user", "text": "Mr Aldous Smith +44 7700900100", "parse_data": {}},
        {"event": "slot", "name": "first_name", "value": "Aldous"},
    ]
    assert scrub_ended_sessions(events) == events
