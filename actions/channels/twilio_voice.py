"""The plugin's Twilio voice channel: signed webhooks, keypad and speech, SSML read-backs, silence, hang-ups.

``credentials.yml`` loads it by module path (this repo: ``actions.channels.twilio_voice.TwilioVoiceInput``;
an adopting bot: ``contact_capture.channels.twilio_voice.TwilioVoiceInput``); it keeps the name
``twilio_voice`` and the webhook ``/webhooks/twilio_voice/webhook`` of Rasa's own channel, so a Twilio
number set up for that one keeps working. ``docs/voice.md`` is the operator's guide.

What each post means, in this order:

1. no valid ``X-Twilio-Signature`` (or no ``TWILIO_AUTH_TOKEN``): 403, nothing reaches Rasa;
2. ``CallStatus`` completed, busy, failed, no-answer or canceled (at the webhook or the status
   callback ``/webhooks/twilio_voice/status``): the call is over, Rasa gets ``/call_ended``;
3. a post without the Gather's query (``silent``): a new call, Rasa gets ``initial_message``;
4. ``Digits``: the keypad answer (what follows the last ``*``: ``*`` starts over), sent with
   metadata ``input: keypad``;
5. ``SpeechResult``: the spoken answer;
6. neither: silence; the shorter question again, or after ``silence_limit`` silent turns in a row
   the goodbye, ``<Hangup/>`` and ``/call_ended``.

Which question the bot asked is the domain response it used: the last message's ``utter_ask_<slot>``
(Rasa passes ``utter_action`` to the output channel). It rides in the Gather's action URL together
with the count of silent turns, so the next post carries both, signed: no server keeps call state.

The call's language: the number called (``To``) may have one (``languages`` in credentials.yml,
``TWILIO_VOICE_LANGUAGES``), sent to Rasa as metadata ``language`` with the call's first message,
which sets the conversation's ``language`` slot. Every bot message says which language it was
rendered in (the Rasa server's response generator and the actions add ``language`` to the message,
which Rasa hands to the output channel like ``utter_action``), so after a switch ("auf Deutsch,
bitte") the next TwiML speaks the new language. It rides in the action URL too (``lang``), for the
channel's own words (a question again after silence, the goodbye).

The conversation id is the ``CallSid``; the caller's number (``From``, vouched for by the signature)
goes into the metadata only as ``caller_proof.vouch(call_sid, number)``.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import VoiceResponse

from .. import catalogue, replies
from ..caller_proof import vouch
from ..normalise.message import Message, message
from . import twilio_speech
from .response_check import install as install_response_check
from .twilio_speech import Voice, catalogue_voices

log = logging.getLogger(__name__)
# The Rasa server that loads this module checks action-server answers with a validator built once
# (response_check.py, issue 17); idempotent, whichever plugin module is loaded first.
install_response_check()

TOKEN_SETTING = "TWILIO_AUTH_TOKEN"
# "+34910000000=es,+33100000000=fr": the language of each number called, beside credentials.yml's.
LANGUAGES_SETTING = "TWILIO_VOICE_LANGUAGES"
CALL_ENDED = "/call_ended"
ENDED_STATUSES = frozenset({"completed", "busy", "failed", "no-answer", "canceled"})
# Metadata the action server reads (actions/channel.py).
KEYPAD_INPUT = {"input": "keypad"}
SPEECH_INPUT = {"input": "speech"}
CHANNEL_ABILITIES = {"keypad": True, "renders_numbers": True}
_LANGUAGE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")
_CODE = re.compile(r"^[a-z]{2,3}$")
_E164 = re.compile(
    r"^\+[1-9]\d{5,14}$"
)  # Twilio sends "anonymous" or "client:..." for callers it cannot number


class _Collector(CollectingOutputChannel):
    """Collects the bot's texts with the response each came from (``utter_action``)."""

    @classmethod
    def name(cls) -> str:
        return "twilio_voice"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            await self._persist_message(
                {
                    "recipient_id": recipient_id,
                    "text": part,
                    "utter_action": kwargs.get("utter_action"),
                    "language": kwargs.get("language"),
                }
            )

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        """On the phone the buttons' titles are said after the text."""
        await self.send_text_message(recipient_id, text, **kwargs)
        for button in buttons:
            await self.send_text_message(recipient_id, str(button.get("title", "")), **kwargs)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        """An image has nothing to say on a phone line."""

    async def send_attachment(self, recipient_id: str, attachment: str, **kwargs: Any) -> None:
        """Nor has an attachment."""

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        """Nor a custom payload meant for a screen."""


