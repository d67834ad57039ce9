"""The packs' phrase templates: what each shape matches, and a broken template refused with its fault."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actions.normalise.phrases import PhraseError, compile_phrase, role_holes

HOLES = role_holes({"verbs": "(?:change|fix)", "word": r"\w+"}, {"value": ".+?"})


def matches(template: str, text: str) -> bool:
    return re.fullmatch(compile_phrase(template, HOLES), text, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    "template,said,not_said",
    [
        ("that's right", ["that's right", "thats right", "That’s  Right"], ["that is right", "that's"]),
        ("[all] right", ["right", "all right"], ["allright", "all"]),
        ("x [a] [b] y", ["x y", "x a y", "x b y", "x a b y"], ["x b a y", "xy"]),
        ("[i] need to", ["need to", "i need to"], ["ineed to"]),
        ("(right | correct) now", ["right now", "correct now"], ["now", "right correct now"]),
        ("detail[s]", ["detail", "details"], ["detail s"]),
        ("sorry[,] i mean", ["sorry i mean", "sorry, i mean"], ["sorry,, i mean"]),
        ("{verbs} it", ["change it", "fix it"], ["edit it"]),
        ("skip [the {word}]", ["skip", "skip the title"], ["skip the"]),
        ("it's {value} not", ["it's Smith not", "it's Mary Ann not"], ["it's not"]),
        ("mob[.]", ["mob", "mob."], ["mobx"]),
    ],
)
def test_each_shape_matches_what_is_said_and_nothing_else(template, said, not_said):
    for text in said:
        assert matches(template, text), (template, text)
    for text in not_said:
        assert not matches(template, text), (template, text)


def test_a_drawn_out_last_letter_matches_only_when_stretched():
    assert re.fullmatch(compile_phrase("um", stretch=True), "ummmm")
    assert not re.fullmatch(compile_phrase("um"), "ummmm")


@pytest.mark.parametrize(
    "template,fault",
    [("a [b", "not closed"), ("a (b]", "not closed"), ("a b)", "unbalanced"), ("{nope} x", "no role")],
)
def test_a_broken_template_is_refused_with_its_fault(template, fault):
    with pytest.raises(PhraseError, match=fault):
        compile_phrase(template, HOLES)


@given(st.text(alphabet="abcxyz '.,-", min_size=1, max_size=30))
def test_plain_words_are_literal_whatever_they_hold(text):
    """Text without brackets, bars or braces is matched as written: no character means a pattern."""
    template = " ".join(text.split())
    if not template:
        return
    assert matches(template, template)
