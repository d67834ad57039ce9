import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.normalise import (
    NormalisationError,
    clean_name,
    parse_country,
    parse_person_name,
    parse_salutation,
)
from actions.normalise.names import PersonName
from actions.normalise.vocabulary import vocabulary
from tests.said import english

EN = vocabulary("en")

SALUTATIONS = [
    ("Mr", "Mr"),
    ("mr.", "Mr"),
    ("MISTER", "Mr"),
    ("mister", "Mr"),
    ("Mrs", "Mrs"),
    ("missus", "Mrs"),
    ("MRS.", "Mrs"),
    ("ms", "Ms"),
    ("Ms.", "Ms"),
    ("miss", "Miss"),
    ("Miss", "Miss"),
    ("mx", "Mx"),
    ("doctor", "Dr"),
    ("dr", "Dr"),
    ("Dr.", "Dr"),
    ("prof.", "Prof"),
    ("Professor", "Prof"),
    ("it's doctor", "Dr"),
    ("  mr  ", "Mr"),
    ("Mr!", "Mr"),
    ("make it Mrs please", "Mrs"),
]


@pytest.mark.parametrize("text,expected", SALUTATIONS)
def test_salutations(text, expected):
    assert parse_salutation(text, words=EN) == expected


@pytest.mark.parametrize("text", ["king", "", "Mr Smith", "lord", "12", "sir john"])
def test_unknown_salutations_list_the_choices(text):
    with pytest.raises(NormalisationError) as err:
        parse_salutation(text, words=EN)
    assert "Mr, Mrs, Ms, Miss, Mx, Dr, or Prof" in english(err.value)


def test_salutation_set_is_configurable():
    assert parse_salutation("doctor", allowed=("Dr", "Mr"), words=EN) == "Dr"
    with pytest.raises(NormalisationError) as err:
        parse_salutation("mx", allowed=("Dr", "Mr"), words=EN)
    assert "Dr or Mr" in english(err.value)


def test_configured_titles_outside_the_default_set():
    titles = ("Mr", "Ms", "Rev")
    assert parse_salutation("rev.", allowed=titles, words=EN) == "Rev"
    assert parse_salutation("REV", allowed=titles, words=EN) == "Rev"
    assert parse_person_name("Rev. Ada Byron", titles, words=EN).salutation == "Rev"
    with pytest.raises(NormalisationError) as err:
        parse_salutation("doctor", allowed=titles, words=EN)
    assert "Mr, Ms, or Rev" in english(err.value)


NAMES = [
    # text, salutation, first, last
    ("John", None, "John", None),
    ("john", None, "John", None),
    ("my name is john", None, "John", None),
    ("It's Priya", None, "Priya", None),
    ("I'm Ravi, thanks", None, "Ravi", None),
    ("this is Anna!", None, "Anna", None),
    ("call me Jo", None, "Jo", None),
    ("O'Neil", None, "O'Neil", None),
    ("o'neil", None, "O'Neil", None),
    ("O\u2019NEIL", None, "O'Neil", None),
    ("Jean-Luc", None, "Jean-Luc", None),
    ("jean-luc", None, "Jean-Luc", None),
    ("José", None, "José", None),
    ("Jose\u0301", None, "José", None),  # decomposed accent composed by NFC
    ("李", None, "李", None),
    ("Zoë 😀", None, "Zoë", None),
    ("An\u200bna", None, "Anna", None),  # zero-width space dropped
    ("McDonald", None, "McDonald", None),
    ("mcdonald", None, "McDonald", None),
    ("DeShawn", None, "DeShawn", None),  # mixed case is left as typed
    ("John Doe", None, "John", "Doe"),
    ("JOHN DOE", None, "John", "Doe"),
    ("my name is jean-luc van der berg", None, "Jean-Luc", "van der Berg"),
    ("Dr. Jane Smith", "Dr", "Jane", "Smith"),
    ("Mr John Doe", "Mr", "John", "Doe"),
    ("mrs asha rao", "Mrs", "Asha", "Rao"),
    ("Mary Ann Smith", None, "Mary Ann", "Smith"),
    ("Ludwig van Beethoven", None, "Ludwig", "van Beethoven"),
    ("Ana de la Cruz", None, "Ana", "de la Cruz"),
    ("محمد علي", None, "محمد", "علي"),
    ("Ólafur Arnalds", None, "Ólafur", "Arnalds"),
]


