"""Spoken digits: text2num reads the number words, the pack holds the digit-calling words it lacks."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from text_to_num import alpha2digit

from actions.normalise import spoken
from actions.normalise.spoken import spoken_to_digits
from actions.normalise.vocabulary import extended, read_pack, vocabulary
from tests.corpus.languages import french_number

SPOKEN_PY = Path(spoken.__file__)
EN = vocabulary("en")
CALLING_ROLES = ("digit_words", "zero_letters", "repeat_words", "plus_words", "extension_keys")


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("nine eight seven six five double four", "9 8 7 6 5 44"),
        ("oh two oh", "0 2 0"),
        ("triple nine", "999"),
        ("treble two quadruple one", "222 1111"),
        ("plus four four niner", "+4 4 9"),
        ("nil naught nought zero", "0 0 0 0"),
        ("ninety-eight seventeen twenty", "98 17 20"),
        ("twenty zero", "20 0"),  # a tens word takes a unit, never a zero
        ("five hundred two thousand", "500 2000"),
        ("double uh one", "11"),
        ("six one two uh three four", "6 1 2 3 4"),
        ("0612 345 hash 55", "0612 345 ext 55"),
        ("extension five", "ext 5"),
    ],
)
def test_spoken_digits_read_as_before(said, digits):
    assert spoken_to_digits(said, words=EN) == digits


@pytest.mark.parametrize(
    "text",
    [
        "Oh, 0612 345 678",
        "hash browns",
        "a hundred",
        "Jean-Luc O'Neill",
        "the second one-off",
        "Double Dutch",
    ],
)
def test_words_that_are_not_digits_pass_through(text):
    assert spoken_to_digits(text, words=EN) == text


def test_no_number_word_is_left_in_spoken_py():
    """spoken.py is structure only: no string in it is a number word text2num reads or a calling word."""
    calling = set()
    for role in CALLING_ROLES:
        calling |= {str(w).casefold() for w in read_pack("en")[role]}
    tree = ast.parse(SPOKEN_PY.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]
    assert literals  # the walk sees the module's strings
    words = {w.casefold() for text in literals for w in re.findall(r"[^\W\d_]+", text)}
    assert not words & calling
    assert not [w for w in words if alpha2digit(w, "en", threshold=0).isdigit()]


def test_the_calling_words_are_built_once_per_language():
    words = vocabulary("en")
    first = words.patterns(spoken._build)
    assert words.patterns(spoken._build) is first
    assert first.repeat_words["double"] == 2 and "oh" in first.zero_letters


def test_an_owner_s_calling_words_reach_the_reader():
    owned = extended(vocabulary("en"), {"repeat_words": {"quintuple": "5"}, "zero_letters": ["ou"]})
    assert spoken_to_digits("quintuple one ou two", words=owned) == "11111 0 2"
    assert spoken_to_digits("quintuple one ou two", words=EN) == "quintuple 1 ou 2"


@pytest.mark.parametrize(
    ("language", "said", "digits"),
    [("fr", "zéro six, douze, trente-quatre", "0 6 12 34"), ("de", "null zwo", "0 2")],
)
def test_text2num_reads_the_number_words_of_the_language_given(language, said, digits):
    words = dataclasses.replace(vocabulary("en"), language=language)
    assert spoken_to_digits(said, words=words) == digits
    assert spoken_to_digits("douze", words=words) == ("12" if language == "fr" else "douze")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=21, max_value=99).filter(lambda n: n % 10), min_size=1, max_size=5))
def test_a_pair_said_as_one_word_reads_as_its_two_digits(pairs):
    """German says a pair as one word ("vierunddreißig"); each reads as its number, whatever follows."""
    words = vocabulary("de")
    said = " ".join(alpha2digit_inverse_de(n) for n in pairs)
    assert spoken_to_digits("null " + said, words=words) == " ".join(["0", *map(str, pairs)])


_DE_UNITS = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


def alpha2digit_inverse_de(n: int) -> str:
    return f"{_DE_UNITS[n % 10]}und{_DE_TENS[n // 10]}"


def test_zwo_is_two_in_german_only():
    assert spoken_to_digits("null zwo drei", words=vocabulary("de")) == "0 2 3"
    assert spoken_to_digits("zwo", words=EN) == "zwo"


@settings(max_examples=200, deadline=None)
@given(number=st.integers(min_value=10, max_value=99), variant=st.sampled_from(["fr", "be", "ch"]))
def test_a_joined_compound_under_a_hundred_is_one_number(number, variant):
    """ "quatre-vingt-dix-neuf", "soixante-dix-huit", "nonante-six": text2num reads the joined words
    together, so a compound that adds a teen to its tens ("soixante-dix-huit") reads as one number."""
    said = french_number(number, variant)
    assume(" " not in said)  # "vingt et un": words apart, not joined
    assert spoken_to_digits(said, words=vocabulary("fr")) == str(number)


@pytest.mark.parametrize(
    ("said", "digits"), [("nine-eight-seven", "9 8 7"), ("ninety-eight", "98"), ("one-oh-one", "1 0 1")]
)
def test_joined_digit_words_stay_digits(said, digits):
    assert spoken_to_digits(said, words=vocabulary("en")) == digits


@settings(max_examples=150, deadline=None)
@given(hundreds=st.integers(2, 9), rest=st.integers(1, 99), variant=st.sampled_from(["fr", "be", "ch"]))
def test_a_group_of_hundreds_said_in_words_is_one_number_when_its_group_ends(hundreds, rest, variant):
    """ "cinq cent six," is 506 and "deux cent trente-quatre" 234: the hundreds and the number under a
    hundred that closes the group are one group of three digits."""
    from tests.corpus.languages import FR_UNITS, french_number

    said = f"{FR_UNITS[hundreds]} cent {french_number(rest, variant)}, zéro"
    assert spoken_to_digits(said, words=vocabulary("fr")).split()[0].rstrip(",") == str(hundreds * 100 + rest)


@pytest.mark.parametrize("digit", ["one", "two", "five", "nine"])
def test_lone_digits_after_hundred_stay_digits(digit):
    """ "eight hundred five five five": a toll-free prefix, then digits said one by one."""
    assert spoken_to_digits(f"eight hundred {digit} {digit} {digit}", words=EN).split() == [
        "800",
        *[str(spoken_to_digits(digit, words=EN))] * 3,
    ]
