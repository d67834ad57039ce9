"""Salutations: the canonical set, and the many ways people write or say them."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import NormalisationError
from .message import OneOf, TitleName
from .text import clean_text, folded
from .vocabulary import Vocabulary, any_of

DEFAULT_SALUTATIONS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
SALUTATIONS_SETTING = "CONTACT_SALUTATIONS"


def offered_salutations(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The titles the bot offers: ``CONTACT_SALUTATIONS`` (comma-separated) or the default set.

    Read by the action server (the question, the reader) and by the Rasa server's response generator
    (the title buttons), so both offer the same titles when both processes have the same setting.
    """
    raw = (os.environ if environ is None else environ).get(SALUTATIONS_SETTING, "")
    configured = tuple(t.strip() for t in raw.split(",") if t.strip())
    return configured or DEFAULT_SALUTATIONS


@dataclass(frozen=True)
class _Patterns:
    variants: Mapping[str, str]  # every written or spoken form of a title, keyed as ``title_key`` folds it
    lead: re.Pattern[str]
    tail: re.Pattern[str]


def _build(words: Vocabulary) -> _Patterns:
    return _Patterns(
        variants={re.sub(r"[\W\d_]", "", folded(form)): title for form, title in words.titles.items()},
        lead=re.compile(
            rf"^(?:{any_of(words.hesitations, words.discourse, words.title_leads)}[\s,.]+)+", re.IGNORECASE
        ),
        tail=re.compile(rf"[\s,]*{any_of(words.title_tails, words.polite_tails)}$", re.IGNORECASE),
    )


def title_key(word: str) -> str:
    """ "Señor" and "senor" alike: accents folded, everything but letters dropped."""
    return re.sub(r"[\W\d_]", "", folded(word))  # every letter kept: "Ms. Γκατζογιάννης" is no title


def lookup_salutation(word: str, allowed: tuple[str, ...], *, words: Vocabulary) -> str | None:
    """A known variant in ``words``' language ("doctor" -> Dr) or any configured title ("rev." -> Rev)."""
    key = title_key(word)
    found = words.patterns(_build).variants.get(key)
    if found in allowed:
        return found
    return next((title for title in allowed if title_key(title) == key and key), None)


def titles_choice(allowed: tuple[str, ...]) -> OneOf:
    """The titles a caller may choose from, as the message that offers them names them."""
    return OneOf(tuple(TitleName(title) for title in allowed))


def parse_salutation(text: str, allowed: tuple[str, ...] = DEFAULT_SALUTATIONS, *, words: Vocabulary) -> str:
    """One salutation from an answer such as "mr.", "MISTER" or "it's doctor", in ``words``' language."""
    patterns = words.patterns(_build)
    cleaned = patterns.lead.sub("", clean_text(text)).strip(" .,!?;:'\"")
    cleaned = patterns.tail.sub("", cleaned).strip(" .,!?")
    found = lookup_salutation(cleaned, allowed, words=words) if cleaned and len(cleaned) < 40 else None
    if found is None:
        raise NormalisationError("titles_allowed", code="salutation", titles=titles_choice(allowed))
    return found


def split_leading_salutation(
    text: str, allowed: tuple[str, ...] = DEFAULT_SALUTATIONS, *, words: Vocabulary
) -> tuple[str | None, str]:
    """("Dr", "Jane Smith") from "Dr. Jane Smith"; (None, text) when it starts otherwise. A title the pack
    writes in two words comes first ("Frau Dr. Jane Smith" is Dr)."""
    two = text.split(" ", 2)
    if len(two) == 3 and two[2].strip():
        found = lookup_salutation(" ".join(two[:2]), allowed, words=words)
        if found is not None:
            return found, two[2].strip()
    head = text.split(" ", 1)
    found = lookup_salutation(head[0], allowed, words=words)
    if found is not None and len(head) == 2 and head[1].strip():
        return found, head[1].strip()
    return None, text
