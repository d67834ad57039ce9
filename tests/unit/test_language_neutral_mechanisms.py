"""Mechanisms the language packs' words need from the readers (issue 28), each language-neutral: the
words are in the packs, these tests give the same shape in more than one language where a pack has it.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actions.interpret import Context, interpret
from actions.normalise.text import OPENING_MARKS, clean_text


def _ctx(language: str, region: str, asked: str | None = None) -> Context:
    return Context(asked=asked, known={}, intent="", confidence=0.0, default_region=region, language=language)


# -- opening question and exclamation marks ---------------------------------------------------------


@given(text=st.text(max_size=200))
def test_no_opening_mark_survives_cleaning(text):
    assert not any(mark in clean_text(text) for mark in OPENING_MARKS)


@given(text=st.text(max_size=200), mark=st.sampled_from(OPENING_MARKS))
def test_an_opening_mark_in_front_changes_nothing_read(text, mark):
    assert clean_text(mark + text) == clean_text(text)


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [("¿Para qué necesitan mis datos?", "es", "ES"), ("¿Por qué me pide esto?", "es", "ES")],
)
def test_a_question_that_opens_with_its_mark_is_read_as_that_question(text, language, region):
    reading = interpret(text, _ctx(language, region, asked="first_name"))
    assert (reading.kind, reading.control) == ("control", "ask_why")


# -- a title before a CRM's "Last, First" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "region", "title", "first", "last"),
    [
        ("Registrar: Sr. Doménech, Rosario; tel. 612 18 61 31", "es", "ES", "Mr", "Rosario", "Doménech"),
        ("Registrar: Profesora Saez, Ámbar; tel. 612148203", "es", "ES", "Prof", "Ámbar", "Saez"),
        ("Mrs Forsman, Ingrid; tel. 07911 123456", "en", "GB", "Mrs", "Ingrid", "Forsman"),
    ],
)
def test_a_titled_last_first_paste_keeps_title_first_and_last(text, language, region, title, first, last):
    slots = interpret(text, _ctx(language, region)).slots
    assert (slots.get("salutation"), slots.get("first_name"), slots.get("last_name")) == (title, first, last)


@pytest.mark.parametrize(
    ("language", "region", "number"), [("es", "ES", "612 18 61 31"), ("en", "GB", "07911 123456")]
)
@given(title=st.sampled_from(["Dr.", "Prof."]), last=st.sampled_from(["Okafor", "Lindqvist", "Brandão"]))
def test_a_titled_surname_alone_stays_the_surname(language, region, number, title, last):
    """Without a first name after the comma the title and one name are the surname, as before."""
    slots = interpret(f"{title} {last}, {number}", _ctx(language, region)).slots
    assert slots.get("last_name") == last
    assert "first_name" not in slots
