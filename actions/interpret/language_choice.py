"""Which language a conversation should be in: what the caller writes in, and what they ask for.

Two questions, kept apart because they deserve different trust:

- ``detected_language``: the language a message is written in, by lingua restricted to the bot's
  languages. Short answers say nothing about a language ("Juan" is Spanish to lingua, "ja" may be
  Spanish, "yes" is a coin toss between English and Spanish), and switching a caller's language on a
  guess is worse than staying in the current one, so it answers only for a message of a few words, in
  one language, at high confidence; otherwise ``None``, and the conversation stays as it is.
- ``requested_language``: the caller asks for a language ("in English please", "¿puede hablar en
  español?"). The request's words are caller words, so they live in each language's pack as
  ``language_request_frames`` (partial packs included: a Spanish caller must be able to ask for
  Spanish before Spanish is a conversation language); the languages' names come from CLDR (Babel).
  Only a whole message that is such a frame is a request: a name alone ("English", a surname) is not.

Pure and language-neutral: no Rasa, no caller words, nothing about the form. Whoever keeps the
``language`` slot decides what to do with the answers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..normalise.vocabulary import pack_languages, pack_words, vocabulary

if TYPE_CHECKING:
    from lingua import LanguageDetector

# lingua's confidence (0..1, summing to 1 over the enabled languages) a message needs to decide the
# language. On the openers of docs and tests it is 0.97-0.99; on a sentence with a name from another
# language ("Hola, soy Juan Smith y ...", "Bonjour, je m'appelle John Smith ...") 0.85-0.88 and on two
# or three English words 0.6-0.9, so 0.9 decides on clear sentences and leaves the rest undecided.
# At 0.9 the runner-up is at most 0.1: the gap between the top two needs no check of its own.
MIN_CONFIDENCE = 0.9
# Two close languages both enabled (Spanish and Portuguese) share the mass: a clear Spanish sentence is
# 0.85 Spanish and 0.13 Portuguese. Down to CLOSE_CONFIDENCE, a language that holds MIN_LEAD times the
# runner-up's confidence decides too.
CLOSE_CONFIDENCE = 0.8
MIN_LEAD = 5.0
# Words of letters a message needs before it can decide: a one- or two-word answer ("Juan", "ja",
# "oui", "Dr Smith") is a name or a yes as often as a language's word.
MIN_WORDS = 3
# The frame role of each pack holding the requests for a language, with a ``{language}`` hole.
REQUEST_ROLE = "language_request_frames"

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Punctuation around a request ("¿...?", "auf Deutsch, bitte"): spaces. An apostrophe or a hyphen
# inside a word stays ("s'il", "parlez-vous").
_PUNCTUATION = re.compile(r"(?:(?<![^\W\d_])['\u2019-]|['\u2019-](?![^\W\d_])|[^\w\s'\u2019-])+")

BUILDS: Counter[frozenset[str]] = Counter()  # detectors built, per set of languages: a test holds it to one


@dataclass(frozen=True)
class LanguageRequest:
    """The caller asked for ``code``'s language (ISO 639-1); ``enabled``: the bot speaks it.

    A request for a language the bot does not speak is still a request, so that the bot can answer
    with the languages it speaks instead of reading "in Italian please" as a name.
    """

    code: str
    enabled: bool


def substantive(text: str) -> bool:
    """A message that can say its language: ``MIN_WORDS`` words of letters or more."""
    return len(_WORD.findall(text)) >= MIN_WORDS


def detected_language(text: str, enabled: Sequence[str]) -> str | None:
    """The enabled language ``text`` is written in, or ``None`` when the message cannot tell.

    ``None`` for fewer than ``MIN_WORDS`` words of letters (digits and punctuation are not words),
    for a message in more than one language (lingua's ``detect_multiple_languages_of`` finds a
    stretch in another that the pack does not name close), below ``MIN_CONFIDENCE`` unless clearly ahead
    of a close language (``_decides``), and when fewer than two enabled languages lingua
    knows leave nothing to choose between.
    """
    if not substantive(text):
        return None
    detector = _detector(frozenset(enabled))
    if detector is None:
        return None
    values = detector.compute_language_confidence_values(text)
    if not values or not _decides(values[0].value, values[1].value if len(values) > 1 else 0.0):
        return None
    best = values[0].language.iso_code_639_1.name.lower()
    # A stretch in a language that shares many words with the best one (the pack's close_languages:
    # "dar de alta a un cliente" is partly Portuguese to lingua) is no second language.
    shared = set(pack_words(best).close_languages) if best in pack_languages() else set()
    for part in detector.detect_multiple_languages_of(text):
        stretch = part.language.iso_code_639_1.name.lower()
        if stretch != best and stretch not in shared:
            return None
    return best


def _decides(top: float, runner_up: float) -> bool:
    """Whether lingua's top confidence decides: clear on its own, or clearly ahead of a close language."""
    return top >= MIN_CONFIDENCE or (top >= CLOSE_CONFIDENCE and top >= MIN_LEAD * runner_up)


