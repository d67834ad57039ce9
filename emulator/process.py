"""Start the emulator as its own process and drive its switches: for tests, benches and `make run`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from .config import EmulatorConfig

_LISTENING = re.compile(r"listening on (http://\S+)")


class EmulatorProcess:
    def __init__(self, db: str | Path, port: int = 0, config: EmulatorConfig | None = None) -> None:
        self.db = str(db)
        self.port = port
        self.config = config or EmulatorConfig()
        self.base_url = ""
        self._proc: subprocess.Popen[str] | None = None

    def start(self) -> EmulatorProcess:
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "EMULATOR_STREAM_ID": self.config.stream_id,
            "EMULATOR_ACCOUNT_ID": self.config.account_id,
            "EMULATOR_CLIENT_ID": self.config.client_id,
            "EMULATOR_CLIENT_SECRET": self.config.client_secret,
        }
        root = Path(__file__).resolve().parent.parent
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "emulator", "--port", str(self.port), "--db", self.db],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()  # blocks until the server has bound its port
        match = _LISTENING.search(line)
        if not match:
            self.stop()
            raise RuntimeError(f"emulator did not start: {line!r}")
        self.base_url = match.group(1)
        self.port = int(self.base_url.rsplit(":", 1)[1])  # a restart keeps the same port
        return self

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> None:
        if self._proc and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None

    def kill(self) -> None:
        """Die without warning, as a crashed server would."""
        if self._proc:
            self._proc.kill()
            self._proc.wait()
            self._proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def client_env(self) -> dict[str, str]:
        return self.config.client_env(self.base_url)

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base_url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def set_faults(self, **switches: Any) -> dict[str, Any]:
        return self._call("POST", "/_emulator/faults", switches)

    def reset(self) -> None:
        """Clear every switch and every contact."""
        self._call("DELETE", "/_emulator/faults")
        self._call("DELETE", "/_emulator/contacts")

    def last_request(self) -> dict[str, Any]:
        return self._call("GET", "/_emulator/last-request")

    def contacts(self) -> list[dict[str, Any]]:
        """Every contact the emulator holds, active or deleted."""
        return self._call("GET", "/_emulator/contacts")

    def stats(self) -> dict[str, Any]:
        return self._call("GET", "/_emulator/stats")

    def __enter__(self) -> EmulatorProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
