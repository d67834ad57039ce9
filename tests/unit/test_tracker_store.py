"""The plugin's in-memory tracker store reads a conversation back exactly as Rasa's does, without
searching Rasa's event classes for each event (actions/channels/tracker_store.py, issue 17)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from rasa.core import tracker_store as rasa_stores
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    Event,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.utils.endpoints import EndpointConfig

from actions.channels import tracker_store

DOMAIN = Domain.from_yaml("""
version: "3.1"
slots:
  first_name: {type: text, mappings: [{type: custom}]}
  requested_slot: {type: any, mappings: [{type: custom}]}
""")
PARSE = {"intent": {"name": "inform", "confidence": 0.9}, "entities": [], "text": "John"}


def _conversation() -> list[Event]:
    return [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered("save a contact", PARSE["intent"], parse_data=PARSE, metadata={"caller_id": "+91"}),
        DefinePrevUserUtteredFeaturization(False),
        ActionExecuted("contact_form"),
        ActiveLoop("contact_form"),
        SlotSet("requested_slot", "first_name"),
        BotUttered("What's the first name?", {"buttons": None}),
        ActionExecuted("action_listen"),
        UserUttered("John", PARSE["intent"], parse_data=PARSE),
        SlotSet("first_name", "John"),
        FollowupAction("contact_form"),
        ActiveLoop(None),
        Restarted(),
        ActionExecuted("action_listen"),
    ]


def _stored(events: list[Event]) -> str:
    tracker = rasa_stores.InMemoryTrackerStore(DOMAIN).init_tracker("caller")
    for event in events:
        tracker.update(event)
    return rasa_stores.InMemoryTrackerStore.serialise_tracker(tracker)


def _read_back(store: rasa_stores.TrackerStore, text: str) -> dict[str, Any]:
    tracker = store.deserialise_tracker("caller", text)
    assert tracker is not None
    return {
        "events": [e.as_dict() for e in tracker.events],
        "state": tracker.current_state(),
        "slots": tracker.current_slot_values(),
    }


def test_rasa_loads_it_from_the_endpoint_configuration() -> None:
    config = EndpointConfig(type="actions.channels.tracker_store.InMemoryTrackerStore")
    store = rasa_stores.create_tracker_store(config, DOMAIN)
    assert isinstance(getattr(store, "_tracker_store", store), tracker_store.InMemoryTrackerStore)


def test_a_conversation_reads_back_as_rasas_own_store_reads_it() -> None:
    text = _stored(_conversation())
    assert _read_back(tracker_store.InMemoryTrackerStore(DOMAIN), text) == _read_back(
        rasa_stores.InMemoryTrackerStore(DOMAIN), text
    )


@pytest.mark.parametrize(
    ("odd", "kept"),
    [
        ({"event": "topic", "topic": "x"}, 0),
        ({"name": "no kind"}, 0),
        ({"event": "slot", "timestamp": 1.0, "value": "no name"}, 1),
    ],
)
def test_odd_events_are_dropped_or_kept_as_rasa_does(odd: dict[str, Any], kept: int) -> None:
    stored = json.loads(_stored(_conversation()))
    stored["events"].insert(4, odd)
    text = json.dumps(stored)
    ours = _read_back(tracker_store.InMemoryTrackerStore(DOMAIN), text)
    assert ours == _read_back(rasa_stores.InMemoryTrackerStore(DOMAIN), text)
    assert len(ours["events"]) == len(_conversation()) + kept


def test_an_unknown_event_is_refused_as_rasa_refuses_it() -> None:
    stored = json.loads(_stored(_conversation()))
    stored["events"].append({"event": "no_such_event"})
    text = json.dumps(stored)
    with pytest.raises(ValueError) as rasas:
        rasa_stores.InMemoryTrackerStore(DOMAIN).deserialise_tracker("caller", text)
    with pytest.raises(ValueError) as ours:
        tracker_store.InMemoryTrackerStore(DOMAIN).deserialise_tracker("caller", text)
    assert str(ours.value) == str(rasas.value)


def _class_searches(monkeypatch: pytest.MonkeyPatch, store: rasa_stores.TrackerStore, text: str) -> int:
    searches: list[str] = []
    search = Event.resolve_by_type

    def counted(type_name: str, default: Any = None) -> Any:
        searches.append(type_name)
        return search(type_name, default)

    monkeypatch.setattr(Event, "resolve_by_type", staticmethod(counted))
    store.deserialise_tracker("caller", text)
    monkeypatch.setattr(Event, "resolve_by_type", staticmethod(search))
    return len(searches)


def test_no_class_search_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _stored(_conversation())
    rasas = _class_searches(monkeypatch, rasa_stores.InMemoryTrackerStore(DOMAIN), text)
    assert rasas == len(_conversation())
    assert _class_searches(monkeypatch, tracker_store.InMemoryTrackerStore(DOMAIN), text) == 0


def test_save_and_retrieve_round_trip() -> None:
    store = tracker_store.InMemoryTrackerStore(DOMAIN)
    tracker = store.init_tracker("caller")
    for event in _conversation()[:12]:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    back = asyncio.run(store.retrieve("caller"))
    assert back is not None
    assert [e.as_dict() for e in back.events] == [e.as_dict() for e in tracker.events]
    assert back.get_slot("first_name") == "John"


def test_the_store_endpoints_yml_names_reads_back_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugin's erasing in-memory store (what endpoints.yml and the test stacks configure)."""
    import yaml

    from actions.channels.erasing_tracker_store import ErasingInMemoryTrackerStore
    from tools.stack import ROOT

    named = yaml.safe_load((ROOT / "endpoints.yml").read_text())["tracker_store"]["type"]
    assert named == "actions.channels.erasing_tracker_store.ErasingInMemoryTrackerStore"
    text = _stored(_conversation())
    store = ErasingInMemoryTrackerStore(DOMAIN)
    assert isinstance(store, tracker_store.EventsByName)
    assert _read_back(store, text) == _read_back(rasa_stores.InMemoryTrackerStore(DOMAIN), text)
    assert _class_searches(monkeypatch, store, text) == 0
