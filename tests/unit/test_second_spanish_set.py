"""Ground truth of the second blind Spanish set: it builds, is big enough, and its expectations are sound."""

from __future__ import annotations

from collections import Counter

import phonenumbers
import pytest

from tests.corpus import second_spanish
from tests.corpus.second_spanish import turn_key

CANONICAL_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"}
KINDS = {None, "answer", "correction", "confirm", "deny", "control", "refusal", "nothing"}
ASKED = {
    None,
    "salutation",
    "first_name",
    "last_name",
    "phone_number",
    "country",
    "confirmed",
    "change_request",
}


@pytest.fixture(scope="module")
def turns():
    return second_spanish.build()


def test_builds_the_same_set_every_run(turns):
    again = second_spanish.build()
    assert [turn_key(t) + (t.category,) for t in again] == [turn_key(t) + (t.category,) for t in turns]


def test_at_least_a_thousand_spanish_turns(turns):
    assert len(turns) >= 1000
    assert all(t.language == "es" for t in turns)


def test_every_category_has_forty_turns(turns):
    counts = Counter(t.category for t in turns)
    assert len(counts) >= 12
    assert all(name.startswith("es2_") for name in counts)
    assert min(counts.values()) >= 40, counts


def test_no_turn_is_duplicated(turns):
    keys = [turn_key(t) for t in turns]
    assert len(keys) == len(set(keys))


def test_contexts_and_kinds_are_the_contract_s(turns):
    for t in turns:
        assert t.asked in ASKED, t
        assert t.kind in KINDS, t
        assert not set(t.expect) & set(t.absent), t


def test_expected_titles_are_canonical(turns):
    for t in turns:
        if t.expect.get("salutation") is not None:
            assert t.expect["salutation"] in CANONICAL_TITLES, t
        if t.known.get("salutation") is not None:
            assert t.known["salutation"] in CANONICAL_TITLES, t


def test_every_expected_phone_number_is_valid(turns):
    checked = 0
    for t in turns:
        nsn = t.expect.get("phone_number")
        if nsn is None:
            continue
        number = phonenumbers.parse(t.expect["country_code"] + nsn, None)
        assert phonenumbers.is_valid_number(number), t
        assert phonenumbers.national_significant_number(number) == nsn, t
        assert t.expect.get("extension", "") == "" or t.expect["extension"].isdigit(), t
        checked += 1
    assert checked >= 400


def test_every_known_phone_number_is_valid(turns):
    for t in turns:
        if t.known.get("phone_number"):
            number = phonenumbers.parse(t.known["country_code"] + t.known["phone_number"], None)
            assert phonenumbers.is_valid_number(number), t


def test_every_written_form_reads_as_its_number():
    for num in second_spanish.NUMBERS:
        for text in num.national:
            assert second_spanish.parses_to(text, num.region, num), text
        for text in num.international:
            assert second_spanish.parses_to("+" + text[2:] if text.startswith("00") else text, None, num), (
                text
            )


def test_spoken_digits_are_the_number():
    words = {w: str(i) for i, w in enumerate(second_spanish.UNITS)}
    assert second_spanish.say_group("34") == "treinta y cuatro"
    assert second_spanish.say_group("05") == "cero cinco"
    assert second_spanish.say_group("655") == "seiscientos cincuenta y cinco"
    assert second_spanish.say_pairs("987654321") == (
        "nueve, ochenta y siete, sesenta y cinco, cuarenta y tres, veintiuno"
    )
    for num in second_spanish.NUMBERS:
        said = second_spanish.spoken(num, "one")
        assert "".join(words[w] for w in said.replace(",", "").split()) == "".join(num.national_groups)


def test_country_answers_name_a_region(turns):
    for t in turns:
        if t.asked == "country":
            assert t.expect["country"] in phonenumbers.SUPPORTED_REGIONS, t
            assert t.known.get("pending_phone"), t
