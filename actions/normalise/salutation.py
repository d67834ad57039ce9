"""Salutations: the canonical set, and the many ways people write or say them."""
from __future__ import annotations

import re

from .errors import NormalisationError
from .text import clean_text

DEFAULT_SALUTATIONS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")

_VARIANTS: dict[str, str] = {
    "mr": "Mr", "mister": "Mr", "mistr": "Mr", "sir": "Mr", "mr.": "Mr",
    "mrs": "Mrs", "missus": "Mrs", "missis": "Mrs", "misses": "Mrs", "mrs.": "Mrs",
    "ms": "Ms", "mz": "Ms", "ms.": "Ms",
    "miss": "Miss",
    "mx": "Mx", "mix": "Mx",
    "dr": "Dr", "doctor": "Dr", "doc": "Dr", "dr.": "Dr",
    "prof": "Prof", "professor": "Prof", "prof.": "Prof",
}
_FILLER = re.compile(r"^(?:(?:it'?s|it is|i'?m|i am|use|please use|make it|just|call me|my title is|"
                     r"title|salutation|the|a)\s+)+", re.I)


def _key(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.casefold())


def _lookup(word: str, allowed: tuple[str, ...]) -> str | None:
    """A known variant ("doctor" -> Dr) or any configured title itself ("rev." -> Rev)."""
    key = _key(word)
    found = _VARIANTS.get(key)
    if found in allowed:
        return found
    return next((title for title in allowed if _key(title) == key and key), None)


def parse_salutation(text: str, allowed: tuple[str, ...] = DEFAULT_SALUTATIONS) -> str:
    """One salutation from an answer such as "mr.", "MISTER" or "it's doctor"."""
    cleaned = _FILLER.sub("", clean_text(text)).strip(" .,!?;:'\"")
    cleaned = re.sub(r"\s*(?:please|thanks|thank you)$", "", cleaned, flags=re.I).strip(" .,!?")
    found = _lookup(cleaned, allowed) if cleaned and len(cleaned) < 40 else None
    if found is None:
        raise NormalisationError(
            f"I can use one of these titles: {', '.join(allowed)}.", code="salutation"
        )
    return found


def split_leading_salutation(
    text: str, allowed: tuple[str, ...] = DEFAULT_SALUTATIONS
) -> tuple[str | None, str]:
    """("Dr", "Jane Smith") from "Dr. Jane Smith"; (None, text) when it starts otherwise."""
    words = text.split(" ", 1)
    found = _lookup(words[0], allowed)
    if found is not None and len(words) == 2 and words[1].strip():
        return found, words[1].strip()
    return None, text
