"""Spoken numbers as speech-to-text writes them, turned into digits before parsing.

text2num (``alpha2digit``) knows each language's number words: what one word is worth. It does not
expand "double"/"triple", read "oh" as zero or know "niner", and read over a whole turn it would merge
digit groups ("nine eight seven" is not 987 said as a quantity). So this is a small word pass of its
own: each word's worth comes from text2num or from the language pack's digit-calling words
(``numbers.yml``: ``digit_words``, ``zero_letters``, ``repeat_words``, ``plus_words``,
``extension_keys``), and only the structure lives here: digits, doubles and triples, a tens word
with its unit, "plus", and only an explicit hundred or thousand multiplies. Words that are not
about numbers are left exactly as they were, so names and e-mail addresses beside a number survive.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from text_to_num import alpha2digit

from .text import SEPARATOR_MARKS
from .vocabulary import Vocabulary, any_of

# What may stand at a word's edge and is not the word: punctuation, and any mark that separates the
# groups of a number ("eight- one", "seven/ six"), so a number word keeps its worth beside any of them.
_EDGE = f".,!?;:()\"'-\u2013\u2014{SEPARATOR_MARKS}"
_MULTIPLIERS = (100, 1000)  # the only worths that multiply the digit before them ("five hundred")


@dataclass(frozen=True)
class _Patterns:
    """One language's digit-calling words, built once per language (``Vocabulary.patterns``)."""

    language: str | None  # text2num's language; None: it does not know this one, the pack's words only
    # Hesitations speech-to-text writes between the digits of one number: "six one two uh three four".
    hesitation: re.Pattern[str]
    digit_words: Mapping[str, int]
    zero_letters: frozenset[str]
    repeat_words: Mapping[str, int]
    plus_words: frozenset[str]
    extension_words: frozenset[str]
    # What an extension word or key becomes: the pack's first extension word, which the extension
    # readers of the same pack know (phone.py, interpret/numbers.py).
    extension_mark: str
    extension_keys: frozenset[str]
    # The word between a tens word and its unit ("treinta y cuatro"): numbers.yml's number_join_frames.
    number_join: re.Pattern[str]


def _build(words: Vocabulary) -> _Patterns:
    return _Patterns(
        language=words.language if _text2num_reads(words.language) else None,
        hesitation=re.compile(any_of(words.hesitations)),
        digit_words={word: int(digit) for word, digit in words.digit_words.items()},
        zero_letters=frozenset(words.zero_letters),
        repeat_words={word: int(times) for word, times in words.repeat_words.items()},
        plus_words=frozenset(words.plus_words),
        extension_words=frozenset(words.extension_words),
        extension_mark=next(iter(words.extension_words), "#"),
        extension_keys=frozenset(words.extension_keys),
        number_join=re.compile(any_of(words.frames("number_join_frames")), re.IGNORECASE),
    )


def _text2num_reads(language: str) -> bool:
    """Whether text2num knows ``language`` (en, es, fr, de, pt, it, nl): a pack for another language
    still works, with the number words of its own pack only."""
    try:
        alpha2digit("", language)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=8192)
def _read(core: str, language: str) -> int | None:
    """What text2num reads one word as, when it is a cardinal ("nine" 9, "twenty" 20, "hundred" 100)."""
    if not core.isalpha():  # figures and mixed tokens are not number words
        return None
    read = alpha2digit(core, language, threshold=0)
    return int(read) if read.isascii() and read.isdigit() else None  # an ordinal reads "2nd"


def _core(word: str) -> str:
    return word.strip(_EDGE).lower()


def _worth(core: str, said: _Patterns) -> int | None:
    if core in said.digit_words:
        return said.digit_words[core]
    return _read(core, said.language) if said.language else None


def _unit(core: str, said: _Patterns) -> int | None:
    """The digit a word says ("seven", "niner"), None for any other word."""
    worth = _worth(core, said)
    return worth if worth is not None and worth < 10 else None


def _teen(worth: int | None) -> bool:
    return worth is not None and 10 <= worth < 20


def _pair(worth: int | None) -> bool:
    """A two-digit number one word says whole: German "vierunddreißig" is 34, as text2num reads it."""
    return worth is not None and 20 < worth < 100 and worth % 10 != 0


def _tens(worth: int | None) -> bool:
    return worth is not None and 20 <= worth < 100 and worth % 10 == 0


