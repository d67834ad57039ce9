"""Phone numbers in free text, typed or spoken, validated by phonenumbers.

The API wants the national significant number and ``+CC`` apart, and the
extension in its own field (E.164 drops it), so the result keeps all three,
plus E.164 and display/voice forms for reading back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from .countries import country_for_region
from .errors import NormalisationError
from .message import CountryName
from .spoken import spoken_to_digits
from .text import SEPARATOR_MARKS, clean_text
from .vocabulary import MAX_EXTENSION, MIN_NUMBER_DIGITS, MIN_SHORT_NUMBER_DIGITS, Vocabulary

_NUMBER = re.compile(r"(?:\+\s*)?\(?\d[\d\s().,\-/\u2010-\u2015]*\d|(?:\+\s*)?\d")
# The marks that separate fields more than groups (";", "|", a bullet): across one, digit groups are one
# number only when what follows could be no number alone and what precedes is no whole international
# number ("98765; 43210", "+91 8 1 234;56789"); "+44 7911 123456; 12" and "after 5; 98765 43210" keep
# their parts apart, as the lines of a paste do.
_FIELD_MARKS = "".join(
    mark for mark in SEPARATOR_MARKS if not (mark.isspace() or _NUMBER.fullmatch(f"1{mark}1"))
)
_GROUPED = re.compile(rf"(?:{_NUMBER.pattern})(?:\s*[{re.escape(_FIELD_MARKS)}]\s*(?:{_NUMBER.pattern}))+")


@dataclass(frozen=True)
class _Patterns:
    """One language's words around a phone number."""

    extension: re.Pattern[str]  # ", ext. 12", " and then dial 204": the extension after a number


def _build(words: Vocabulary) -> _Patterns:
    leads = "|".join(words.frames("extension_frames"))  # in the pack's order: the first that fits wins
    return _Patterns(
        extension=re.compile(rf"^\s*[,;]?\s*(?:{leads})\s*[=:#-]?\s*(\d(?:[\d\s]*\d)?)", re.IGNORECASE),
    )


MIN_NATIONAL_DIGITS = MIN_SHORT_NUMBER_DIGITS
# The most digits a national number can be written with: a national significant number has at most 17
# (the limit phonenumbers reads to), and a trunk prefix adds at most two ("06" in Hungary). A longer run
# is no number awaiting its country: it is refused as too long rather than held while the country is asked.
MAX_NATIONAL_DIGITS = 17 + 2


@dataclass(frozen=True)
class PhoneNumber:
    national: str  # national significant number: the API's phoneNumber
    country_code: str  # "+91"
    extension: str  # digits, "" when none
    e164: str
    region: str


def _digits(span: str) -> int:
    return sum(ch.isdigit() for ch in span)


def _whole_international(span: str) -> bool:
    number = _try_parse(span, None) if span.lstrip().startswith("+") else None
    return number is not None and phonenumbers.is_valid_number(number)


def _best_number(text: str) -> re.Match[str] | None:
    """The span with the most digits; its groups joined across ``_FIELD_MARKS`` when they can only be
    one number's groups."""
    matches = [m for m in _NUMBER.finditer(text)]
    for grouped in _GROUPED.finditer(text):
        first, *after = [m.group() for m in _NUMBER.finditer(grouped.group())]
        if all(_digits(part) < MIN_NUMBER_DIGITS for part in after) and not _whole_international(first):
            matches.append(grouped)
    if not matches:
        return None
    return max(matches, key=lambda m: _digits(m.group()))


def split_phone_from_text(
    text: str, min_digits: int = MIN_NUMBER_DIGITS, *, words: Vocabulary
) -> tuple[str, str]:
    """("Mr John Doe", "+91 98765 43210 ext 12") from a one-line paste; ("...", "") when no number.

    ``words`` is the caller's language: its spoken digits and the words that lead an extension.
    """
    before, span, after = split_around_phone(text, min_digits, words=words)
    return (f"{before} {after}" if span else before).strip(" ,;:-"), span


def split_around_phone(
    text: str, min_digits: int = MIN_NUMBER_DIGITS, *, words: Vocabulary
) -> tuple[str, str, str]:
    """(what comes before the number, the number with its extension, what comes after it); spoken digits
    in figures. ("...", "", "") when there is no number."""
    converted = spoken_to_digits(clean_text(text).replace("\uff0b", "+"), words=words)
    match = _best_number(converted)
    if match is None or sum(ch.isdigit() for ch in match.group()) < min_digits:
        return converted, "", ""
    end = match.end()
    ext = words.patterns(_build).extension.match(converted[end:])
    if ext:
        end += ext.end()
    return converted[: match.start()], converted[match.start() : end], converted[end:]


_VANITY = re.compile(r"(?<![A-Za-z])\+?\d[\d\s().\-]*[A-Z]{3,}[A-Z\d\-]*")


