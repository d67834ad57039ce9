"""Saving past the rate limit: concurrent creates share one array request.

The account may make 60 create calls a minute, but each call takes an array.
While a call is in flight, or the account is at its limit, further saves wait a
few milliseconds and go out together; each caller gets its own contact back. A
refused batch is retried in halves down to one contact per request, so one
duplicate or invalid contact never fails the others.

The limiter here is local to one action server; several replicas sharing an account
use ``shared_limit.RedisCallLimiter`` instead (same two methods), chosen in actions/service.py.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Protocol

from .aio import AsyncAgentAssist, find_earlier_save
from .contact import ContactDetails, SavedContact, earlier_save
from .errors import AgentAssistError, ContactRejected, DuplicatePhoneNumber, RateLimited, ServiceUnavailable

log = logging.getLogger(__name__)

LINGER_SECONDS = 0.005
BACKSTOP_SECONDS = 0.5
MIN_CALL_SECONDS = 0.2  # less time than this left for a caller: tell them now instead of calling
BURST = 10


class CallLimiter:
    """A token bucket that never lets more than ``per_minute`` calls into any 60-second window.

    ``burst`` calls may go at once; the rest of the minute's budget refills evenly, so
    the burst plus one minute of refill is exactly the account's limit.
    """

    def __init__(self, per_minute: int, burst: int = BURST, clock=time.monotonic) -> None:
        self.burst = max(1, min(burst, per_minute))
        self.rate = max(per_minute - self.burst, 1) / 60.0
        self._clock = clock
        self._tokens = float(self.burst)
        self._stamp = clock()
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self._clock()
        if now > self._stamp:
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now

    def wait_time(self) -> float:
        self._refill()
        blocked = max(0.0, self._blocked_until - self._clock())
        return max(blocked, 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.rate)

    async def acquire(self) -> None:
        async with self._lock:
            while (wait := self.wait_time()) > 0:
                await asyncio.sleep(wait)
            self._tokens -= 1

    def hold_off(self, seconds: float) -> None:
        """The API said 429 anyway (another replica used the budget): stop for that long."""
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)
        self._tokens = 0.0
        # Nothing accumulates while held off: one call may go when the hold ends, then the steady rate.
        self._stamp = self._blocked_until - 1 / self.rate


class Limiter(Protocol):
    """What the batcher needs from a limiter: wait for a call's turn; hold back after a 429."""

    async def acquire(self) -> None: ...

    def hold_off(self, seconds: float) -> None: ...


@dataclass
class _Waiting:
    details: ContactDetails
    future: asyncio.Future
    deadline: float  # loop time by which this caller must hear back


