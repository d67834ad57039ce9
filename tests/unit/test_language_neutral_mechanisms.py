"""Mechanisms the language packs' words need from the readers (issue 28), each language-neutral: the
words are in the packs, these tests give the same shape in more than one language where a pack has it.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret
from actions.normalise.text import OPENING_MARKS, clean_text
from tests.corpus.languages import ES_HUNDREDS, ES_TEENS, ES_TENS, ES_UNITS  # the set's number words


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


# -- spoken numbers: a tens word joined to its unit, a word of hundreds -----------------------------


def _es_below_hundred(n: int) -> str:
    """30..99 as "treinta y cuatro" (the join word of the es pack), else a unit or a teen."""
    if n < 10:
        return ES_UNITS[n]
    if n < 19:
        return ES_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return ES_TENS[tens] + (f" y {ES_UNITS[unit]}" if unit else "")


_ES_GROUP = st.one_of(st.integers(0, 18), st.integers(30, 99))
# Groups said in a row: no bare unit after a bare tens word ("treinta, uno" is 31, as "thirty, one" is).
_ES_JOINED = st.one_of(st.integers(10, 18), st.integers(30, 99).filter(lambda n: n % 10))


@given(groups=st.lists(_ES_JOINED, min_size=1, max_size=5))
def test_a_tens_word_joined_to_its_unit_is_one_group(groups):
    from actions.normalise.spoken import spoken_to_digits
    from actions.normalise.vocabulary import vocabulary

    said = ", ".join(_es_below_hundred(n) for n in groups)
    assert spoken_to_digits(said, words=vocabulary("es")).replace(",", "").split() == [str(n) for n in groups]


@given(hundreds=st.integers(1, 9), rest=_ES_GROUP)
def test_a_word_of_hundreds_starts_a_group_of_three_digits(hundreds, rest):
    from actions.normalise.spoken import spoken_to_digits
    from actions.normalise.vocabulary import vocabulary

    said = f"{ES_HUNDREDS[hundreds]} {_es_below_hundred(rest)}" if rest else ES_HUNDREDS[hundreds]
    expected = str(hundreds * 100 + rest) if rest or hundreds > 1 else ES_HUNDREDS[1]
    assert spoken_to_digits(said, words=vocabulary("es")) == expected


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("five hundred", "500"),
        ("5 hundred", "500"),
        ("nine hundred and ten", "900 and 10"),
        ("a hundred", "a hundred"),
    ],
)
def test_a_hundred_after_a_digit_still_multiplies_it(said, digits):
    from actions.normalise.spoken import spoken_to_digits
    from actions.normalise.vocabulary import vocabulary

    assert spoken_to_digits(said, words=vocabulary("en")) == digits


def test_the_join_word_is_no_number_alone():
    from actions.normalise.spoken import spoken_to_digits
    from actions.normalise.vocabulary import vocabulary

    assert spoken_to_digits("Marta y Juan, treinta y", words=vocabulary("es")) == "Marta y Juan, 30 y"


# -- a name's shape: a given name and two surnames ---------------------------------------------------

_GIVEN = st.sampled_from(["Ana", "Felipe", "Alfonsina", "Urbano", "Yeni"])
_SURNAME = st.sampled_from(["García", "López", "Medina", "Olivo", "Hernández", "Ochoa", "Muñoz"])


@given(first=_GIVEN, one=_SURNAME, two=_SURNAME)
def test_a_three_word_spanish_name_is_a_given_name_and_two_surnames(first, one, two):
    from actions.normalise.names import parse_person_name
    from actions.normalise.vocabulary import vocabulary

    person = parse_person_name(f"{first} {one} {two}", words=vocabulary("es"))
    assert (person.first, person.last) == (first, f"{one} {two}")


@given(first=_GIVEN, one=_SURNAME, two=_SURNAME)
def test_an_english_name_keeps_its_last_word_as_the_surname(first, one, two):
    from actions.normalise.names import parse_person_name
    from actions.normalise.vocabulary import vocabulary

    person = parse_person_name(f"{first} {one} {two}", words=vocabulary("en"))
    assert (person.first, person.last) == (f"{first} {one}", two)


@pytest.mark.parametrize(
    ("said", "first", "last"),
    [("Timoteo de la Cruz", "Timoteo", "de la Cruz"), ("Ana García", "Ana", "García"), ("Ana", "Ana", None)],
)
def test_particles_and_shorter_names_are_read_as_before(said, first, last):
    from actions.normalise.names import parse_person_name
    from actions.normalise.vocabulary import vocabulary

    person = parse_person_name(said, words=vocabulary("es"))
    assert (person.first, person.last) == (first, last)


# -- a field's link ends at a word's end ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "label", "name"),
    [
        ("en", "Name", "Isabel"),
        ("en", "first name", "Isadora"),
        ("es", "Nombre", "Esteban"),
        ("es", "Nombre", "Estela"),
    ],
)
def test_a_name_that_starts_like_the_link_word_keeps_its_first_letters(language, label, name):
    """ "Name Isabel" is Isabel: "is" (es: "es") links a field to its value only as a whole word."""
    reading = interpret(f"{label} {name}", _ctx(language, "ES", asked="first_name"))
    assert reading.slots.get("first_name") == name


@pytest.mark.parametrize(("language", "said"), [("en", "Mr Wirz, Bitte"), ("es", "Sr. Wirz, Bitte")])
def test_a_titled_surname_and_a_word_after_a_comma_without_a_number_is_no_paste(language, said):
    """Said alone, "Herr Wirz, bitte" is a title and a surname: the word after the comma is no first name."""
    slots = interpret(said, _ctx(language, "ES", asked="salutation")).slots
    assert "first_name" not in slots


@settings(deadline=None)
@given(
    surname=st.text(alphabet="abcdefghijklmnopqrstuvwxyzéè", min_size=2, max_size=12),
    given_name=st.text(alphabet="abcdefghijklmnopqrstuvwxyzéè", min_size=2, max_size=12),
    language=st.sampled_from(["en", "es", "fr", "de", "pt"]),
)
def test_a_surname_in_capitals_before_a_capitalised_given_name_is_the_surname(surname, given_name, language):
    """ "Mme MEYER Adèle": a file's SURNAME in capitals first, in every language."""
    from actions.normalise.names import clean_name, parse_person_name
    from actions.normalise.salutation import DEFAULT_SALUTATIONS, lookup_salutation
    from actions.normalise.vocabulary import vocabulary

    words = vocabulary(language)
    assume(not lookup_salutation(surname, DEFAULT_SALUTATIONS, words=words))  # "MR Smith" is a title
    written = f"{surname.upper()} {given_name.capitalize()}"
    assume(len(clean_name(written, words=words).split()) == 2)  # "OK Aa": a filler is no surname
    person = parse_person_name(written, words=words)
    assert (person.first, person.last) == (given_name.capitalize(), surname.capitalize())


