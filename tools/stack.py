"""Start and stop the processes of a running bot: action server and Rasa server.

The emulator has its own helper (emulator.process); these are the other two.
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}; see {log}:\n{log.read_text()[-3000:]}")
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

    def __init__(self, args: list[str], log: Path, env: dict[str, str] | None = None,
                 health_url: str | None = None, start_timeout: float = 60, cwd: Path = ROOT) -> None:
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
            self.proc = subprocess.Popen(self.args, cwd=self.cwd, env=self.env, stdout=out,
                                         stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         start_new_session=self.detached)
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

    def __init__(self, port: int, env: dict[str, str], log: Path, package: str = "actions",
                 python: Path | None = None, cwd: Path = ROOT) -> None:
        super().__init__([str(python or sys.executable), "-m", "rasa_sdk", "--actions", package, "--port", str(port)],
                         log, env, health_url=f"http://127.0.0.1:{port}/health", cwd=cwd)
        self.port = port
        self.url = f"http://127.0.0.1:{port}/webhook"


# The plugin's tracker store, as endpoints.yml names it (actions/channels/tracker_store.py).
TRACKER_STORE = "actions.channels.tracker_store.InMemoryTrackerStore"


class RasaServer(Process):
    """`rasa run` with the REST and socket.io channels of ``credentials``.

    ``cors_origin`` lets a page served from another origin (the web chat) reach socket.io;
    ``endpoints`` (a file, e.g. the cluster's) replaces the plain action endpoint and this
    repo's ``tracker_store`` (as in endpoints.yml; None for Rasa's own), and ``env`` adds what
    that file reads. A bot elsewhere (``cwd`` not this repo) gets Rasa's own tracker store.
    """

    def __init__(self, port: int, model: Path, action_url: str, workdir: Path, log: Path,
                 credentials: Path = ROOT / "credentials.yml", cors_origin: str | None = None,
                 cwd: Path = ROOT, python: Path | None = None, endpoints: Path | None = None,
                 env: dict[str, str] | None = None, tracker_store: str | None = TRACKER_STORE) -> None:
        if endpoints is None:
            endpoints = workdir / f"endpoints-{port}.yml"
            endpoints.parent.mkdir(parents=True, exist_ok=True)
            store = f"tracker_store:\n  type: {tracker_store}\n" if tracker_store and cwd == ROOT else ""
            endpoints.write_text(f'action_endpoint:\n  url: "{action_url}"\n{store}')
        command = [str(python), "-m", "rasa"] if python else [sys.executable, "-m", "tools.rasa_cli"]
        args = [*command, "run", "--enable-api", "-m", str(model), "--endpoints", str(endpoints),
                "--credentials", str(credentials), "--port", str(port), "-i", "127.0.0.1"]
        if cors_origin:
            args += ["--cors", cors_origin]
        super().__init__(args, log, {**QUIET_ENV, **(env or {})}, health_url=f"http://127.0.0.1:{port}/status",
                         start_timeout=180, cwd=cwd)
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
