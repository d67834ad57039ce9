"""Start and stop the processes of a running bot: action server and Rasa server.

The emulator has its own helper (emulator.process); these are the other two. Both are closed by
default (docs/security.md): they listen on 127.0.0.1, the action server takes calls only with
``ACTION_SERVER_TOKEN`` (which the Rasa server sends from its endpoints file), the Rasa server's
HTTP API is off unless ``api=True`` (then it needs ``RASA_AUTH_TOKEN``), telemetry is off unless
``RASA_TELEMETRY_ENABLED`` says otherwise, and a request body over ``RASA_REQUEST_MAX_SIZE`` bytes
gets 413. Secrets reach the processes in their environment, never on their command line.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tools.quiet import QUIET_ENV

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
ERASING_STORE = "actions.channels.erasing_tracker_store.ErasingInMemoryTrackerStore"
# A caller's message is a few hundred bytes; 64 KiB leaves room for any channel's metadata.
DEFAULT_REQUEST_MAX_SIZE = "65536"
_secrets: dict[str, str] = {}


def stack_secrets() -> dict[str, str]:
    """The tokens of the servers this process starts: the environment's (a launcher put them there
    from .run/secrets.env), else fresh ones shared by every server of this process (tests, bench)."""
    if not _secrets:
        from tools.secret_env import NAMES, fresh_secrets

        fresh = fresh_secrets()
        _secrets.update({name: os.environ.get(name) or fresh[name] for name in NAMES})
    return dict(_secrets)


def action_token() -> str:
    return stack_secrets()["ACTION_SERVER_TOKEN"]


def action_headers() -> dict[str, str]:
    """What Rasa sends with every action call (endpoints.yml), for clients that play Rasa."""
    return {"Authorization": f"Bearer {action_token()}"}


def api_token() -> str:
    return stack_secrets()["RASA_AUTH_TOKEN"]


def rasa_server_env() -> dict[str, str]:
    """Settings of every Rasa process the project starts; the operator's own values win."""
    return {
        "RASA_TELEMETRY_ENABLED": os.environ.get("RASA_TELEMETRY_ENABLED", "false"),
        "SANIC_REQUEST_MAX_SIZE": os.environ.get("RASA_REQUEST_MAX_SIZE", DEFAULT_REQUEST_MAX_SIZE),
        "ACTION_SERVER_TOKEN": action_token(),
    }


def webchat_origins(page_origin: str) -> str:
    """``CONTACT_WEBCHAT_ORIGINS`` for a Rasa server whose web chat page is at ``page_origin``:
    that origin, then the operator's (the socket.io channel accepts these only)."""
    return ",".join([page_origin, *filter(None, os.environ.get("CONTACT_WEBCHAT_ORIGINS", "").split(","))])


# Rasa's own responses said from the catalogues, in the conversation's language (docs/messages.md).
CATALOGUE_RESPONSES = "nlg:\n  type: actions.channels.catalogue_responses.CatalogueResponses\n"


def endpoints_text(
    action_url: str, tracker_store: str | None = ERASING_STORE, package: str = "actions"
) -> str:
    """An endpoints file like endpoints.yml: the action server with its token, the catalogues'
    responses (from ``package``: ``contact_capture`` where the plugin is installed), the erasing store."""
    text = (
        f'action_endpoint:\n  url: "{action_url}"\n'
        "  headers:\n    Authorization: Bearer ${ACTION_SERVER_TOKEN}\n"
        + CATALOGUE_RESPONSES.replace("actions.", f"{package}.", 1)
    )
    if tracker_store:
        text += f"tracker_store:\n  type: {tracker_store}\n"
    return text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"process exited with {proc.returncode}; see {log}:\n{log.read_text()[-3000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s; see {log}")


