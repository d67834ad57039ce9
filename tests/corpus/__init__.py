"""A generated corpus of caller turns with their ground truth, and its scorer (score.py).

``build()`` returns every turn: the tuning categories (generate.py, phrases.py), the
held-out ones (heldout.py, prefixed ``heldout_``), written separately and not to be tuned on, and
the blind ones (blind.py, prefixed ``blind_``), written without reading the interpreter and never
tuned on, since the held-out sentences have been read by the interpreter's developer, and a second
blind set (fresh.py, prefixed ``fresh_``), written the same way once the first had been read too, and a
third (third.py, prefixed ``third_``: voice transcripts, CRM and signature pastes), written the same way.
Everything is derived from fixed seeds, so two runs give the same corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import blind, fresh, heldout, phrases, third
from .generate import CATEGORIES, SPOKEN_TITLES, build_tuning
from .numbers import DIGIT_WORDS
from .people import TITLE_FORMS, people
from .places import ADJECTIVES, country_names
from .turn import NAME_SLOTS, Turn

HELDOUT_PREFIX = "heldout_"
HELDOUT_CATEGORIES = heldout.CATEGORIES
BLIND_PREFIX = blind.PREFIX
BLIND_CATEGORIES = blind.CATEGORIES
FRESH_PREFIX = fresh.PREFIX
FRESH_CATEGORIES = fresh.CATEGORIES
THIRD_PREFIX = third.PREFIX
THIRD_CATEGORIES = third.CATEGORIES

__all__ = [
    "BLIND_CATEGORIES",
    "BLIND_PREFIX",
    "CATEGORIES",
    "FRESH_CATEGORIES",
    "FRESH_PREFIX",
    "HELDOUT_CATEGORIES",
    "HELDOUT_PREFIX",
    "NAME_SLOTS",
    "THIRD_CATEGORIES",
    "THIRD_PREFIX",
    "Turn",
    "build",
    "forbidden_name_words",
]


def _words(value: object) -> set[str]:
    if isinstance(value, str):
        return {w.strip("'") for w in re.findall(r"[^\W\d_][\w']*", value.casefold())}
    if isinstance(value, dict):
        return set().union(*(_words(v) for v in value.values())) if value else set()
    if isinstance(value, (tuple, list)):
        return set().union(*(_words(v) for v in value)) if value else set()
    return set()


@lru_cache(maxsize=1)
def forbidden_name_words() -> frozenset[str]:
    """Every word the templates, titles, digits and country names use: no generated person is
    named with one, so a name in the corpus is never also a word of its sentence."""
    words: set[str] = set()
    for module in (phrases, heldout):
        for name, value in vars(module).items():
            if name.isupper():
                words |= _words(value)
    words |= _words(TITLE_FORMS) | _words(SPOKEN_TITLES) | _words(DIGIT_WORDS) | _words(ADJECTIVES)
    words |= _words(list(country_names().values()))
    words |= {
        "oh",
        "double",
        "triple",
        "plus",
        "zero",
        "ext",
        "extension",
        "tel",
        "mob",
        "ph",
        "x",
        "no",
        "yes",
    }
    return frozenset(w for w in words if w)


@lru_cache(maxsize=1)
def build() -> tuple[Turn, ...]:
    population = people(forbidden_name_words())
    return (
        tuple(build_tuning(population))
        + tuple(heldout.build(population))
        + tuple(blind.build(population))
        + tuple(fresh.build(population))
        + tuple(third.build(population))
    )
