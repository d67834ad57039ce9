"""`make call`: a phone call to the bot without Twilio.

It starts the voice stack on loopback (tools/voice_stack.py) and plays Twilio: every post is a form
post signed with ``X-Twilio-Signature`` exactly as Twilio signs it, to the URLs the bot's TwiML
names. It prints what the caller would hear, SSML shown as it is sent. What you type:

- words: what the caller says (Twilio's ``SpeechResult``);
- ``keys: 98765 43210#``: keys pressed on the keypad (``Digits``; spaces are ignored, ``#`` ends the
  entry, ``*`` starts it over);
- an empty line: silence (nothing said, nothing pressed);
- Ctrl-D: hang up (the status callback says ``completed``).

The call comes from ``CALL_FROM`` (Twilio's ``From``; default +447911123456, or ``anonymous``).
``CALL_LANGUAGE`` (``make call LANG=es``) calls the number the voice stack sets up for that language
(``NUMBERS``: the channel's ``TWILIO_VOICE_LANGUAGES``), so the call is in Spanish from its greeting.

``TwilioPhone`` is also what tests/voice and the conversation runner call with.
"""

from __future__ import annotations

import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from twilio.request_validator import RequestValidator

DEFAULT_CALLER = "+447911123456"
DEFAULT_CALLED = "+442071838750"  # no language of its own: the conversation's decides
# The numbers the voice stack gives a language (TWILIO_VOICE_LANGUAGES of its Rasa server): made up.
NUMBERS = {"es": "+34910000000", "fr": "+33100000000", "de": "+493000000000"}
KEYS = re.compile(r"^keys:\s*(?P<keys>[0-9*#\s]*)$", re.IGNORECASE)


@dataclass
class Heard:
    """One answer of the bot: its status, the TwiML, and what it means for the call."""

    status: int
    body: str
    root: ET.Element | None = None
    gather: ET.Element | None = None
    says: list[ET.Element] = field(default_factory=list)
    hung_up: bool = False

    @classmethod
    def parse(cls, status: int, body: str) -> Heard:
        if status != 200:
            return cls(status, body)
        root = ET.fromstring(body)
        return cls(
            status, body, root, root.find("Gather"), list(root.iter("Say")), root.find("Hangup") is not None
        )

    def ssml(self) -> list[str]:
        """Each ``<Say>``'s content as sent: text with its SSML elements."""
        return [
            (say.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in say)
            for say in self.says
        ]

    def words(self) -> list[str]:
        """Each ``<Say>``'s text as the caller hears it, SSML taken away (a ``<break>`` is a space)."""
        return [spoken_words(say) for say in self.says]


