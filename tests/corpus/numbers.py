"""Every region's example numbers (mobile and fixed line) and the ways people write and say them.

Ground truth is phonenumbers' own example number; each written form is kept only when
phonenumbers itself parses it back to that number, so a wrong expectation cannot slip in.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Type

DIGIT_WORDS = {
    "0": "zero",
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}
REPEAT_WORDS = {2: "double", 3: "triple"}


@dataclass(frozen=True)
class Example:
    region: str
    e164: str
    country_code: str  # "+91"
    nsn: str  # national significant number, digits only
    international: str  # "+91 98765 43210"
    national: str  # "098765 43210"

    def expect(self, extension: str = "") -> dict[str, str]:
        return {"phone_number": self.nsn, "country_code": self.country_code, "extension": extension}

    @property
    def groups(self) -> list[str]:
        """The subscriber groups of the international form, without the country code."""
        return re.findall(r"\d+", self.international)[1:]

    @property
    def national_groups(self) -> list[str]:
        return re.findall(r"\d+", self.national)


def _parses_to(text: str, region: str | None, e164: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(number, Fmt.E164) == e164


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    """One Example per distinct valid mobile or fixed-line example number of every region."""
    found: dict[str, Example] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (Type.MOBILE, Type.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or not phonenumbers.is_valid_number_for_region(number, region):
                continue
            e164 = phonenumbers.format_number(number, Fmt.E164)
            national = phonenumbers.format_number(number, Fmt.NATIONAL)
            if e164 in found or national.startswith(("+", "00")) or not _parses_to(national, region, e164):
                continue
            found[e164] = Example(
                region=region,
                e164=e164,
                country_code=f"+{number.country_code}",
                nsn=phonenumbers.national_significant_number(number),
                international=phonenumbers.format_number(number, Fmt.INTERNATIONAL),
                national=national,
            )
    return tuple(found.values())


@cache
def typed_international(ex: Example) -> dict[str, str]:
    """The written international forms: E.164, spaced, 00 prefix, dashes, dots, brackets."""
    groups = ex.groups
    cc = ex.country_code
    forms = {
        "e164": ex.e164,
        "international": ex.international,
        "spaced": f"{cc} {' '.join(groups)}",
        "idd_00": "00" + ex.international[1:],
        "idd_00_compact": "00" + ex.e164[1:],
        "dashes": f"{cc}-{'-'.join(groups)}",
        "dots": f"{cc}.{'.'.join(groups)}",
    }
    if len(groups) >= 2:
        forms["brackets"] = f"{cc} ({groups[0]}) {' '.join(groups[1:])}"
        forms["cc_brackets"] = f"({cc}) {' '.join(groups)}"
    return {
        name: text
        for name, text in forms.items()
        if _parses_to("+" + text[2:] if text.startswith("00") else text, None, ex.e164)
    }


@cache
def typed_national(ex: Example) -> dict[str, str]:
    """The written national forms (no country code): as formatted, digits only, dashes."""
    groups = ex.national_groups
    forms = {"national": ex.national, "digits": "".join(groups), "dashes": "-".join(groups)}
    return {
        name: text
        for name, text in forms.items()
        if not text.startswith(("00", "+")) and _parses_to(text, ex.region, ex.e164)
    }


def say_digits(digits: str, zero: str = "zero", repeats: bool = False) -> str:
    """Digits as speech recognition writes them: "nine eight double four oh"."""
    words = []
    for digit, run in itertools.groupby(digits):
        n = len(list(run))
        word = zero if digit == "0" else DIGIT_WORDS[digit]
        while n:
            take = min(n, 3) if repeats else 1
            if take > 1 and n - take == 1 and take == 3:  # "double x double x" reads better than triple+one
                take = 2
            words.append(f"{REPEAT_WORDS[take]} {word}" if take > 1 else word)
            n -= take
    return " ".join(words)


def spoken_international(ex: Example) -> dict[str, str]:
    """The number said aloud: plus (or "double zero") and the digits, group by group."""
    cc = ex.country_code[1:]
    groups = ex.groups
    return {
        "digit_by_digit": " ".join(["plus", say_digits(cc), *(say_digits(g) for g in groups)]),
        "oh_for_zero": " ".join(["plus", say_digits(cc, "oh"), *(say_digits(g, "oh") for g in groups)]),
        "doubles": " ".join(["plus", say_digits(cc), *(say_digits(g, "oh", True) for g in groups)]),
        "zero_zero": " ".join(["zero zero", say_digits(cc), *(say_digits(g, "zero", True) for g in groups)]),
    }


def spoken_national(ex: Example, zero: str = "oh", repeats: bool = True) -> str:
    return " ".join(say_digits(g, zero, repeats) for g in ex.national_groups)


def say_extension(digits: str) -> str:
    return say_digits(digits, "oh")
