"""Stacks to attack, built as the launchers build them (tools.stack), on free loopback ports.

- ``web_stack``: `make web`'s configuration: the emulator, the action server, the web chat page,
  and Rasa with the HTTP API off and CORS for the page's origin only.
- ``api_stack``: the same with Rasa's HTTP API on behind its token (what the conversation tests
  use), so a test can read what the in-memory tracker store really holds; its action server
  allows 2 saves a conversation a minute (CONTACT_SAVES_PER_MINUTE) so the limit is reached quickly.

Each is started once per module that uses it; the modules run one after the other.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from emulator.process import EmulatorProcess
from tools.stack import ROOT, ActionServer, RasaServer, free_port
from tools.web_chat import WebChatServer

MODEL = ROOT / "models" / "contact-bot.tar.gz"
SAVES_PER_MINUTE = 2


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def http(
    method: str,
    url: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
    timeout: float = 60,
) -> Answer:
    """One request; an error status is an answer like any other (the attack's answer)."""
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Answer(answer.status, {k.lower(): v for k, v in answer.headers.items()}, answer.read())
    except urllib.error.HTTPError as err:
        return Answer(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


def say(rasa_url: str, sender: str, text: str, **extra: Any) -> list[str]:
    answer = http("POST", f"{rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": text, **extra})
    assert answer.status == 200, answer
    return [m.get("text") or "" for m in answer.json()]


@dataclass
class Stack:
    emulator: EmulatorProcess
    actions: ActionServer
    rasa: RasaServer
    page: WebChatServer | None
    workdir: Path


def _stack(workdir: Path, *, api: bool, action_env: dict[str, str] | None = None) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first (or run `make train`)")
    emulator = EmulatorProcess(workdir / "contacts.sqlite3").start()
    env = {
        **emulator.client_env(),
        "CONTACT_DEFAULT_REGION": "",
        "KORE_DEADLINE_SECONDS": "3",
        **(action_env or {}),
    }
    actions = ActionServer(free_port(), env, workdir / "actions.log")
    rasa_port = free_port()
    page = None if api else WebChatServer(f"http://127.0.0.1:{rasa_port}")
    rasa = RasaServer(
        rasa_port,
        MODEL,
        actions.url,
        workdir,
        workdir / "rasa.log",
        api=api,
        cors_origin=page.origin if page else None,
    )
    try:
        actions.start()
        rasa.start()
        if page:
            page.start()
        yield Stack(emulator, actions, rasa, page, workdir)
    finally:
        if page and page._thread.is_alive():
            page.stop()
        rasa.stop()
        actions.stop()
        emulator.stop()


@pytest.fixture(scope="module")
def web_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from _stack(tmp_path_factory.mktemp("web-stack"), api=False)


@pytest.fixture(scope="module")
def api_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from _stack(
        tmp_path_factory.mktemp("api-stack"),
        api=True,
        action_env={"CONTACT_SAVES_PER_MINUTE": str(SAVES_PER_MINUTE)},
    )