@pytest.mark.parametrize("written", ["JOHN SMITH", "John Smith", "john smith"])
def test_a_name_in_one_case_keeps_its_order(written):
    from actions.normalise.names import parse_person_name
    from actions.normalise.vocabulary import vocabulary

    person = parse_person_name(written, words=vocabulary("en"))
    assert (person.first, person.last) == ("John", "Smith")


@pytest.mark.parametrize(
    ("language", "text", "first", "last"),
    [
        (
            "es",
            "Nombre(s): Juan David | Apellido(s): del Castillo | Celular: +57 310 234 5566",
            "Juan David",
            "del Castillo",
        ),
        (
            "es",
            "Nombre: Luz Marina Ospina\nApellido: Ospina\nTeléfono: +57 310 234 5566",
            "Luz Marina",
            "Ospina",
        ),
        ("en", "Name: Mary Jane | Surname: Smith | Phone: +44 7911 123456", "Mary Jane", "Smith"),
        ("fr", "Prénom(s) : Jean Paul | Nom : Martin | Tél. : +33 6 12 34 56 78", "Jean Paul", "Martin"),
    ],
)
def test_beside_a_surname_field_the_name_field_holds_the_given_names(language, text, first, last):
    """A form's plural in brackets ("Nombre(s):") is part of the label; a name field beside a surname
    field is the given names, in every language."""
    reading = interpret(text, Context(language=language))
    assert (reading.slots.get("first_name"), reading.slots.get("last_name")) == (first, last)
