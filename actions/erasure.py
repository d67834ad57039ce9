"""What erasing a conversation's personal data means, in one pure place (no Rasa, no I/O).

The actions that forget a caller ("cancel", "delete my contact", "forget me", a hang-up) end their
events with a marker, a ``SlotSet`` of ``MARKER_SLOT``; the Rasa server's tracker store
(``actions/channels/erasing_tracker_store.py``) sees it when it stores the turn and rewrites the
conversation's stored events with ``scrub_events``. Afterwards no stored event before the marker
holds what the caller gave: user texts and their entities and metadata (the caller id), the
personal slots' values (``question`` is the read-back), the bot's texts that repeated them. What
stays is the conversation's shape (intents, actions, the forms' progress), which holds nothing
personal and keeps the dialogue policies' view of the conversation. The bot's answer in the
marker's own turn stays too: it says what was done and holds no name or number.

The store also sets ``ERASABLE_SLOT`` on the trackers it hands out, so the actions can tell the
caller the truth: with another tracker store nothing is rewritten, and the caller hears so.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

MARKER_SLOT = "personal_data_erased"
ERASABLE_SLOT = "erasure_in_store"
# The ids of the contacts a conversation saved (actions/next_session.py): ids only, kept when a save
# starts the next session so an earlier contact can still be deleted by its id.
SAVED_IDS_SLOT = "saved_contact_ids"
SESSION_START = "action_session_start"
# What the stored events of an ended session keep besides what scrub_events keeps: the ids.
KEPT_ACROSS_SESSIONS = frozenset({"contact_id", SAVED_IDS_SLOT})
RETENTION_SETTING = "CONTACT_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 30.0

# Every slot of the plugin that can hold something a caller said or that identifies them.
PERSONAL_SLOTS = frozenset(
    {
        "salutation",
        "first_name",
        "last_name",
        "phone_number",
        "country_code",
        "extension",
        "contact_id",
        "phone_e164",
        "pending_phone",
        "country",
        "caller_number",
        "change_request",
        "question",
        # the other contacts of a message that held several, waiting to be read back
        "contact_queue",
        "next_contact",
        # Rasa's own: the first message's metadata, set when a session starts (the caller id)
        "session_started_metadata",
    }
)
# The plugin's other slots hold the form's progress, flags and counts, nothing a caller said. Every
# slot of the domain fragment is in one of the two sets (tests/unit/test_erasure_slots.py), so a
# new slot cannot be left out of erasure unnoticed. The event broker wrapper
# (actions/channels/masking_event_broker.py) publishes the values of these slots only, and masks
# every other slot's (a bot's own slots, which this list does not know, too).
NOT_PERSONAL_SLOTS = frozenset(
    {
        "use_caller_number",
        "awaiting_change",
        "confirmed",
        "refusals",
        "pending_save",
        "save_failed",
        "save_times",
        MARKER_SLOT,
        ERASABLE_SLOT,
        SAVED_IDS_SLOT,
        # the conversation's language: kept after erasure, so the caller is still answered in it
        "language",
        # Rasa's own: the name of the slot a form asks for
        "requested_slot",
    }
)
_KEPT_PARSE_KEYS = ("intent", "intent_ranking", "message_id")


def is_marker(event: dict[str, Any]) -> bool:
    return event.get("event") == "slot" and event.get("name") == MARKER_SLOT and bool(event.get("value"))


def last_marker(events: list[dict[str, Any]]) -> int | None:
    """Index of the last erasure marker, or None."""
    for index in range(len(events) - 1, -1, -1):
        if is_marker(events[index]):
            return index
    return None


def _scrubbed(
    event: dict[str, Any], keep_text: bool, keep_slots: frozenset[str] = frozenset()
) -> dict[str, Any]:
    kind = event.get("event")
    out = dict(event)
    if "metadata" in out:
        meta = out.get("metadata") or {}
        out["metadata"] = (
            {"utter_action": meta["utter_action"]} if kind == "bot" and "utter_action" in meta else {}
        )
    if kind == "user":
        out["text"] = ""
        parse = out.get("parse_data") or {}
        out["parse_data"] = {
            **{k: parse[k] for k in _KEPT_PARSE_KEYS if k in parse},
            "text": "",
            "entities": [],
            "metadata": {},
        }
    elif kind == "bot" and not keep_text:
        out["text"] = ""
        out["data"] = {}
    elif kind == "slot" and out.get("name") in PERSONAL_SLOTS and out.get("name") not in keep_slots:
        out["value"] = None
    elif kind == "entities":
        out["entities"] = []
    elif kind == "action" and out.get("action_text"):
        out["action_text"] = None
    return out


def scrub_events(
    events: list[dict[str, Any]], upto: int | None = None, keep_slots: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """``events`` (Rasa's serialised events) with the personal data of those before ``upto`` erased.

    ``upto`` defaults to the last marker; without a marker (and no ``upto``) nothing changes. The
    bot's texts after the last user message before ``upto`` (what the bot said about the erasure)
    are kept, and so are the values of ``keep_slots``. The number and order of events never
    change, so counts and ids stay valid.
    """
    end = last_marker(events) if upto is None else upto
    if end is None:
        return list(events)
    last_user = max((i for i in range(end) if events[i].get("event") == "user"), default=-1)
    return [
        _scrubbed(e, keep_text=i > last_user, keep_slots=keep_slots) if i < end else e
        for i, e in enumerate(events)
    ]


def last_session_start(events: list[dict[str, Any]]) -> int | None:
    """Index of the ``action_session_start`` that opens the last session, when events come before it."""
    for index in range(len(events) - 1, 0, -1):
        event = events[index]
        if event.get("event") == "action" and event.get("name") == SESSION_START:
            return index
    return None


def scrub_ended_sessions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``events`` with the personal data of every session before the last erased, ids kept.

    A save starts the next session carrying the latest contact (actions/next_session.py): what the
    ended session held (earlier contacts' names and numbers, what was said about them) is needed by
    no later turn, so the stores keep of it only what ``scrub_events`` keeps and the contacts' ids.
    """
    start = last_session_start(events)
    if start is None:
        return list(events)
    return scrub_events(events, upto=start, keep_slots=KEPT_ACROSS_SESSIONS)


def holds_any(events: Iterable[dict[str, Any]], values: Iterable[str]) -> list[str]:
    """The ``values`` (case-insensitive) found anywhere in ``events``' JSON; for checks and tests."""

    text = json.dumps(list(events)).lower()
    return [v for v in values if v and v.lower() in text]


def retention_days(environ: dict[str, str] | Any) -> float:
    """``CONTACT_RETENTION_DAYS`` (a positive number), else 30; ValueError says why."""
    raw = str(environ.get(RETENTION_SETTING, "") or "").strip()
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = float(raw)
    except ValueError:
        raise ValueError(f"{RETENTION_SETTING} must be a number of days, like 30 (got {raw!r})") from None
    if days <= 0:
        raise ValueError(f"{RETENTION_SETTING} must be more than 0 days (got {raw!r})")
    return days
