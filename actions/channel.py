"""What the channel tells us: is this a voice call, and what number is the caller on."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from .caller_proof import vouched_number

VOICE_CHANNELS = frozenset({"twilio_voice", "audiocodes", "jambonz", "voice", "genesys"})


def metadata(tracker: Tracker) -> dict[str, Any]:
    meta = (tracker.latest_message or {}).get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def is_voice(tracker: Tracker) -> bool:
    channel = tracker.get_latest_input_channel() or ""
    return channel in VOICE_CHANNELS or metadata(tracker).get("voice") is True


def caller_id(tracker: Tracker) -> str | None:
    """The caller's number, only when a channel vouched for it (``caller_proof``).

    A REST client writes its own metadata, input channel and sender id, so neither a bare
    ``caller_id`` nor a sender id that looks like a number is believed, unless the operator says
    the REST channel sits behind a gateway that sets it (``CONTACT_TRUST_REST_CALLER_ID=true``).
    """
    return vouched_number(tracker.sender_id, metadata(tracker))
