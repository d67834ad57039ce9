"""Redis gone: each action server falls back to its share of the budget, says so, and loses no save."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from tools.action_calls import confirming_callers, slot_events
from tools.datastores import RedisServer
from tools.stack import ActionServer, free_port

pytestmark = pytest.mark.cluster

CALLERS = 300
SPREAD_SECONDS = 10.0
LIMIT = 60
REPLICAS = 2


@pytest.fixture
def replicas_without_redis(emulator, tmp_path) -> Iterator[list[ActionServer]]:
    """Two action servers configured for a Redis that has stopped (the port answers nothing)."""
    with tempfile.TemporaryDirectory() as workdir:
        redis_server = RedisServer(Path(workdir)).start()
        redis_server.stop()
        env = {
            **emulator.client_env(),
            "CONTACT_DEFAULT_REGION": "",
            "KORE_RATE_LIMIT_REDIS_URL": redis_server.url,
            "KORE_RATE_LIMIT_REPLICAS": str(REPLICAS),
            "KORE_RATE_LIMIT_PER_MINUTE": str(LIMIT),
        }
        servers = [ActionServer(free_port(), env, tmp_path / f"actions-{i}.log") for i in range(REPLICAS)]
        for server in servers:
            server.start(wait=False)
        try:
            for server in servers:
                server.wait_ready()
            yield servers
        finally:
            for server in servers:
                server.stop()


def test_without_redis_each_replica_keeps_to_its_share_and_every_save_lands(replicas_without_redis, emulator):
    emulator.set_faults(rate_limit_per_minute=LIMIT)
    results = asyncio.run(
        confirming_callers("", CALLERS, SPREAD_SECONDS, 40_000, urls=[s.url for s in replicas_without_redis])
    )

    ids = [slot_events(answer).get("contact_id") for _, answer in results]
    assert all(ids), [a for _, a in results if not slot_events(a).get("contact_id")][:3]
    assert len(set(ids)) == CALLERS
    stats = emulator.stats()
    assert stats["contacts_created"] == CALLERS
    assert stats["create_calls"] <= LIMIT  # never refused: two local shares stay within one account's limit
    for server in replicas_without_redis:
        log = server.log.read_text()
        assert "Redis at redis://127.0.0.1" in log and "is unavailable" in log
        assert f"local share of {LIMIT // REPLICAS} create calls a minute" in log
