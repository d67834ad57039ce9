"""Splitting a whole name into first and last: the project's splitter against the `nameparser` library.

Issue 8 asked to measure a maintained name parser before keeping hand-written rules. Both split
the same Faker full names (fixed seed, 23 locales); a split is right when first and last match
what Faker generated. nameparser's first and middle names count together as the first name.
"""

from __future__ import annotations

from typing import Callable

from faker import Faker
from nameparser import HumanName

from actions.normalise import NormalisationError, parse_person_name
from actions.normalise.vocabulary import vocabulary

EN = vocabulary("en")

LOCALES = (
    "en_US",
    "en_GB",
    "en_IN",
    "en_AU",
    "es_ES",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "fr_FR",
    "de_DE",
    "it_IT",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "tr_TR",
    "ro_RO",
    "cs_CZ",
    "hu_HU",
    "fi_FI",
    "da_DK",
    "no_NO",
    "vi_VN",
    "id_ID",
)
PER_LOCALE = 300


def _names() -> list[tuple[str, str]]:
    names = []
    for locale in LOCALES:
        faker = Faker(locale)
        faker.seed_instance(7)
        names += [(faker.first_name(), faker.last_name()) for _ in range(PER_LOCALE)]
    return names


def _ours(text: str) -> tuple[str, str]:
    try:
        person = parse_person_name(text, words=EN)
    except NormalisationError:
        return "", ""
    return person.first, person.last or ""


def _nameparser(text: str) -> tuple[str, str]:
    human = HumanName(text)
    return " ".join(part for part in (human.first, human.middle) if part), human.last


def run() -> dict[str, float]:
    names = _names()
    results = {"names": float(len(names))}
    multi = [(first, last) for first, last in names if len(first.split()) > 1 or len(last.split()) > 1]
    results["multi"] = float(len(multi))
    for label, split in (("ours", _ours), ("nameparser", _nameparser)):

        def right(pairs: list[tuple[str, str]], split: Callable[[str], tuple[str, str]] = split) -> float:
            hits = sum(
                tuple(p.casefold() for p in split(f"{first} {last}")) == (first.casefold(), last.casefold())
                for first, last in pairs
            )
            return hits / len(pairs) if pairs else 0.0

        results[label] = right(names)
        results[f"{label}_multi"] = right(multi)
    return results
