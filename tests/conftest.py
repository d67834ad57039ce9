"""Fixtures shared by every test: a real emulator process on a free loopback port."""
from __future__ import annotations

from typing import Iterator

import pytest

from actions.agentassist import AgentAssistClient, Settings
from emulator.process import EmulatorProcess


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
