"""Countries as callers name them, mapped to an ISO region and a +CC calling code.

Names come from phonenumbers' own locale data (every region, several languages),
plus the everyday aliases and demonyms that data does not hold.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA

from .errors import NormalisationError
from .text import clean_text, folded
from .vocabulary import WORDS, any_of

NAME_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

# Everyday names and demonyms beside phonenumbers' own: the vocabulary's country words.
ALIASES = WORDS.countries
_FILLER = re.compile(rf"^(?:{any_of(WORDS.country_leads)}\s+)+", re.IGNORECASE)
_SUFFIX = re.compile(rf"(?:[\s,]+{any_of(WORDS.country_tails)})+$", re.IGNORECASE)


@dataclass(frozen=True)
class Country:
    region: str
    calling_code: str
    name: str


def _key(text: str) -> str:
    """ "Côte d'Ivoire" -> "cote d ivoire": how a country name is looked up."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded(text)).split())


def country_name(region: str) -> str:
    data = LOCALE_DATA.get(region, {})
    name = data.get("en", "")
    if name.startswith("*"):
        name = data.get(name[1:], "")
    return name or region


@functools.cache
def _names() -> dict[str, str]:
    index: dict[str, str] = {}
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        index.setdefault(_key(country_name(region)), region)
    for lang in NAME_LANGUAGES[1:]:
        for region in regions:
            name = LOCALE_DATA.get(region, {}).get(lang, "")
            if name and not name.startswith("*"):
                index.setdefault(_key(name), region)
    for alias, region in ALIASES.items():
        index[_key(alias)] = region
    return index


def country_for_region(region: str) -> Country:
    code = phonenumbers.country_code_for_region(region)
    if not code:
        raise NormalisationError("I don't know that country.", code="country")
    return Country(region, f"+{code}", country_name(region))


def country_for_calling_code(code: int) -> Country:
    region = phonenumbers.region_code_for_country_code(code)
    if region in ("ZZ", "001"):
        raise NormalisationError(f"I don't know the country code +{code}.", code="country")
    return country_for_region(region)


def parse_country(text: str) -> Country:
    """ "India", "IN", "+91", "0091", "the UK", "Deutschland" -> Country; +1 alone means the US."""
    cleaned = clean_text(text).strip(" .,!?")
    cleaned = _FILLER.sub("", cleaned).strip(" .,!?")
    cleaned = _SUFFIX.sub("", cleaned).strip(" .,!?")
    compact = re.sub(r"[\s().-]", "", cleaned)
    digits = re.fullmatch(r"(?:\+|00|011)?(\d{1,4})", compact)
    if digits:
        return country_for_calling_code(int(digits.group(1)))
    if re.fullmatch(r"[A-Za-z]{2}", cleaned) and cleaned.upper() in phonenumbers.SUPPORTED_REGIONS:
        return country_for_region(cleaned.upper())
    region = _names().get(_key(cleaned))
    if region is None:
        raise NormalisationError(
            "I don't know that country. Say its name, like India, or its code, like +91.", code="country"
        )
    return country_for_region(region)


def country_named(text: str) -> Country | None:
    """A country named in passing ("I'm in Sweden", "a French number"): names and aliases only.

    Unlike ``parse_country``, a lower-case two-letter word is never read as an ISO code
    ("in", "me", "my" and "no" are words before they are India, Montenegro, Malaysia and Norway).
    """
    cleaned = clean_text(text).strip(" .,!?()")
    cleaned = re.sub(r"^the\s+", "", cleaned, flags=re.IGNORECASE)
    if re.fullmatch(r"[A-Z]{2}", cleaned) and cleaned in phonenumbers.SUPPORTED_REGIONS:
        return country_for_region(cleaned)
    region = (
        _names().get(_key(cleaned))
        if len(cleaned) > 2 or cleaned.isupper() or _key(cleaned) == "uk"
        else None
    )
    return country_for_region(region) if region else None
