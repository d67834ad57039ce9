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
