"""The conversation's language, decided on the Rasa server before anything is said in the turn.

Rasa says its own responses (a greeting, a form question) without the action server, so the
``language`` slot must hold the caller's language before the turn's first response. The plugin's
policy (``contact_details_policy.py``) returns these events with every prediction after a user
message; Rasa applies a policy's events whether or not it wins, before the action runs, so the
response generator and the actions see the new language in the same turn.

In order, the first that says something decides:

1. the caller asks for a language the bot speaks ("auf Deutsch, bitte"), at any point: the caller's
   word beats the channel's, which a web page sends with every message;
2. no language yet, and the channel says one: ``metadata.language`` of the message (REST
   ``metadata``, the web chat's ``customData``, the voice channel's language for the number
   called), when the bot speaks it;
3. no language yet: the caller's first substantive message (three words or more), by lingua at high
   confidence (``interpret.language_choice``); when lingua cannot tell, the default language. So
   detection runs once per conversation, on that message, never on every turn.
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from .. import catalogue
from ..interpret.language_choice import detected_language, requested_language, substantive

LANGUAGE_SLOT = "language"
METADATA_KEY = "language"


def _said_by_channel(metadata: Any, spoken: tuple[str, ...]) -> str | None:
    if not isinstance(metadata, dict):
        return None
    for source in (metadata, metadata.get("customData")):  # REST metadata; the web chat's customData
        value = source.get(METADATA_KEY) if isinstance(source, dict) else None
        if isinstance(value, str):
            code = value.strip().split("-")[0].lower()  # "es-ES", the page's lang, is Spanish
            if code in spoken:
                return code
    return None


def language_events(tracker: DialogueStateTracker) -> list[Event]:
    """``SlotSet("language", code)`` when the latest user message decides a new language, else none."""
    message = tracker.latest_message
    if message is None:
        return []
    spoken = catalogue.enabled_languages()
    current = tracker.get_slot(LANGUAGE_SLOT)
    text = message.text or ""
    request = requested_language(text, spoken)
    decided = request.code if request is not None and request.enabled else None
    if decided is None and not current:
        channel = _said_by_channel(getattr(message, "metadata", None), spoken)
        # The first substantive message decides, once: when lingua cannot tell, it is the default.
        fallback = catalogue.default_language() if substantive(text) else None
        decided = channel or detected_language(text, spoken) or fallback
    return [SlotSet(LANGUAGE_SLOT, decided)] if decided and decided != current else []