def spoken_words(say: ET.Element) -> str:
    parts = [say.text or ""]
    for child in say:
        parts.append(" " if child.tag == "break" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


class TwilioPhone:
    """A caller on one call, posting to the bot as Twilio would, signed with the account's token."""

    def __init__(
        self,
        webhook_url: str,
        status_url: str,
        auth_token: str,
        caller: str = DEFAULT_CALLER,
        called: str = DEFAULT_CALLED,
        call_sid: str | None = None,
    ) -> None:
        self.webhook_url = webhook_url
        self.status_url = status_url
        self.validator = RequestValidator(auth_token)
        self.caller = caller
        self.called = called
        self.call_sid = call_sid or "CA" + uuid.uuid4().hex
        self.next_url: str | None = None  # the last Gather's action, resolved against the webhook
        self.last: Heard | None = None

    def params(self, **extra: str) -> dict[str, str]:
        return {
            "CallSid": self.call_sid,
            "AccountSid": "AC" + "0" * 32,
            "From": self.caller,
            "To": self.called,
            "Direction": "inbound",
            "ApiVersion": "2010-04-01",
            **extra,
        }

    def post(self, url: str, params: dict[str, str], signature: str | None = "sign") -> Heard:
        """A form post; ``signature`` "sign" signs it right, None sends none, anything else is sent as is."""
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature == "sign":
            signature = self.validator.compute_signature(url, params)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(), headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                heard = Heard.parse(answer.status, answer.read().decode())
        except urllib.error.HTTPError as err:
            heard = Heard.parse(err.code, err.read().decode())
        if heard.status == 200:
            self.last = heard
            action = heard.gather.get("action") if heard.gather is not None else None
            self.next_url = urllib.parse.urljoin(self.webhook_url, action) if action else None
        return heard

    def ring(self) -> Heard:
        """The call is answered: Twilio's first post to the number's webhook."""
        return self.post(self.webhook_url, self.params(CallStatus="ringing"))

    def _answer(self, **fields: str) -> Heard:
        if self.next_url is None:
            raise RuntimeError("the bot is not listening (no Gather)")
        return self.post(self.next_url, self.params(CallStatus="in-progress", **fields))

    def say(self, text: str) -> Heard:
        return self._answer(SpeechResult=text, Confidence="0.92")

    def press(self, keys: str) -> Heard:
        """Keys as Twilio reports them: the digits and ``*``, without the ``#`` that ended the entry."""
        return self._answer(Digits=keys.replace(" ", "").split("#", 1)[0])

    def silence(self) -> Heard:
        return self._answer()

    def hang_up(self, status: str = "completed") -> Heard:
        return self.post(self.status_url, self.params(CallStatus=status, CallDuration="42"))


def _show(heard: Heard) -> None:
    if heard.status != 200:
        print(f"  [the bot refused the post: {heard.status} {heard.body.strip()}]")
        return
    for line in heard.ssml():
        print(f"bot: {line}")
    if heard.gather is not None:
        gather = heard.gather
        keypad = " # ends the entry, * starts it over;" if gather.get("finishOnKey") == "#" else ""
        print(f"  [listening: {gather.get('input')};{keypad} speech model {gather.get('speechModel')}]")
    if heard.hung_up:
        print("  [the bot hung up]")


def called_number(language: str) -> str:
    """The number to call for ``language`` (``es``); the shell's locale (``en_GB.UTF-8``) is none."""
    code = language.strip().lower()
    if not code or "_" in code or "." in code or code in ("c", "posix"):
        return DEFAULT_CALLED
    if code not in NUMBERS:
        raise SystemExit(
            f"LANG={language}: a call can be in {', '.join(sorted(NUMBERS))} (or English, the default)"
        )
    return NUMBERS[code]


def main() -> int:
    from tools.stack import ROOT
    from tools.voice_stack import MODEL, VoiceStack

    if not MODEL.exists():
        print(f"{MODEL} is missing: run `make train`", file=sys.stderr)
        return 1
    called = called_number(os.environ.get("CALL_LANGUAGE", ""))
    stack = VoiceStack(ROOT / ".run" / "call")
    print(
        "Starting the emulator, the action server and Rasa with the Twilio voice channel (20 s or more)...",
        flush=True,
    )
    try:
        stack.start()
        phone = TwilioPhone(
            stack.webhook_url,
            stack.status_url,
            stack.twilio_token,
            caller=os.environ.get("CALL_FROM") or DEFAULT_CALLER,
            called=called,
        )
        print(f"Calling {phone.called} at {stack.webhook_url} from {phone.caller} (call {phone.call_sid}).")
        print(
            "Type what you say; 'keys: 98765 43210#' presses keys; an empty line is silence; "
            "Ctrl-D hangs up.\n"
        )
        heard = phone.ring()
        _show(heard)
        while heard.status == 200 and not heard.hung_up:
            try:
                line = input("you> ")
                if not sys.stdin.isatty():
                    print(line)  # fed from a pipe: show what "you" said, as a terminal would
            except EOFError:
                print()
                _show(phone.hang_up())
                print("  [you hung up]")
                break
            keys = KEYS.match(line.strip())
            if line.strip().lower().startswith("keys:") and not keys:
                print("  [keys are 0-9, * and #, e.g. 'keys: 0044 7911 123456#']")
                continue
            heard = (
                phone.press(keys.group("keys"))
                if keys
                else phone.say(line)
                if line.strip()
                else phone.silence()
            )
            _show(heard)
        return 0
    finally:
        stack.close()
        print("Stopped the voice stack (logs in .run/call/).")


if __name__ == "__main__":
    sys.exit(main())
