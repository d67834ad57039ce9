"""Plays conversation test cases (Rasa Pro end-to-end format) against a running Rasa server.

Steps: ``user`` (a message), ``bot`` (the exact text the bot said; ``{name}`` matches
anything and remembers it; with ``buttons``, the message's buttons as ``label: payload``),
``utter`` (the name of a domain response the bot used),
``slot_was_set`` / ``slot_was_not_set``. Extensions for this project, documented in
tests/conversations/README.md: a test case may name ``settings`` (which action
server group), ``input_channel`` (``twilio_voice``: played as a signed Twilio call through the
plugin's voice channel, with ``keys`` steps for the keypad), ``metadata`` (sent with every user message) and
``saved_contacts`` (numbers saved in the emulator beforehand); steps may be
``emulator`` (fault switches), ``emulator_saved`` (what the emulator holds),
``restart_emulator``, ``stop_emulator``/``start_emulator`` and ``answered_within``
(seconds the last turn may have taken).
"""

from __future__ import annotations

import json
import re
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from emulator.process import EmulatorProcess
from tools.phone_call import Heard, TwilioPhone
from tools.stack import api_token
from tools.voice_stack import STATUS_PATH, WEBHOOK_PATH

HERE = Path(__file__).parent
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
VOICE_CHANNEL = "twilio_voice"  # cases on this channel are played as signed Twilio calls


@dataclass
class TestCase:
    name: str
    steps: list[dict[str, Any]]
    settings: str = "default"
    input_channel: str | None = None
    metadata: dict[str, Any] | None = None
    saved_contacts: list[dict[str, str]] = field(default_factory=list)
    source: str = ""


def load_cases(folder: Path = HERE) -> list[TestCase]:
    cases = []
    for path in sorted(folder.glob("*.yml")):
        for raw in yaml.safe_load(path.read_text())["test_cases"]:
            cases.append(
                TestCase(
                    name=raw["test_case"],
                    steps=raw["steps"],
                    settings=raw.get("settings", "default"),
                    input_channel=raw.get("input_channel"),
                    metadata=raw.get("metadata"),
                    saved_contacts=raw.get("saved_contacts", []),
                    source=path.name,
                )
            )
    return cases


def _http(method: str, url: str, body: Any = None, timeout: float = 60) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return json.loads(answer.read())


class ConversationFailed(AssertionError):
    pass