@functools.cache
def _detector(enabled: frozenset[str]) -> LanguageDetector | None:
    """lingua restricted to ``enabled``, built once per process and set of languages.

    High-accuracy mode: low-accuracy mode gives a mixed message ("Hola, I need to save a contact")
    0.89 and a sentence with an English greeting 1.0, so its confidence cannot tell them apart. Its
    language models load on the first message (about a second), not at import.
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = []
    for code in sorted(enabled):
        try:
            codes.append(IsoCode639_1.from_str(code))
        except ValueError:  # a language lingua does not know cannot be detected, only requested
            continue
    if len(codes) < 2:
        return None
    BUILDS[enabled] += 1
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def requested_language(text: str, enabled: Sequence[str]) -> LanguageRequest | None:
    """The language the caller asks the bot to speak, or ``None`` when ``text`` is no such request.

    ``text`` is a request when the whole message, punctuation aside, is one of the
    ``language_request_frames`` of a pack (any pack, complete or partial) with a language's name in
    its hole: a CLDR name in the frame's language or in an enabled one, accents optional. The first
    pack whose frame matches reads the name, its own names first.
    """
    return _requested(text, tuple(enabled))


# Pure, and asked twice of each message on the Rasa server (the policy's prediction and its language
# event) and again by the form's validation: each text is matched against every pack's frames once.
@functools.lru_cache(maxsize=1024)
def _requested(text: str, enabled: tuple[str, ...]) -> LanguageRequest | None:
    said = _folded(_PUNCTUATION.sub(" ", text)).strip()
    if not said:
        return None
    for patterns, names in _requests(enabled):
        for pattern in patterns:
            found = pattern.fullmatch(said)
            if found:
                code = names[_key(found["language"])]
                return LanguageRequest(code=code, enabled=code in enabled)
    return None


@functools.cache
def _requests(enabled: tuple[str, ...]) -> tuple[tuple[tuple[re.Pattern[str], ...], dict[str, str]], ...]:
    """Each pack's request frames, in the pack's order, as patterns whose hole is every name it may
    hold, with those names; built once per process and set of enabled languages."""
    out = []
    for language in pack_languages():
        names = _language_names((language, *enabled))
        hole = "|".join(
            r"\s+".join(re.escape(part) for part in name.split())
            for name in sorted(names, key=len, reverse=True)
        )
        frames = vocabulary(language).frames(REQUEST_ROLE, language=hole)
        # The frames' own words lose their accents like the message: "s'il vous plait" is a request.
        out.append((tuple(re.compile(_folded(frame), re.IGNORECASE) for frame in frames), names))
    return tuple(out)


def _language_names(locales: Sequence[str]) -> dict[str, str]:
    """Every ISO 639-1 language's CLDR name in each of ``locales``, casefolded and without accents,
    to its code; an earlier locale's name wins a clash."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for locale in locales:
        try:
            known = Locale.parse(locale).languages
        except (UnknownLocaleError, ValueError):
            continue
        for code, name in known.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_key(name), code)
    return names


def _key(name: str) -> str:
    return " ".join(_folded(name).casefold().split())


def _folded(text: str) -> str:
    """``text`` without combining accents ("español" -> "espanol"): callers and speech recognisers
    leave them out. Applied to pattern source too, which is safe: regex syntax is ASCII."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