class Process:
    """A child process logging to a file; ``start`` returns once ``health_url`` answers 200."""

    def __init__(
        self,
        args: list[str],
        log: Path,
        env: dict[str, str] | None = None,
        health_url: str | None = None,
        start_timeout: float = 60,
        cwd: Path = ROOT,
    ) -> None:
        self.args = args
        self.cwd = cwd
        self.log = log
        self.env = {**os.environ, **(env or {})}
        self.health_url = health_url
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self.detached = False  # own session: a Ctrl-C meant for the launcher does not reach it

    def start(self, wait: bool = True):
        """Start the process; with ``wait=False`` call ``wait_ready`` later (to start several at once)."""
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("w") as out:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(
                self.args,
                cwd=self.cwd,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=self.detached,
            )
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self) -> None:
        if self.health_url and self.proc:
            wait_for(self.health_url, self.proc, self.start_timeout, self.log)

    def kill(self) -> None:
        """Die without warning, as a crashed replica would."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class ActionServer(Process):
    """`python -m rasa_sdk --actions PACKAGE`; another ``python`` and ``cwd`` serve an adopting bot."""

    def __init__(
        self,
        port: int,
        env: dict[str, str],
        log: Path,
        package: str = "actions",
        python: Path | None = None,
        cwd: Path = ROOT,
    ) -> None:
        env = {"ACTION_SERVER_TOKEN": action_token(), **env}
        super().__init__(
            [str(python or sys.executable), "-m", "rasa_sdk", "--actions", package, "--port", str(port)],
            log,
            env,
            health_url=f"http://127.0.0.1:{port}/health",
            cwd=cwd,
        )
        self.port = port
        self.url = f"http://127.0.0.1:{port}/webhook"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.env['ACTION_SERVER_TOKEN']}"}


class RasaServer(Process):
    """`rasa run` with the REST and socket.io channels of ``credentials``, on loopback.

    ``cors_origin`` lets a page served from another origin (the web chat) reach the REST channel
    (Rasa's ``--cors``) and socket.io (``CONTACT_WEBCHAT_ORIGINS``, with the operator's own);
    ``endpoints`` (a file, e.g. the cluster's) replaces the written one (the action endpoint with
    its token and ``tracker_store``), and ``env`` adds what that file reads. ``api=True`` turns on
    Rasa's HTTP API (trackers, model) behind ``RASA_AUTH_TOKEN``, for tests that read trackers;
    it needs ``tools.rasa_cli`` (not ``python``), which adds the token inside its own process.
    """

    def __init__(
        self,
        port: int,
        model: Path,
        action_url: str,
        workdir: Path,
        log: Path,
        credentials: Path = ROOT / "credentials.yml",
        cors_origin: str | None = None,
        cwd: Path = ROOT,
        python: Path | None = None,
        endpoints: Path | None = None,
        env: dict[str, str] | None = None,
        api: bool = False,
        tracker_store: str | None = ERASING_STORE,
        package: str = "actions",
    ) -> None:
        if endpoints is None:
            endpoints = workdir / f"endpoints-{port}.yml"
            endpoints.parent.mkdir(parents=True, exist_ok=True)
            endpoints.write_text(endpoints_text(action_url, tracker_store, package))
        if api and python:
            raise ValueError("the HTTP API needs tools.rasa_cli, which keeps its token off the command line")
        command = [str(python), "-m", "rasa"] if python else [sys.executable, "-m", "tools.rasa_cli"]
        args = [
            *command,
            "run",
            "-m",
            str(model),
            "--endpoints",
            str(endpoints),
            "--credentials",
            str(credentials),
            "--port",
            str(port),
            "-i",
            "127.0.0.1",
        ]
        server_env = {**QUIET_ENV, **rasa_server_env()}
        if api:
            args.insert(len(command) + 1, "--enable-api")
            server_env["RASA_AUTH_TOKEN"] = api_token()
        if cors_origin:
            args += ["--cors", cors_origin]
            server_env["CONTACT_WEBCHAT_ORIGINS"] = webchat_origins(cors_origin)
        # "/" answers once the model is loaded (Rasa loads it before it binds its port), API or not.
        super().__init__(
            args,
            log,
            {**server_env, **(env or {})},
            health_url=f"http://127.0.0.1:{port}/",
            start_timeout=180,
            cwd=cwd,
        )
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.api = api

    def api_url(self, path: str) -> str:
        """``path`` of the HTTP API with the token (``api=True`` only)."""
        return f"{self.base_url}{path}{'&' if '?' in path else '?'}token={self.env['RASA_AUTH_TOKEN']}"
