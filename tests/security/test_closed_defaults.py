"""Closed by default where no server is needed to see it: launch settings, secrets, retention.

Before: `rasa run --enable-api` served the API to anyone; `make cluster` listened wherever
CLUSTER_LISTEN said, in clear text; nothing was ever purged; there were no secrets to keep.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tools.cluster import Balancer, ClusterSettingsError, listen_directives, nginx_binary
from tools.rasa_cli import closed_arguments
from tools.secret_env import NAMES, project_secrets


def test_the_http_api_never_starts_without_a_token() -> None:
    env = {k: v for k, v in os.environ.items() if k != "RASA_AUTH_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "tools.rasa_cli", "run", "--enable-api"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "refusing to start Rasa's HTTP API without a token: set RASA_AUTH_TOKEN" in done.stderr
    # With the token in the environment it is added inside the process, not typed on the command line.
    assert closed_arguments(["run", "--enable-api"], {"RASA_AUTH_TOKEN": "t0k"}) == [
        "run",
        "--enable-api",
        "--auth-token=t0k",
    ]
    # a token that begins with "-" (token_urlsafe makes one in 64) is still the option's value
    assert closed_arguments(["run", "--enable-api"], {"RASA_AUTH_TOKEN": "-t0k"})[-1] == "--auth-token=-t0k"
    assert closed_arguments(["shell"], {}) == ["shell"]


def test_the_cluster_refuses_to_listen_beyond_loopback_without_tls(tmp_path: Path) -> None:
    balancer = Balancer(tmp_path, 5999, 5998, [1], [2], listen_host="0.0.0.0", environ={})
    with pytest.raises(
        ClusterSettingsError, match="refusing to listen on 0.0.0.0 .* without TLS.*CLUSTER_TLS_CERT"
    ):
        balancer.render()
    assert "listen 127.0.0.1:5999;" in listen_directives("127.0.0.1", 5999, {})


def test_with_a_certificate_the_callers_port_speaks_tls_only(tmp_path: Path) -> None:
    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    env = {"CLUSTER_TLS_CERT": str(cert), "CLUSTER_TLS_KEY": str(key)}
    balancer = Balancer(tmp_path, 5999, 5998, [5997], [5996], listen_host="0.0.0.0", environ=env)
    conf = balancer.render()
    text = conf.read_text()
    assert "listen 0.0.0.0:5999 ssl;" in text and f"ssl_certificate {cert}" in text
    # nginx itself accepts the configuration (syntax, certificate and key).
    checked = subprocess.run(
        [nginx_binary(), "-t", "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "e.log")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr


def test_the_balancer_exposes_only_the_channels(tmp_path: Path) -> None:
    text = Balancer(tmp_path, 5999, 5998, [1], [2], environ={}).render().read_text()
    callers = text.split("listen 127.0.0.1:5999;", 1)[1].split("server {", 1)[0]
    locations = {
        line.strip().removeprefix("location ").removesuffix(" {")
        for line in callers.splitlines()
        if line.strip().startswith("location")
    }
    assert locations == {
        "= /webhooks/rest/webhook",
        "= /webhooks/twilio_voice/webhook",
        "= /webhooks/twilio_voice/status",
        "/socket.io/",
        "= /health",
        "/",
    }
    assert "return 404" in callers.split("location / {", 1)[1].split("}", 1)[0]
    assert "client_max_body_size 65536;" in callers and "limit_req zone=callers burst=100 nodelay;" in callers


def test_secrets_are_generated_once_into_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / ".run" / "secrets.env"
    first = project_secrets(path, environ={})
    assert set(first) == set(NAMES) and all(len(v) >= 32 for v in first.values())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert project_secrets(path, environ={}) == first  # stable between runs
    assert (
        project_secrets(path, environ={"ACTION_SERVER_TOKEN": "from-env"})["ACTION_SERVER_TOKEN"]
        == "from-env"
    )
    path.chmod(0o644)
    project_secrets(path, environ={})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_in_memory_store_purges_an_idle_conversation() -> None:
    from tools.quiet import quiet_start

    quiet_start()
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet, UserUttered

    from actions.channels.erasing_tracker_store import ErasingInMemoryTrackerStore

    domain = Domain.from_dict({"slots": {"first_name": {"type": "text", "mappings": [{"type": "custom"}]}}})
    store = ErasingInMemoryTrackerStore(domain)

    async def talk(sender: str) -> None:
        tracker = await store.get_or_create_tracker(sender)
        tracker.update(UserUttered("my name is Zebedee"))
        tracker.update(SlotSet("first_name", "Zebedee"))
        await store.save(tracker)

    asyncio.run(talk("idle"))
    import time

    month = 31 * 86400.0
    asyncio.run(talk("fresh"))
    store._last_active["idle"] -= month  # it last spoke a month ago
    assert store.purge_idle(store.retention_seconds) == 1
    assert list(store.store) == ["fresh"]
    assert store.retention_seconds == 30 * 86400.0
    assert store.purge_idle(store.retention_seconds, now=time.time() + month) == 1
    assert store.store == {}
