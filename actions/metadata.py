"""What the channel tells us: is this a voice call, what number is the caller on, how was the answer given.

The plugin's Twilio voice channel (``actions/channels/twilio_voice.py``) writes these metadata keys:

- ``caller_id`` + ``caller_id_proof``: the caller's number, vouched for (``actions.caller_proof``);
- ``keypad: true``: the channel takes keypad answers, so the number question says so;
- ``renders_numbers: true``: the channel reads numbers and ids itself (SSML), so it gets them written
  ("+91 98765 43210"), not spelled out in words;
- ``input: "keypad"``: this message is the digits the caller typed.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
from rasa_sdk import Tracker

from .caller_proof import vouched_number

VOICE_CHANNELS = frozenset({"twilio_voice", "audiocodes", "jambonz", "voice", "genesys"})


def metadata(tracker: Tracker) -> dict[str, Any]:
    meta = (tracker.latest_message or {}).get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def is_voice(tracker: Tracker) -> bool:
    channel = tracker.get_latest_input_channel() or ""
    return channel in VOICE_CHANNELS or metadata(tracker).get("voice") is True


def spells_digits(tracker: Tracker) -> bool:
    """Numbers and ids go out as words ("nine eight seven ...") on a voice channel
    that cannot read them itself."""
    return is_voice(tracker) and metadata(tracker).get("renders_numbers") is not True


def has_keypad(tracker: Tracker) -> bool:
    """The channel takes answers typed on the phone's keypad."""
    return metadata(tracker).get("keypad") is True


def typed_on_keypad(tracker: Tracker) -> bool:
    """This message is the digits the caller typed, not words."""
    return metadata(tracker).get("input") == "keypad"


def caller_id(tracker: Tracker) -> str | None:
    """The caller's number, only when a channel vouched for it (``caller_proof``).

    A REST client writes its own metadata, input channel and sender id, so neither a bare
    ``caller_id`` nor a sender id that looks like a number is believed, unless the operator says
    the REST channel sits behind a gateway that sets it (``CONTACT_TRUST_REST_CALLER_ID=true``).
    """
    return vouched_number(tracker.sender_id, metadata(tracker))


def region_of(number: str | None) -> str | None:
    """The region of an E.164 number (``+4479...`` -> ``GB``), None when unknown."""
    if not number:
        return None
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(number))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "ZZ" else None
