"""What the channel tells us: is this a voice call, and what number is the caller on."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

VOICE_CHANNELS = frozenset({"twilio_voice", "audiocodes", "jambonz", "voice", "genesys"})
CALLER_ID_FIELDS = ("caller_id", "callerId", "from", "From")


def metadata(tracker: Tracker) -> dict[str, Any]:
    meta = (tracker.latest_message or {}).get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def is_voice(tracker: Tracker) -> bool:
    channel = tracker.get_latest_input_channel() or ""
    return channel in VOICE_CHANNELS or metadata(tracker).get("voice") is True


def caller_id(tracker: Tracker) -> str | None:
    """The caller's number from message metadata (``caller_id``), or Twilio's sender id on voice."""
    meta = metadata(tracker)
    for key in CALLER_ID_FIELDS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    if tracker.get_latest_input_channel() == "twilio_voice" and tracker.sender_id.startswith("+"):
        return tracker.sender_id
    return None
