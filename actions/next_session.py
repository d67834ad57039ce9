"""After a save, the conversation goes on in a new Rasa session that carries only what later turns need.

Why: on every turn Rasa reads the conversation back from its tracker store, replays it, predicts
on it and sends it to the action server; Rasa 3.6's stores give back only the events since the
conversation's last session start (``rasa/core/tracker_store.py``: the in-memory store splits on
``action_session_start``, the SQL store reads from the last ``session_started``). An agent saving
contact after contact in one chat made every turn cost more than the one before (issue 22: the
Rasa server's CPU per contact grew 8.4x over 60 contacts). So a save ends the session and starts
the next with the events Rasa's own session start writes (``ActionExecuted(action_session_start)``,
``SessionStarted``, the slots carried over); every store reads back only the turns since the latest
save, and a turn costs the same at the hundredth contact as at the first.

What is carried: every slot that holds a value after the save (the latest contact's details and
id for "change it" and "delete it", the language, the caller's vouched number, the save times, the
form's flags), so the next turn sees exactly the slots it saw before; not the erasure marker (an
erasure already done) nor the store's word that it erases (an initial value the store sets). Earlier
contacts are kept by id only, in ``SAVED_SLOT``, so one can still be deleted by its id. The erasing
tracker stores then rewrite the ended session's stored events without the personal data
(``erasure.scrub_ended_sessions``). Pure: rasa_sdk events only.
"""

from __future__ import annotations

from typing import Any, Mapping

from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet

from .erasure import ERASABLE_SLOT, MARKER_SLOT, SAVED_IDS_SLOT, SESSION_START

SAVED_SLOT = SAVED_IDS_SLOT
MAX_SAVED_IDS = 500  # a long shift's worth; the oldest ids go first
_NOT_CARRIED = frozenset({MARKER_SLOT, ERASABLE_SLOT, "requested_slot"})


def saved_ids(slots: Mapping[str, Any]) -> list[str]:
    """The ids of the contacts this conversation saved (and did not delete), oldest first."""
    ids = slots.get(SAVED_SLOT)
    return [i for i in ids if isinstance(i, str) and i] if isinstance(ids, list) else []


def with_saved(slots: Mapping[str, Any], contact_id: str) -> list[str]:
    """``saved_ids`` with ``contact_id`` added as the latest."""
    ids = [i for i in saved_ids(slots) if i != contact_id]
    return [*ids, contact_id][-MAX_SAVED_IDS:]


def without(slots: Mapping[str, Any], contact_id: str) -> list[str] | None:
    """``saved_ids`` without ``contact_id`` (None when none is left, so the slot is empty)."""
    return [i for i in saved_ids(slots) if i != contact_id] or None


def carried(slots: Mapping[str, Any], events: list[EventType]) -> dict[str, Any]:
    """The slots after ``events`` (the save's own) are applied to ``slots``, those with a value."""
    after = dict(slots)
    for event in events:
        if event.get("event") == "slot":
            after[event["name"]] = event.get("value")
    return {k: v for k, v in after.items() if v is not None and k not in _NOT_CARRIED}


def start_next(slots: Mapping[str, Any], events: list[EventType]) -> list[EventType]:
    """``events`` (a save's), then the next session's start with the slots ``carried`` over.

    ``SessionStarted`` leaves the tracker listening (Rasa resets its follow-up action to
    ``action_listen``), so the turn ends as it did before, on a session of a few events.
    """
    return [
        *events,
        ActionExecuted(SESSION_START),
        SessionStarted(),
        *(SlotSet(k, v) for k, v in carried(slots, events).items()),
    ]