@pytest.mark.parametrize("text,salutation,first,last", NAMES)
def test_names(text, salutation, first, last):
    name = parse_person_name(text, words=EN)
    assert (name.salutation, name.first, name.last) == (salutation, first, last)


@pytest.mark.parametrize(
    "text,words",
    [
        ("R2D2", "digits"),
        ("john@example.com", "e-mail"),
        ("https://example.com/me", "link"),
        ("www.example.com", "link"),
        ("a" * 65, "longer than 64"),
        ("", "didn't catch"),
        ("😀😀", "didn't catch"),
        ("Jo<script>hn", "letters"),
        ("John; DROP TABLE contacts", "letters"),
    ],
)
def test_names_refused(text, words):
    with pytest.raises(NormalisationError) as err:
        clean_name(text, words=EN)
    assert words in english(err.value)


@pytest.mark.parametrize("text,expected", [("van der Berg", "van der Berg"), ("DE LA CRUZ", "De la Cruz")])
def test_last_names_keep_their_particles(text, expected):
    assert clean_name(text, words=EN) == expected


COUNTRIES = [
    ("India", "IN", "+91"),
    ("india", "IN", "+91"),
    ("IN", "IN", "+91"),
    ("+91", "IN", "+91"),
    ("91", "IN", "+91"),
    ("0091", "IN", "+91"),
    ("I'm in India", "IN", "+91"),
    ("Indian", "IN", "+91"),
    ("the UK", "GB", "+44"),
    ("UK", "GB", "+44"),
    ("England", "GB", "+44"),
    ("Britain", "GB", "+44"),
    ("United Kingdom", "GB", "+44"),
    ("+44", "GB", "+44"),
    ("USA", "US", "+1"),
    ("US", "US", "+1"),
    ("America", "US", "+1"),
    ("the United States", "US", "+1"),
    ("+1", "US", "+1"),
    ("1", "US", "+1"),
    ("Canada", "CA", "+1"),
    ("Deutschland", "DE", "+49"),
    ("Germany", "DE", "+49"),
    ("German", "DE", "+49"),
    ("France", "FR", "+33"),
    ("España", "ES", "+34"),
    ("Italia", "IT", "+39"),
    ("Japan", "JP", "+81"),
    ("UAE", "AE", "+971"),
    ("Australia", "AU", "+61"),
    ("Brasil", "BR", "+55"),
    ("Côte d'Ivoire", "CI", "+225"),
    ("an Indian number", "IN", "+91"),
    ("from Singapore", "SG", "+65"),
    ("+7", "RU", "+7"),
]


@pytest.mark.parametrize("text,region,code", COUNTRIES)
def test_countries(text, region, code):
    country = parse_country(text, words=EN)
    assert (country.region, country.calling_code) == (region, code)


@pytest.mark.parametrize("text", ["Atlantis", "+999", "", "somewhere"])
def test_unknown_countries(text):
    with pytest.raises(NormalisationError):
        parse_country(text, words=EN)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(("von", "van der", "von der", "de la", "ter")),
    st.from_regex(r"[A-ZÄÖÜ][a-zäöüß]{2,9}", fullmatch=True),
)
def test_a_name_that_starts_with_a_particle_written_low_is_one_surname(particle, surname):
    """ "von Bülow": no first name "von"; the whole is one name, the asked field says whose."""
    person = parse_person_name(f"{particle} {surname}", words=EN)
    assert (person.first, person.last) == (f"{particle} {surname}", None)


def test_a_capitalised_particle_still_starts_a_first_name():
    assert parse_person_name("Van Morrison", words=EN) == PersonName(None, "Van", "Morrison")
    assert parse_person_name("Carla von Stetten", words=EN) == PersonName(None, "Carla", "von Stetten")


def test_a_title_the_pack_writes_in_two_words_leads_a_name():
    """ "Frau Dr. Jane Smith" is Dr, with the German pack's "frau dr"; one word still leads alone."""
    from actions.normalise.salutation import split_leading_salutation

    de = vocabulary("de")
    assert split_leading_salutation("Frau Dr. Jane Smith", words=de) == ("Dr", "Jane Smith")
    assert split_leading_salutation("Herr Professor Otto", words=de) == ("Prof", "Otto")
    assert split_leading_salutation("Frau Jane Smith", words=de) == ("Ms", "Jane Smith")
    assert split_leading_salutation("Dr Jane Smith", words=EN) == ("Dr", "Jane Smith")
