"""Salutations: the canonical set, and the many ways people write or say them."""
from __future__ import annotations

import re
import unicodedata

from .errors import NormalisationError
from .text import clean_text

DEFAULT_SALUTATIONS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")

_VARIANTS: dict[str, str] = {
    # Not "sir": callers say it to the agent ("yes sir, Gabi"), not as their own title.
    "mr": "Mr", "mister": "Mr", "mistr": "Mr", "mr.": "Mr",
    "mrs": "Mrs", "missus": "Mrs", "missis": "Mrs", "misses": "Mrs", "mrs.": "Mrs",
    "ms": "Ms", "mz": "Ms", "ms.": "Ms", "miz": "Ms", "mizz": "Ms",  # speech recognition writes Ms as "miz"
    "miss": "Miss",
    "mx": "Mx", "mix": "Mx",
    "dr": "Dr", "doctor": "Dr", "doc": "Dr", "dr.": "Dr",
    "prof": "Prof", "professor": "Prof", "prof.": "Prof",
    # The same titles as callers from elsewhere say them.
    "mme": "Mrs", "madame": "Mrs", "mlle": "Miss", "mademoiselle": "Miss", "monsieur": "Mr", "herr": "Mr",
    "frau": "Mrs", "senor": "Mr", "sr": "Mr", "senora": "Mrs", "sra": "Mrs", "senorita": "Miss", "srta": "Miss",
    "signor": "Mr", "signora": "Mrs", "shri": "Mr", "smt": "Mrs", "dott": "Dr",
}
_FILLER = re.compile(r"^(?:(?:it'?s|it is|i'?m|i am|use|please use|please|make it|just|call me|my title is|"
                     r"title|salutation|the title is|the|a|you can put|put|it should be|should be|that'?s|"
                     r"um|uh|er|erm|well|so|ok|okay|oh)[\s,.]+)+", re.I)


def _key(word: str) -> str:
    """"Señor" and "senor" alike: accents folded, everything but letters dropped."""
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", word.casefold()))


def lookup_salutation(word: str, allowed: tuple[str, ...]) -> str | None:
    """A known variant ("doctor" -> Dr) or any configured title itself ("rev." -> Rev)."""
    key = _key(word)
    found = _VARIANTS.get(key)
    if found in allowed:
        return found
    return next((title for title in allowed if _key(title) == key and key), None)


def parse_salutation(text: str, allowed: tuple[str, ...] = DEFAULT_SALUTATIONS) -> str:
    """One salutation from an answer such as "mr.", "MISTER" or "it's doctor"."""
    cleaned = _FILLER.sub("", clean_text(text)).strip(" .,!?;:'\"")
    cleaned = re.sub(r"[\s,]*(?:please|thanks|thank you|is my title|is the title|is fine|will do)$", "", cleaned,
                     flags=re.I).strip(" .,!?")
    found = lookup_salutation(cleaned, allowed) if cleaned and len(cleaned) < 40 else None
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
    found = lookup_salutation(words[0], allowed)
    if found is not None and len(words) == 2 and words[1].strip():
        return found, words[1].strip()
    return None, text
