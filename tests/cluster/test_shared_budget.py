"""300 callers confirming within 10 s, spread by nginx over both action servers, one account budget."""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter

import pytest

from actions.agentassist.batching import BURST
from tools.action_calls import confirming_callers, slot_events

pytestmark = pytest.mark.cluster

CALLERS = 300
SPREAD_SECONDS = 10.0
LIMIT = 60  # the account's documented limit, which the emulator enforces below
RASA_SHELL_TIMEOUT = 10.0


def test_300_callers_over_both_replicas_share_one_60_a_minute_budget(cluster):
    cluster.emulator.set_faults(rate_limit_per_minute=LIMIT)
    logged_before = len(cluster.balancer.access_log_lines())
    started = time.monotonic()
    results = asyncio.run(confirming_callers(cluster.balancer.actions_url, CALLERS, SPREAD_SECONDS, 30_000))
    elapsed = time.monotonic() - started

    ids = [slot_events(answer).get("contact_id") for _, answer in results]
    assert all(ids), [a for _, a in results if not slot_events(a).get("contact_id")][:3]
    assert len(set(ids)) == CALLERS  # every caller their own id
    assert max(seconds for seconds, _ in results) < RASA_SHELL_TIMEOUT
    stats = cluster.emulator.stats()
    assert stats["contacts_created"] == CALLERS  # nothing saved twice, nothing lost
    assert stats["rate_limited"] == 0  # the emulator never answered 429: the shared budget held
    # The test lasts well under a minute, so at most LIMIT calls means the emulator never had
    # reason to answer 429. And the calls fit ONE paced budget over the run: two replicas
    # with a bucket each would have made up to twice as many.
    assert elapsed < 60
    assert stats["create_calls"] <= BURST + math.ceil(elapsed * (LIMIT - BURST) / 60)
    saved = {c["cellPhone"]["phoneNumber"]: c for c in cluster.emulator.contacts()}
    for i, (_, answer) in enumerate(results):
        assert saved[f"+919{30_000 + i:09d}"]["id"] == slot_events(answer)["contact_id"]

    # nginx spread the callers over both action servers, and both made create calls.
    requests = [line.split() for line in cluster.balancer.access_log_lines()[logged_before:]]
    served = Counter(
        upstream for upstream, method, path, *_ in requests if (method, path) == ("POST", "/webhook")
    )
    assert set(served) == {f"127.0.0.1:{s.port}" for s in cluster.action_servers}
