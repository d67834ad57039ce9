"""A real action server (subprocess) in front of the session's emulator."""

from __future__ import annotations

from typing import Iterator

import pytest

from tools.stack import ActionServer, free_port


@pytest.fixture
def action_server(emulator_process, tmp_path_factory) -> Iterator[ActionServer]:
    """A fresh server per test: its rate limiter's budget is part of what a test measures."""
    env = {**emulator_process.client_env(), "CONTACT_DEFAULT_REGION": ""}
    server = ActionServer(free_port(), env, tmp_path_factory.mktemp("actions") / "actions.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shared_action_server(emulator_process, tmp_path_factory) -> Iterator[ActionServer]:
    """One server for many fuzzed calls (their state does not matter between calls)."""
    env = {**emulator_process.client_env(), "CONTACT_DEFAULT_REGION": ""}
    server = ActionServer(free_port(), env, tmp_path_factory.mktemp("fuzz") / "actions.log").start()
    yield server
    server.stop()
