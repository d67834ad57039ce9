"""A lexicon is built once per language and process, and what a reader builds from it once too."""

from __future__ import annotations

import re

from actions.interpret.lexicon import BUILDS, lexicon
from actions.normalise.vocabulary import Vocabulary


def test_a_lexicon_and_each_reader_s_patterns_are_built_once_per_language():
    lexicon.cache_clear()
    BUILDS.clear()
    calls: list[str] = []

    def build(words: Vocabulary) -> re.Pattern[str]:
        calls.append(words.language)
        return re.compile(words.yes[0])

    first = lexicon("en").patterns(build)
    assert lexicon("en").patterns(build) is first
    assert calls == ["en"] and BUILDS == {"en": 1}
    assert first.match("yes")
