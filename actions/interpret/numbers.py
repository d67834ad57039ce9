"""A phone number in a turn, read with the country the caller named in the same breath.

A number with + or 00 carries its country. One without is national: in the country
named beside it ("070-123 05 07, I'm in Sweden"), else the one already known, else
CONTACT_DEFAULT_REGION, else the bot asks. Its first digits never choose a country.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace

from ..normalise import Country, NormalisationError, PhoneNumber, parse_phone
from ..normalise.countries import country_named
from ..normalise.phone import split_around_phone, split_phone_from_text
from ..normalise.vocabulary import (
    MAX_EXTENSION,
    MIN_NUMBER_DIGITS,
    Vocabulary,
    VocabularyError,
    any_of,
)
from .lexicon import WORD, strip_fillers

# What a country cue's hole captures: a few words (more after "in" or "from", which may name a
# long place, its article aside), read from the first word on, or from the last ("{adjective}": "my
# Indian cell").
_HOLES = {
    "place": rf"{WORD}(?:\s+{WORD}){{0,5}}",  # "calling from [the] {place}"
    "country": rf"{WORD}(?:\s+{WORD}){{0,3}}",  # "it's {country}"
    "labelled": rf"\s*[:\-]?\s*{WORD}(?:\s+{WORD}){{0,3}}",  # "country code: Sweden", "country - Sweden"
    "adjective": rf"{WORD}(?:\s+{WORD}){{0,2}}",  # "a {adjective} number": its last words name the country
    "bracketed": r"\([^)]{2,40}\)",  # "(Sweden)"
}
# A cue's first and last words are whole words ("in", not the end of "within"); punctuation is itself.
_STARTS, _ENDS = r"(?:(?<!\w)|(?=\W))", r"(?:(?!\w)|(?<=\W))"


@dataclass(frozen=True)
class _Patterns:
    """One language's cues for a country named beside a number, and for a loose extension."""

    country_cues: tuple[tuple[re.Pattern[str], str], ...]  # (cue, its hole), in the pack's order
    loose_extension: re.Pattern[str]  # "ext 204", "extension is 55", "x: 12"


def _build(words: Vocabulary) -> _Patterns:
    cues = []
    article = any_of(words.frames("country_article_frames"))
    holes = {**_HOLES, "place": rf"(?:{article}\s+)?{_HOLES['place']}"}
    for frame in words.frames("country_cue_frames", **holes):
        cue = re.compile(rf"{_STARTS}(?:{frame}){_ENDS}", re.IGNORECASE)
        named = [name for name in cue.groupindex if name in _HOLES]
        if len(named) != 1:
            raise VocabularyError(f"country_cue_frames: each needs one hole of {', '.join(_HOLES)}")
        cues.append((cue, named[0]))
    labels = "|".join(words.frames("extension_label_frames"))
    links = "|".join(words.frames("loose_extension_link_frames"))
    return _Patterns(
        country_cues=tuple(cues),
        loose_extension=re.compile(
            rf"\b(?:{labels})\.?\s*(?:(?:{links})\s+|:\s*|#\s*)?(\d(?:[\d ]*\d)?)\b", re.IGNORECASE
        ),
    )


def _said(match: re.Match[str], hole: str) -> list[str]:
    """The words a cue's hole holds: without the label's colon or dash, or the brackets."""
    said = match.group(hole)
    if hole == "labelled":
        said = said.lstrip(string.whitespace + ":-")
    elif hole == "bracketed":
        said = said[1:-1]
    return said.split()


def loose_extension(words: Vocabulary) -> re.Pattern[str]:
    """The language's loose-extension pattern: "ext 204", "extension is 55", "x: 12"."""
    return words.patterns(_build).loose_extension


@dataclass(frozen=True)
class PhoneFound:
    """A number found in a turn: read (``number``), or waiting for its country (``pending``)."""

    number: PhoneNumber | None
    pending: str | None
    country: Country | None  # a country the turn named
    rest: str  # the turn without the number, digits of spoken numbers already turned to figures
    before: str = ""  # the part of the turn before the number


