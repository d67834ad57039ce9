"""Ground truth of the fourth blind set: it builds the same every run, is big enough in every
category, and every number it expects is a valid number of its country."""

from __future__ import annotations

from collections import Counter

import phonenumbers
import pytest

from tests.corpus import fourth

CANONICAL_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"}


@pytest.fixture(scope="module")
def turns():
    return fourth.build()


def test_size_and_categories(turns):
    counts = Counter(turn.category for turn in turns)
    assert len(turns) >= 2000
    assert len(counts) >= 14
    assert all(category.startswith("fourth_") for category in counts)
    assert min(counts.values()) >= 60, counts
    assert all(turn.language == "en" for turn in turns)


def test_same_every_run(turns):
    assert [(t.text, t.asked, dict(t.expect)) for t in fourth.build()] == [
        (t.text, t.asked, dict(t.expect)) for t in turns
    ]


def test_no_duplicate_turns(turns):
    keys = [(t.text, t.asked, tuple(sorted(t.known.items())), t.default_region) for t in turns]
    assert len(keys) == len(set(keys))


def test_expected_numbers_are_valid(turns):
    checked = 0
    for turn in turns:
        nsn = turn.expect.get("phone_number")
        if not nsn:
            continue
        cc = turn.expect.get("country_code") or turn.known["country_code"]
        number = phonenumbers.parse(f"{cc}{nsn}", None)
        assert phonenumbers.is_valid_number(number), turn
        assert phonenumbers.national_significant_number(number) == nsn, turn
        checked += 1
    assert checked > 500


def test_titles_are_canonical(turns):
    for turn in turns:
        for slots in (turn.expect, turn.known):
            if slots.get("salutation") is not None:
                assert slots["salutation"] in CANONICAL_TITLES, turn


def test_countries_are_iso_regions(turns):
    for turn in turns:
        if "country" in turn.expect:
            assert turn.expect["country"] in fourth.REGIONS
            assert turn.known.get("pending_phone")
