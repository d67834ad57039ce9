"""Phone numbers: generated cases from phonenumbers' example numbers plus hand-written ones."""

from __future__ import annotations

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Kind

from actions.catalogue import value_text
from actions.normalise import NormalisationError, parse_phone, split_phone_from_text
from actions.normalise.message import NumberSaid
from actions.normalise.vocabulary import vocabulary
from tests.said import english

EN = vocabulary("en")

# 48 regions on every continent, each with its own numbering quirks.
REGIONS = [
    "IN",
    "US",
    "GB",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "BE",
    "CH",
    "AT",
    "SE",
    "NO",
    "DK",
    "FI",
    "PL",
    "PT",
    "IE",
    "GR",
    "RU",
    "UA",
    "TR",
    "IL",
    "AE",
    "SA",
    "EG",
    "NG",
    "KE",
    "ZA",
    "BR",
    "AR",
    "MX",
    "CL",
    "CO",
    "CA",
    "AU",
    "NZ",
    "JP",
    "KR",
    "CN",
    "HK",
    "SG",
    "MY",
    "ID",
    "PH",
    "TH",
    "PK",
    "BD",
]


DIGIT_WORDS = dict(zip("0123456789", "zero one two three four five six seven eight nine".split()))


def spoken(number: phonenumbers.PhoneNumber) -> str:
    """Digit by digit, as speech-to-text writes a caller reading their number aloud."""
    digits = phonenumbers.format_number(number, Fmt.E164)[1:]
    return "plus " + " ".join(DIGIT_WORDS[d] for d in digits)


def generated_cases():
    for region in REGIONS:
        number = phonenumbers.example_number_for_type(region, Kind.MOBILE)
        e164 = phonenumbers.format_number(number, Fmt.E164)
        intl = phonenumbers.format_number(number, Fmt.INTERNATIONAL)
        yield pytest.param(e164, None, e164, id=f"{region}-e164")
        yield pytest.param(intl, None, e164, id=f"{region}-international")
        yield pytest.param(
            phonenumbers.format_number(number, Fmt.NATIONAL), region, e164, id=f"{region}-national"
        )
        yield pytest.param("00" + e164[1:], None, e164, id=f"{region}-00")
        yield pytest.param(spoken(number), None, e164, id=f"{region}-spoken")
        yield pytest.param(f"sure, my number is {intl} thanks", None, e164, id=f"{region}-in-a-sentence")


@pytest.mark.parametrize("text,region,e164", list(generated_cases()))
def test_example_numbers_in_every_form(text, region, e164):
    assert parse_phone(text, region, words=EN).e164 == e164


HAND_WRITTEN = [
    # (text, region, national, country code, extension)
    ("+91-98765-43210", None, "9876543210", "+91", ""),
    ("+91 98765 43210", None, "9876543210", "+91", ""),
    ("(+91) 98765 43210", None, "9876543210", "+91", ""),
    ("0091 98765 43210", None, "9876543210", "+91", ""),
    ("919876543210", "IN", "9876543210", "+91", ""),  # its own country code, typed without the plus
    ("098765 43210", "IN", "9876543210", "+91", ""),
    ("98765 43210", "IN", "9876543210", "+91", ""),
    ("nine eight seven six five double four triple zero", "IN", "9876544000", "+91", ""),
    ("nine eight seven six five four three two one oh", "IN", "9876543210", "+91", ""),
    ("nine eight seven six five four three two one o", "IN", "9876543210", "+91", ""),
    ("plus nine one nine eight seven six five four three two one zero", None, "9876543210", "+91", ""),
    ("Plus 91 98765 double 4 triple 0", None, "9876544000", "+91", ""),
    ("98765 double four treble zero", "IN", "9876544000", "+91", ""),
    ("nine eight seven six five 4 3 2 1 0", "IN", "9876543210", "+91", ""),
    ("ninety eight seven six five four three two one zero", "IN", "9876543210", "+91", ""),
    ("one eight hundred five five five zero one nine nine", "US", "8005550199", "+1", ""),
    ("(202) 555-0143", "US", "2025550143", "+1", ""),
    ("202.555.0143", "US", "2025550143", "+1", ""),
    ("1-202-555-0143", "US", "2025550143", "+1", ""),
    ("011 44 20 7946 0018", "US", "2079460018", "+44", ""),
    ("011 44 20 7946 0018", None, "2079460018", "+44", ""),
    ("00 44 20 7946 0018", "US", "2079460018", "+44", ""),
    ("011 2345 6789", "IN", "1123456789", "+91", ""),  # Delhi: 011 is a trunk + area code there
    ("+1 202 555 0143 ext. 204", None, "2025550143", "+1", "204"),
    ("+1 202 555 0143 extension 204", None, "2025550143", "+1", "204"),
    ("+1 202 555 0143 x204", None, "2025550143", "+1", "204"),
    ("+1 202 555 0143 #204", None, "2025550143", "+1", "204"),
    ("+1 202 555 0143;ext=204", None, "2025550143", "+1", "204"),
    ("+1 202 555 0143 extension 2 0 4", None, "2025550143", "+1", "204"),
    (
        "plus one two zero two five five five zero one four three extension two oh four",
        None,
        "2025550143",
        "+1",
        "204",
    ),
    ("+91 98765 43210 ext 12", None, "9876543210", "+91", "12"),
    ("020 7946 0018", "GB", "2079460018", "+44", ""),
    ("+44 (0)20 7946 0018", None, "2079460018", "+44", ""),
    ("07911 123456", "GB", "7911123456", "+44", ""),
    ("02 1234 5678", "IT", "0212345678", "+39", ""),  # Italy keeps its leading zero
    ("+39 02 1234 5678", None, "0212345678", "+39", ""),
    ("030 123456", "DE", "30123456", "+49", ""),
    ("06 12 34 56 78", "FR", "612345678", "+33", ""),
    (
        "\uff0b\uff19\uff11 \uff19\uff18\uff17\uff16\uff15 \uff14\uff13\uff12\uff11\uff10",
        None,
        "9876543210",
        "+91",
        "",
    ),  # full-width digits from an IME
    ("+91\u200b98765\u200e43210", None, "9876543210", "+91", ""),  # zero-width space, LTR mark
    ("+61 4 1234 5678", None, "412345678", "+61", ""),
    ("+81 90-1234-5678", None, "9012345678", "+81", ""),
    ("+971 50 123 4567", None, "501234567", "+971", ""),
    ("+65 8123 4567", None, "81234567", "+65", ""),
    ("+55 11 96123 4567", None, "11961234567", "+55", ""),
    ("1-800-FLOWERS", "US", "8003569377", "+1", ""),  # keypad letters of a vanity number
    ("+1 800 FLOWERS EXT 12", None, "8003569377", "+1", "12"),
    ("+1 202 555 0143 EXT 204", None, "2025550143", "+1", "204"),
]


