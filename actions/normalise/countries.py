"""Countries as callers name them, mapped to an ISO region and a +CC calling code.

Names come from phonenumbers' own locale data (every region, several languages),
plus the everyday aliases and demonyms that data does not hold.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA

from .errors import NormalisationError
from .text import clean_text

NAME_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")

ALIASES = {
    "uk": "GB", "u k": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "united kingdom": "GB", "british": "GB", "english": "GB",
    "scottish": "GB", "welsh": "GB",
    "us": "US", "u s": "US", "usa": "US", "u s a": "US", "america": "US", "united states": "US",
    "united states of america": "US", "states": "US", "american": "US",
    "uae": "AE", "emirates": "AE", "dubai": "AE", "emirati": "AE",
    "holland": "NL", "dutch": "NL", "deutschland": "DE", "german": "DE", "germany": "DE",
    "indian": "IN", "bharat": "IN", "hindustan": "IN", "french": "FR", "spanish": "ES", "espana": "ES",
    "italian": "IT", "canadian": "CA", "australian": "AU", "aussie": "AU", "chinese": "CN",
    "japanese": "JP", "nippon": "JP", "korean": "KR", "south korea": "KR", "korea": "KR",
    "north korea": "KP", "russian": "RU", "russia": "RU", "brazilian": "BR", "brasil": "BR",
    "mexican": "MX", "irish": "IE", "eire": "IE", "pakistani": "PK", "bangladeshi": "BD",
    "sri lankan": "LK", "nepali": "NP", "nepalese": "NP", "singaporean": "SG", "malaysian": "MY",
    "filipino": "PH", "philippine": "PH", "indonesian": "ID", "thai": "TH", "vietnamese": "VN",
    "vietnam": "VN", "saudi": "SA", "saudi arabian": "SA", "ksa": "SA", "qatari": "QA", "kuwaiti": "KW",
    "omani": "OM", "bahraini": "BH", "israeli": "IL", "turkish": "TR", "turkey": "TR", "turkiye": "TR",
    "egyptian": "EG", "nigerian": "NG", "kenyan": "KE", "south african": "ZA", "rsa": "ZA",
    "swiss": "CH", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "polish": "PL",
    "portuguese": "PT", "greek": "GR", "austrian": "AT", "belgian": "BE", "new zealand": "NZ",
    "kiwi": "NZ", "argentinian": "AR", "argentine": "AR", "chilean": "CL", "colombian": "CO",
    "peruvian": "PE", "ukrainian": "UA", "czech republic": "CZ", "czech": "CZ", "czechia": "CZ",
    "hong kong": "HK", "taiwanese": "TW", "iranian": "IR", "iraqi": "IQ",
    "viet nam": "VN", "ivory coast": "CI", "cote divoire": "CI", "the states": "US",
    "netherlands": "NL", "the netherlands": "NL", "burma": "MM",
    "macedonia": "MK", "swaziland": "SZ", "east timor": "TL", "cape verde": "CV", "vatican": "VA",
    "lao": "LA", "laos": "LA", "syria": "SY", "moldova": "MD", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "drc": "CD", "palestine": "PS", "brunei": "BN", "micronesia": "FM",
    "st lucia": "LC", "saint lucia": "LC", "st kitts": "KN", "trinidad": "TT", "us virgin islands": "VI",
    "british virgin islands": "VG", "northern mariana islands": "MP", "mexico": "MX",
    "slovakia": "SK", "sri lanka": "LK",
    # Demonyms: "it's a Hungarian number".
    "afghan": "AF", "albanian": "AL", "algerian": "DZ", "angolan": "AO", "armenian": "AM", "azerbaijani": "AZ",
    "belarusian": "BY", "bolivian": "BO", "bosnian": "BA", "bulgarian": "BG", "cambodian": "KH", "cameroonian": "CM",
    "congolese": "CD", "costa rican": "CR", "croatian": "HR", "cuban": "CU", "cypriot": "CY", "dominican": "DO",
    "ecuadorian": "EC", "estonian": "EE", "ethiopian": "ET", "fijian": "FJ", "georgian": "GE", "ghanaian": "GH",
    "guatemalan": "GT", "haitian": "HT", "honduran": "HN", "hungarian": "HU", "icelandic": "IS", "jamaican": "JM",
    "jordanian": "JO", "kazakh": "KZ", "latvian": "LV", "lebanese": "LB", "libyan": "LY", "lithuanian": "LT",
    "luxembourgish": "LU", "maltese": "MT", "mauritian": "MU", "moldovan": "MD", "mongolian": "MN",
    "montenegrin": "ME", "moroccan": "MA", "mozambican": "MZ", "namibian": "NA", "nicaraguan": "NI",
    "panamanian": "PA", "paraguayan": "PY", "romanian": "RO", "rwandan": "RW", "salvadoran": "SV",
    "senegalese": "SN", "serbian": "RS", "slovak": "SK", "slovenian": "SI", "somali": "SO", "sudanese": "SD",
    "syrian": "SY", "tanzanian": "TZ", "tunisian": "TN", "ugandan": "UG", "uruguayan": "UY", "uzbek": "UZ",
    "dr congo": "CD", "democratic republic of the congo": "CD", "democratic republic of congo": "CD",
    "congo kinshasa": "CD", "republic of the congo": "CG", "republic of congo": "CG", "congo brazzaville": "CG",
    "north macedonia": "MK", "macau": "MO", "macao": "MO", "eswatini": "SZ", "russian federation": "RU",
    "republic of korea": "KR", "vatican city": "VA", "holy see": "VA", "timor leste": "TL", "myanmar": "MM",
    "cabo verde": "CV", "czech rep": "CZ", "the philippines": "PH", "philippines": "PH", "the uae": "AE",
    "the gambia": "GM", "gambia": "GM", "the bahamas": "BS", "bahamas": "BS",
    "venezuelan": "VE", "yemeni": "YE", "zambian": "ZM", "zimbabwean": "ZW", "scots": "GB",
}
_FILLER = re.compile(
    r"^(?:(?:i'?m|i am|we are|we're|it'?s|it is|that'?s|that is|that'?d be|that would be|it'?d be|it would be|"
    r"the number is|the country is|my country is|the code is|the country code is|code is|country'?s|country is|"
    r"country|country code|"
    r"code|calling|phoning|from|in|based in|living in|located in|the|in the|of|a|an|its|it|is)\s+)+",
    re.I,
)

_SUFFIX = re.compile(r"(?:[\s,]+(?:mobile\s+)?(?:number|mobile|phone|code|country code|please|thanks|of course|"
                     r"obviously|i think|i guess|it is|then|actually))+$", re.I)


@dataclass(frozen=True)
class Country:
    region: str
    calling_code: str
    name: str


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


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
    """"India", "IN", "+91", "0091", "the UK", "Deutschland" -> Country; +1 alone means the US."""
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
    cleaned = re.sub(r"^the\s+", "", cleaned, flags=re.I)
    if re.fullmatch(r"[A-Z]{2}", cleaned) and cleaned in phonenumbers.SUPPORTED_REGIONS:
        return country_for_region(cleaned)
    region = _names().get(_key(cleaned)) if len(cleaned) > 2 or cleaned.isupper() or _key(cleaned) == "uk" else None
    return country_for_region(region) if region else None