def _hundreds(worth: int | None) -> bool:
    """A word that is a whole number of hundreds ("doscientos", "ciento", "hundred")."""
    return worth is not None and 100 <= worth < 1000 and worth % 100 == 0


@functools.lru_cache(maxsize=4096)
def _reads_as_product(before: str, core: str, language: str) -> bool:
    """Whether text2num reads "five hundred" as one number: ``core`` multiplies the word said before it
    (English "five hundred" is 500; Spanish "dos ciento" is two numbers, "doscientos" being 200)."""
    read = alpha2digit(f"{before} {core}", language, threshold=0)
    return read.isascii() and read.isdigit()


def _below_hundred(tokens: list[str], i: int, said: _Patterns) -> tuple[int, int] | None:
    """(worth, words used) of the number under a hundred that starts at ``tokens[i]``: a unit, a teen, a
    tens word with its unit ("thirty four", "treinta y cuatro") or one word ("veintitrés"); None if none."""
    if i >= len(tokens):
        return None
    worth = _worth(_core(tokens[i]), said)
    if worth is None or worth >= 100:
        return None
    if _tens(worth):
        nxt = _core(tokens[i + 1]) if i + 1 < len(tokens) else ""
        unit = _unit(nxt, said)
        if unit:
            return worth + unit, 2
        after = _worth(_core(tokens[i + 2]), said) if i + 2 < len(tokens) else None
        # a unit, or a teen where tens count in scores ("soixante ET onze" is 71)
        if after and after < 20 and worth + after < 100 and said.number_join.fullmatch(nxt):
            return worth + after, 3
    return worth, 1


def _rest_of_the_group(tokens: list[str], i: int, said: _Patterns) -> tuple[int, int] | None:
    """(worth, words used) of the number under a hundred that completes "cinq cent ..." at ``tokens[i]``:
    only when its group ends there (a mark, the end, or a word that is no lone digit). After "eight
    hundred" a run of lone digits is digits said one by one ("eight hundred five five five")."""
    core = _core(tokens[i]) if i < len(tokens) else ""
    # a compound the joined-words pass already made a figure ("trente-quatre" is 34)
    below = (int(core), 1) if core.isdigit() and len(core) <= 2 and not core.startswith("0") else None
    below = below or _below_hundred(tokens, i, said)
    if below is None:
        return None
    last = i + below[1] - 1
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    ends = (
        after is None
        or tokens[last][-1:] in ",.;:"
        or (_digit_of(after, said) is None and _worth(_core(after), said) not in _MULTIPLIERS)
    )  # ("five hundred two thousand" multiplies the two: 500 2000)
    return below if ends else None


def _digit_of(word: str, said: _Patterns) -> str | None:
    core = _core(word)
    unit = _unit(core, said)
    if unit is not None:
        return str(unit)
    if core in said.zero_letters:
        return "0"
    if core.isdigit():
        return core
    return None


def _is_number_word(word: str | None, said: _Patterns) -> bool:
    if word is None:
        return False
    core = _core(word)
    worth = _worth(core, said)
    return (
        core.isdigit()
        or (worth is not None and worth < 100)
        or core in said.repeat_words
        or core in said.plus_words
    )