def _asked(messages: list[dict[str, Any]]) -> str | None:
    """The form question the turn ended on: its response is ``utter_ask_<slot>``."""
    name = messages[-1].get("utter_action") if messages else None
    return name[len("utter_ask_") :] if isinstance(name, str) and name.startswith("utter_ask_") else None


def _language(messages: list[dict[str, Any]]) -> str | None:
    """The language the bot's last message was said in (``language``, added where it was rendered)."""
    for said in reversed(messages):
        language = said.get("language")
        if isinstance(language, str) and _CODE.match(language):
            return language
    return None


def _number(value: Any) -> str:
    """A number as Twilio writes ``To``: YAML reads an unquoted +34910000000 as the integer 34910000000."""
    number = str(value).strip().replace(" ", "")
    return number if number.startswith("+") else f"+{number}"


def number_languages(settings: Any, source: str) -> dict[str, str]:
    """``{"+34910000000": "es"}`` from a mapping (credentials.yml) or ``"+34910000000=es,..."`` (the env)."""
    if isinstance(settings, str):
        pairs = [item.split("=", 1) for item in re.split(r"[,\s]+", settings.strip()) if item]
        if any(len(pair) != 2 for pair in pairs):
            raise ValueError(f"twilio_voice: {source} must be '+34910000000=es,...' (got {settings!r})")
        settings = dict(pairs)
    if not isinstance(settings, dict):
        raise ValueError(f"twilio_voice: {source} must map numbers to languages (got {settings!r})")
    languages = {_number(number): str(code).strip().lower() for number, code in settings.items()}
    for number, code in languages.items():
        if not _CODE.match(code) or not _E164.match(number):
            raise ValueError(
                f"twilio_voice: {source}: {number} -> {code!r} is not a number and a language code"
            )
    return languages


def keypad_answer(digits: str) -> str:
    """What the caller typed, from the last ``*`` on (``*`` starts the number over)."""
    return digits.rsplit("*", 1)[-1]


def xml(twiml: VoiceResponse) -> HTTPResponse:
    return response.text(str(twiml), content_type="text/xml")


