"""actions/interpret/language_choice.py: what a message is written in and what it asks for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import language_choice
from actions.interpret.language_choice import LanguageRequest, detected_language, requested_language

ENABLED = ("en", "es", "fr", "de")

# The openers of ../shared/rasa-3.6-notes.md ("Several languages in one bot") and one per language more.
OPENERS = [
    ("Buenos días, me gustaría dar de alta a un cliente", "es"),
    ("Guten Morgen, bitte legen Sie einen neuen Eintrag an", "de"),
    ("Salut, tu peux ajouter quelqu'un à mes contacts ?", "fr"),
    ("Hello, I would like to save a new contact please", "en"),
    ("Hallo, ich heiße Peter Müller und möchte einen Kontakt speichern", "de"),
    ("Sí, es correcto, gracias", "es"),
]


@pytest.mark.parametrize(("text", "code"), OPENERS)
def test_a_clear_sentence_decides_its_language(text, code):
    assert detected_language(text, ENABLED) == code


@pytest.mark.parametrize("text", ["Juan", "ja", "oui", "Dr", "yes", "Dr.", "Dr Smith", "save a"])
def test_a_one_or_two_word_answer_never_decides(text):
    assert detected_language(text, ENABLED) is None


def test_digits_and_punctuation_are_not_words():
    assert detected_language("Juan, 020 7946 0018 !!! 55", ENABLED) is None
    assert detected_language("ja ja 12 34 56 ...", ENABLED) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hola, I need to save a contact for my client",
        "Je voudrais enregistrer un contact, but my English is better",
        "Guten Tag, I want to save a contact",
        "Buenos días, me gustaría dar de alta a un cliente, thank you very much",
    ],
)
def test_a_message_mixing_languages_does_not_decide(text):
    assert detected_language(text, ENABLED) is None


def test_a_short_uncertain_message_does_not_decide():
    assert detected_language("save a contact", ENABLED) is None  # en 0.47 beside fr 0.35


def test_only_enabled_languages_are_detected():
    assert detected_language("Buenos días, me gustaría dar de alta a un cliente", ("en", "es")) == "es"
    found = detected_language("Buenos días, me gustaría dar de alta a un cliente", ("en", "de"))
    assert found in (None, "en", "de")
    assert detected_language("Buenos días, me gustaría dar de alta a un cliente", ("es",)) is None
    assert detected_language("Buenos días, me gustaría dar de alta a un cliente", ("es", "xx")) is None


def test_the_detector_is_built_once_per_set_of_languages():
    language_choice._detector.cache_clear()
    language_choice.BUILDS.clear()
    for _ in range(3):
        detected_language("Guten Morgen, bitte legen Sie einen neuen Eintrag an", ENABLED)
        detected_language("Guten Morgen, bitte legen Sie einen neuen Eintrag an", list(reversed(ENABLED)))
    assert language_choice.BUILDS == {frozenset(ENABLED): 1}
    detected_language("Guten Morgen, bitte legen Sie einen neuen Eintrag an", ("en", "de"))
    assert language_choice.BUILDS == {frozenset(ENABLED): 1, frozenset({"en", "de"}): 1}


WORDS = st.sampled_from(["Juan", "ja", "oui", "yes", "Dr", "si", "nein", "bitte", "merci", "Smith", "García"])


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=2),
    noise=st.lists(
        st.sampled_from(["12", "020", "7946", ",", ".", "!", "?", "+44", "-", "0018"]), max_size=4
    ),
)
def test_fewer_than_three_words_never_decide_whatever_the_digits_and_marks(words, noise):
    assert detected_language(" ".join([*words, *noise]), ENABLED) is None


REQUESTS = [
    ("in English please", "en"),
    ("¿puede hablar en español?", "es"),
    ("auf Deutsch, bitte", "de"),
    ("en français s'il vous plaît", "fr"),
    ("can you speak Spanish", "es"),
    ("parlez-vous anglais ?", "en"),
    ("sprechen Sie Englisch?", "en"),
    ("Could you please speak in German?", "de"),
    ("¿Habla inglés?", "en"),
    ("español por favor", "es"),
    ("Können Sie Französisch sprechen?", "fr"),
    ("pouvez-vous parler en allemand", "de"),
]


@pytest.mark.parametrize(("text", "code"), REQUESTS)
def test_a_request_for_a_language_in_each_language(text, code):
    assert requested_language(text, ENABLED) == LanguageRequest(code=code, enabled=True)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("en francais s'il vous plait", "fr"),
        ("puede hablar en espanol", "es"),
        ("EN ESPAÑOL POR FAVOR", "es"),
    ],
)
def test_accents_and_case_are_optional(text, code):
    assert requested_language(text, ENABLED) == LanguageRequest(code=code, enabled=True)


def test_a_language_the_bot_does_not_speak_is_a_request_not_enabled():
    assert requested_language("in Italian please", ENABLED) == LanguageRequest(code="it", enabled=False)
    assert requested_language("¿puede hablar en italiano?", ENABLED) == LanguageRequest("it", False)
    # Spanish's request frames are read although Spanish is neither enabled nor a complete pack.
    assert requested_language("¿puede hablar en español?", ("en",)) == LanguageRequest("es", False)


def test_a_name_in_an_enabled_language_is_read_in_another_language_s_frame():
    assert requested_language("can you speak español", ENABLED) == LanguageRequest("es", True)
    assert requested_language("auf English, bitte", ENABLED) == LanguageRequest("en", True)


@pytest.mark.parametrize(
    "text",
    [
        "English",
        "Spanish",
        "Mr John English, 020 7946 0018",
        "John English please",
        "my surname is English",
        "English, John",
        "Buenos días, me gustaría dar de alta a un cliente",
        "in England please",
        "",
        "?!",
    ],
)
def test_a_language_s_name_outside_a_frame_is_no_request(text):
    assert requested_language(text, ENABLED) is None


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(ENABLED), locale=st.sampled_from(ENABLED))
def test_a_language_named_alone_is_never_a_request(code, locale):
    from babel import Locale

    name = Locale.parse(locale).languages[code]
    assert requested_language(name, ENABLED) is None
    assert requested_language(name.upper() + ".", ENABLED) is None


@settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(ENABLED), lead=st.sampled_from(["", "please ", "could you please "]))
def test_each_enabled_language_s_english_name_is_read_in_an_english_frame(code, lead):
    from babel import Locale

    name = Locale.parse("en").languages[code]
    assert requested_language(f"{lead}speak {name}", ENABLED) == LanguageRequest(code, True)
    assert requested_language(f"in {name}, please", ENABLED) == LanguageRequest(code, True)


def test_the_module_imports_neither_rasa_nor_rasa_sdk():
    tree = ast.parse(Path(language_choice.__file__).read_text(encoding="utf-8"))
    imported = {
        name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for name in (
            [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
        )
    }
    assert not imported & {"rasa", "rasa_sdk"}


FIVE = ("en", "es", "fr", "de", "pt")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Buenos días, me gustaría dar de alta a un cliente", "es"),
        ("Bom dia, gostaria de cadastrar um novo cliente chamado João", "pt"),
        ("Bonjour, je voudrais enregistrer un nouveau contact", "fr"),
    ],
)
def test_a_close_language_enabled_beside_another_does_not_blur_it(text, code):
    """Spanish and Portuguese share words: lingua puts part of a Spanish sentence in Portuguese. The
    packs name each other close (close_languages), so that stretch does not make the sentence mixed."""
    assert detected_language(text, FIVE) == code


def test_a_stretch_in_a_language_not_named_close_still_makes_a_message_mixed():
    assert (
        detected_language("Buenos días, me gustaría dar de alta a un cliente, thank you very much", FIVE)
        is None
    )
