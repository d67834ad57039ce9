"""`make web`: the bot in a browser. The emulator (unless KORE_HOST is set), the action server,
`rasa run` with the REST and socket.io channels, and the web chat page; Ctrl-C stops them all.

Closed by default (docs/security.md): everything on loopback, Rasa's HTTP API off, CORS granted
to the web chat page's own origin only, the action server's token from .run/secrets.env.
"""

from __future__ import annotations

import os
import sys
import threading

from emulator.config import DEFAULT_PORT
from emulator.process import EmulatorProcess
from tools.quiet import quiet_start
from tools.secret_env import project_secrets
from tools.stack import ROOT, ActionServer, RasaServer
from tools.web_chat import WebChatServer

MODEL = ROOT / "models" / "contact-bot.tar.gz"
RUN_DIR = ROOT / ".run"
ACTION_PORT = 5055
RASA_PORT = int(os.environ.get("RASA_PORT", "5005"))
WEB_PORT = int(os.environ.get("WEB_PORT", "8080"))


def main() -> int:
    quiet_start()
    os.environ.update(project_secrets())
    env: dict[str, str] = {}
    started: list = []
    try:
        if not os.environ.get("KORE_HOST"):
            emulator = EmulatorProcess(ROOT / ".emulator" / "contacts.sqlite3", port=DEFAULT_PORT).start()
            started.append(emulator)
            env.update(emulator.client_env())
            print(f"Agent Assist emulator on {emulator.base_url} (contacts in .emulator/contacts.sqlite3)")
        else:
            print(f"Saving contacts to {os.environ['KORE_HOST']}")
        actions = ActionServer(ACTION_PORT, env, RUN_DIR / "actions.log")
        started.append(actions.start())
        print(f"Action server on port {ACTION_PORT} (log: .run/actions.log)")
        print("Starting Rasa (about 20 s)...", flush=True)
        page = WebChatServer(f"http://127.0.0.1:{RASA_PORT}", port=WEB_PORT)
        rasa = RasaServer(
            RASA_PORT, MODEL, actions.url, RUN_DIR, RUN_DIR / "rasa.log", cors_origin=page.origin
        )  # CORS for the page's own origin only
        started.append(rasa.start())
        print(f"Rasa on {rasa.base_url} (REST and socket.io; log: .run/rasa.log)")
        started.append(page.start())
        print(f"\nWeb chat: {page.url}\nPress Ctrl-C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        for part in reversed(started):
            part.stop()
        print("\nStopped everything `make web` started.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
