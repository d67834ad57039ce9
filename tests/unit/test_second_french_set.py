"""The second blind French set (tests/corpus/second_french.py) checked on its own ground truth,
without running the interpreter: size, categories, determinism, valid numbers, no duplicates,
canonical titles only."""

from __future__ import annotations

from collections import Counter

import phonenumbers
import pytest

from tests.corpus import second_french
from tests.corpus.turn import Turn

CANONICAL = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"}


@pytest.fixture(scope="module")
def turns() -> list[Turn]:
    return second_french.build()


def test_size_and_categories(turns: list[Turn]) -> None:
    counts = Counter(t.category for t in turns)
    assert len(turns) >= 1000
    assert len(counts) >= 12
    assert set(counts) == set(second_french.CATEGORIES)
    assert all(c.startswith("fr2_") for c in counts)
    assert min(counts.values()) >= 40, counts
    assert {t.language for t in turns} == {"fr"}


def test_same_set_every_run(turns: list[Turn]) -> None:
    assert second_french.build() == turns


def test_no_duplicates(turns: list[Turn]) -> None:
    keys = [(t.text, t.asked, t.default_region, tuple(sorted(t.known.items()))) for t in turns]
    assert len(keys) == len(set(keys))


def test_every_expected_number_is_valid(turns: list[Turn]) -> None:
    checked = 0
    for turn in turns:
        for where in (turn.expect, turn.known):
            nsn, cc = where.get("phone_number"), where.get("country_code")
            if nsn is None:
                continue
            number = phonenumbers.parse(f"{cc}{nsn}", None)
            assert phonenumbers.is_valid_number(number), (turn.text, cc, nsn)
            assert phonenumbers.national_significant_number(number) == nsn
            checked += 1
    assert checked > 400


def test_only_canonical_titles(turns: list[Turn]) -> None:
    for turn in turns:
        for where in (turn.expect, turn.known):
            title = where.get("salutation")
            assert title is None or title in CANONICAL, (turn.text, title)


def test_expected_names_are_in_the_text(turns: list[Turn]) -> None:
    for turn in turns:
        for slot in ("first_name", "last_name"):
            value = turn.expect.get(slot)
            if value:
                assert value.casefold() in turn.text.casefold(), (turn.text, slot, value)


def test_country_answers_and_pending_numbers(turns: list[Turn]) -> None:
    for turn in turns:
        if turn.asked == "country":
            assert turn.known.get("pending_phone")
            assert turn.expect["country"] in {"FR", "BE", "CH", "CA"}
        if "pending_phone" in turn.digits:
            assert "phone_number" in turn.absent and turn.default_region is None


@pytest.mark.parametrize(
    ("n", "dialect", "words"),
    [
        (71, second_french.STANDARD, "soixante et onze"),
        (78, second_french.STANDARD, "soixante-dix-huit"),
        (80, second_french.STANDARD, "quatre-vingts"),
        (92, second_french.STANDARD, "quatre-vingt-douze"),
        (71, second_french.BELGIAN, "septante et un"),
        (96, second_french.BELGIAN, "nonante-six"),
        (84, second_french.BELGIAN, "quatre-vingt-quatre"),
        (84, second_french.VAUDOIS, "huitante-quatre"),
        (21, second_french.STANDARD, "vingt et un"),
    ],
)
def test_number_words(n: int, dialect: second_french.Dialect, words: str) -> None:
    assert second_french.below_hundred(n, dialect) == words


def test_group_words() -> None:
    assert second_french.say_group("06") == "zéro six"
    assert second_french.say_group("079", second_french.SWISS) == "zéro septante-neuf"
    assert second_french.say_group("0470", second_french.BELGIAN) == "zéro quatre cent septante"
    assert second_french.say_group("200") == "deux cents"
    assert second_french.say_group("4567") == "quarante-cinq, soixante-sept"