def spoken_to_digits(text: str, *, words: Vocabulary) -> str:
    """ "plus nine one double five oh seven" -> "+91 55 0 7"; other words pass through untouched.

    ``words`` is the caller's language: its digit-calling words and the language text2num reads.
    """
    said = words.patterns(_build)
    tokens = [w for w in re.split(r"\s+", _split_joined(text, said)) if w]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word, core = tokens[i], _core(tokens[i])
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt_core = _core(nxt or "")
        prev_digit = bool(out) and out[-1][-1:].isdigit()
        in_number = prev_digit or (bool(out) and out[-1] == "+")  # "plus um nine six ..." is one number
        interjection = word[-1:] in ",!?"  # "Oh, 0612 ..." is not a zero
        worth = _worth(core, said)
        # "five hundred": the hundred multiplies the digit before it, unless the word before is a
        # number word that text2num reads apart from it ("dos ciento" is 2 then 100).
        multiplies = (
            worth in _MULTIPLIERS
            and prev_digit
            and not (
                said.language is not None
                and i > 0
                and _core(tokens[i - 1]).isalpha()
                and _worth(_core(tokens[i - 1]), said) is not None
                and not _reads_as_product(_core(tokens[i - 1]), core, said.language)
            )
        )
        below = _below_hundred(tokens, i + 1, said) if _hundreds(worth) and not multiplies else None
        if not core and prev_digit and nxt_core.isalpha() and _is_number_word(nxt, said):
            pass  # "nine eight seven ; six": a mark between spoken groups only separates, as a space does
        elif (
            said.hesitation.fullmatch(core)
            and in_number
            and (_is_number_word(nxt, said) or (nxt and nxt_core in said.zero_letters))
        ):
            pass  # dropped, so the digits either side stay one number
        elif worth is not None and worth < 10:
            out.append(str(worth))
        elif (
            core in said.zero_letters
            and not interjection
            and (prev_digit or _is_number_word(nxt, said) or (nxt and nxt_core in said.zero_letters))
        ):
            out.append("0")
        elif _teen(worth) or _pair(worth):
            out.append(str(worth))  # "seventeen"; a pair said as one word ("vierunddreißig") too
        elif worth is not None and _tens(worth):
            tens, used = _below_hundred(tokens, i, said) or (worth, 1)
            out.append(str(tens))
            i += used - 1
        elif worth is not None and 20 < worth < 100:
            out.append(str(worth))  # one word: "veintitrés"
        elif (
            worth is not None and _hundreds(worth) and not multiplies and (below is not None or worth >= 200)
        ):
            # "ochocientos diez" 810, "ciento tres" 103, "doscientos" 200: a group of three digits
            rest, used = below or (0, 0)
            out.append(str(worth + rest))
            i += used
        elif (
            core in said.repeat_words
            and nxt is not None
            and said.hesitation.fullmatch(nxt_core)
            and i + 2 < len(tokens)
            and _digit_of(tokens[i + 2], said) is not None
        ):
            tokens.pop(i + 1)  # "double uh one": the hesitation goes, the double stays
            continue
        elif core in said.repeat_words and nxt is not None and _digit_of(nxt, said) is not None:
            digits = _digit_of(nxt, said) or ""
            out.append(digits[0] * said.repeat_words[core] + digits[1:])
            i += 1
        elif multiplies:
            out[-1] += str(worth)[1:]  # "five hundred": 5 then its two zeros
            group = _rest_of_the_group(tokens, i + 1, said) if _hundreds(worth) else None
            if group is not None:  # "cinq cent six," is 506; "eight hundred five five five" stays 800 5 5 5
                out[-1] = str(int(out[-1]) + group[0])
                i += group[1]
        elif core in said.plus_words:
            out.append("+")
        elif core in said.extension_words or (core in said.extension_keys and prev_digit):
            out.append(said.extension_mark)
        else:
            out.append(word)
        i += 1
    return re.sub(r"\+\s+(?=\d)", "+", " ".join(out))


def _split_joined(text: str, said: _Patterns) -> str:
    """ "nine-eight-seven", "ninety-eight" and "seven,six" or "seven.six" are several number words;
    "Jean-Luc" is one name and "j.smith" an address. Between number words any separator mark only
    separates, as a space does, so the groups of a number read alike whatever stands between them."""

    def split(match: re.Match[str]) -> str:
        parts = _JOINS.split(match.group())
        if not all(_is_number_word(p, said) or _core(p) in said.zero_letters for p in parts):
            return match.group()
        whole = _compound(parts, said)
        return whole if whole is not None else " ".join(parts)

    return _JOINED.sub(split, text)


def _compound(parts: list[str], said: _Patterns) -> str | None:
    """One number under a hundred that several joined words make together, as text2num reads them
    ("ninety-eight" 98, "quatre-vingt-dix-neuf" 99, "soixante-dix-huit" 78), else None: joined digit
    words stay digits ("nine-eight-seven"), and a hundred or more is left to the word pass."""
    if said.language is None or len(parts) < 2:
        return None
    read = alpha2digit(" ".join(_core(p) for p in parts), said.language, threshold=0)
    if read.isascii() and read.isdigit() and not read.startswith("0") and int(read) < 100:
        return read
    return None


# What joins two words with no space between them: a hyphen, a full stop, or a mark that separates;
# never inside an address ("j.smith@...").
_JOINS = re.compile(rf"[-.\u2013\u2014{re.escape(SEPARATOR_MARKS)}]")
_JOINED = re.compile(rf"(?<![\w@])(?<!\w\.)[^\W\d_]+(?:{_JOINS.pattern}[^\W\d_]+)+(?![\w@]|\.\w)")
