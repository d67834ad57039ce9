"""The cluster for these tests: Redis, PostgreSQL, the emulator, two action servers, two Rasa servers, nginx.

Started once (loading two Rasa servers takes a minute on two cores) in a throw-away folder on
free ports; every test gets it with no contacts, no fault switched on, an empty rate budget
and both replicas of each kind running.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pytest
import redis

from tools.cluster import MODEL, Cluster

def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cluster's tests run together at the end of the session, the one that kills replicas last.

    The cluster starts with the first of them and stops with the session; together at the end,
    it is not left idle (two Rasa servers' memory) while every other test runs, and no other
    test waits for killed replicas to load again.
    """
    items.sort(key=lambda item: (item.get_closest_marker("cluster") is not None, "killed" in item.name))


@pytest.fixture(scope="session")
def cluster_process() -> Iterator[Cluster]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first (or run `make train`)")
    # Under /tmp, not pytest's tmp_path: as root PostgreSQL runs as the postgres user,
    # which cannot enter root's private pytest folders. CLUSTER_TEST_KEEP=<folder> keeps every
    # log (Rasa, action servers, nginx, PostgreSQL) there to read after a failing run.
    keep = os.environ.get("CLUSTER_TEST_KEEP")
    with tempfile.TemporaryDirectory(prefix="contact-bot-cluster-") as scratch:
        workdir = Path(keep) if keep else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        workdir.chmod(0o755)
        with Cluster(workdir, durable=False) as cluster:
            yield cluster


@pytest.fixture
def cluster(cluster_process: Cluster) -> Iterator[Cluster]:
    """The session's cluster, every replica up, nothing saved, nothing in the shared rate budget."""
    for server in [*cluster_process.action_servers, *cluster_process.rasa_servers]:
        if server.proc is None or server.proc.poll() is not None:
            server.start()
    assert cluster_process.emulator is not None
    cluster_process.emulator.reset()
    redis.Redis.from_url(cluster_process.redis.url).flushdb()  # db 0: the rate budget (locks are in db 1)
    yield cluster_process
    cluster_process.emulator.reset()
