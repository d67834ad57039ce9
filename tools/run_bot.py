"""`make run`: the emulator (unless KORE_HOST is set), the action server, then `rasa shell`.

Everything started here is stopped when the shell ends (Ctrl-D or /stop). The secrets come from
the environment or .run/secrets.env (generated on the first run); the shell listens on loopback,
with Rasa's HTTP API off (docs/security.md).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from emulator.config import DEFAULT_PORT
from emulator.process import EmulatorProcess
from tools.quiet import QUIET_ENV
from tools.secret_env import project_secrets
from tools.stack import ROOT, ActionServer, rasa_server_env

MODEL = ROOT / "models" / "contact-bot.tar.gz"
RUN_DIR = ROOT / ".run"
ACTION_PORT = 5055


def main() -> int:
    os.environ.update(project_secrets())
    env: dict[str, str] = {}
    emulator = None
    if not os.environ.get("KORE_HOST"):
        emulator = EmulatorProcess(ROOT / ".emulator" / "contacts.sqlite3", port=DEFAULT_PORT).start()
        env.update(emulator.client_env())
        print(f"Agent Assist emulator on {emulator.base_url} (contacts in .emulator/contacts.sqlite3)")
    else:
        print(f"Saving contacts to {os.environ['KORE_HOST']}")
    actions = ActionServer(ACTION_PORT, env, RUN_DIR / "actions.log")
    try:
        actions.start()
        print(
            f"Action server on port {ACTION_PORT} (log: .run/actions.log). Type /stop or press Ctrl-D to end."
        )
        print("The same bot in a browser: `make web` (web chat on http://127.0.0.1:8080/).")
        print("Loading the model (20 s or more)...\n", flush=True)
        # --quiet: Rasa's INFO lines (channel, server, model) are replaced by the line above;
        # its warnings and errors still show.
        shell = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tools.rasa_cli",
                "shell",
                "--quiet",
                "-m",
                str(MODEL),
                "--endpoints",
                str(ROOT / "endpoints.yml"),
                "-i",
                "127.0.0.1",
            ],
            cwd=ROOT,
            env={**QUIET_ENV, **os.environ, **rasa_server_env()},
        )
        while True:
            try:
                return shell.wait()
            except KeyboardInterrupt:
                shell.send_signal(signal.SIGINT)
    finally:
        actions.stop()
        if emulator:
            emulator.stop()
        print("Stopped the action server" + (" and the emulator." if emulator else "."))


if __name__ == "__main__":
    sys.exit(main())
