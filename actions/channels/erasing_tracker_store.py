"""Tracker stores that really forget: Rasa's in-memory and SQL stores, plus erasure and retention.

Rasa's stores only append: "forgotten" details stayed in every stored event (the SQL store kept
36 rows with callers' names and numbers after "cancel" and "delete my contact"). These
subclasses watch what is stored. When a turn holds the erasure marker that the plugin's actions
emit (``actions/erasure.py``), the conversation's stored events are rewritten without the
personal data, all of its sessions; in SQL in one transaction with the turn's own events, so no
reader ever sees the turn stored and the details still there. When a turn starts a new session (a
save does, ``actions/next_session.py``), the session it ended is rewritten the same way, ids kept
(``erasure.scrub_ended_sessions``): the stored events hold the details of the latest contact only,
and the rewrite reads only the ended session, so its cost does not grow with the conversation.
Conversations idle longer than ``CONTACT_RETENTION_DAYS`` (default 30) are deleted: the in-memory
store checks at most once a minute as it stores turns; the SQL store's ``purge_idle`` is run by the
cluster and by ``python -m tools.purge``.

Configured by module path in endpoints.yml (``tracker_store: type: actions.channels.
erasing_tracker_store.ErasingSQLTrackerStore`` plus the SQL store's usual keys); an adopting bot
names ``contact_capture.channels.erasing_tracker_store....``. Runs in the Rasa server, so it may
import Rasa; it is a module of the namespace package ``channels`` (no ``__init__.py``, see setup.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from typing import Any, Callable, Iterable

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from ..erasure import (
    ERASABLE_SLOT,
    is_marker,
    last_session_start,
    retention_days,
    scrub_ended_sessions,
    scrub_events,
)
from .tracker_store import EventsByName

log = logging.getLogger(__name__)
DAY = 86400.0
IN_MEMORY_PURGE_EVERY = 60.0


def _mark(tracker: DialogueStateTracker | None) -> DialogueStateTracker | None:
    """Tell the actions (through a slot they read) that this store erases.

    As the slot's initial value, not an event: Rasa hands actions a copy of the tracker, made by
    replaying its events onto copies of its slots, and resets slots when a session starts; both
    keep an initial value. Nothing about it is stored.
    """
    if tracker is not None and ERASABLE_SLOT in tracker.slots:
        slot = tracker.slots[ERASABLE_SLOT]
        slot.initial_value = True
        if slot.value is None:
            slot.value = True
    return tracker


class _Erasing:
    """What both stores share: the retention setting and the flag on every tracker handed out."""

    retention_seconds: float

    def _init_retention(self) -> None:
        self.retention_seconds = retention_days(os.environ) * DAY
        log.info(
            "tracker store %s: erasure on request; conversations idle %g days are deleted",
            type(self).__name__,
            self.retention_seconds / DAY,
        )
        broker = getattr(self, "event_broker", None)
        if broker is not None and not hasattr(broker, "publish_erasure"):
            log.warning(
                "event broker %s receives every name and number as said, and no erasure reaches it: "
                "name it inside actions.channels.masking_event_broker.MaskingEventBroker (docs/security.md)",
                type(broker).__name__,
            )

    def _announce_deleted(self, sender_ids: list[str]) -> None:
        """Tells the event broker wrapper which conversations the purge deleted, so it publishes erasures."""
        announce = getattr(getattr(self, "event_broker", None), "publish_erasure", None)
        if announce is not None and sender_ids:
            announce(sender_ids)

    def init_tracker(self, sender_id: str) -> DialogueStateTracker:
        return _mark(super().init_tracker(sender_id))  # type: ignore[misc]

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return _mark(await super().retrieve(sender_id))  # type: ignore[misc]

    async def retrieve_full_tracker(self, sender_id: str) -> DialogueStateTracker | None:
        return _mark(await super().retrieve_full_tracker(sender_id))  # type: ignore[misc]


class ErasingInMemoryTrackerStore(_Erasing, EventsByName, InMemoryTrackerStore):
    """Rasa's in-memory store (``make run``, ``make web``), with erasure and retention, reading a
    conversation back with the event classes looked up once by name (tracker_store.EventsByName)."""

    def __init__(self, domain: Any = None, event_broker: Any = None, **kwargs: Any) -> None:
        kwargs.pop("host", None)  # Rasa passes the endpoint's url, which memory has none of
        super().__init__(domain, event_broker, **kwargs)
        self._last_active: dict[str, float] = {}
        self._last_purge = time.time()
        self._init_retention()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        dialogue = tracker.as_dialogue().as_dict()
        events = dialogue.get("events") or []
        if any(is_marker(e) for e in events):
            dialogue["events"] = scrub_events(events)
        elif last_session_start(events) is not None:
            # Rasa's read-back keeps only the last session, so the ended one is gone after the next
            # turn anyway; until then it holds no details either.
            dialogue["events"] = scrub_ended_sessions(events)
        self.store[tracker.sender_id] = json.dumps(dialogue)
        now = time.time()
        self._last_active[tracker.sender_id] = now
        if now - self._last_purge >= IN_MEMORY_PURGE_EVERY:
            self.purge_idle(self.retention_seconds, now)

    def purge_idle(self, max_idle_seconds: float, now: float | None = None) -> int:
        """Deletes the conversations idle longer than ``max_idle_seconds``; returns how many."""
        now = time.time() if now is None else now
        self._last_purge = now
        idle = [s for s, at in self._last_active.items() if now - at > max_idle_seconds]
        for sender_id in idle:
            self.store.pop(sender_id, None)
            self._last_active.pop(sender_id, None)
        self._announce_deleted(idle)
        if idle:
            log.info(
                "retention: deleted %d conversations idle over %g days", len(idle), max_idle_seconds / DAY
            )
        return len(idle)


class ErasingSQLTrackerStore(_Erasing, SQLTrackerStore):
    """Rasa's SQL store (PostgreSQL in the cluster), with erasure and ``purge_idle``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._init_retention()

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        # Blocking database work runs in a worker thread: the event loop keeps serving other callers.
        await asyncio.to_thread(self._store, tracker)

    def _row(self, sender_id: str, event: Any) -> Any:
        data = event.as_dict()
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )

    def _store(self, tracker: DialogueStateTracker) -> None:
        """The turn's new events, and if one is the marker the conversation's rewrite: one transaction."""
        with self.session_scope() as session:
            new = list(self._additional_events(session, tracker))
            new_data = [e.as_dict() for e in new]
            marker = any(is_marker(e) for e in new_data)
            starts = not marker and any(e.get("event") == "session_started" for e in new_data)
            # the rows of the session this turn may end (Rasa's own query: since its last start)
            ending = self._event_query(session, tracker.sender_id, False).all() if starts else []
            rows = [self._row(tracker.sender_id, event) for event in new]
            session.add_all(rows)
            if starts:
                self._scrub_ended(tracker.sender_id, [*ending, *rows])
            if marker:
                session.flush()
                rows = (
                    session.query(self.SQLEvent)
                    .filter(self.SQLEvent.sender_id == tracker.sender_id)
                    .order_by(self.SQLEvent.id)
                    .all()
                )
                rewritten = _rewrite(rows, scrub_events)
                log.info(
                    "erased the personal data of conversation %s: %d of its %d stored events rewritten",
                    _short(tracker.sender_id),
                    rewritten,
                    len(rows),
                )
            session.commit()

    def _scrub_ended(self, sender_id: str, rows: list[Any]) -> None:
        """Rewrites ``rows`` (the ended session's, then this turn's) without the ended session's details."""
        rewritten = _rewrite(rows, scrub_ended_sessions)
        log.debug(
            "conversation %s started a new session: %d stored events of the one it ended rewritten",
            _short(sender_id),
            rewritten,
        )

    def purge_idle(self, max_idle_seconds: float, now: float | None = None) -> int:
        """Deletes every conversation whose last event is older than ``max_idle_seconds``; says how many."""
        import sqlalchemy as sa

        cutoff = (time.time() if now is None else now) - max_idle_seconds
        event = self.SQLEvent
        with self.session_scope() as session:
            idle = (
                session.query(event.sender_id)
                .group_by(event.sender_id)
                .having(sa.func.max(event.timestamp) < cutoff)
                .subquery()
            )
            senders = [s for (s,) in session.query(idle.c.sender_id).all()]
            for chunk in _chunks(senders, 500):
                session.query(event).filter(event.sender_id.in_(chunk)).delete(synchronize_session=False)
            session.commit()
        self._announce_deleted(senders)
        if senders:
            log.info(
                "retention: deleted %d conversations idle over %g days", len(senders), max_idle_seconds / DAY
            )
        return len(senders)


def _rewrite(rows: list[Any], scrub: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> int:
    """Writes back each stored event row that ``scrub`` changed; how many it rewrote."""
    events = [json.loads(row.data) for row in rows]
    rewritten = 0
    for row, before, after in zip(rows, events, scrub(events)):
        if after != before:
            row.data = json.dumps(after)
            rewritten += 1
    return rewritten


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _short(sender_id: str) -> str:
    """A conversation id in a log line: on voice it is the caller's number, so only its end."""
    return sender_id if not sender_id.lstrip("+").isdigit() else f"...{sender_id[-4:]}"
