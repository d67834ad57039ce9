"""Digits typed on the keypad: which are international, and the extension question's answers."""

from __future__ import annotations

import pytest

from actions import keypad
from actions.contact_form import _extension_answer
from actions.normalise.vocabulary import vocabulary


@pytest.mark.parametrize(
    "typed, region, text",
    [
        ("00447911123456", "IN", "+447911123456"),
        ("00447911123456", "US", "+447911123456"),  # 00 is international even in North America
        ("011447911123456", "US", "+447911123456"),
        ("011447911123456", "CA", "+447911123456"),
        ("011447911123456", None, "+447911123456"),
        (
            "01144123456",
            "GB",
            "01144123456",
        ),  # 011 is a UK national prefix (Sheffield 0114), not an exit code
        ("9876543210", "IN", "9876543210"),
    ],
)
def test_the_exit_code_makes_a_typed_number_international(typed, region, text):
    assert keypad.as_number_text(typed, region) == text


def test_the_exit_code_offered_is_the_callers():
    assert keypad.exit_code("US") == "011" and keypad.exit_code("CA") == "011"
    assert keypad.exit_code("IN") == "00" and keypad.exit_code(None) == "00"


def test_the_callers_own_country_comes_before_the_default_region():
    assert keypad.region_for_typed_number("IN", "GB") == "IN"
    assert keypad.region_for_typed_number(None, "GB") == "GB"
    assert keypad.region_for_typed_number(None, None) is None


@pytest.mark.parametrize(
    "said, extension",
    [
        ("55", "55"),
        ("five five", "55"),
        ("extension 204", "204"),
        ("no", ""),
        ("none", ""),
        ("no extension", ""),
        ("banana", None),
        ("12345678901", None),
    ],
)
def test_the_extension_question_takes_digits_or_no(said, extension):
    assert _extension_answer(said, vocabulary("en")) == extension
