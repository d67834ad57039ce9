"""Fixtures shared by every test: a real emulator process on a free loopback port, and the cluster
(started only by the tests that ask for it: tests/cluster/, tests/security/)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

from actions.agentassist import AgentAssistClient, Settings
from emulator.process import EmulatorProcess
from tools.cluster import MODEL, Cluster


@pytest.fixture(scope="session")
def emulator_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    with EmulatorProcess(tmp_path_factory.mktemp("emulator") / "contacts.sqlite3") as emu:
        yield emu


@pytest.fixture
def emulator(emulator_process: EmulatorProcess) -> Iterator[EmulatorProcess]:
    """The session's emulator with no contacts and no fault switched on."""
    emulator_process.reset()
    yield emulator_process
    emulator_process.reset()


def make_client(emulator: EmulatorProcess, **env: str) -> AgentAssistClient:
    return AgentAssistClient(Settings.from_env({**emulator.client_env(), **env}))


@pytest.fixture
def client(emulator: EmulatorProcess) -> Iterator[AgentAssistClient]:
    c = make_client(emulator)
    yield c
    c.close()


TEST_NGINX_LIMITS = {"CLUSTER_RATE_PER_SECOND": "200", "CLUSTER_RATE_BURST": "400"}


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
        # The HTTP API is on (behind RASA_AUTH_TOKEN): tests read trackers from the replicas. Every
        # test caller comes from one address, 127.0.0.1, which a deployment's callers do not share:
        # nginx's per-address limit is raised to carry the 100-caller load tests, and the flood
        # test floods from an address of its own, well past this burst.
        # The per-conversation save limit (10 a minute by default) is raised so that one agent chat
        # can save 20 contacts in a row (tests/security: what PostgreSQL keeps of a long chat).
        with Cluster(
            workdir,
            durable=False,
            api=True,
            balancer_env=TEST_NGINX_LIMITS,
            action_env={"CONTACT_SAVES_PER_MINUTE": "30"},
        ) as cluster:
            yield cluster


@pytest.fixture
def cluster(cluster_process: Cluster) -> Iterator[Cluster]:
    """The session's cluster, every replica up, nothing saved, nothing in the shared rate budget."""
    for server in [*cluster_process.action_servers, *cluster_process.rasa_servers]:
        if server.proc is None or server.proc.poll() is not None:
            server.start()
    assert cluster_process.emulator is not None
    cluster_process.emulator.reset()
    import redis

    redis.Redis.from_url(cluster_process.redis.url).flushdb()  # db 0: the rate budget (locks are in db 1)
    yield cluster_process
    cluster_process.emulator.reset()