class TwilioVoiceInput(InputChannel):
    """Twilio Programmable Voice, signed and stateless (see the module's docstring)."""

    @classmethod
    def name(cls) -> str:
        return "twilio_voice"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        settings = credentials or {}
        defaults = Voice()
        voice = Voice(
            voice=str(settings.get("voice", defaults.voice)),
            language=str(settings.get("language", defaults.language)),
            speech_model=str(settings.get("speech_model", defaults.speech_model)),
            speech_timeout=str(settings.get("speech_timeout", defaults.speech_timeout)),
            timeout=int(settings.get("timeout", defaults.timeout)),
        )
        voices = {}
        for language, each in (settings.get("voices") or {}).items():
            if not isinstance(each, dict) or not each.get("language") or not each.get("voice"):
                raise ValueError(
                    f"twilio_voice: voices.{language} needs a language and a voice (got {each!r})"
                )
            voices[str(language).lower()] = (str(each["language"]), str(each["voice"]))
        return cls(
            voice,
            silence_limit=int(settings.get("silence_limit", 3)),
            public_url=settings.get("public_url") or None,
            initial_message=str(settings.get("initial_message", "hello")),
            voices=voices,
            languages=number_languages(settings.get("languages") or {}, "languages"),
        )

    def __init__(
        self,
        voice: Voice,
        silence_limit: int = 3,
        public_url: str | None = None,
        initial_message: str = "hello",
        auth_token: str | None = None,
        voices: dict[str, tuple[str, str]] | None = None,
        languages: dict[str, str] | None = None,
    ) -> None:
        if silence_limit < 1:
            raise ValueError(f"twilio_voice: silence_limit must be 1 or more (got {silence_limit})")
        if voice.speech_timeout == "auto" and voice.speech_model != "numbers_and_commands":
            raise ValueError(
                "twilio_voice: speech_timeout 'auto' needs speech_model numbers_and_commands "
                f"(got {voice.speech_model!r}); give a number of seconds instead"
            )
        if not voice.speech_timeout.isdigit() and voice.speech_timeout != "auto":
            raise ValueError(
                f"twilio_voice: speech_timeout must be seconds or 'auto' (got {voice.speech_timeout!r})"
            )
        if not _LANGUAGE.match(voice.language):
            raise ValueError(
                f"twilio_voice: language must be a tag such as en-GB, en-IN or en-US (got {voice.language!r})"
            )
        # The voice of each language: the defaults, the configured voice for its own language, then
        # credentials.yml's ``voices``.
        self.voices = {
            **catalogue_voices(),
            twilio_speech.code(voice): (voice.language, voice.voice),
            **(voices or {}),
        }
        for code, (tag, _) in self.voices.items():
            if not _LANGUAGE.match(tag) or not _CODE.match(code):
                raise ValueError(
                    f"twilio_voice: voices.{code}: language must be a tag such as es-ES (got {tag!r})"
                )
        self.languages = dict(languages or {})
        self.voice = voice
        self.silence_limit = silence_limit
        self.public_url = public_url.rstrip("/") if public_url else None
        self.initial_message = initial_message
        self._token = auth_token
        self._said_no_token = False

    # -- the signature -----------------------------------------------------------------------------

    def _auth_token(self) -> str:
        return self._token if self._token is not None else os.environ.get(TOKEN_SETTING, "")

    def called_url(self, request: Request) -> str:
        """The URL Twilio called: the public base URL if set, else what the proxy says, else the request's."""
        if self.public_url:
            base = self.public_url
        else:
            proto = (request.headers.get("x-forwarded-proto") or request.scheme).split(",")[0].strip()
            host = (request.headers.get("x-forwarded-host") or request.host).split(",")[0].strip()
            base = f"{proto}://{host}"
        query = request.query_string
        return f"{base}{request.path}" + (f"?{query}" if query else "")

    def refusal(self, request: Request) -> HTTPResponse | None:
        """403 with the reason, unless the post is signed by Twilio with ``TWILIO_AUTH_TOKEN``."""
        token = self._auth_token()
        if not token:
            if not self._said_no_token:
                log.error(
                    "twilio_voice: %s is not set, so every call is refused (403); set it to the "
                    "Twilio account's auth token",
                    TOKEN_SETTING,
                )
                self._said_no_token = True
            return response.text("refused: the voice channel has no TWILIO_AUTH_TOKEN\n", status=403)
        signature = request.headers.get("x-twilio-signature")
        if not signature:
            log.warning("twilio_voice: refused a post to %s without X-Twilio-Signature", request.path)
            return response.text("refused: no X-Twilio-Signature\n", status=403)
        url = self.called_url(request)
        if not RequestValidator(token).validate(url, request.form, signature):
            log.warning("twilio_voice: refused a post whose signature does not match %s", url)
            return response.text("refused: X-Twilio-Signature does not match\n", status=403)
        return None

    # -- the routes --------------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhooks = Blueprint("contact_capture_twilio_voice", __name__)

        @webhooks.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhooks.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            refused = self.refusal(request)
            if refused is not None:
                return refused
            call_sid = request.form.get("CallSid")
            if not call_sid:
                return response.text("refused: no CallSid in the post\n", status=400)
            if (request.form.get("CallStatus") or "").lower() in ENDED_STATUSES:
                await self._end(call_sid, on_new_message)
                return xml(twilio_speech.nothing())
            return xml(await self._turn(request, call_sid, on_new_message))

        @webhooks.route("/status", methods=["POST"])
        async def status(request: Request) -> HTTPResponse:
            refused = self.refusal(request)
            if refused is not None:
                return refused
            call_sid = request.form.get("CallSid")
            if call_sid and (request.form.get("CallStatus") or "").lower() in ENDED_STATUSES:
                await self._end(call_sid, on_new_message)
            return xml(twilio_speech.nothing())

        return webhooks

    # -- a turn ------------------------------------------------------------------------------------

    def _metadata(self, request: Request, call_sid: str, typed: bool) -> dict[str, Any]:
        number = (request.form.get("From") or "").strip()
        caller = vouch(call_sid, number) if _E164.match(number) else {}
        return {**CHANNEL_ABILITIES, **(KEYPAD_INPUT if typed else SPEECH_INPUT), **caller}

    def number_language(self, called: str | None) -> str | None:
        """The language of the number called (Twilio's ``To``): ``TWILIO_VOICE_LANGUAGES``, then
        credentials.yml's ``languages``."""
        if not called:
            return None
        from_env = os.environ.get(LANGUAGES_SETTING, "")
        languages = {**self.languages, **(number_languages(from_env, LANGUAGES_SETTING) if from_env else {})}
        return languages.get(_number(called))

    def speaking(self, language: str | None) -> Voice:
        """The channel's voice in ``language`` (the configured one when it is unknown)."""
        return twilio_speech.in_language(self.voice, self.voices, language)

    async def _turn(
        self, request: Request, call_sid: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> VoiceResponse:
        action = f"/webhooks/{self.name()}/webhook"
        if "silent" not in request.args:  # not our Gather's answer: the call has just been answered
            language = self.number_language(request.form.get("To"))
            return await self._say_to_rasa(
                self.initial_message, False, request, call_sid, on_new_message, action, language, first=True
            )
        language = request.args.get("lang") or None
        if language is not None and not _CODE.match(language):
            language = None
        voice = self.speaking(language)
        asked = request.args.get("asked") or None
        try:
            silent = max(0, int(request.args.get("silent", "0")))
        except ValueError:
            silent = 0
        digits = request.form.get("Digits")
        if digits:
            typed = keypad_answer(digits)
            if not typed:  # a "*" and nothing after it: the number starts over
                return twilio_speech.answer(
                    [self._said(replies.short_question(asked), voice)],
                    voice,
                    twilio_speech.action_url(action, asked, silent, language),
                    asked,
                )
            return await self._say_to_rasa(typed, True, request, call_sid, on_new_message, action, language)
        speech = (request.form.get("SpeechResult") or "").strip()
        if speech:
            return await self._say_to_rasa(speech, False, request, call_sid, on_new_message, action, language)
        silent += 1
        if silent >= self.silence_limit:
            log.info("twilio_voice: call %s silent %d times in a row; hanging up", call_sid, silent)
            await self._end(call_sid, on_new_message)
            return twilio_speech.goodbye(self._said(message("silence_goodbye"), voice), voice)
        return twilio_speech.answer(
            [self._said(replies.short_question(asked), voice)],
            voice,
            twilio_speech.action_url(action, asked, silent, language),
            asked,
        )

    async def _say_to_rasa(
        self,
        text: str,
        typed: bool,
        request: Request,
        call_sid: str,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        action: str,
        language: str | None,
        first: bool = False,
    ) -> VoiceResponse:
        """``text`` to Rasa; its answer in the language the bot said it in (``language`` until then).
        The first message of a call carries the number's language, which sets the conversation's."""
        metadata = self._metadata(request, call_sid, typed)
        if first and language:
            metadata["language"] = language
        collector = _Collector()
        await on_new_message(
            UserMessage(text, collector, call_sid, input_channel=self.name(), metadata=metadata)
        )
        texts = [m["text"] for m in collector.messages if m.get("text")]
        asked = _asked(collector.messages)
        language = _language(collector.messages) or language
        voice = self.speaking(language)
        return twilio_speech.answer(
            texts or [self._said(replies.short_question(asked), voice)],
            voice,
            twilio_speech.action_url(action, asked, 0, language),
            asked,
        )

    def _said(self, said: Message, voice: Voice) -> str:
        """What the channel itself says (a question again, goodbye), in the call's language."""
        return catalogue.render(said, catalogue.spoken(twilio_speech.code(voice)))

    async def _end(self, call_sid: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """The call is over: Rasa hears ``/call_ended`` (the plugin's rule erases what was not saved)."""
        log.info("twilio_voice: call %s ended", call_sid)
        await on_new_message(
            UserMessage(
                CALL_ENDED,
                _Collector(),
                call_sid,
                input_channel=self.name(),
                metadata=dict(CHANNEL_ABILITIES),
            )
        )
