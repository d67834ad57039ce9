"""What the bot says, in the conversation's language: one catalogue per language, rendered at the edge.

Each language's sentences are written once, in ``actions/languages/<code>/messages.yml``, under a
message id with named placeholders (``{contact_id}``). The interpreter, the normalisers and the
actions decide *which* message (``actions.normalise.message``); this module alone turns it into
text. A value in a message is rendered in the same language: a country by CLDR's name for it
(Babel), a list with the language's "or", a title as the language writes it, a number grouped as its
country writes it. An entry that is a mapping of CLDR plural categories (``one``, ``other``) is chosen
by the plural form of its ``count``.

Which languages are spoken is a setting (``CONTACT_LANGUAGES``, default every catalogue) with a
default (``CONTACT_DEFAULT_LANGUAGE``, default ``en``); a catalogue missing an id is an error a test
finds, not a silent switch to English.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers
import yaml
from babel import Locale
from babel.lists import format_list
from phonenumbers import PhoneNumberFormat

from .normalise.message import (
    AllOf,
    CountryName,
    DigitsSaid,
    LanguageName,
    Message,
    NumberSaid,
    OneOf,
    TitleName,
    Words,
)
from .normalise.vocabulary import CATALOGUE_FILE, DEFAULT_LANGUAGE, LANGUAGES_DIR

LANGUAGES_SETTING = "CONTACT_LANGUAGES"
DEFAULT_LANGUAGE_SETTING = "CONTACT_DEFAULT_LANGUAGE"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class CatalogueError(ValueError):
    """A catalogue or a language setting the bot cannot speak from; says which and why."""


@functools.cache
def catalogue(language: str) -> Mapping[str, Any]:
    """A language's catalogue as written: message id -> text, plural mapping, or list; read once."""
    path = LANGUAGES_DIR / language / CATALOGUE_FILE
    if not path.is_file():
        raise CatalogueError(f"no message catalogue for {language!r} ({path})")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, Mapping):
        raise CatalogueError(f"{path}: a catalogue maps message ids to sentences")
    return data


def catalogue_languages() -> tuple[str, ...]:
    """Every language with a catalogue, whether or not it is enabled."""
    return tuple(sorted(p.parent.name for p in Path(LANGUAGES_DIR).glob(f"*/{CATALOGUE_FILE}")))


@functools.cache
def _settings(enabled: str, default: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """The languages spoken, the default, and what is wrong with the settings (said at start).

    A language without a catalogue is left out, and a default that is not spoken gives way to the
    first spoken language, so a wrong setting never stops a conversation, only the start-up check.
    """
    known = catalogue_languages()
    named = tuple(dict.fromkeys(c.strip() for c in enabled.split(",") if c.strip()))
    known = tuple(sorted(known, key=lambda code: (code != default, code)))  # the default first
    problems = []
    unknown = [code for code in named if code not in known]
    if unknown:
        problems.append(
            f"{LANGUAGES_SETTING} names {', '.join(unknown)}, which have no catalogue; "
            f"catalogues: {', '.join(known)}"
        )
    languages = tuple(code for code in named if code in known) or known
    if default not in languages:
        problems.append(
            f"{DEFAULT_LANGUAGE_SETTING}={default} is not one of the languages spoken: {', '.join(languages)}"
        )
        default = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in languages else languages[0]
    return languages, default, tuple(problems)


def settings_problems() -> list[str]:
    """What is wrong with the language settings (``CONTACT_LANGUAGES``, ``CONTACT_DEFAULT_LANGUAGE``,
    ``CONTACT_SAVED_TITLE``), for the start-up check."""
    problems = list(_settings(*_raw_settings())[2])
    form = os.environ.get(SAVED_TITLE_SETTING, "").strip()
    if form and form not in SAVED_TITLE_FORMS:
        problems.append(
            f"{SAVED_TITLE_SETTING}={form} is not one of {', '.join(SAVED_TITLE_FORMS)}; contacts keep the"
            " canonical title"
        )
    return problems


SAVED_TITLE_SETTING = "CONTACT_SAVED_TITLE"
SAVED_TITLE_FORMS = ("canonical", "language")


def saved_title(canonical: str, language: Any) -> str:
    """The title a contact is saved with: the canonical one (Mr, Dr...), whatever the conversation's
    language, unless ``CONTACT_SAVED_TITLE=language`` keeps it as the caller's language writes it
    ("Sra.", "Herr"): what a contact centre that reads its contacts in that language may prefer."""
    if os.environ.get(SAVED_TITLE_SETTING, "").strip() != "language":
        return canonical
    return value_text(TitleName(canonical), spoken(language))


def enabled_languages() -> tuple[str, ...]:
    """The languages the bot speaks here: ``CONTACT_LANGUAGES``, else every catalogue."""
    return _settings(*_raw_settings())[0]


def default_language() -> str:
    """What a conversation speaks until its caller's language is known."""
    return _settings(*_raw_settings())[1]


def _raw_settings() -> tuple[str, str]:
    return (
        os.environ.get(LANGUAGES_SETTING, ""),
        os.environ.get(DEFAULT_LANGUAGE_SETTING, "").strip() or DEFAULT_LANGUAGE,
    )


def spoken(language: Any) -> str:
    """The language a conversation is answered in: its ``language`` slot if enabled, else the default."""
    return language if isinstance(language, str) and language in enabled_languages() else default_language()


def render(said: Message, language: str) -> str:
    """The sentence ``said`` in ``language``, its values rendered in the same language."""
    entry = catalogue(language).get(said.id)
    if entry is None:
        raise CatalogueError(f"the {language!r} catalogue has no message {said.id!r}")
    if isinstance(entry, Mapping):  # plural forms, by the count's CLDR category
        count = said.values.get("count", 0)
        entry = entry.get(Locale.parse(language).plural_form(count)) or entry["other"]
    values = {name: value_text(value, language) for name, value in said.values.items()}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), str(entry))