class ContactBatcher:
    def __init__(
        self,
        api: AsyncAgentAssist,
        limiter: Limiter,
        *,
        max_batch: int = 50,
        deadline_seconds: float = 7.0,
        linger: float = LINGER_SECONDS,
    ) -> None:
        self.api = api
        self.limiter = limiter
        self.max_batch = max_batch
        self.deadline_seconds = deadline_seconds
        self.linger = linger
        self._pending: list[_Waiting] = []
        self._in_flight = 0
        self._dispatcher: asyncio.Task | None = None
        self.calls = 0
        self.saved = 0

    async def create(self, details: ContactDetails) -> SavedContact:
        """Save one contact, sharing a request with whoever saves at the same time."""
        loop = asyncio.get_running_loop()
        waiting = _Waiting(details, loop.create_future(), loop.time() + self.deadline_seconds)
        self._pending.append(waiting)
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.create_task(self._dispatch())
        try:
            # The request itself is bounded by this caller's remaining time (see _send_batch);
            # this is only a backstop in case the worker thread overruns it.
            return await asyncio.wait_for(
                asyncio.shield(waiting.future), self.deadline_seconds + BACKSTOP_SECONDS
            )
        except asyncio.TimeoutError:
            if waiting in self._pending:
                self._pending.remove(waiting)
                raise RateLimited("still queued for the rate limit at the deadline") from None
            # Sent but unanswered: a later retry meets the duplicate rule and finds this save.
            raise ServiceUnavailable("no answer within the deadline") from None

    async def _dispatch(self) -> None:
        while self._pending:
            if self._in_flight:
                await asyncio.sleep(self.linger)  # let the saves arriving meanwhile join
            await self.limiter.acquire()
            batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
            if not batch:
                continue
            self._in_flight += 1
            asyncio.create_task(self._send(batch))

    async def _send(self, batch: list[_Waiting]) -> None:
        try:
            await self._send_batch(batch)
        finally:
            self._in_flight -= 1

    async def _send_batch(self, batch: list[_Waiting]) -> None:
        now = asyncio.get_running_loop().time()
        for waiting in [w for w in batch if w.deadline - now < MIN_CALL_SECONDS]:
            _fail(waiting, RateLimited("queued for the rate limit until the deadline"))
            batch.remove(waiting)
        if not batch:
            return
        within = min(w.deadline for w in batch) - now
        self.calls += 1
        try:
            saved = await self.api.create_contacts([w.details for w in batch], within)
        except RateLimited as exc:
            self.limiter.hold_off(exc.retry_after or 1.0)
            self._pending[:0] = [w for w in batch if not w.future.done()]
            if self._dispatcher is None or self._dispatcher.done():
                self._dispatcher = asyncio.create_task(self._dispatch())
            return
        except (DuplicatePhoneNumber, ContactRejected) as exc:
            if len(batch) > 1 and isinstance(exc, DuplicatePhoneNumber) and await self._settle_taken(batch):
                return
            if len(batch) == 1:
                earlier = (
                    await self._earlier_save(batch[0]) if isinstance(exc, DuplicatePhoneNumber) else None
                )
                if earlier is not None and not batch[0].future.done():
                    batch[0].future.set_result(earlier)
                    return
                _fail(batch[0], exc)
                return
            # Halving finds the one bad contact in about 2*log2(n) calls instead of n,
            # which matters when every call counts against the account's limit.
            log.info("a batch of %d was refused (%s); retrying it in halves", len(batch), type(exc).__name__)
            half = len(batch) // 2
            await asyncio.gather(self._retry_part(batch[:half]), self._retry_part(batch[half:]))
            return
        except AgentAssistError as exc:
            for waiting in batch:
                _fail(waiting, exc)
            return
        self.saved += len(saved)
        for waiting, contact in _match(batch, saved):
            if not waiting.future.done():
                waiting.future.set_result(contact)

    async def _settle_taken(self, batch: list[_Waiting]) -> bool:
        """A batch refused for a taken number: one listing says whose numbers are taken.

        After a replica dies mid-save the balancer replays its creates, so a refused batch
        usually holds a save that already landed. Halving would spend about 2*log2(n) calls of
        the shared budget, paced a second or more apart, and push callers past their deadline
        (they would hear "busy" for a contact that is saved). A listing is no create call:
        the same person on the number is that earlier save, someone else is a real duplicate,
        and the rest go again in one call. False when the listing failed or found nothing
        taken (the caller then halves).
        """
        try:
            holders = await self.api.find_contacts_holding([w.details for w in batch])
        except AgentAssistError:
            return False
        rest = [w for w, holder in zip(batch, holders) if holder is None]
        if len(rest) == len(batch):
            return False
        for waiting, holder in zip(batch, holders):
            if holder is None or waiting.future.done():
                continue
            if earlier_save(holder, waiting.details) is not None:
                log.info(
                    "the number was already saved for the same person (an earlier attempt): %s", holder.id
                )
                waiting.future.set_result(holder)
            else:
                _fail(waiting, DuplicatePhoneNumber("the number is already saved", status=409))
        if rest:
            await self._retry_part(rest)
        return True

    async def _earlier_save(self, waiting: _Waiting) -> SavedContact | None:
        """The number is taken by this very person: an earlier attempt of the same save got through.

        That happens when the attempt's answer was lost: a replica died after the API saved
        (the balancer then replays the turn on another replica), or a channel re-sent the
        message. The same name on the same number is that save, not a new contact.
        """
        found = await find_earlier_save(self.api, waiting.details)
        if found is not None:
            log.info("the number was already saved for the same person (an earlier attempt): %s", found.id)
        return found

    async def _retry_part(self, part: list[_Waiting]) -> None:
        await self.limiter.acquire()
        await self._send_batch(part)


def _fail(waiting: _Waiting, exc: Exception) -> None:
    if not waiting.future.done():
        waiting.future.set_exception(exc)


def _match(batch: list[_Waiting], saved: list[SavedContact]) -> list[tuple[_Waiting, SavedContact]]:
    """Pair each caller with their contact by number; the API's order is not documented."""
    pairs = []
    unclaimed = list(saved)
    for waiting in batch:
        contact = next((c for c in unclaimed if c.holds_number(waiting.details)), None)
        if contact is None:
            contact = unclaimed[0]
        unclaimed.remove(contact)
        pairs.append((waiting, contact))
    return pairs
