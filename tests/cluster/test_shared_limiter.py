"""RedisCallLimiter against a real Redis: two replicas, one budget; a 429 holds
back both; Redis lost and back."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Iterator

import pytest
import redis

from actions.agentassist.shared_limit import RedisCallLimiter
from tools.datastores import RedisServer

pytestmark = pytest.mark.cluster

ACCOUNT = "test-account"


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


def limiter(server: RedisServer, per_minute: int, burst: int, window: float, **kw) -> RedisCallLimiter:
    return RedisCallLimiter(server.url, ACCOUNT, per_minute, burst=burst, window_seconds=window, **kw)


def test_two_replicas_together_never_exceed_the_limit_in_any_window(redis_server):
    per_window, burst, window, run_for = 12, 3, 2.0, 3.0

    async def replica(grants: list[float]) -> None:
        mine = limiter(redis_server, per_window, burst, window)
        stop = time.monotonic() + run_for
        while time.monotonic() < stop:
            await mine.acquire()
            grants.append(time.monotonic())
        await mine.close()

    async def both() -> tuple[list[float], list[float]]:
        a, b = [], []
        await asyncio.gather(replica(a), replica(b))
        return a, b

    a, b = asyncio.run(both())
    grants = sorted(a + b)
    assert a and b  # both replicas got calls from the one budget
    # Redis decides on its own clock; the grants are stamped here a moment later, so the checks
    # allow that moment (a few milliseconds on loopback; 50 ms allowed).
    slack = 0.05
    interval = window / (per_window - burst)
    for i, start in enumerate(grants):
        within = [t for t in grants[i:] if t < start + window - slack]
        assert len(within) <= per_window
        # Paced like the local bucket: the burst at once, then one call per interval.
        for j, t in enumerate(within):
            assert j + 1 <= burst + (t - start + slack) / interval
    assert len(grants) >= per_window  # and the budget is used, not starved


def test_a_429_seen_by_one_replica_holds_back_the_other(redis_server):
    async def scenario() -> int:
        first, second = limiter(redis_server, 60, 10, 60), limiter(redis_server, 60, 10, 60)
        first.hold_off(5.0)
        await asyncio.gather(*first._holds)
        wait_ms = await second._take(keys=second.keys, args=second._take_args())
        await first.close()
        await second.close()
        return wait_ms

    assert 4000 < asyncio.run(scenario()) <= 5000


def test_redis_lost_falls_back_to_the_local_share_then_records_those_calls_when_back(tmp_path, caplog):
    server = RedisServer(tmp_path / "redis")  # not started yet: the port answers nothing

    async def scenario() -> tuple[bool, bool]:
        shared = limiter(server, 60, 10, 60, replicas=3, retry_seconds=0)
        for _ in range(3):
            await shared.acquire()  # each goes to the local share: no caller waits on the missing Redis
        was_shared = shared.shared
        server.start()
        await shared.acquire()  # Redis is back: this call and the three made meanwhile are recorded
        now_shared = shared.shared
        await shared.close()
        return was_shared, now_shared

    with caplog.at_level(logging.WARNING, logger="actions.agentassist.shared_limit"):
        try:
            was_shared, now_shared = asyncio.run(scenario())
            recorded = redis.Redis.from_url(server.url).zcard(f"contact-bot:rate-limit:{ACCOUNT}:calls")
        finally:
            server.stop()
    assert (was_shared, now_shared) == (False, True)
    assert recorded == 4
    warnings = [r.getMessage() for r in caplog.records]
    assert (
        sum("is unavailable" in w and "local share of 20" in w for w in warnings) == 1
    )  # said once, not per call
    assert any("is back; 3 calls made meanwhile recorded" in w for w in warnings)
