"""Erasure knows every slot of the plugin: each holds something personal (erased) or nothing."""

from __future__ import annotations

from pathlib import Path

import yaml

from actions.erasure import MARKER_SLOT, NOT_PERSONAL_SLOTS, PERSONAL_SLOTS, holds_any, scrub_events

FRAGMENT = Path(__file__).resolve().parents[2] / "actions" / "fragments" / "domain" / "contact_capture.yml"


def test_every_slot_of_the_domain_is_classified_once() -> None:
    slots = set(yaml.safe_load(FRAGMENT.read_text())["slots"])
    assert slots - PERSONAL_SLOTS - NOT_PERSONAL_SLOTS == set()
    assert PERSONAL_SLOTS & NOT_PERSONAL_SLOTS == set()


def test_contacts_waiting_in_the_queue_are_erased_too() -> None:
    """A message with two contacts: the second waits in the queue until the caller cancels."""
    second = "Ms Beth Orton +44 20 7946 0402"
    events = [
        {"event": "user", "text": f"save Mr Alan Moore +44 20 7946 0401 and {second}", "parse_data": {}},
        {"event": "slot", "name": "first_name", "value": "Alan"},
        {"event": "slot", "name": "contact_queue", "value": [second]},
        {"event": "slot", "name": "next_contact", "value": second},
        {"event": "user", "text": "cancel", "parse_data": {}},
        {"event": "slot", "name": MARKER_SLOT, "value": "action_cancel_contact"},
    ]
    assert holds_any(events, ["Orton", "7946 0402"])
    assert holds_any(scrub_events(events), ["Alan", "Orton", "7946 0402", "Moore"]) == []


def test_the_caller_id_rasa_keeps_when_a_session_starts_is_erased() -> None:
    """Rasa sets ``session_started_metadata`` to the first message's metadata: the caller id."""
    events = [
        {"event": "slot", "name": "session_started_metadata", "value": {"caller_id": "+447700900123"}},
        {"event": "user", "text": "forget me", "parse_data": {}},
        {"event": "slot", "name": MARKER_SLOT, "value": "action_forget_me"},
    ]
    assert holds_any(scrub_events(events), ["7700900123"]) == []
