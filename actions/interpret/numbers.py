"""A phone number in a turn, read with the country the caller named in the same breath.

A number with + or 00 carries its country. One without is national: in the country
named beside it ("070-123 05 07, I'm in Sweden"), else the one already known, else
CONTACT_DEFAULT_REGION, else the bot asks. Its first digits never choose a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..normalise import Country, NormalisationError, PhoneNumber, parse_phone, split_phone_from_text
from ..normalise.countries import country_named
from ..normalise.vocabulary import MAX_EXTENSION, MIN_NUMBER_DIGITS
from .lexicon import WORD, strip_fillers

_COUNTRY_CUES = (
    # "I'm in Sweden", "calling from the UK", "based in India"
    re.compile(rf"\b(?:in|from)\s+(?P<c>(?:the\s+)?{WORD}(?:\s+{WORD}){{0,5}})", re.IGNORECASE),
    # "a French number", "it's a uk mobile", "my Indian cell"
    re.compile(
        rf"\b(?P<c>{WORD}(?:\s+{WORD}){{0,2}})\s+(?:number|mobile|phone|cell|landline|line)\b", re.IGNORECASE
    ),
    # "(Sweden)", "country: Sweden", "country is Sweden"
    re.compile(r"\((?P<c>[^)]{2,40})\)"),
    # "512-345-678 it's Polish", "..., that's a Kiribati one"
    re.compile(
        rf"\b(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:an?\s+|the\s+)?(?P<c>{WORD}(?:\s+{WORD}){{0,3}})",
        re.IGNORECASE,
    ),
    re.compile(rf"\bcountry(?:\s+code)?\s*(?:is|:|-)?\s*(?P<c>{WORD}(?:\s+{WORD}){{0,3}})", re.IGNORECASE),
)


LOOSE_EXTENSION = re.compile(
    r"\b(?:ext|extension|extn|x)\.?\s*(?:is\s+|its\s+|it'?s\s+|number\s+|:\s*|#\s*)?"
    r"(\d(?:[\d ]*\d)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PhoneFound:
    """A number found in a turn: read (``number``), or waiting for its country (``pending``)."""

    number: PhoneNumber | None
    pending: str | None
    country: Country | None  # a country the turn named
    rest: str  # the turn without the number, digits of spoken numbers already turned to figures


def country_in_text(text: str) -> Country | None:
    """The country a sentence names beside a number; the longest name wins at each place."""
    for part in [
        text,
        *re.split(r"[,;/|]|\s[-\u2013\u2014]\s", text),
    ]:  # "Uh, Afghanistan, 070-123-4567", "200.123.4567 / Mexico"
        stripped = strip_fillers(part)
        whole = country_named(stripped) if stripped else None
        if whole is not None:
            return whole
    for cue in _COUNTRY_CUES:
        for match in cue.finditer(text):
            words = match.group("c").split()
            for length in range(len(words), 0, -1):
                candidate = (
                    " ".join(words[:length]) if cue is not _COUNTRY_CUES[1] else " ".join(words[-length:])
                )
                found = country_named(candidate.strip(" ,.;:!?"))
                if found is not None:
                    return found
    return None


def phone_in_text(text: str, region: str | None, min_digits: int = MIN_NUMBER_DIGITS) -> PhoneFound | None:
    """The number in ``text`` (None when there is none); raises NormalisationError when it is unusable."""
    rest, span = split_phone_from_text(text, min_digits)
    if not span:
        return None
    country = country_in_text(rest)
    try:
        number = parse_phone(span, country.region if country else region)
    except NormalisationError as exc:
        if exc.code == "need_country":
            return PhoneFound(None, span, None, rest)
        raise
    if country is not None and country.calling_code != number.country_code:
        country = None  # "+44 ..., I'm in France": the number's own code stands
    extension = LOOSE_EXTENSION.search(rest)
    if extension and not number.extension:  # "extension 204, +1 202 ...", "(+677 40123) Ext: 3070"
        digits = extension.group(1).replace(" ", "")
        if len(digits) <= MAX_EXTENSION:
            number = replace(number, extension=digits)
    return PhoneFound(number, None, country, rest)


def _digits_of(span: str) -> tuple[str, str]:
    """("+", "6683") from "+66 83": the plus (or not) and the digits of a number span."""
    return ("+" if span.lstrip().startswith("+") else ""), re.sub(r"\D", "", span)


def _valid(candidate: str, region: str | None) -> bool:
    try:
        parse_phone(candidate, region)
    except NormalisationError:
        return False
    return True


def corrected_number(before: str, after: str, region: str | None) -> str | None:
    """A number the caller corrected part-way through: "plus one two four two three four six um sorry
    three four five six seven eight nine" is +1 242 345 6789.

    A caller who slips restarts from a few digits back: what follows the correction repeats the
    digits before the slip, then goes on. So the number is the digits before the restart point and
    everything after the correction, and the restart point is where the repeated digits best match
    the ones said before it; the first reading that is a valid number wins. None when what follows
    is a whole number of its own (it replaces what came before) or no reading is valid.
    """
    head = split_phone_from_text(before, 1)[1]
    tail_rest, tail = split_phone_from_text(after, 1)
    if not head or not tail or _valid(tail, region):
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
        if _valid(candidate, region):
            return f"{candidate} {tail_rest}".strip()
    return None