@pytest.mark.parametrize("text,region,national,cc,ext", HAND_WRITTEN)
def test_hand_written_cases(text, region, national, cc, ext):
    number = parse_phone(text, region, words=EN)
    assert (number.national, number.country_code, number.extension) == (national, cc, ext)


REFUSED = [
    ("98765", "IN", "phone", "too short for India"),
    ("98765432101234", "IN", "phone", "too long for India"),
    ("9876543210", None, "need_country", "Which country"),
    # No + or 00: national, whatever the first digits look like (+91, +60, +670, +66 are not guessed).
    ("919876543210", None, "need_country", "Which country"),
    ("6095778100", None, "need_country", "Which country"),
    ("(670) 234-5678", None, "need_country", "Which country"),
    ("66 7397-0934", None, "need_country", "Which country"),
    ("447911123456", "IN", "phone", "isn't a valid phone number for India"),
    ("+999 1234 5678", None, "phone", "country code"),
    ("+91 98765 4321", None, "phone", "isn't a valid phone number for India"),
    ("hello there", "IN", "phone_missing", "couldn't find"),
    ("", "IN", "phone_missing", "couldn't find"),
    ("+1 202 555 0143 ext 12345678901", None, "phone", "extension is too long"),
    ("+44 207", None, "phone", "too short for United Kingdom"),
]


@pytest.mark.parametrize("text,region,code,words", REFUSED)
def test_refusals_say_why(text, region, code, words):
    with pytest.raises(NormalisationError) as err:
        parse_phone(text, region, words=EN)
    assert err.value.code == code
    assert words in english(err.value)


def test_read_back_forms():
    number = parse_phone("+91 98765 43210 ext 12", words=EN)
    assert said(number) == "+91 98765 43210 ext. 12"
    assert said(number, voice=True) == (
        "plus nine one, nine eight seven six five, four three two one zero, extension one two"
    )
    assert said(parse_phone("+1 202 555 0143", words=EN)) == "+1 202-555-0143"


def said(number, voice=False):
    """The number as the English read-back says it (actions/catalogue.py)."""
    return value_text(NumberSaid(number.e164, number.extension, voice), "en")


@pytest.mark.parametrize(
    "text,rest,phone",
    [
        ("Mr John Doe +91 98765 43210 ext 12", "Mr John Doe", "+91 98765 43210 ext 12"),
        ("Dr. Jane Smith, 020 7946 0018", "Dr. Jane Smith", "020 7946 0018"),
        (
            "save Ms Asha Rao plus nine one nine eight seven six five four three two one zero",
            "save Ms Asha Rao",
            "+9 1 9 8 7 6 5 4 3 2 1 0",
        ),
        ("just a name", "just a name", ""),
    ],
)
def test_split_phone_from_a_one_line_paste(text, rest, phone):
    assert split_phone_from_text(text, words=EN) == (rest, phone)


def test_extension_reads_the_same_in_every_country():
    assert said(parse_phone("+44 7911 123456 ext 55", words=EN)) == "+44 7911 123456 ext. 55"
