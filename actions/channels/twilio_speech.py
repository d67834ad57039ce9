"""What the Twilio voice channel answers: TwiML built with twilio's own classes.

Rasa's channel puts the bot's text into ``<Say>`` through ElementTree, so SSML written in a
response would be escaped and spoken as markup. Here the bot's written text (the same a chat
channel shows: "+91 98765 43210", "f4ce877dc1428e638ebf3de2") is rendered in SSML instead:

1. a contact id (24 hexadecimal characters) is read in groups of four characters
   (``<say-as interpret-as="characters">``) with a short ``<break>`` between groups;
2. a phone number or any other run of digits is read digit by digit, group by group as written
   ("+91 98765 43210" is "plus", 91, 98765, 43210; ``<say-as interpret-as="digits">``), with a short
   break between groups; "ext." is said "extension";
3. everything else is plain text.

Every question is a ``<Gather input="dtmf speech">`` with the prompt nested in it (the caller may
answer while the bot is still speaking). The number and extension questions take the keypad
(``finishOnKey="#"``) and the numbers speech model with digit hints.

Every ``<Say>`` and ``<Gather>`` carries the call's language and a voice for it (each catalogue's
``voice``, which credentials.yml may override); "+" and the extension are
said with that language's catalogue words, digits in ``<say-as>`` are read in it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from twilio.twiml.voice_response import Gather, Say, VoiceResponse

from .. import catalogue

# The questions whose answer is digits: keypad welcome, numbers speech model.
DIGIT_QUESTIONS = frozenset({"phone_number", "extension"})
BREAK = "300ms"
_CONTACT_ID = r"\b[0-9a-f]{24}\b"
_DIGITS = r"\+?\d+(?:[ \-]\d+)*"


@dataclass(frozen=True)
class Voice:
    """How the bot sounds and hears: the settings of the channel in credentials.yml."""

    voice: str = "Polly.Amy"
    language: str = "en-GB"
    speech_model: str = "phone_call"
    speech_timeout: str = "2"  # seconds, or "auto", which Twilio takes with numbers_and_commands only
    timeout: int = 5  # seconds of silence after the prompt before the Gather gives up


# The voice of each conversation language (its catalogue's code): the BCP 47 tag Twilio's <Say> and
# <Gather> take, and an Amazon Polly voice that speaks it. credentials.yml's ``voices`` overrides them.
def catalogue_voices() -> dict[str, tuple[str, str]]:
    """Each catalogue's phone voice (its ``voice`` entry: a language tag and a Twilio voice), by language:
    a language's voice is data, so adding a language adds no code."""
    voices = {}
    for language in catalogue.catalogue_languages():
        voice = catalogue.catalogue(language).get("voice") or {}
        if voice.get("tag") and voice.get("name"):
            voices[language] = (str(voice["tag"]), str(voice["name"]))
    return voices


def code(voice: Voice) -> str:
    """The catalogue language of a voice: ``es`` for ``es-ES``."""
    return voice.language.split("-")[0].lower()


def in_language(voice: Voice, voices: dict[str, tuple[str, str]], language: str | None) -> Voice:
    """``voice`` (its speech settings) speaking ``language``: the tag and voice ``voices`` gives it;
    ``voice`` itself for no language or one without a voice."""
    if not language or language not in voices:
        return voice
    tag, name = voices[language]
    return replace(voice, language=tag, voice=name)


def _groups(say: Say, groups: list[str], interpret_as: str) -> None:
    for index, group in enumerate(groups):
        if index:
            say.break_(time=BREAK)
        say.say_as(group, interpret_as=interpret_as)


@functools.cache
def _speakable(language: str) -> tuple[re.Pattern[str], catalogue.NumberWords]:
    """What is read specially in ``language``: ids, its written extension mark, digits."""
    words = catalogue.number_words(language)
    extension = rf"(?<!\w){re.escape(words.written_extension)}\s*"
    return re.compile(f"(?P<id>{_CONTACT_ID})|(?P<ext>{extension})|(?P<digits>{_DIGITS})"), words


def spoken(text: str, voice: Voice) -> Say:
    """``text`` as a ``<Say>`` whose numbers and ids are SSML (see the module's rules), in the voice's
    language (its catalogue's words for "+" and the extension)."""
    say = Say(voice=voice.voice, language=voice.language)
    pattern, words = _speakable(catalogue.spoken(code(voice)))
    plain = ""  # consecutive text must be one string: twilio keeps only the last tail after a child
    position = 0
    for part in pattern.finditer(text):
        plain += text[position : part.start()]
        position = part.end()
        if part.group("ext"):
            plain += f"{words.extension} "
            continue
        token = part.group("id") or part.group("digits")
        if token.startswith("+"):
            plain += f"{words.plus} "
            token = token[1:]
        if plain:
            say.nest(plain)
            plain = ""
        if part.group("id"):
            _groups(say, [token[i : i + 4] for i in range(0, len(token), 4)], "characters")
        else:
            _groups(say, re.split(r"[ \-]", token), "digits")
    plain += text[position:]
    if plain:
        say.nest(plain)
    return say


def action_url(base: str, asked: str | None, silent: int, language: str | None = None) -> str:
    """Where the Gather posts its result: the question, the silent turns so far and the call's
    language ride along in the query, which Twilio's signature covers, so no server has to remember
    them (several replicas)."""
    query = {"asked": asked or "", "silent": str(silent)}
    if language:
        query["lang"] = language
    return f"{base}?{urlencode(query)}"


def gather(voice: Voice, action: str, asked: str | None) -> Gather:
    """A ``<Gather>`` for speech and keypad; digits questions end on ``#`` and expect digits."""
    options: dict[str, object] = {
        "input": "dtmf speech",
        "action": action,
        "method": "POST",
        "action_on_empty_result": True,
        "language": voice.language,
        "timeout": voice.timeout,
    }
    if asked in DIGIT_QUESTIONS:
        options.update(
            finish_on_key="#",
            speech_model="numbers_and_commands",
            speech_timeout="auto",
            hints="$OOV_CLASS_DIGIT_SEQUENCE",
        )
    else:
        options.update(speech_model=voice.speech_model, speech_timeout=voice.speech_timeout)
    return Gather(**options)


def answer(texts: list[str], voice: Voice, action: str, asked: str | None) -> VoiceResponse:
    """The bot's messages, the last one inside the Gather that waits for the caller's answer."""
    response = VoiceResponse()
    listen = gather(voice, action, asked)
    for index, text in enumerate(texts):
        if index + 1 == len(texts):
            listen.append(spoken(text, voice))
        else:
            response.append(spoken(text, voice))
    response.append(listen)
    return response


def goodbye(text: str, voice: Voice) -> VoiceResponse:
    """The last words of a call, then ``<Hangup/>``."""
    response = VoiceResponse()
    response.append(spoken(text, voice))
    response.hangup()
    return response


def nothing() -> VoiceResponse:
    """An empty answer (a status callback, a call that has ended)."""
    return VoiceResponse()
