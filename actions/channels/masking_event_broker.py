"""An event broker wrapper that lets no personal data out, and says when the bot erases.

Rasa publishes every event to the event broker of endpoints.yml as the tracker store stores it
(``TrackerStore.stream_events``), before any erasure: a name, a number or a caller's words would
reach Kafka, RabbitMQ or SQL as said, and "cancel", "forget me" and the retention purge could not
reach them there. ``MaskingEventBroker`` sits between Rasa and the operator's own broker (built by
Rasa's ``EventBroker.create`` from the ``broker:`` settings) and publishes each event masked:

- user events: the text, the parsed text and the metadata (the caller id) are gone; entities keep
  their type and lose their value; the intent and its ranking stay;
- bot (and agent) events: the text and the data (buttons, custom payloads) are gone, the template's name
  (``utter_action``) stays; the bot reads details back, so no bot text is published;
- slot events: the value of every slot that ``actions.erasure`` does not classify as holding nothing
  personal is masked (the erasure's own list: ``PERSONAL_SLOTS`` are masked, so is any slot it does
  not know, an adopting bot's own; ``None`` stays ``None``, so a reset is still seen);
- the conversation id is a keyed hash (HMAC-SHA256) of it: on the phone it is the caller's number.
  The same conversation gets the same pseudonym in every event and in every replica sharing the key.

Masks are fixed placeholders, never a function of the value, so nobody can reverse them. When the
bot erases (its actions end the turn with the marker ``SlotSet("personal_data_erased", ...)``,
``actions/erasure.py``), and when the erasing tracker stores delete an idle conversation
(retention), the wrapper publishes one ``erasure`` event with the conversation's pseudonym and what
was erased, so a downstream store can delete its copy (docs/security.md).

Configured in endpoints.yml (``event_broker: type: actions.channels.masking_event_broker.
MaskingEventBroker`` with ``broker:`` the inner broker's settings); an adopting bot names
``contact_capture.channels.masking_event_broker.MaskingEventBroker``. Runs in the Rasa server.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from asyncio import AbstractEventLoop
from typing import Any, Iterable

from rasa.core.brokers.broker import EventBroker
from rasa.shared.core import events
from rasa.shared.nlu.constants import TEXT
from rasa.utils.endpoints import EndpointConfig

from ..erasure import NOT_PERSONAL_SLOTS, PERSONAL_SLOTS, is_marker

log = logging.getLogger(__name__)

MASK = "<masked>"
ERASURE_EVENT = "erasure"
RETENTION = "retention"
KEY_SETTING = "key"
KEY_FALLBACK_ENV = "ACTION_SERVER_TOKEN"
_KEY_CONTEXT = b"contact-capture event broker: conversation ids"
_KEPT_PARSE_KEYS = ("intent", "intent_ranking", "message_id")
_KEPT_ENTITY_KEYS = ("entity", "role", "group", "extractor", "confidence_entity")
_KEPT_METADATA_KEYS = ("utter_action", "model_id", "assistant_id")
# What each of Rasa 3.6's events holds that may be personal is masked below; an event type not in
# this set (a later Rasa's, a bot's own) is published with its type and time only.
_KNOWN_EVENTS = frozenset(
    cls.type_name
    for cls in (
        events.UserUttered,
        events.DefinePrevUserUtteredFeaturization,
        events.EntitiesAdded,
        events.BotUttered,
        events.SlotSet,
        events.Restarted,
        events.UserUtteranceReverted,
        events.AllSlotsReset,
        events.ReminderScheduled,
        events.ReminderCancelled,
        events.ActionReverted,
        events.StoryExported,
        events.FollowupAction,
        events.ConversationPaused,
        events.ConversationResumed,
        events.ActionExecuted,
        events.AgentUttered,
        events.ActiveLoop,
        events.LegacyForm,
        events.LoopInterrupted,
        events.LegacyFormValidation,
        events.ActionExecutionRejected,
        events.SessionStarted,
    )
)
_USER = events.UserUttered.type_name
_SAID_BY_THE_BOT = frozenset({events.BotUttered.type_name, events.AgentUttered.type_name})


def slot_is_public(name: Any) -> bool:
    """Whether a slot's value may be published: only what erasure classifies as holding nothing personal."""
    return name in NOT_PERSONAL_SLOTS


def _masked_entities(entities: Any) -> list[dict[str, Any]]:
    if not isinstance(entities, list):
        return []
    kept = [e for e in entities if isinstance(e, dict)]
    return [{**{k: e[k] for k in _KEPT_ENTITY_KEYS if k in e}, "value": MASK} for e in kept]


def _masked_text(text: Any) -> Any:
    return MASK if text else text


