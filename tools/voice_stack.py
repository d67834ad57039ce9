"""The voice stack on loopback, for `make call` and tests/voice: emulator, action server, `rasa run`.

One place starts it, so a setting every part needs is one edit here. The Rasa server loads this
repo's credentials.yml (the plugin's Twilio voice channel among them) and keeps its conversations
in the plugin's erasing SQL tracker store, on SQLite in the work folder, so a test can read what is stored
without Rasa's HTTP API. Secrets: ``TWILIO_AUTH_TOKEN`` and ``ACTION_SERVER_TOKEN`` are taken from the
environment, or made up for this run; they are handed to the processes, never printed. The channel
gives the made-up numbers of ``tools.phone_call.NUMBERS`` their languages (``TWILIO_VOICE_LANGUAGES``,
with the environment's own after them).
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from emulator.process import EmulatorProcess
from tools.stack import CATALOGUE_RESPONSES, ROOT, ActionServer, RasaServer, free_port

MODEL = ROOT / "models" / "contact-bot.tar.gz"
WEBHOOK_PATH = "/webhooks/twilio_voice/webhook"
STATUS_PATH = "/webhooks/twilio_voice/status"
LANGUAGES_SETTING = "TWILIO_VOICE_LANGUAGES"
ERASING_SQL_STORE = "actions.channels.erasing_tracker_store.ErasingSQLTrackerStore"


def _number_languages() -> str:
    """``TWILIO_VOICE_LANGUAGES``: the phone's numbers for each language, then the environment's."""
    from tools.phone_call import NUMBERS

    ours = ",".join(f"{number}={code}" for code, number in NUMBERS.items())
    theirs = os.environ.get(LANGUAGES_SETTING, "").strip()
    return f"{ours},{theirs}" if theirs else ours


def _endpoints(action_url: str, tracker_db: Path) -> str:
    """The action server (with the token it will check) and the plugin's erasing SQL store, on SQLite."""
    return (
        "action_endpoint:\n"
        f'  url: "{action_url}"\n'
        "  headers:\n"
        # unquoted: Rasa fills ${...} only in plain scalars
        "    Authorization: Bearer ${ACTION_SERVER_TOKEN}\n" + CATALOGUE_RESPONSES + "tracker_store:\n"
        f"  type: {ERASING_SQL_STORE}\n"
        "  dialect: sqlite\n"
        f'  db: "{tracker_db}"\n'
    )


class VoiceStack:
    """Start with ``start()``, stop with ``close()``; ``action_env`` adds action-server settings."""

    def __init__(
        self,
        workdir: Path,
        action_env: dict[str, str] | None = None,
        model: Path = MODEL,
        emulator_port: int = 0,
    ) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.twilio_token = os.environ.get("TWILIO_AUTH_TOKEN") or secrets.token_hex(16)
        self.action_token = os.environ.get("ACTION_SERVER_TOKEN") or secrets.token_hex(24)
        self.tracker_db = workdir / "trackers.sqlite3"
        self.emulator = EmulatorProcess(workdir / "contacts.sqlite3", port=emulator_port)
        self.action_env = action_env or {}
        self.model = model
        self.actions: ActionServer | None = None
        self.rasa: RasaServer | None = None

    def start(self) -> VoiceStack:
        self.emulator.start()
        secrets_env = {"ACTION_SERVER_TOKEN": self.action_token}
        self.actions = ActionServer(
            free_port(),
            {**self.emulator.client_env(), "CONTACT_DEFAULT_REGION": "", **secrets_env, **self.action_env},
            self.workdir / "actions.log",
        )
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(_endpoints(self.actions.url, self.tracker_db))
        self.rasa = RasaServer(
            free_port(),
            self.model,
            self.actions.url,
            self.workdir,
            self.workdir / "rasa.log",
            endpoints=endpoints,
            env={
                **secrets_env,
                "TWILIO_AUTH_TOKEN": self.twilio_token,
                LANGUAGES_SETTING: _number_languages(),
            },
        )
        self.actions.start(wait=False)
        self.rasa.start(wait=False)
        self.actions.wait_ready()
        self.rasa.wait_ready()
        return self

    @property
    def base_url(self) -> str:
        assert self.rasa is not None, "start() first"
        return self.rasa.base_url

    @property
    def webhook_url(self) -> str:
        return self.base_url + WEBHOOK_PATH

    @property
    def status_url(self) -> str:
        return self.base_url + STATUS_PATH

    def stored_events(self, sender_id: str) -> list[dict[str, Any]]:
        """The events the tracker store holds for a conversation (no HTTP API needed)."""
        if not self.tracker_db.exists():
            return []
        with sqlite3.connect(self.tracker_db) as db:
            rows = db.execute(
                "SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender_id,)
            ).fetchall()
        return [json.loads(data) for (data,) in rows]

    def stored_slots(self, sender_id: str) -> dict[str, Any]:
        """Each slot's last value in the stored events ({} once they are erased)."""
        slots: dict[str, Any] = {}
        for event in self.stored_events(sender_id):
            if event.get("event") == "slot":
                slots[event["name"]] = event.get("value")
        return slots

    def close(self) -> None:
        for server in (self.rasa, self.actions):
            if server is not None:
                server.stop()
        self.emulator.stop()
