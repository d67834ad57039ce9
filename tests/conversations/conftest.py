"""The whole stack for conversation tests: emulator, action servers, router, one Rasa server."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Iterator

import pytest

from actions.agentassist import AgentAssistClient, ContactDetails, Settings
from actions.normalise import parse_phone
from actions.normalise.vocabulary import vocabulary
from emulator.process import EmulatorProcess
from tests.conversations.router import ActionRouter
from tools.stack import ROOT, ActionServer, RasaServer, free_port

MODEL = ROOT / "models" / "contact-bot.tar.gz"
EN = vocabulary("en")
# Conversations about failures wait for the deadline; 3 s keeps the suite quick
# while staying a real deadline (the default, 7 s, is covered by the client tests).
DEADLINE = "3"
GROUPS = {
    "default": {},
    "region_in": {"CONTACT_DEFAULT_REGION": "IN"},
    "bad_credentials": {"KORE_CLIENT_SECRET": "a-wrong-secret-that-is-long-enough-to-be-plausible"},
    "no_settings": {"KORE_HOST": "", "KORE_CLIENT_SECRET": ""},
    # A 429 makes an action server hold its creates back for Retry-After; those
    # conversations get their own server so the others are not held back with them.
    "rate_limited": {},
    "titles": {"CONTACT_SALUTATIONS": "Mr,Ms,Rev"},
    # The REST channel behind a gateway that sets caller_id itself (docs/security.md); by
    # default a REST client's own caller_id is ignored.
    "trusted_rest": {"CONTACT_TRUST_REST_CALLER_ID": "true"},
}


class Stack:
    def __init__(self, workdir: Path) -> None:
        self.emulator = EmulatorProcess(workdir / "contacts.sqlite3").start()
        self.twilio_token = secrets.token_hex(16)
        base = {**self.emulator.client_env(), "KORE_DEADLINE_SECONDS": DEADLINE, "CONTACT_DEFAULT_REGION": ""}
        self.action_servers = {
            group: ActionServer(free_port(), {**base, **env}, workdir / f"actions-{group}.log")
            for group, env in GROUPS.items()
        }
        for server in self.action_servers.values():
            server.start()
        self.router = ActionRouter({group: s.url for group, s in self.action_servers.items()})
        # The runner reads trackers: the HTTP API on, behind its token (RASA_AUTH_TOKEN). The voice cases
        # post signed like Twilio. Both servers get ACTION_SERVER_TOKEN from tools.stack (one per session).
        self.rasa = RasaServer(
            free_port(),
            MODEL,
            self.router.url,
            workdir,
            workdir / "rasa.log",
            env={"TWILIO_AUTH_TOKEN": self.twilio_token},
            api=True,
        ).start()
        self.client = AgentAssistClient(Settings.from_env(self.emulator.client_env()))

    def seed(self, contact: dict[str, str]) -> None:
        number = parse_phone(contact["phone"], words=EN)
        self.client.create_contact(
            ContactDetails(
                contact.get("salutation", "Mr"),
                contact.get("first_name", "Someone"),
                contact.get("last_name", "Else"),
                number.national,
                number.country_code,
                number.extension,
            )
        )

    def close(self) -> None:
        self.rasa.stop()
        self.router.close()
        for server in self.action_servers.values():
            server.stop()
        self.emulator.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first (or run `make train`)")
    s = Stack(tmp_path_factory.mktemp("stack"))
    yield s
    s.close()
