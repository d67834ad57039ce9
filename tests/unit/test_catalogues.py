"""Every language's message catalogue says what the English one says, in its own words.

Each catalogue (``actions/languages/<code>/messages.yml``) has the English ids, each sentence the
English placeholders, and every id renders; and no Spanish, French or German sentence borrows an
English word, so an untranslated or half-translated sentence fails here rather than in front of a caller.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from actions.catalogue import catalogue, render
from actions.normalise.message import Message
from actions.normalise.vocabulary import CATALOGUE_FILE, LANGUAGES_DIR

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_FILES = (ROOT / "domain.yml", ROOT / "actions" / "fragments" / "domain" / "contact_capture.yml")
DATA_IDS = ("titles", "digit_names", "number_words", "voice")  # data, not sentences
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[^\W\d_]+")

LANGUAGES = sorted(p.parent.name for p in Path(LANGUAGES_DIR).glob(f"*/{CATALOGUE_FILE}"))
TRANSLATED = ("es", "fr", "de")

# Names kept as they are in every language: taken out of a text before its words are compared.
NAMES = ("Agent Assist",)  # the product the contacts are saved in
# English words a language genuinely writes the same way, so a sentence may use them.
ALLOWED: dict[str, frozenset[str]] = {
    # "ext." is Spanish's own abbreviation for "extensión" (number_with_extension).
    "es": frozenset({"ext"}),
    # "contact" is the French word for a contact; "apostrophe" the French word for the sign.
    "fr": frozenset({"contact", "contacts", "apostrophes"}),
    # German writes an e-mail address "E-Mail-Adresse".
    "de": frozenset({"mail"}),
}


def _sentences(language: str) -> dict[str, str | Mapping[str, str]]:
    return {key: value for key, value in catalogue(language).items() if key not in DATA_IDS}


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _texts(entry: str | Mapping[str, str]) -> list[str]:
    return [str(v) for v in entry.values()] if isinstance(entry, Mapping) else [str(entry)]


def _words(text: str) -> set[str]:
    for name in NAMES:
        text = text.replace(name, " ")
    text = _PLACEHOLDER.sub(" ", text)
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= 3}


def _english_words() -> set[str]:
    return {word for entry in _sentences("en").values() for text in _texts(entry) for word in _words(text)}


def test_every_language_is_checked() -> None:
    assert {"en", *TRANSLATED} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_ids_as_english(language: str) -> None:
    english, other = list(catalogue("en")), list(catalogue(language))
    assert set(other) - set(english) == set(), "ids English does not have"
    assert set(english) - set(other) == set(), "English ids missing"
    assert other == english, "ids in a different order than English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_same_placeholders_as_english(language: str) -> None:
    english = _sentences("en")
    for key, entry in _sentences(language).items():
        model = english[key]
        if isinstance(model, Mapping):
            assert isinstance(entry, Mapping) and "other" in entry, f"{language} {key}: needs one/other"
            wanted = _placeholders(str(model["other"]))
            assert _placeholders(str(entry["other"])) == wanted, f"{language} {key}.other"
            for form, text in entry.items():
                assert _placeholders(str(text)) <= wanted, f"{language} {key}.{form}"
        else:
            assert isinstance(entry, str), f"{language} {key}: a sentence"
            assert _placeholders(entry) == _placeholders(str(model)), f"{language} {key}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [0, 1, 2, 5])
def test_every_id_renders(language: str, count: int) -> None:
    for key in _sentences(language):
        names = set().union(*(_placeholders(t) for t in _texts(_sentences("en")[key])))
        values = {name: f"<{name}>" for name in names} | {"count": count}
        text = render(Message(key, values), language)
        assert text.strip(), f"{language} {key} renders empty"
        assert not _PLACEHOLDER.search(text), f"{language} {key}: {text!r}"
        for name in names - {"count"}:
            assert f"<{name}>" in text, f"{language} {key} drops {{{name}}}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_data_entries(language: str) -> None:
    book = catalogue(language)
    assert set(book["titles"]) == set(catalogue("en")["titles"])
    assert all(isinstance(v, str) and v.strip() for v in book["titles"].values())
    assert len(book["digit_names"]) == 10 and len(set(book["digit_names"])) == 10
    assert set(book["number_words"]) == {"plus", "extension"}
    # the phone voice that says it: a language tag of this language and a Twilio voice (twilio_speech.py)
    assert str(book["voice"]["tag"]).split("-")[0] == language and str(book["voice"]["name"]).strip()
    written = str(book["number_with_extension"])
    assert written.startswith("{number}") and written.endswith("{extension}")


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_english_words(language: str) -> None:
    english = _english_words() - ALLOWED.get(language, frozenset())
    book = catalogue(language)
    texts = [(key, t) for key, entry in _sentences(language).items() for t in _texts(entry)]
    texts += [("digit_names", str(d)) for d in book["digit_names"]]
    texts += [("number_words", str(w)) for w in book["number_words"].values()]
    found = [(key, sorted(_words(text) & english)) for key, text in texts if _words(text) & english]
    assert found == []


def test_allow_list_is_needed() -> None:
    """An allowed word no sentence uses any more is taken off the list, so the list stays small."""
    english = _english_words()
    for language, allowed in ALLOWED.items():
        used = {w for entry in _sentences(language).values() for t in _texts(entry) for w in _words(t)}
        assert allowed <= english & used, f"{language}: {sorted(allowed - (english & used))}"


def _domain_response_ids() -> set[str]:
    """Responses whose text is their own id: the catalogue says them (else the English utter_* ids)."""
    ids: set[str] = set()
    for path in DOMAIN_FILES:
        if not path.is_file():
            continue
        responses = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {}
        for name, variants in responses.items():
            if any(isinstance(v, Mapping) and v.get("text") == name for v in variants or ()):
                ids.add(name)
    return ids or {key for key in catalogue("en") if key.startswith("utter_")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_domain_responses_are_in_every_catalogue(language: str) -> None:
    ids = _domain_response_ids()
    assert ids
    assert ids - set(catalogue(language)) == set()
