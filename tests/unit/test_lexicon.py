"""A language's lexicon is built once per process, and what a reader builds from it once too."""

from __future__ import annotations

import re

from actions.normalise.vocabulary import BUILDS, Vocabulary, extended, vocabulary


def test_a_lexicon_and_each_reader_s_patterns_are_built_once_per_language():
    vocabulary.cache_clear()
    BUILDS.clear()
    calls: list[str] = []

    def build(words: Vocabulary) -> re.Pattern[str]:
        calls.append(words.language)
        return re.compile(words.yes[0])

    first = vocabulary("en").patterns(build)
    assert vocabulary("en").patterns(build) is first
    assert calls == ["en"] and BUILDS == {"en": 1}
    assert first.match("yes")


def test_an_extended_lexicon_builds_its_own_patterns():
    base = vocabulary("en")
    owned = extended(base, {"yes": ["haan ji"]})
    build = lambda words: re.compile(words.yes[0])  # noqa: E731
    assert base.patterns(build).pattern != owned.patterns(build).pattern
    assert owned.patterns(build).match("haan ji")


FULL = {
    "salutation": "Mr",
    "first_name": "Ravi",
    "last_name": "Patel",
    "phone_number": "9876543210",
    "country_code": "+91",
    "extension": "",
    "phone_e164": "+919876543210",
}


def test_the_interpreter_builds_each_language_s_lexicon_once():
    from actions.interpret import Context, interpret

    vocabulary.cache_clear()
    BUILDS.clear()
    for text, asked in [("yes", "confirmed"), ("Ravi", "first_name"), ("cancel", "phone_number")] * 3:
        interpret(text, Context(asked=asked, known=FULL, language="en"))
    assert BUILDS == {"en": 1}


def test_the_interpreter_reads_the_words_of_the_conversation_s_language(tmp_path, monkeypatch):
    """A second pack, a copy of English that says yes with "jawohl": only a conversation in that
    language reads it as yes, so no reader holds English words of its own."""
    import shutil

    from actions.interpret import Context, interpret
    from actions.normalise import vocabulary as module

    for code in ("en", "xx"):
        shutil.copytree(module.LANGUAGES_DIR / "en", tmp_path / code)
    answers = tmp_path / "xx" / "answers.yml"
    answers.write_text(
        answers.read_text(encoding="utf-8").replace('"yes":\n', '"yes":\n  - jawohl\n', 1), encoding="utf-8"
    )
    monkeypatch.setattr(module, "LANGUAGES_DIR", tmp_path)
    vocabulary.cache_clear()
    try:
        said = {
            lang: interpret("jawohl", Context(asked="confirmed", known=FULL, language=lang))
            for lang in ("xx", "en")
        }
    finally:
        vocabulary.cache_clear()
    assert said["xx"].kind == "confirm"
    assert said["en"].kind != "confirm"
