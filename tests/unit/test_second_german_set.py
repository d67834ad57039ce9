"""Ground truth of the second blind German set: it builds, is big enough in every category,
its numbers are valid, no turn repeats and every title is a canonical one."""

from __future__ import annotations

from collections import Counter

import phonenumbers
import pytest

from tests.corpus import second_german

CANONICAL_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"}


@pytest.fixture(scope="module")
def turns():
    return second_german.build()


def test_builds_at_least_1000_turns_the_same_every_run(turns):
    assert len(turns) >= 1000
    again = second_german.build()
    assert [(t.text, t.asked, dict(t.expect)) for t in again] == [
        (t.text, t.asked, dict(t.expect)) for t in turns
    ]


def test_every_category_has_40_turns_and_there_are_12(turns):
    counts = Counter(t.category for t in turns)
    assert len(counts) >= 12
    assert all(c.startswith("de2_") for c in counts)
    assert min(counts.values()) >= 40, counts


def test_every_turn_is_german(turns):
    assert {t.language for t in turns} == {"de"}


def test_every_expected_phone_number_is_valid(turns):
    checked = 0
    for t in turns:
        if t.expect.get("phone_number"):
            number = phonenumbers.parse(t.expect["country_code"] + t.expect["phone_number"])
            assert phonenumbers.is_valid_number(number), t
            assert phonenumbers.national_significant_number(number) == t.expect["phone_number"], t
            checked += 1
    assert checked >= 300


def test_no_turn_is_duplicated(turns):
    keys = [second_german.key(t) for t in turns]
    assert len(keys) == len(set(keys))


def test_expectations_use_only_canonical_titles(turns):
    for t in turns:
        if "salutation" in t.expect and t.expect["salutation"] is not None:
            assert t.expect["salutation"] in CANONICAL_TITLES, t
        if "salutation" in t.known:
            assert t.known["salutation"] in CANONICAL_TITLES, t


def test_extensions_are_digits(turns):
    for t in turns:
        if "extension" in t.expect:
            assert t.expect["extension"] == "" or t.expect["extension"].isdigit(), t
