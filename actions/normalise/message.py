"""What the bot says, as data: a message id and its named values, never the sentence itself.

The interpreter and the normalisers decide *what* to tell the caller; the sentence is written once per
language in that language's catalogue (``actions/languages/<code>/messages.yml``) and rendered at the
edge (``actions/catalogue.py``) in the conversation's language. So a refusal can be said in Spanish
without the code that refused knowing Spanish, and a new language needs no code.

A value is text or a number said as it is, another ``Message`` (a field's name), a ``CountryName``
(named by CLDR in the conversation's language) or ``OneOf`` (a list joined with the language's "or").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    """One sentence by id, with the values its placeholders name."""

    id: str
    values: Mapping[str, Any] = field(default_factory=dict)


def message(message_id: str, **values: Any) -> Message:
    """``message("number_too_short_for", country=CountryName("NG"))``."""
    return Message(message_id, values)


@dataclass(frozen=True)
class CountryName:
    """A country, by region code, named in the language the message is said in."""

    region: str


@dataclass(frozen=True)
class OneOf:
    """Choices said as the language lists alternatives ("Mr, Mrs or Dr"; "Sr., Sra. o Dr.")."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class TitleName:
    """A canonical title (Mr, Dr...), said as the language writes it (Sr., Dr.), else as it is."""

    canonical: str


@dataclass(frozen=True)
class NumberSaid:
    """A phone number read back: grouped as its country writes it, or digit by digit on a voice line."""

    e164: str
    extension: str = ""
    voice: bool = False


@dataclass(frozen=True)
class DigitsSaid:
    """Digits said one by one on a voice line (in groups of ``group``), else written as they are."""

    digits: str
    voice: bool = False
    group: int = 0


@dataclass(frozen=True)
class Words:
    """Values said one after another with spaces: a title and a name ("Sr. Juan Pérez")."""

    parts: tuple[Any, ...]


@dataclass(frozen=True)
class LanguageName:
    """A language, by ISO 639-1 code, named by CLDR in the language the message is said in."""

    code: str


@dataclass(frozen=True)
class AllOf:
    """Items said as the language lists them all: "English, Spanish, and French"."""

    items: tuple[Any, ...]
