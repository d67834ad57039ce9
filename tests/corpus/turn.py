"""One generated turn and what reading it must produce, as plain data.

Expectations come from the generator's own inputs (phonenumbers' example numbers, Faker's
names, the templates), never from the project's parsers, so the corpus can judge them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

NAME_SLOTS = ("salutation", "first_name", "last_name")


@dataclass(frozen=True)
class Turn:
    """A caller's text in a context, with the slots reading it must and must not set.

    ``expect``: slot -> exact value (names compared case-insensitively; an expected extension
    of "" is also met by None, which clears it). ``absent``: slots that must not get a non-empty
    value. ``present``: slots that must get some non-empty value. ``digits``: slot -> the digits
    its value must hold once everything else is dropped (for ``pending_phone``, kept as written).
    ``language``: the language the turn is written in (the blind language sets set it).
    """

    category: str
    text: str
    asked: str | None
    known: Mapping[str, Any] = field(default_factory=dict)
    default_region: str | None = None
    intent: str = ""
    expect: Mapping[str, Any] = field(default_factory=dict)
    absent: tuple[str, ...] = ()
    present: tuple[str, ...] = ()
    digits: Mapping[str, str] = field(default_factory=dict)
    kind: str | None = None
    language: str = "en"  # the caller's language ("en", "es", "fr", "de"); the lead wires it into Context
