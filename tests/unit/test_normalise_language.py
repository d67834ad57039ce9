"""The normalisers read the words of the Vocabulary they are given, never English behind its back.

A tiny German pack, written to a temporary languages folder, is all a second language takes: its
titles, fillers, country names, spoken digits and extension words reach every reader of
``actions/normalise``, and English words stop working there.
"""

from __future__ import annotations

import pytest

from actions.normalise import NormalisationError, vocabulary
from actions.normalise.countries import country_named, parse_country
from actions.normalise.names import clean_name, parse_person_name
from actions.normalise.phone import parse_phone, split_phone_from_text
from actions.normalise.salutation import parse_salutation
from actions.normalise.spoken import spoken_to_digits

EN = vocabulary.vocabulary("en")
PACK = """\
titles: {herr: Mr, frau: Mrs, doktor: Dr}
title_leads: ["ich bin"]
hesitations: [äh]
particles: [zum]
name_answer_frames: ["[ich heiße] {name}"]
countries: {schland: DE}
country_leads: ["ich wohne in"]
country_article_frames: [die]
two_letter_country_frames: [de]
digit_words: {zwo: "2"}
repeat_words: {doppel: "2"}
plus_words: [plus]
extension_words: [durchwahl]
extension_frames: [durchwahl]
"""


@pytest.fixture
def german(tmp_path, monkeypatch) -> vocabulary.Vocabulary:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "words.yml").write_text(PACK, encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    # Built here rather than through vocabulary(): the process's cached packs stay the real ones.
    return vocabulary.Vocabulary(**vocabulary._compiled("de", vocabulary.read_pack("de")))


def test_a_title_is_read_from_the_pack_given(german):
    assert parse_salutation("ich bin Herr", words=german) == "Mr"
    assert parse_salutation("Doktor", words=german) == "Dr"
    with pytest.raises(NormalisationError):
        parse_salutation("mister", words=german)  # an English title is not a German one
    with pytest.raises(NormalisationError):
        parse_salutation("Doktor", words=EN)


def test_a_name_s_fillers_and_particles_are_read_from_the_pack_given(german):
    assert clean_name("ich heiße hans", words=german) == "Hans"
    assert clean_name("ich heiße hans", words=EN) == "Ich Heiße Hans"
    person = parse_person_name("Doktor Anna Maria zum Berge", words=german)
    assert (person.salutation, person.first, person.last) == ("Dr", "Anna Maria", "zum Berge")
    person = parse_person_name("Doktor Anna Maria zum Berge", words=EN)
    assert (person.salutation, person.first, person.last) == (None, "Doktor Anna Maria zum", "Berge")


def test_a_country_is_read_from_the_pack_given(german):
    assert parse_country("ich wohne in Schland", words=german).region == "DE"
    assert country_named("schland", words=german) is not None
    with pytest.raises(NormalisationError):
        parse_country("ich wohne in Schland", words=EN)
    assert country_named("schland", words=EN) is None


def test_spoken_digits_are_read_in_the_pack_s_language(german):
    # "vier", "neun", "drei", "null": text2num's German; "doppel" and "zwo": the pack's own words.
    said = "plus vier neun drei null äh eins zwo doppel fünf sechs sieben"
    assert spoken_to_digits(said, words=german) == "+4 9 3 0 1 2 55 6 7"
    assert not any(ch.isdigit() for ch in spoken_to_digits(said, words=EN))
    assert parse_phone(said, words=german).e164 == "+4930125567"


def test_the_extension_words_are_read_from_the_pack_given(german):
    number = parse_phone("+49 30 1234567 durchwahl 12", words=german)
    assert (number.e164, number.extension) == ("+49301234567", "12")
    assert parse_phone("+49 30 1234567 DURCHWAHL 12", words=german).extension == "12"  # not keypad letters
    assert parse_phone("+49 30 1234567 durchwahl 12", words=EN).extension == ""
    assert split_phone_from_text("Hans +49 30 1234567 durchwahl 12", words=german) == (
        "Hans",
        "+49 30 1234567 durchwahl 12",  # the pack's own extension word, not English's
    )


def test_country_names_come_from_cldr_in_the_pack_s_language(tmp_path, monkeypatch):
    """Swedish has no aliases in its pack here, and phonenumbers' names hold no Swedish: CLDR's do."""
    (tmp_path / "sv").mkdir()
    (tmp_path / "sv" / "words.yml").write_text("hesitations: [öh]\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    swedish = vocabulary.Vocabulary(**vocabulary._compiled("sv", vocabulary.read_pack("sv")))
    found = country_named("Tyskland", words=swedish)
    assert found is not None and found.region == "DE"
    assert country_named("Tyskland", words=EN) is None
    assert parse_country("Germany", words=swedish).region == "DE"  # English names are read everywhere


@pytest.mark.parametrize("language", vocabulary.languages())
def test_a_pack_s_countries_are_only_aliases_the_libraries_lack(language):
    """CLDR (Babel) and phonenumbers name the countries: a pack holds only what they do not."""
    from actions.normalise.countries import _key, _locale_names

    names = _locale_names(language)
    words = vocabulary.pack_words(language)
    assert [alias for alias, region in words.countries.items() if names.get(_key(alias)) == region] == []
