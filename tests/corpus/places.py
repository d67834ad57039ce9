"""How callers name a country: phonenumbers' English region names, the common other forms,
ISO codes and dialling codes. Each form maps to exactly one region."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import geocoder

# Other common names, written here as ground truth (region -> forms).
ALIASES: dict[str, tuple[str, ...]] = {
    "GB": ("the UK", "UK", "Britain", "Great Britain", "England", "the United Kingdom"),
    "US": (
        "the US",
        "USA",
        "the USA",
        "the United States",
        "America",
        "the States",
        "United States of America",
    ),
    "VN": ("Viet Nam",),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d’Ivoire"),
    "KR": ("Korea", "Republic of Korea"),
    "CD": ("DR Congo", "the DRC", "Democratic Republic of the Congo"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CZ": ("Czechia",),
    "MK": ("North Macedonia",),
    "SZ": ("Eswatini",),
    "TR": ("Türkiye",),
    "NL": ("Holland", "the Netherlands"),
    "AE": ("the UAE", "UAE", "the Emirates"),
    "MM": ("Burma",),
    "CV": ("Cabo Verde",),
    "TL": ("East Timor",),
    "RU": ("Russian Federation",),
    "VA": ("Vatican City", "the Vatican"),
    "MO": ("Macau",),
    "PH": ("the Philippines",),
    "BS": ("the Bahamas",),
    "GM": ("the Gambia",),
}
# "it's a French number": the adjective a caller uses for the country's numbers.
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "FR": ("French",),
    "DE": ("German",),
    "SE": ("Swedish",),
    "GB": ("British", "UK"),
    "IT": ("Italian",),
    "ES": ("Spanish",),
    "IN": ("Indian",),
    "US": ("American", "US"),
    "BR": ("Brazilian",),
    "JP": ("Japanese",),
    "AU": ("Australian",),
    "IE": ("Irish",),
    "NL": ("Dutch",),
    "PL": ("Polish",),
    "MX": ("Mexican",),
    "NG": ("Nigerian",),
    "KE": ("Kenyan",),
    "ZA": ("South African",),
    "CN": ("Chinese",),
    "PT": ("Portuguese",),
    "CH": ("Swiss",),
    "AT": ("Austrian",),
    "BE": ("Belgian",),
    "NO": ("Norwegian",),
    "DK": ("Danish",),
    "FI": ("Finnish",),
    "GR": ("Greek",),
    "TR": ("Turkish",),
    "RU": ("Russian",),
    "UA": ("Ukrainian",),
    "CA": ("Canadian",),
    "AR": ("Argentinian", "Argentine"),
    "CL": ("Chilean",),
    "CO": ("Colombian",),
    "PE": ("Peruvian",),
    "EG": ("Egyptian",),
    "PK": ("Pakistani",),
    "BD": ("Bangladeshi",),
    "PH": ("Filipino",),
    "VN": ("Vietnamese",),
    "TH": ("Thai",),
    "MY": ("Malaysian",),
    "SG": ("Singaporean",),
    "ID": ("Indonesian",),
    "KR": ("South Korean", "Korean"),
    "NZ": ("New Zealand",),
    "IL": ("Israeli",),
    "HU": ("Hungarian",),
    "CZ": ("Czech",),
    "RO": ("Romanian",),
}
# ISO codes that are also English words are left out: "NO" or "IT" alone is not clearly a country.
WORDLIKE_CODES = frozenset(
    {
        "NO",
        "IT",
        "IS",
        "AM",
        "BE",
        "ME",
        "MY",
        "TO",
        "SO",
        "AT",
        "ID",
        "AS",
        "DO",
        "IN",
        "GO",
        "HE",
        "AN",
        "OR",
        "BY",
        "PE",
        "MA",
        "LA",
        "AD",
        "AG",
        "AI",
        "AL",
        "AR",
        "BI",
        "BO",
        "GA",
        "KM",
        "LI",
        "LY",
        "MD",
        "MO",
        "NA",
        "PA",
        "PS",
        "PM",
        "SA",
        "SH",
        "ST",
        "TV",
        "WS",
    }
)
# Names that callers use for more than one country.
UNCLEAR = frozenset({"congo"})
_SMALL_WORDS = re.compile(r"(?<=\s)(And|Of|The)(?=\s)")
_TAKES_THE = re.compile(r"^(United|Democratic|Central African|Dominican|Czech Republic)|Islands$")


def _clean(name: str) -> str:
    name = _SMALL_WORDS.sub(lambda m: m.group(1).lower(), name)
    return re.sub(r"^The\s+", "", name)


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, ...]]:
    """region -> its English name forms, every form naming only that region."""
    names: dict[str, list[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(region)
        name = geocoder.country_name_for_number(example, "en") if example else ""
        if not name or not re.fullmatch(r"[^\W\d_][\w' .-]*", name):
            continue  # no English name, or one nobody says ("Sint Maarten (Dutch part)")
        name = _clean(name)
        forms = [f"the {name}", name] if _TAKES_THE.search(name) else [name]
        names[region] = forms + [a for a in ALIASES.get(region, ()) if a not in forms]
    seen: dict[str, set[str]] = {}
    for region, forms in names.items():
        for form in forms:
            seen.setdefault(form.casefold(), set()).add(region)
    return {
        region: tuple(f for f in forms if len(seen[f.casefold()]) == 1 and f.casefold() not in UNCLEAR)
        for region, forms in names.items()
    }


def in_sentence(region: str) -> tuple[str, ...]:
    """The forms that read well after "in" or "from": "the UK" rather than "UK"."""
    forms = country_names().get(region, ())
    with_the = {f[4:] for f in forms if f.startswith("the ")}
    return tuple(f for f in forms if f not in with_the)


def iso_codes(region: str) -> tuple[str, ...]:
    return () if region in WORDLIKE_CODES else (region,)


def dialling_codes(region: str) -> tuple[str, ...]:
    """ "+46" and "0046", only where the code belongs to this one region."""
    code = phonenumbers.country_code_for_region(region)
    if len(phonenumbers.region_codes_for_country_code(code)) != 1:
        return ()
    return (f"+{code}", f"00{code}")