def mask_event(event: dict[str, Any], pseudonym: str | None) -> dict[str, Any]:
    """``event`` (Rasa's serialised event, with ``sender_id``) without personal data; a new dict."""
    kind = event.get("event")
    if kind not in _KNOWN_EVENTS:
        out: dict[str, Any] = {k: event[k] for k in ("event", "timestamp") if k in event}
    else:
        out = dict(event)
    if "sender_id" in event:
        out["sender_id"] = pseudonym
    if isinstance(out.get("metadata"), dict):
        out["metadata"] = {k: out["metadata"][k] for k in _KEPT_METADATA_KEYS if k in out["metadata"]}
    elif "metadata" in out:
        out["metadata"] = {}
    if kind == _USER:
        out[TEXT] = _masked_text(out.get(TEXT))
        parse = out.get("parse_data") or {}
        out["parse_data"] = {
            **{k: parse[k] for k in _KEPT_PARSE_KEYS if k in parse},
            TEXT: _masked_text(parse.get(TEXT)),
            "entities": _masked_entities(parse.get("entities")),
            "metadata": {},
        }
    elif kind in _SAID_BY_THE_BOT:
        out[TEXT] = _masked_text(out.get(TEXT))
        out["data"] = {}
    elif kind == "slot" and not slot_is_public(out.get("name")) and out.get("value") is not None:
        out["value"] = MASK
    elif kind in ("entities", "reminder", "cancel_reminder") and "entities" in out:
        out["entities"] = _masked_entities(out.get("entities"))
    elif kind == "action" and out.get("action_text"):
        out["action_text"] = MASK
    return out


def erasure_event(
    pseudonym: str, reason: str, timestamp: float | None = None, whole_conversation: bool = False
) -> dict[str, Any]:
    """What the wrapper publishes when the bot erases: which conversation, up to when, what, why."""
    now = time.time() if timestamp is None else timestamp
    return {
        "event": ERASURE_EVENT,
        "sender_id": pseudonym,
        "timestamp": now,
        "reason": reason,
        # "conversation": the store deleted all of it (retention); "personal_data": the store
        # erased the personal data of every event up to ``up_to`` and kept the conversation.
        "erased": "conversation" if whole_conversation else "personal_data",
        "up_to": now,
        "slots": sorted(PERSONAL_SLOTS),
        "user_text": True,
        "bot_text": True,
    }


class MaskingEventBroker(EventBroker):
    """Publishes to the inner broker each event masked (``mask_event``), and an erasure event on erasure."""

    def __init__(self, inner: EventBroker, key: str | bytes) -> None:
        if not key:
            raise ValueError(
                f"MaskingEventBroker needs a key for the conversation ids' pseudonyms: set `{KEY_SETTING}` "
                f"in its event_broker settings or {KEY_FALLBACK_ENV} in the Rasa server's environment"
            )
        raw = key.encode() if isinstance(key, str) else key
        self.inner = inner
        self._key = hmac.new(raw, _KEY_CONTEXT, hashlib.sha256).digest()

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: AbstractEventLoop | None = None
    ) -> MaskingEventBroker:
        settings = dict(broker_config.kwargs)
        inner_settings = settings.get("broker")
        if not isinstance(inner_settings, dict) or not inner_settings.get("type"):
            raise ValueError(
                "MaskingEventBroker wraps the operator's broker: give its settings under `broker:` "
                "(with its `type`, e.g. sql, kafka, pika) in the event_broker of endpoints.yml"
            )
        inner = await EventBroker.create(EndpointConfig.from_dict(dict(inner_settings)), event_loop)
        if inner is None:
            raise ValueError(f"MaskingEventBroker: no event broker of type {inner_settings['type']!r}")
        key = settings.get(KEY_SETTING) or os.environ.get(KEY_FALLBACK_ENV, "")
        broker = cls(inner, str(key))
        log.info("event broker: %s, behind the masking wrapper", type(inner).__name__)
        return broker

    def pseudonym(self, sender_id: Any) -> str | None:
        """The conversation id as published: a keyed hash, the same for the same id and key."""
        if sender_id is None:
            return None
        return hmac.new(self._key, str(sender_id).encode(), hashlib.sha256).hexdigest()[:32]

    def publish(self, event: dict[str, Any]) -> None:
        pseudonym = self.pseudonym(event.get("sender_id"))
        self.inner.publish(mask_event(event, pseudonym))
        if is_marker(event) and pseudonym is not None:
            self.inner.publish(erasure_event(pseudonym, str(event.get("value")), event.get("timestamp")))

    def publish_erasure(self, sender_ids: Iterable[str], reason: str = RETENTION) -> None:
        """One erasure event for each conversation the tracker store deleted whole (the retention purge)."""
        for sender_id in sender_ids:
            pseudonym = self.pseudonym(sender_id)
            if pseudonym is not None:
                self.inner.publish(erasure_event(pseudonym, reason, whole_conversation=True))

    def is_ready(self) -> bool:
        return self.inner.is_ready()

    async def close(self) -> None:
        await self.inner.close()
