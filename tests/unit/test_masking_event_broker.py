"""No personal data reaches an event broker, and the bot's erasures do (issue 29, item 2).

Driven without a Rasa server: the event broker is built by Rasa's own ``EventBroker.create`` from
the endpoints.yml snippet of docs/security.md, around Rasa's ``SQLEventBroker`` on SQLite; Rasa's
events go through the plugin's erasing tracker stores, which stream them to it as a Rasa server does
(``TrackerStore.stream_events``); the broker's ``events`` table is then read with sqlite3.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa.core.brokers.broker import EventBroker
from rasa.core.brokers.sql import SQLEventBroker
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    EntitiesAdded,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from actions.channels.erasing_tracker_store import ErasingInMemoryTrackerStore, ErasingSQLTrackerStore
from actions.channels.masking_event_broker import ERASURE_EVENT, MASK, MaskingEventBroker, mask_event
from actions.erasure import MARKER_SLOT, NOT_PERSONAL_SLOTS, PERSONAL_SLOTS, holds_any

FRAGMENT = Path(__file__).resolve().parents[2] / "actions" / "fragments" / "domain" / "contact_capture.yml"
SLOTS = [*yaml.safe_load(FRAGMENT.read_text())["slots"], "requested_slot"]  # Rasa adds its own
DOMAIN = Domain.from_dict(
    {"slots": {name: {"type": "any", "mappings": [{"type": "custom"}]} for name in SLOTS}}
)
# A voice caller: the conversation id is the caller's number.
SENDER = "+447700900123"
SAID = [
    "save Mr Alan Moore, +44 20 7946 0401",
    "yes save it",
    "forget me",
]
# (whole numbers only: a timestamp may hold any four digits)
PERSONAL = ["Alan", "Moore", "7946 0401", "2079460401", "7700900123", *SAID]


def _user(text: str, intent: str, entities: list[dict[str, Any]] | None = None) -> UserUttered:
    parse = {"intent": {"name": intent, "confidence": 0.99}, "entities": entities or [], "text": text}
    return UserUttered(
        text, parse["intent"], entities or [], parse_data=parse, metadata={"caller_id": SENDER}
    )


def _turns() -> list[list[Event]]:
    """A whole conversation, a message at a time: give a contact, save it, "forget me"."""
    entities = [
        {"entity": "first_name", "value": "Alan", "start": 8, "end": 12, "extractor": "RegexEntityExtractor"},
        {"entity": "phone_number", "value": "+44 20 7946 0401", "start": 20, "end": 36},
    ]
    return [
        [
            ActionExecuted("action_session_start"),
            SessionStarted(),
            SlotSet("session_started_metadata", {"caller_id": SENDER}),
            ActionExecuted("action_listen"),
            _user(SAID[0], "save_contact", entities),
            EntitiesAdded(entities),
            ActionExecuted("contact_form"),
            ActiveLoop("contact_form"),
            SlotSet("salutation", "Mr"),
            SlotSet("first_name", "Alan"),
            SlotSet("last_name", "Moore"),
            SlotSet("phone_number", "+44 20 7946 0401"),
            SlotSet("phone_e164", "+442079460401"),
            SlotSet("caller_number", SENDER),
            SlotSet("question", "Mr Alan Moore, +44 20 7946 0401"),
            SlotSet("requested_slot", "confirmed"),
            BotUttered(
                "I have Mr Alan Moore, +44 20 7946 0401. Shall I save it?",
                metadata={"utter_action": "utter_confirm"},
            ),
            ActionExecuted("action_listen"),
        ],
        [
            _user(SAID[1], "affirm"),
            ActionExecuted("contact_form"),
            SlotSet("confirmed", True),
            SlotSet("contact_id", "c-1"),
            ActiveLoop(None),
            BotUttered("Saved Mr Alan Moore (ID c-1)."),
            ActionExecuted("action_listen"),
        ],
        [
            _user(SAID[2], "forget_me"),
            ActionExecuted("action_forget_me"),
            *[SlotSet(name, None) for name in ("first_name", "last_name", "phone_number", "contact_id")],
            SlotSet(MARKER_SLOT, "action_forget_me"),
            BotUttered("I've deleted your contact and forgotten what you told me."),
            ActionExecuted("action_listen"),
        ],
    ]


def _endpoints(tmp_path: Path) -> Path:
    """The snippet of docs/security.md, with Rasa's SQL broker on SQLite."""
    path = tmp_path / "endpoints.yml"
    path.write_text(
        "event_broker:\n"
        "  type: actions.channels.masking_event_broker.MaskingEventBroker\n"
        "  key: a-test-key\n"
        "  broker:\n"
        "    type: sql\n"
        "    dialect: sqlite\n"
        f"    db: {tmp_path / 'events.db'}\n"
    )
    return path


def _broker(tmp_path: Path) -> EventBroker:
    config = read_endpoint_config(str(_endpoints(tmp_path)), "event_broker")
    broker = asyncio.run(EventBroker.create(config))
    assert isinstance(broker, MaskingEventBroker)
    assert isinstance(broker.inner, SQLEventBroker)
    return broker


def _store(kind: str, tmp_path: Path, broker: EventBroker) -> TrackerStore:
    if kind == "memory":
        return ErasingInMemoryTrackerStore(DOMAIN, broker)
    database = str(tmp_path / "trackers.db")
    return ErasingSQLTrackerStore(DOMAIN, dialect="sqlite", db=database, event_broker=broker)