def country_in_text(text: str, *, words: Vocabulary) -> Country | None:
    """The country a sentence names beside a number; the longest name wins at each place."""
    for part in [
        text,
        *re.split(r"[,;/|]|\s[-\u2013\u2014]\s", text),
    ]:  # "Uh, Afghanistan, 070-123-4567", "200.123.4567 / Mexico"
        stripped = strip_fillers(part, words)
        whole = country_named(stripped, words=words) if stripped else None
        if whole is not None:
            return whole
    for cue, hole in words.patterns(_build).country_cues:
        for match in cue.finditer(text):
            said = _said(match, hole)
            for length in range(len(said), 0, -1):
                candidate = " ".join(said[:length]) if hole != "adjective" else " ".join(said[-length:])
                found = country_named(candidate.strip(" ,.;:!?"), words=words)
                if found is not None:
                    return found
    return None


def phone_in_text(
    text: str, region: str | None, min_digits: int = MIN_NUMBER_DIGITS, *, words: Vocabulary
) -> PhoneFound | None:
    """The number in ``text`` (None when there is none); raises NormalisationError when it is unusable."""
    before, span, after = split_around_phone(text, min_digits, words=words)
    if not span:
        return None
    rest = f"{before} {after}".strip(" ,;:-")
    country = country_in_text(rest, words=words)
    try:
        number = parse_phone(span, country.region if country else region, words=words)
    except NormalisationError as exc:
        if exc.code == "need_country":
            return PhoneFound(None, span, None, rest, before)
        raise
    if country is not None and country.calling_code != number.country_code:
        country = None  # "+44 ..., I'm in France": the number's own code stands
    extension = loose_extension(words).search(rest)
    if extension and not number.extension:  # "extension 204, +1 202 ...", "(+677 40123) Ext: 3070"
        digits = extension.group(1).replace(" ", "")
        if len(digits) <= MAX_EXTENSION:
            number = replace(number, extension=digits)
    return PhoneFound(number, None, country, rest, before)


def _digits_of(span: str) -> tuple[str, str]:
    """("+", "6683") from "+66 83": the plus (or not) and the digits of a number span."""
    return ("+" if span.lstrip().startswith("+") else ""), re.sub(r"\D", "", span)


def _valid(candidate: str, region: str | None, *, words: Vocabulary) -> bool:
    try:
        parse_phone(candidate, region, words=words)
    except NormalisationError:
        return False
    return True


def corrected_number(before: str, after: str, region: str | None, *, words: Vocabulary) -> str | None:
    """A number the caller corrected part-way through: "plus one two four two three four six um sorry
    three four five six seven eight nine" is +1 242 345 6789.

    A caller who slips restarts from a few digits back: what follows the correction repeats the
    digits before the slip, then goes on. So the number is the digits before the restart point and
    everything after the correction, and the restart point is where the repeated digits best match
    the ones said before it; the first reading that is a valid number wins. None when what follows
    is a whole number of its own (it replaces what came before) or no reading is valid.
    """
    head = split_phone_from_text(before, 1, words=words)[1]
    tail_rest, tail = split_phone_from_text(after, 1, words=words)
    if not head or not tail or _valid(tail, region, words=words):
        return None
    plus, said = _digits_of(head)
    again = _digits_of(tail)[1]
    if plus == "" and said.startswith("00"):
        plus, said = "+", said[2:]
    overlaps = []
    for start in range(len(said) + 1):
        common = next(
            (i for i, (a, b) in enumerate(zip(said[start:], again)) if a != b),
            min(len(said) - start, len(again)),
        )
        overlaps.append((common, start))
    # Most digits said again first; with none said again, the digit right before the correction was the slip.
    for _common, start in sorted(overlaps, key=lambda o: (-o[0], o[1] == len(said), -o[1])):
        candidate = plus + said[:start] + again
        if _valid(candidate, region, words=words):
            return f"{candidate} {tail_rest}".strip()
    return None
