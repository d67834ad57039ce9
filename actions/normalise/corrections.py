"""Which field a caller wants changed, and to what: "no, my last name is Smith".

Pure text analysis; the form decides what to do with the answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import clean_text

FIELDS = {
    "first_name": r"first\s*name|given\s*name|forename|christian\s*name",
    "last_name": r"last\s*name|surname|family\s*name|second\s*name",
    "full_name": r"full\s*name|name",
    "salutation": r"title|salutation",
    "phone_number": r"(?:phone|mobile|cell|contact|telephone)?\s*number|phone|mobile|cell",
    "country": r"country(?:\s*code)?",
}
_FIELD = "|".join(f"(?P<{name}>{pattern})" for name, pattern in FIELDS.items())
_CORRECTION = re.compile(
    r"(?:^|\b)(?:(?:change|update|set|make|correct|fix|edit|replace)\s+)?(?:(?:my|the|his|her|their|that|its)\s+)?"
    rf"(?:{_FIELD})\b\s*(?:(?:should|must)\s+(?:be|read)|is\s+actually|is|was|to|as|=|:|-)?\s*(?P<value>.*)$",
    re.I,
)
_TAIL = re.compile(r"[\s,.!]*(?:please|thanks|thank you|instead|not\s+\S+)?[\s.!]*$", re.I)
_NOT_A_VALUE = re.compile(r"^(?:is\s+)?(?:wrong|incorrect|not right|misspelled|spelled wrong)\b", re.I)


@dataclass(frozen=True)
class Correction:
    field: str
    value: str | None  # None: the caller named the field but not the new value


def find_correction(text: str) -> Correction | None:
    """The first field named in ``text`` and the value that follows it, if any."""
    cleaned = clean_text(text)
    match = _CORRECTION.search(cleaned)
    if not match:
        return None
    field = next(name for name in FIELDS if match.group(name))
    value = _TAIL.sub("", match.group("value")).strip(" ,.:;!?\"'")
    if not value or _NOT_A_VALUE.match(value):
        return Correction(field, None)
    return Correction(field, value)
