"""People to name: Faker's first and last names from many locales (fixed seed), and titles.

Only names whose split is unambiguous are kept: one word each (a hyphen or an apostrophe
inside is fine), letters only, and no word the templates themselves use, so a name can never
be mistaken for a request word by the corpus itself.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import cache

from faker import Faker

LATIN_LOCALES = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_NZ",
    "fr_FR",
    "de_DE",
    "es_ES",
    "es_MX",
    "it_IT",
    "pt_BR",
    "pt_PT",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "no_NO",
    "da_DK",
    "fi_FI",
    "cs_CZ",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "id_ID",
    "yo_NG",
    "zu_ZA",
    "sw",
    "hr_HR",
    "sk_SK",
    "sl_SI",
    "lt_LT",
    "lv_LV",
    "et_EE",
    "tw_GH",
    "ha_NG",
    "ig_NG",
)
NON_LATIN_LOCALES = ("ru_RU", "el_GR", "uk_UA", "hi_IN")
SEED = 8

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
# How each title is written or said (ground truth for the title answers).
TITLE_FORMS: dict[str, tuple[str, ...]] = {
    "Mr": ("Mr", "Mr.", "mr", "MR", "mister", "Mister"),
    "Mrs": ("Mrs", "Mrs.", "mrs", "missus", "Missus", "missis"),
    "Ms": ("Ms", "Ms.", "ms", "ms.", "miz", "Miz", "mz"),
    "Miss": ("Miss", "miss", "MISS"),
    "Mx": ("Mx", "mx", "Mx."),
    "Dr": ("Dr", "Dr.", "dr", "doctor", "Doctor"),
    "Prof": ("Prof", "Prof.", "prof", "professor", "Professor"),
}


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    locale: str


def _one_word(name: str) -> bool:
    core = name.replace("-", "").replace("'", "")
    return (
        len(core) >= 2
        and name[0] not in "-'"
        and name[-1] not in "-'"
        and all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in core)
    )


@cache
def people(forbidden: frozenset[str], per_locale: int = 40) -> tuple[Person, ...]:
    """Distinct people from every locale, the same on every run; ``forbidden`` holds lower-case
    words a name must not be (the templates' vocabulary, titles, digits, countries)."""
    rng = random.Random(SEED)
    found: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for locale in LATIN_LOCALES + NON_LATIN_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(SEED)
        wanted = per_locale // 2 if locale in NON_LATIN_LOCALES else per_locale
        kept = 0
        for _ in range(wanted * 6):
            if kept == wanted:
                break
            first, last = fake.first_name(), fake.last_name()
            if not (_one_word(first) and _one_word(last)) or first.casefold() == last.casefold():
                continue
            if {first.casefold(), last.casefold()} & forbidden or (first, last) in seen:
                continue
            seen.add((first, last))
            found.append(Person(rng.choice(TITLES), first, last, locale))
            kept += 1
    return tuple(found)
