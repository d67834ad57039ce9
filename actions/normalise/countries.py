"""Countries as callers name them, mapped to an ISO region and a +CC calling code.

Names come from CLDR's territory names in the conversation's language (Babel), phonenumbers' own
locale data (every region, several languages), and the pack's aliases and demonyms, which neither
holds.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers
from babel import Locale, UnknownLocaleError
from phonenumbers.geodata.locale import LOCALE_DATA

from .errors import NormalisationError
from .text import clean_text, folded
from .vocabulary import Vocabulary, any_of

NAME_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


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


@dataclass(frozen=True)
class _Patterns:
    """One language's patterns for country answers, and its index of country names."""

    leads: re.Pattern[str]  # "I'm based in Peru"
    tails: re.Pattern[str]  # "India, obviously"
    article: re.Pattern[str]  # "the UK"
    two_letter: re.Pattern[str]  # "uk": a lower-case two-letter word that names a country
    names: dict[str, str]  # looked-up name -> region: phonenumbers' names and the pack's aliases


def _build(words: Vocabulary) -> _Patterns:
    index = dict(_locale_names(words.language))
    for alias, region in words.countries.items():  # everyday names and demonyms beside phonenumbers' own
        index[_key(alias)] = region
    return _Patterns(
        leads=re.compile(rf"^(?:{any_of(words.country_leads)}\s+)+", re.IGNORECASE),
        tails=re.compile(rf"(?:[\s,]+{any_of(words.country_tails)})+$", re.IGNORECASE),
        article=re.compile(rf"^{any_of(words.frames('country_article_frames'))}\s+", re.IGNORECASE),
        two_letter=re.compile(any_of(words.frames("two_letter_country_frames")), re.IGNORECASE),
        names=index,
    )


@functools.cache
def _locale_names(language: str) -> dict[str, str]:
    """Every region's names: phonenumbers' English ones first, then CLDR's in ``language`` and in
    English ("Alemania", "Côte d’Ivoire"), then phonenumbers' in the other NAME_LANGUAGES."""
    index: dict[str, str] = {}
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    for region in regions:
        index.setdefault(_key(country_name(region)), region)
    for lang in dict.fromkeys((language, "en")):
        territories = _cldr_territories(lang)
        for region in regions:
            if territories.get(region):
                index.setdefault(_key(territories[region]), region)
    for lang in NAME_LANGUAGES[1:]:
        for region in regions:
            name = LOCALE_DATA.get(region, {}).get(lang, "")
            if name and not name.startswith("*"):
                index.setdefault(_key(name), region)
    return index


def country_for_region(region: str) -> Country:
    code = phonenumbers.country_code_for_region(region)
    if not code:
        raise NormalisationError("country_unknown", code="country")
    return Country(region, f"+{code}", country_name(region))


def country_for_calling_code(code: int) -> Country:
    region = phonenumbers.region_code_for_country_code(code)
    if region in ("ZZ", "001"):
        raise NormalisationError("calling_code_unknown", code="country", calling_code=code)
    return country_for_region(region)


def parse_country(text: str, *, words: Vocabulary) -> Country:
    """ "India", "IN", "+91", "0091", "the UK", "Deutschland" -> Country; +1 alone means the US.

    ``words`` is the caller's language: the words around a country and its everyday names.
    """
    patterns = words.patterns(_build)
    cleaned = clean_text(text).strip(" .,!?")
    cleaned = patterns.leads.sub("", cleaned).strip(" .,!?")
    cleaned = patterns.tails.sub("", cleaned).strip(" .,!?")
    compact = re.sub(r"[\s().-]", "", cleaned)
    digits = re.fullmatch(r"(?:\+|00|011)?(\d{1,4})", compact)
    if digits:
        return country_for_calling_code(int(digits.group(1)))
    if re.fullmatch(r"[A-Za-z]{2}", cleaned) and cleaned.upper() in phonenumbers.SUPPORTED_REGIONS:
        return country_for_region(cleaned.upper())
    region = patterns.names.get(_key(cleaned))
    if region is None:
        raise NormalisationError("country_unknown_how", code="country")
    return country_for_region(region)


def country_named(text: str, *, words: Vocabulary) -> Country | None:
    """A country named in passing ("I'm in Sweden", "a French number"): names and aliases only.

    Unlike ``parse_country``, a lower-case two-letter word is never read as an ISO code
    ("in", "me", "my" and "no" are words before they are India, Montenegro, Malaysia and Norway).
    """
    patterns = words.patterns(_build)
    cleaned = clean_text(text).strip(" .,!?()")
    cleaned = patterns.article.sub("", cleaned, count=1)
    if re.fullmatch(r"[A-Z]{2}", cleaned) and cleaned in phonenumbers.SUPPORTED_REGIONS:
        return country_for_region(cleaned)
    region = (
        patterns.names.get(_key(cleaned))
        if len(cleaned) > 2 or cleaned.isupper() or patterns.two_letter.fullmatch(_key(cleaned))
        else None
    )
    return country_for_region(region) if region else None


def _cldr_territories(language: str) -> dict[str, str]:
    """CLDR's territory names in ``language``; none for a language CLDR does not know."""
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}