class Player:
    """Plays one test case and keeps a transcript for the failure report."""

    def __init__(
        self,
        rasa_url: str,
        emulator: EmulatorProcess,
        seed: Callable[[dict[str, str]], None],
        twilio_token: str | None = None,
        token: str | None = None,
    ) -> None:
        self.rasa_url = rasa_url
        self.twilio_token = twilio_token
        self.phone: TwilioPhone | None = None
        self.token = token or api_token()  # Rasa's HTTP API (trackers) needs it: RasaServer(api=True)
        self.emulator = emulator
        self.seed = seed
        self.transcript: list[str] = []
        self.values: dict[str, str] = {}
        self.turn_messages: list[dict[str, Any]] = []
        self.turn_seconds: list[float] = []

    def play(self, case: TestCase) -> None:
        self.sender = f"{case.settings}--{case.name}-{uuid.uuid4().hex[:8]}"
        self.case = case
        for contact in case.saved_contacts:
            self.seed(contact)
        if case.input_channel == VOICE_CHANNEL:
            self._dial()
        for index, step in enumerate(case.steps):
            try:
                self._step(step)
            except ConversationFailed as failure:
                raise ConversationFailed(self._report(index, step, str(failure))) from None
        if self.turn_messages:
            raise ConversationFailed(self._report(len(case.steps), {}, self._unexpected()))

    def _report(self, index: int, step: dict[str, Any], why: str) -> str:
        return (
            f"{self.case.source} :: {self.case.name}, step {index + 1} {step}: {why}\n"
            "transcript:\n  " + "\n  ".join(self.transcript)
        )

    def _unexpected(self) -> str:
        return "the bot also said: " + " | ".join(m["text"] for m in self.turn_messages)

    def _substitute(self, value: Any) -> Any:
        if isinstance(value, str):
            return _PLACEHOLDER.sub(lambda m: self.values.get(m.group(1), m.group(0)), value)
        return value

    def _step(self, step: dict[str, Any]) -> None:
        if "user" in step:
            if self.turn_messages:
                raise ConversationFailed(self._unexpected())
            self._say(str(self._substitute(step["user"])), step.get("metadata"))
        elif "hang_up" in step:
            if self.phone is None:
                raise ConversationFailed("a hang_up step needs input_channel: twilio_voice")
            phone = self.phone
            self._exchange(
                f"(hangs up: {step['hang_up']})", lambda: self._checked(phone.hang_up(str(step["hang_up"])))
            )
            self.turn_messages = []  # nobody hears what the bot says after a hang-up
        elif "keys" in step:
            if self.turn_messages:
                raise ConversationFailed(self._unexpected())
            if self.phone is None:
                raise ConversationFailed("a keys step needs input_channel: twilio_voice")
            keypad = self.phone
            self._exchange(f"keys: {step['keys']}", lambda: self._checked(keypad.press(str(step["keys"]))))
        elif "bot" in step:
            message = self._expect_bot(str(step["bot"]))
            if "buttons" in step:
                self._expect_buttons(message, step["buttons"])
        elif "utter" in step:
            message = self._next_message(step["utter"])
            if message.get("utter_action") != step["utter"]:
                raise ConversationFailed(f"expected response {step['utter']}, got {message}")
        elif "slot_was_set" in step:
            slots = self._slots()
            for item in step["slot_was_set"]:
                ((name, expected),) = item.items() if isinstance(item, dict) else [(item, "__any__")]
                actual = slots.get(name)
                if expected == "__any__":
                    if actual is None:
                        raise ConversationFailed(f"slot {name} is not set")
                elif actual != self._substitute(expected):
                    raise ConversationFailed(
                        f"slot {name} is {actual!r}, expected {self._substitute(expected)!r}"
                    )
        elif "slot_was_not_set" in step:
            slots = self._slots()
            for name in step["slot_was_not_set"]:
                if slots.get(name) not in (None, ""):
                    raise ConversationFailed(f"slot {name} is {slots.get(name)!r}, expected it unset")
        elif "answered_within" in step:
            if self.turn_seconds and self.turn_seconds[-1] > float(step["answered_within"]):
                raise ConversationFailed(f"the last turn took {self.turn_seconds[-1]:.1f} s")
        elif "emulator" in step:
            self.emulator.set_faults(**step["emulator"])
        elif "emulator_saved" in step:
            self._expect_saved(step["emulator_saved"])
        elif "restart_emulator" in step:
            self.emulator.restart()  # stop() is a no-op when a stop_emulator step already killed it
        elif "stop_emulator" in step:
            self.emulator.kill()
        elif "start_emulator" in step:
            self.emulator.start()
        else:
            raise ConversationFailed(f"unknown step {step}")

    def _dial(self) -> None:
        """A Twilio call: the caller id is ``metadata.caller_id`` (Twilio's ``From``);
        the greeting is not checked."""
        if not self.twilio_token:
            raise ConversationFailed("input_channel twilio_voice needs the stack's TWILIO_AUTH_TOKEN")
        caller = str((self.case.metadata or {}).get("caller_id") or "anonymous")
        self.phone = TwilioPhone(
            self.rasa_url + WEBHOOK_PATH,
            self.rasa_url + STATUS_PATH,
            self.twilio_token,
            caller=caller,
            call_sid=self.sender,
        )
        self._checked(self.phone.ring())
        self.transcript.append(f"(call from {caller})")

    @staticmethod
    def _checked(heard: Heard) -> None:
        if heard.status != 200:
            raise ConversationFailed(f"the voice channel answered {heard.status}: {heard.body}")

    def _say(self, text: str, step_metadata: dict[str, Any] | None) -> None:
        if self.phone is not None:  # signed form posts, as Twilio sends them
            phone = self.phone
            self._exchange(f"user: {text}", lambda: self._checked(phone.say(text)))
            return
        body: dict[str, Any] = {"sender": self.sender, "message": text}
        metadata = {**(self.case.metadata or {}), **(step_metadata or {})}
        if metadata:
            body["metadata"] = metadata
        if self.case.input_channel:
            body["input_channel"] = self.case.input_channel
        self._exchange(f"user: {text}", lambda: _http("POST", f"{self.rasa_url}/webhooks/rest/webhook", body))

    def _exchange(self, said: str, send: Callable[[], Any]) -> None:
        """One turn: send it, then collect what the bot said from the tracker."""
        # By time, not by count: a save starts a new session, and the in-memory store keeps only the
        # latest session once the next turn has read it back (Rasa's own store does the same).
        before = max((e.get("timestamp") or 0.0 for e in self._events()), default=0.0)
        self.transcript.append(said)
        started = time.monotonic()
        send()
        self.turn_seconds.append(time.monotonic() - started)
        events = [e for e in self._events() if (e.get("timestamp") or 0.0) > before]
        self.turn_messages = [
            {
                "text": e.get("text") or "",
                "utter_action": (e.get("metadata") or {}).get("utter_action"),
                "buttons": (e.get("data") or {}).get("buttons") or [],
            }
            for e in events
            if e["event"] == "bot"
        ]
        self.transcript.extend(f"bot:  {m['text']}" for m in self.turn_messages)

    def _events(self) -> list[dict[str, Any]]:
        return _http(
            "GET",
            f"{self.rasa_url}/conversations/{self.sender}/tracker?include_events=ALL&token={self.token}",
        )["events"]

    def _slots(self) -> dict[str, Any]:
        url = f"{self.rasa_url}/conversations/{self.sender}/tracker?token={self.token}"
        return _http("GET", url)["slots"]

    def _next_message(self, expected: str) -> dict[str, Any]:
        if not self.turn_messages:
            raise ConversationFailed(f"expected the bot to say {expected!r}, but it said nothing more")
        return self.turn_messages.pop(0)

    def _expect_bot(self, expected: str) -> dict[str, Any]:
        message = self._next_message(expected)
        pattern = "".join(
            f"(?P<{part}>.+?)" if i % 2 else re.escape(part)
            for i, part in enumerate(_PLACEHOLDER.split(self._substitute(expected)))
        )
        match = re.fullmatch(pattern, message["text"], re.S)
        if not match:
            raise ConversationFailed(f"expected bot: {expected!r}\n     got bot: {message['text']!r}")
        self.values.update(match.groupdict())
        return message

    @staticmethod
    def _expect_buttons(message: dict[str, Any], expected: list[dict[str, str]]) -> None:
        """The buttons of the message just matched, in order: ``[{"Yes": "/affirm"}, ...]`` ([] none)."""
        found = [{str(b.get("title")): str(b.get("payload"))} for b in message["buttons"]]
        wanted = [{str(k): str(v) for k, v in item.items()} for item in expected]
        if found != wanted:
            raise ConversationFailed(f"expected buttons {wanted}, got {found}")

    def _expect_saved(self, expected: list[dict[str, str]]) -> None:
        contacts = [c for c in self.emulator.contacts() if c["status"] == "ACTIVE"]
        found = [
            {
                "salutation": c["salutation"],
                "first_name": c["firstName"],
                "last_name": c["lastName"],
                "phone": c["cellPhone"]["phoneNumber"],
                "extension": "" if c["cellPhone"]["extension"] == "+" else c["cellPhone"]["extension"],
            }
            for c in contacts
        ]
        wanted = [{"extension": "", **{k: str(self._substitute(v)) for k, v in e.items()}} for e in expected]
        key = lambda c: c["phone"]  # noqa: E731
        if sorted(found, key=key) != sorted(wanted, key=key):
            raise ConversationFailed(f"emulator holds {found}, expected {wanted}")
