"""Properties over all inputs: only our own error type escapes, every example number round-trips."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.catalogue import value_text
from actions.normalise import (
    NormalisationError,
    clean_name,
    parse_country,
    parse_person_name,
    parse_phone,
    parse_salutation,
    split_phone_from_text,
)
from actions.normalise.message import NumberSaid
from actions.normalise.spoken import spoken_to_digits
from actions.normalise.vocabulary import vocabulary

EN = vocabulary("en")

HOSTILE = st.one_of(
    st.text(max_size=10_000),
    st.text(alphabet=st.sampled_from(list("0123456789+-() .#x")), max_size=200),
    st.lists(
        st.sampled_from(
            [
                "nine",
                "double",
                "triple",
                "oh",
                "plus",
                "ext",
                "hundred",
                "+",
                "00",
                "011",
                "\u202e",
                "\u200b",
                "#",
                ";ext=",
                "x",
                "😀",
                "\x00",
            ]
        ),
        max_size=60,
    ).map(" ".join),
)
REGION = st.one_of(st.none(), st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))


def only_our_error(fn, *args):
    try:
        fn(*args, words=EN)
    except NormalisationError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE, region=REGION)
def test_phone_parsing_raises_only_its_own_error(text, region):
    only_our_error(parse_phone, text, region)
    split_phone_from_text(text, words=EN)
    spoken_to_digits(text, words=EN)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE)
def test_text_parsers_raise_only_their_own_error(text):
    for fn in (clean_name, parse_person_name, parse_salutation, parse_country):
        only_our_error(fn, text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_a_cleaned_name_is_a_fixed_point(text):
    try:
        name = clean_name(text, words=EN)
    except NormalisationError:
        return
    assert clean_name(name, words=EN) == name
    assert 0 < len(name) <= 64 and not any(ch.isdigit() for ch in name)


def example_numbers():
    kinds = [k for k in vars(phonenumbers.PhoneNumberType).values() if isinstance(k, int)]
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None and phonenumbers.is_valid_number(number):
                yield region, number


EXAMPLES = list(example_numbers())
FORMATS = [
    phonenumbers.PhoneNumberFormat.E164,
    phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    phonenumbers.PhoneNumberFormat.NATIONAL,
    phonenumbers.PhoneNumberFormat.RFC3966,
]


@pytest.mark.parametrize("fmt", FORMATS, ids=["E164", "INTERNATIONAL", "NATIONAL", "RFC3966"])
def test_every_example_number_of_every_region_round_trips(fmt):
    assert len(EXAMPLES) > 1000
    wrong = []
    for region, number in EXAMPLES:
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        text = phonenumbers.format_number(number, fmt)
        region_hint = region if fmt == phonenumbers.PhoneNumberFormat.NATIONAL else None
        try:
            got = parse_phone(text, region_hint, words=EN).e164
        except NormalisationError as exc:
            got = f"error: {exc}"
        if got != expected:
            wrong.append((region, text, got))
    assert wrong == []


def test_every_example_number_round_trips_through_its_voice_form():
    wrong = []
    for _, number in EXAMPLES:
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        voice = value_text(NumberSaid(expected, voice=True), "en")  # the English read-back, said
        if parse_phone(voice, words=EN).e164 != expected:
            wrong.append(voice)
    assert wrong == []
