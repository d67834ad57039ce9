"""One account, several action servers: the create budget kept in Redis and shared by every replica.

The account allows ``KORE_RATE_LIMIT_PER_MINUTE`` create calls in any minute, whoever makes
them. Each replica's batcher asks Redis before a call instead of its own bucket; batching
stays per replica. Redis holds, per account, the timestamps of the last minute's calls (a
sorted set), and one Lua script decides atomically: drop old entries (ZREMRANGEBYSCORE),
count them, and add ours (ZADD) at the earliest time the limit allows, answering how long
that is from now. The script reads Redis's own clock, so replicas whose
clocks disagree still share one window.

The same script also paces the calls the way the local ``CallLimiter`` does (``burst`` at
once, the rest of the minute evenly): a window that allowed the whole minute in one burst
would leave callers of the next 59 seconds waiting past their deadline.

Redis unreachable: the replica falls back to a local bucket holding its share of the budget
(``limit // KORE_RATE_LIMIT_REPLICAS``), says so in its log, and tries Redis again a few
seconds later, recording there the calls it made meanwhile. No caller's save waits on Redis.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import urlsplit

from redis import asyncio as aioredis
from redis.exceptions import RedisError

from .batching import BURST, CallLimiter

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60.0
DEFAULT_REPLICAS = 2
REDIS_TIMEOUT_SECONDS = 0.5  # a caller never waits longer than this on a Redis that does not answer
RETRY_REDIS_SECONDS = 5.0

# KEYS[1]: the sorted set of call times (ms, Redis clock); KEYS[2]: "hold until" (ms) after a 429.
# ARGV: limit, window ms, burst, ms per call after the burst, this call's unique member,
#       then the ages (ms) of calls made while Redis was unreachable, to record first.
# Reserves the earliest slot this call may take and returns how many ms from now it is (0: go now).
# Reserving, rather than answering "try again in x ms", keeps the replicas in first-come order:
# none of them wakes up with the others only to lose the race again.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local burst, interval = tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 6, #ARGV do
  redis.call('ZADD', KEYS[1], now - tonumber(ARGV[i]), ARGV[5] .. '-offline-' .. i)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local at = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local calls = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local n = #calls / 2
if n > 0 then at = math.max(at, tonumber(calls[2 * n])) end  -- after every slot already taken
-- The window: the limit-th newest call must have left it.
if n >= limit then at = math.max(at, tonumber(calls[2 * (n - limit + 1)]) + window) end
-- Pacing, as a token bucket: the k newest calls plus this one fit in burst + elapsed / interval.
for k = 1, n do
  local stamp = tonumber(calls[2 * (n - k + 1)])
  at = math.max(at, stamp + (k + 1 - burst) * interval)
end
at = math.ceil(at)
redis.call('ZADD', KEYS[1], at, ARGV[5])
redis.call('PEXPIRE', KEYS[1], window + at - now)
return at - now
"""

_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local until_ms = now + tonumber(ARGV[1])
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > held then redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1])) end
return until_ms
"""


class SharedLimitSettingsError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class SharedLimitSettings:
    """``KORE_RATE_LIMIT_REDIS_URL`` (unset: the local limiter) and the replica count for the fallback."""

    redis_url: str = ""
    replicas: int = DEFAULT_REPLICAS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SharedLimitSettings:
        env = os.environ if environ is None else environ
        problems: list[str] = []
        url = env.get("KORE_RATE_LIMIT_REDIS_URL", "").strip()
        if url and urlsplit(url).scheme not in ("redis", "rediss", "unix"):
            problems.append(
                f"KORE_RATE_LIMIT_REDIS_URL must be a redis:// (or rediss://, unix://) URL "
                f"(got scheme {urlsplit(url).scheme!r})"
            )
        raw = env.get("KORE_RATE_LIMIT_REPLICAS", "").strip()
        replicas = DEFAULT_REPLICAS
        if raw:
            if not raw.isdigit() or int(raw) < 1:
                problems.append(f"KORE_RATE_LIMIT_REPLICAS must be a whole number above 0 (got {raw!r})")
            else:
                replicas = int(raw)
        if problems:
            raise SharedLimitSettingsError(problems)
        return cls(url, replicas)


def redacted(url: str) -> str:
    """The URL without its password, for the log."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)