def say(message_id: str, language: str, **values: Any) -> str:
    """``render(Message(message_id, values), language)``, for a sentence with its values at hand."""
    return render(Message(message_id, values), language)


def value_text(value: Any, language: str) -> str:
    """One value of a message, as the language says it."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, CountryName):
        return str(Locale.parse(language).territories.get(value.region, value.region))
    if isinstance(value, TitleName):
        return str((catalogue(language).get("titles") or {}).get(value.canonical, value.canonical))
    if isinstance(value, LanguageName):
        return str(Locale.parse(language).languages.get(value.code, value.code))
    if isinstance(value, OneOf):
        return format_list(_distinct(value.items, language), style="or", locale=language)
    if isinstance(value, AllOf):
        return format_list(_distinct(value.items, language), locale=language)
    if isinstance(value, Words):
        return " ".join(value_text(v, language) for v in value.parts)
    if isinstance(value, NumberSaid):
        return _number_text(value, language)
    if isinstance(value, DigitsSaid):
        return _digits_text(value, language)
    return str(value)


def _distinct(items: tuple[Any, ...], language: str) -> list[str]:
    """Each item's text once: Spanish writes Mrs and Ms both "Sra.", said once in a list of titles."""
    return list(dict.fromkeys(value_text(item, language) for item in items))


def _digit_names(language: str) -> list[str]:
    return list(catalogue(language)["digit_names"])


def _digits_text(said: DigitsSaid, language: str) -> str:
    if not said.voice:
        return said.digits
    names = _digit_names(language)
    size = said.group or len(said.digits) or 1
    groups = [said.digits[i : i + size] for i in range(0, len(said.digits), size)]
    spoken = (" ".join(names[int(ch)] if ch.isdigit() else ch for ch in group) for group in groups)
    return ", ".join(spoken)


def _number_text(said: NumberSaid, language: str) -> str:
    """ "+91 98765 43210 ext. 12" as the number's country groups it, or its digits said in groups."""
    main = phonenumbers.format_number(phonenumbers.parse(said.e164), PhoneNumberFormat.INTERNATIONAL)
    if not said.voice:
        return (
            say("number_with_extension", language, number=main, extension=said.extension)
            if said.extension
            else main
        )
    names = _digit_names(language)
    words = number_words(language)
    groups = [" ".join(names[int(d)] for d in g if d.isdigit()) for g in re.split(r"[\s-]+", main)]
    spoken = f"{words.plus} " + ", ".join(g for g in groups if g)
    if not said.extension:
        return spoken
    return f"{spoken}, {words.extension} " + " ".join(names[int(d)] for d in said.extension)


@dataclass(frozen=True)
class NumberWords:
    """How a language writes an extension after a number, and says "+" and "extension" aloud."""

    written_extension: str  # "ext.": what stands between a number and its extension when written
    plus: str
    extension: str


def number_words(language: str) -> NumberWords:
    """The words a voice needs to read a written number aloud (``channels/twilio_speech.py``)."""
    written = str(catalogue(language)["number_with_extension"])
    mark = written.split("{number}", 1)[-1].split("{extension}", 1)[0].strip()
    words = catalogue(language)["number_words"]
    return NumberWords(mark, str(words["plus"]), str(words["extension"]))
