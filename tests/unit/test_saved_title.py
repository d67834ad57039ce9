"""The title a contact is saved with (issue 27): canonical whatever the conversation's language, or,
with CONTACT_SAVED_TITLE=language, as that language writes it; a wrong setting is said at start."""

from __future__ import annotations

import pytest

from actions import catalogue
from actions.contact_slots import details_from

SLOTS = {
    "salutation": "Mrs",
    "first_name": "Lucía",
    "last_name": "Gómez",
    "phone_number": "612345678",
    "country_code": "+34",
    "extension": "",
}


def test_the_canonical_title_is_saved_in_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(catalogue.SAVED_TITLE_SETTING, raising=False)
    for language in catalogue.catalogue_languages():
        assert details_from({**SLOTS, "language": language}).salutation == "Mrs"


def test_a_setting_saves_the_title_as_the_conversation_s_language_writes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(catalogue.SAVED_TITLE_SETTING, "language")
    assert details_from({**SLOTS, "language": "es"}).salutation == "Sra."
    assert details_from({**SLOTS, "language": "de"}).salutation == "Frau"
    assert details_from({**SLOTS, "language": None}).salutation == "Mrs"  # the default language's


def test_a_wrong_setting_is_a_start_up_problem_and_saves_the_canonical_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(catalogue.SAVED_TITLE_SETTING, "spanish")
    assert any(catalogue.SAVED_TITLE_SETTING in p for p in catalogue.settings_problems())
    assert details_from({**SLOTS, "language": "es"}).salutation == "Mrs"
