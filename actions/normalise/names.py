"""People's names as callers give them: fillers off, scripts and particles kept."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import NormalisationError
from .salutation import DEFAULT_SALUTATIONS, split_leading_salutation
from .text import clean_text
from .vocabulary import Vocabulary, any_of

MAX_NAME = 64


@dataclass(frozen=True)
class _Patterns:
    lead: re.Pattern[str]  # "well, my last name is ...", "you can call me ...": before a name answer
    tail: re.Pattern[str]
    particles: frozenset[str]
    # How the words of a name split into given names and surnames where no particle says it: the pack's
    # name_shape_frames ("{given_name} {word} {word}": a Spanish given name, then both surnames).
    shapes: tuple[re.Pattern[str], ...]


def _build(words: Vocabulary) -> _Patterns:
    fillers = any_of(words.greetings, words.hesitations, words.discourse, words.agreeing)
    # The name starts at a word's start: "Name Isabel" is Isabel, never "Name Is" and "abel".
    lead = "|".join(words.frames("name_answer_frames", name=r"(?<!\w)", apostrophe="'"))
    return _Patterns(
        lead=re.compile(rf"^(?:{fillers}[,!.]?\s+)*(?:{lead})", re.IGNORECASE),
        tail=re.compile(rf"[\s,.!]+{any_of(words.polite_tails)}[\s.!]*$", re.IGNORECASE),
        particles=frozenset(words.particles),
        shapes=tuple(
            re.compile(rf"^{shape}$") for shape in words.frames("name_shape_frames", given_name=r"\S+")
        ),
    )


_EMAIL = re.compile(r"\S+@\S+\.\S+")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|io|in|co|uk)\b", re.IGNORECASE)
_MC = re.compile(r"^(Mc|Mac)([a-z])")


@dataclass(frozen=True)
class PersonName:
    salutation: str | None
    first: str
    last: str | None


def _strip_fillers(text: str, patterns: _Patterns) -> str:
    text = clean_text(text).replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = patterns.tail.sub("", text)
    stripped = patterns.lead.sub("", text, count=1)
    if stripped.strip(" .,!?:;'\"-"):
        text = stripped
    return text.strip(' .,!?:;"()[]{}<>*_~').strip("'").strip()


def _fix_case(word: str) -> str:
    """Title-case one word, keeping particles low and the capital after O' and Mc."""
    parts = re.split(r"([-'])", word)
    out = "".join(p[:1].title() + p[1:].lower() if p not in "-'" else p for p in parts)
    return _MC.sub(lambda m: m.group(1) + m.group(2).upper(), out)


def clean_name(text: str, *, words: Vocabulary) -> str:
    """A name ready to save; raises NormalisationError with the reason it cannot be one.

    ``words`` is the caller's language: the fillers around a name and the particles kept low.
    """
    patterns = words.patterns(_build)
    name = _strip_fillers(text, patterns)
    if not name:
        raise NormalisationError("name_empty", code="name_empty")
    if _EMAIL.search(name):
        raise NormalisationError("name_is_email", code="name_email")
    if _LINK.search(name):
        raise NormalisationError("name_is_link", code="name_link")
    if any(ch.isdigit() for ch in name):
        raise NormalisationError("name_has_digits", code="name_digits")
    if len(name) > MAX_NAME:
        raise NormalisationError("name_too_long", code="name_long", limit=MAX_NAME)
    for ch in name:
        if not (unicodedata.category(ch)[0] in "LM" or ch in " '-."):
            raise NormalisationError("name_characters", code="name_chars")
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        raise NormalisationError("name_empty", code="name_empty")
    letters = [ch for ch in name if ch.isalpha()]
    if all(ch.islower() for ch in letters) or all(ch.isupper() for ch in letters):
        parts = name.split(" ")
        name = " ".join(
            w.lower() if i > 0 and w.lower() in patterns.particles else _fix_case(w)
            for i, w in enumerate(parts)
        )
    return name


def capitals_first(words: list[str]) -> bool:
    """ "MEYER Adèle": two words, a file's SURNAME in capitals before a capitalised given name."""
    return (
        len(words) == 2
        and len(words[0]) > 1
        and words[0].isupper()
        and words[1][:1].isupper()
        and not words[1].isupper()
    )


def parse_person_name(
    text: str, salutations: tuple[str, ...] = DEFAULT_SALUTATIONS, *, words: Vocabulary
) -> PersonName:
    """Salutation, first and last name from "Dr. Jane Smith", "jean-luc van der berg" or "José"."""
    name = clean_name(text, words=words)
    salutation, name = split_leading_salutation(name, salutations, words=words)
    parts = name.split(" ")
    if len(parts) == 1:
        return PersonName(salutation, parts[0], None)
    lower = [w.lower() for w in parts]
    if capitals_first(parts):  # "MEYER Adèle", "Mme LEROY Régis"
        return PersonName(salutation, parts[1], _fix_case(parts[0]))
    patterns = words.patterns(_build)
    particles = patterns.particles
    if parts[0] == lower[0] and lower[0] in particles and any(not w.islower() for w in parts[1:]):
        # "von Bülow", "van der Meer": a particle written low before a capital starts one surname,
        # a single name as "Smith" is (the asked field says whose); "Van Morrison" stays two names.
        return PersonName(salutation, name, None)
    start = next((i for i in range(1, len(parts)) if lower[i] in particles), None)
    if start is None:
        shaped = next((m for m in (shape.match(name) for shape in patterns.shapes) if m), None)
        start = len(shaped.group("given_name").split(" ")) if shaped else len(parts) - 1
    return PersonName(salutation, " ".join(parts[:start]), " ".join(parts[start:]))