def _converse(store: TrackerStore, turns: list[list[Event]]) -> None:
    async def run() -> None:
        for turn in turns:
            tracker = await store.retrieve(SENDER) or store.init_tracker(SENDER)
            for event in turn:
                tracker.update(event)
            await store.save(tracker)

    asyncio.run(run())


def _rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "events.db") as db:
        return list(db.execute("SELECT sender_id, data FROM events ORDER BY id"))


@pytest.mark.parametrize("kind", ["memory", "sql"])
def test_a_conversation_and_forget_me_leave_no_personal_data_and_one_erasure(
    kind: str, tmp_path: Path
) -> None:
    turns = _turns()
    published = [{"sender_id": SENDER, **e.as_dict()} for turn in turns for e in turn]
    assert set(holds_any(published, PERSONAL)) == set(PERSONAL)  # what Rasa would publish unwrapped

    _converse(_store(kind, tmp_path, _broker(tmp_path)), turns)

    rows = _rows(tmp_path)
    table = json.dumps(rows)
    assert holds_any([table], PERSONAL) == []
    events = [json.loads(data) for _, data in rows]
    erasures = [e for e in events if e["event"] == ERASURE_EVENT]
    assert len(erasures) == 1
    assert erasures[0]["reason"] == "action_forget_me"
    assert erasures[0]["erased"] == "personal_data"
    assert set(erasures[0]["slots"]) == PERSONAL_SLOTS
    # every event arrived, under one pseudonym, with the conversation's shape
    assert len(events) == len(published) + 1
    assert {sender for sender, _ in rows} == {erasures[0]["sender_id"]}
    assert [e["parse_data"]["intent"]["name"] for e in events if e["event"] == "user"] == [
        "save_contact",
        "affirm",
        "forget_me",
    ]
    assert {e["text"] for e in events if e["event"] in ("user", "bot")} == {MASK}
    slots = {(e["name"], json.dumps(e["value"])) for e in events if e["event"] == "slot"}
    assert ("confirmed", "true") in slots and ("requested_slot", '"confirmed"') in slots
    assert ("first_name", json.dumps(MASK)) in slots and ("first_name", "null") in slots


def test_the_retention_purge_publishes_one_erasure_per_deleted_conversation(tmp_path: Path) -> None:
    broker = _broker(tmp_path)
    store = _store("sql", tmp_path, broker)
    _converse(store, _turns()[:1])
    assert isinstance(store, ErasingSQLTrackerStore)
    assert store.purge_idle(0.0, now=4e9) == 1

    events = [json.loads(data) for _, data in _rows(tmp_path)]
    erasures = [e for e in events if e["event"] == ERASURE_EVENT]
    assert [(e["reason"], e["erased"]) for e in erasures] == [("retention", "conversation")]
    assert erasures[0]["sender_id"] == events[0]["sender_id"]
    assert holds_any([json.dumps(events)], PERSONAL) == []


def test_which_slots_are_masked_is_the_erasure_classification() -> None:
    """One list: the erasure's personal slots, and any slot it does not classify, are masked."""
    for name in [*PERSONAL_SLOTS, "a_bots_own_slot"]:
        assert mask_event({"event": "slot", "name": name, "value": "x"}, "p")["value"] == MASK, name
    for name in NOT_PERSONAL_SLOTS:
        assert mask_event({"event": "slot", "name": name, "value": 3}, "p")["value"] == 3, name
    assert mask_event({"event": "slot", "name": "first_name", "value": None}, "p")["value"] is None


def test_pseudonyms_are_stable_per_key_and_a_key_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    inner = SQLEventBroker(db=":memory:")
    one, same, other = (MaskingEventBroker(inner, k) for k in ("k1", "k1", "k2"))
    assert one.pseudonym(SENDER) == same.pseudonym(SENDER) != other.pseudonym(SENDER)
    assert "7700900123" not in str(one.pseudonym(SENDER))
    monkeypatch.delenv("ACTION_SERVER_TOKEN", raising=False)
    config = EndpointConfig(type="x", broker={"type": "sql", "db": ":memory:"})
    with pytest.raises(ValueError, match="ACTION_SERVER_TOKEN"):
        asyncio.run(MaskingEventBroker.from_endpoint_config(config))
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "k1")
    assert asyncio.run(MaskingEventBroker.from_endpoint_config(config)).pseudonym(SENDER) == one.pseudonym(
        SENDER
    )


def test_tools_purge_hands_the_endpoints_broker_to_the_store(tmp_path: Path) -> None:
    """`python -m tools.purge` (the cluster's purge) publishes the erasures through the endpoints' broker."""
    from tools import purge

    _converse(_store("sql", tmp_path, _broker(tmp_path)), _turns()[:1])
    endpoints = _endpoints(tmp_path)
    endpoints.write_text(
        endpoints.read_text() + "tracker_store:\n"
        "  type: actions.channels.erasing_tracker_store.ErasingSQLTrackerStore\n"
        "  dialect: sqlite\n"
        f"  db: {tmp_path / 'trackers.db'}\n"
    )
    assert purge.main(["--endpoints", str(endpoints), "--now", "4e9"]) == 0
    events = [json.loads(data) for _, data in _rows(tmp_path)]
    assert [e["reason"] for e in events if e["event"] == ERASURE_EVENT] == ["retention"]


def test_an_agents_text_and_an_unknown_events_fields_are_not_published() -> None:
    agent = mask_event(
        {"event": "agent", "text": "Alan Moore", "data": {"x": "Alan"}, "sender_id": SENDER}, "p"
    )
    unknown = mask_event({"event": "a_later_rasas", "timestamp": 1.0, "text": "Alan Moore"}, "p")
    assert holds_any([agent, unknown], ["Alan", "7700900123"]) == []