def _vanity_to_digits(text: str, extension_words: tuple[str, ...]) -> str:
    """ "1-800-FLOWERS" -> "1-800-3569377": capitals right after digits are keypad letters, except
    an ``extension_words`` word ("EXT")."""

    def convert(match: re.Match[str]) -> str:
        letters = re.sub(r"[^A-Z]", "", match.group())
        if letters.casefold() in extension_words:  # "555-1234 EXT 12"
            return match.group()
        return phonenumbers.convert_alpha_characters_in_number(match.group())

    return _VANITY.sub(convert, text)


def _collapse(digits: str) -> str:
    return re.sub(r"\D", "", digits)


def parse_phone(text: str, region: str | None = None, *, words: Vocabulary) -> PhoneNumber:
    """The one phone number in ``text``; ``region`` reads national forms (None: must be international).

    ``words`` is the caller's language: its spoken digits and the words that lead an extension.

    Raises NormalisationError with code ``need_country`` when only a country would make
    sense of it, and ``phone`` with a sayable reason otherwise.
    """
    typed = clean_text(text).replace("\uff0b", "+")  # fullwidth plus
    converted = spoken_to_digits(_vanity_to_digits(typed, words.extension_words), words=words)
    match = _best_number(converted)
    if match is None:
        raise NormalisationError("number_missing", code="phone_missing")
    extension = ""
    ext = words.patterns(_build).extension.match(converted[match.end() :])
    if ext:
        extension = _collapse(ext.group(1))
        if len(extension) > MAX_EXTENSION:
            raise NormalisationError("extension_too_long", code="phone")
    raw = match.group()
    digits = _collapse(raw)
    international = raw.lstrip().startswith("+")
    if not international and digits.startswith("00"):
        digits, international = digits[2:], True
    elif not international and digits.startswith("011") and _dials_out(digits[3:], region):
        digits, international = digits[3:], True
    if not digits:
        raise NormalisationError("number_missing", code="phone_missing")

    if international:
        number = _parse_or_explain("+" + digits, None, region)
    elif region is None:
        # No + or 00: a national number, whatever its first digits look like; only its country says which.
        if len(digits) < MIN_NATIONAL_DIGITS:
            raise NormalisationError("number_too_short", code="phone")
        if len(digits) > MAX_NATIONAL_DIGITS:
            raise NormalisationError("number_too_long", code="phone")
        raise NormalisationError("number_country_needed", code="need_country")
    else:
        number = _parse_or_explain(digits, region, region)
    _check_valid(number)
    return _phone_number(number, extension or (number.extension or ""), region)


def _phone_number(number: phonenumbers.PhoneNumber, extension: str, region: str | None) -> PhoneNumber:
    return PhoneNumber(
        national=phonenumbers.national_significant_number(number),
        country_code=f"+{number.country_code}",
        extension=extension,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        region=phonenumbers.region_code_for_number(number) or region or "",
    )


def _dials_out(rest: str, region: str | None) -> bool:
    """011 is North America's exit code: read so in North America, and with no country known only
    when what follows it is a valid international number ("011 44 20 7946 0018"). Otherwise the
    caller is asked the country: "(01) 1234501" is no number in Nigeria (+234) that nobody said."""
    if region is not None:
        return _nanp(region)
    number = _try_parse("+" + rest, None)
    return number is not None and phonenumbers.is_valid_number(number)


def _nanp(region: str) -> bool:
    return phonenumbers.country_code_for_region(region) == 1


def _try_parse(candidate: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(candidate, region)
    except NumberParseException:
        return None


def _number_error(message_id: str, region: str | None) -> NormalisationError:
    """Why a number cannot be used, for the country the caller or their caller id gave, if one."""
    if region is None:
        return NormalisationError(message_id, code="phone")
    return NormalisationError(f"{message_id}_for", code="phone", country=CountryName(region))


def _parse_or_explain(
    candidate: str, region: str | None, asked_region: str | None
) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(candidate, region)
    except NumberParseException as exc:
        kind = exc.error_type
        if kind == NumberParseException.INVALID_COUNTRY_CODE:
            raise NormalisationError("calling_code_not_recognised", code="phone") from None
        if kind in (NumberParseException.TOO_SHORT_NSN, NumberParseException.TOO_SHORT_AFTER_IDD):
            raise _number_error("number_too_short", asked_region) from None
        if kind == NumberParseException.TOO_LONG:
            raise _number_error("number_too_long", asked_region) from None
        raise NormalisationError("number_not_a_number", code="phone") from None


def _check_valid(number: phonenumbers.PhoneNumber) -> None:
    if phonenumbers.is_valid_number(number):
        return
    code = number.country_code or 0
    known = phonenumbers.region_code_for_country_code(code)
    region = None if known in ("ZZ", "001") else known
    if region is None and number.country_code != 800:
        raise NormalisationError("calling_code_not_recognised", code="phone")
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.TOO_SHORT:
        raise _number_error("number_too_short", region)
    if reason == ValidationResult.TOO_LONG:
        raise _number_error("number_too_long", region)
    raise _number_error("number_not_valid", region)


__all__ = ["PhoneNumber", "country_for_region", "parse_phone", "split_around_phone", "split_phone_from_text"]