class RedisCallLimiter:
    """The budget of one account shared through Redis; same ``acquire``/``hold_off`` as ``CallLimiter``."""

    def __init__(
        self,
        redis_url: str,
        account: str,
        per_minute: int,
        *,
        replicas: int = DEFAULT_REPLICAS,
        burst: int = BURST,
        window_seconds: float = WINDOW_SECONDS,
        retry_seconds: float = RETRY_REDIS_SECONDS,
    ) -> None:
        self.url = redis_url
        self.per_minute = per_minute
        self.burst = max(1, min(burst, per_minute))
        self.window_ms = int(window_seconds * 1000)
        # After the burst the rest of the window's budget goes evenly, as in CallLimiter.
        self.interval_ms = self.window_ms / max(per_minute - self.burst, 1)
        self.keys = [f"contact-bot:rate-limit:{account}:calls", f"contact-bot:rate-limit:{account}:hold"]
        self.local_share = max(1, per_minute // replicas)
        self.retry_seconds = retry_seconds
        self.window_seconds = window_seconds
        self._redis = aioredis.Redis.from_url(
            redis_url, socket_timeout=REDIS_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_TIMEOUT_SECONDS
        )
        self._take = self._redis.register_script(_TAKE)
        self._hold = self._redis.register_script(_HOLD)
        self._fallback: CallLimiter | None = None
        self._retry_at = 0.0
        self._offline_calls: deque[float] = deque()  # monotonic times of calls made on the fallback
        self._lock = asyncio.Lock()
        self._holds: set[asyncio.Task] = set()  # kept until done, so a hold is never collected half-way

    @property
    def shared(self) -> bool:
        """False while Redis is unreachable and the local share is in use."""
        return self._fallback is None

    async def acquire(self) -> None:
        async with self._lock:
            if self._fallback is not None and time.monotonic() < self._retry_at:
                return await self._local_call()
            try:
                wait_ms = await self._take(keys=self.keys, args=self._take_args())
            except (RedisError, OSError) as exc:
                self._fall_back(exc)
                return await self._local_call()
            self._back_online()
            if wait_ms > 0:
                await asyncio.sleep(wait_ms / 1000)  # the slot is reserved: no need to ask again

    async def _local_call(self) -> None:
        assert self._fallback is not None
        await self._fallback.acquire()
        self._offline_calls.append(time.monotonic())

    def hold_off(self, seconds: float) -> None:
        """The API answered 429 (something else spent the budget): every replica holds back that long."""
        if self._fallback is not None:
            self._fallback.hold_off(seconds)
        task = asyncio.get_running_loop().create_task(self._shared_hold(seconds))
        self._holds.add(task)
        task.add_done_callback(self._holds.discard)

    async def _shared_hold(self, seconds: float) -> None:
        try:
            await self._hold(keys=self.keys[1:], args=[max(1, int(seconds * 1000))])
        except (RedisError, OSError) as exc:
            self._fall_back(exc)
            self._fallback.hold_off(seconds)  # type: ignore[union-attr]

    def _take_args(self) -> list[object]:
        now = time.monotonic()
        while self._offline_calls and now - self._offline_calls[0] > self.window_seconds:
            self._offline_calls.popleft()
        ages = [int((now - t) * 1000) for t in self._offline_calls]
        return [self.per_minute, self.window_ms, self.burst, self.interval_ms, uuid.uuid4().hex, *ages]

    def _fall_back(self, exc: Exception) -> None:
        if self._fallback is None:
            self._fallback = CallLimiter(self.local_share)
            log.warning(
                "shared rate limit: Redis at %s is unavailable (%s); using this replica's local share of "
                "%d create calls a minute until it is back",
                redacted(self.url),
                type(exc).__name__,
                self.local_share,
            )
        self._retry_at = time.monotonic() + self.retry_seconds

    def _back_online(self) -> None:
        if self._fallback is not None:
            log.warning(
                "shared rate limit: Redis at %s is back; %d calls made meanwhile recorded there",
                redacted(self.url),
                len(self._offline_calls),
            )
            self._fallback = None
        self._offline_calls.clear()

    async def close(self) -> None:
        await self._redis.close()


def limiter_from_env(
    account: str, per_minute: int, environ: Mapping[str, str] | None = None
) -> CallLimiter | RedisCallLimiter:
    """The shared limiter when Redis is configured; otherwise the process-local one, as before.

    A shared limit configured wrongly (reported at start-up) gets the safe local share, not the
    whole budget: the other replicas may be spending it.
    """
    try:
        settings = SharedLimitSettings.from_env(environ)
    except SharedLimitSettingsError:
        share = max(1, per_minute // DEFAULT_REPLICAS)
        log.warning("shared rate limit misconfigured; using a local share of %d create calls a minute", share)
        return CallLimiter(share)
    if not settings.redis_url:
        return CallLimiter(per_minute)
    log.info(
        "shared rate limit: %d create calls a minute for account %s, kept in Redis at %s",
        per_minute,
        account,
        redacted(settings.redis_url),
    )
    return RedisCallLimiter(settings.redis_url, account, per_minute, replicas=settings.replicas)
