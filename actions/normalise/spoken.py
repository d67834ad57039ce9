"""Spoken numbers as speech-to-text writes them, turned into digits before parsing.

No library expands "double"/"triple" or reads "oh" as zero without merging digit
groups ("nine eight seven" is not 987 said as a quantity), so this is a small
word pass of its own: digit words, doubles and triples, "plus", and only an
explicit "hundred"/"thousand" multiplies. Words that are not about numbers are
left exactly as they were, so names and e-mail addresses beside a number survive.
"""

from __future__ import annotations

import re

from .vocabulary import WORDS, any_of

UNITS = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "nil": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "niner": 9,
}
ZERO_LETTERS = {"oh", "o"}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
REPEAT = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
EXTENSION_WORDS = frozenset(WORDS.extension_words)
# Hesitations speech-to-text writes between the digits of one number: "six one two uh three four".
_HESITATION = re.compile(any_of(WORDS.hesitations))
_EDGE = ".,!?;:()\"'"


def _core(word: str) -> str:
    return word.strip(_EDGE).lower()


def _digit_of(word: str) -> str | None:
    core = _core(word)
    if core in UNITS:
        return str(UNITS[core])
    if core in ZERO_LETTERS:
        return "0"
    if core.isdigit():
        return core
    return None


def _is_number_word(word: str | None) -> bool:
    if word is None:
        return False
    core = _core(word)
    return (
        core.isdigit() or core in UNITS or core in TEENS or core in TENS or core in REPEAT or core == "plus"
    )


def spoken_to_digits(text: str) -> str:
    """ "plus nine one double five oh seven" -> "+91 55 0 7"; other words pass through untouched."""
    words = [w for w in re.split(r"\s+", _split_hyphenated(text)) if w]
    out: list[str] = []
    i = 0
    while i < len(words):
        word, core = words[i], _core(words[i])
        nxt = words[i + 1] if i + 1 < len(words) else None
        prev_digit = bool(out) and out[-1][-1:].isdigit()
        in_number = prev_digit or (bool(out) and out[-1] == "+")  # "plus um nine six ..." is one number
        interjection = word[-1:] in ",!?"  # "Oh, 0612 ..." is not a zero
        if (
            _HESITATION.fullmatch(core)
            and in_number
            and (_is_number_word(nxt) or (nxt and _core(nxt) in ZERO_LETTERS))
        ):
            pass  # dropped, so the digits either side stay one number
        elif core in UNITS:
            out.append(str(UNITS[core]))
        elif (
            core in ZERO_LETTERS
            and not interjection
            and (prev_digit or _is_number_word(nxt) or (nxt and _core(nxt) in ZERO_LETTERS))
        ):
            out.append("0")
        elif core in TEENS:
            out.append(str(TEENS[core]))
        elif core in TENS:
            unit = UNITS.get(_core(nxt or ""))
            out.append(f"{TENS[core]}{unit}" if unit else f"{TENS[core]}0")
            i += 1 if unit else 0
        elif (
            core in REPEAT
            and nxt is not None
            and _HESITATION.fullmatch(_core(nxt))
            and i + 2 < len(words)
            and _digit_of(words[i + 2]) is not None
        ):
            words.pop(i + 1)  # "double uh one": the hesitation goes, the double stays
            continue
        elif core in REPEAT and nxt is not None and _digit_of(nxt) is not None:
            digits = _digit_of(nxt) or ""
            out.append(digits[0] * REPEAT[core] + digits[1:])
            i += 1
        elif core in ("hundred", "thousand") and prev_digit:
            out[-1] += "00" if core == "hundred" else "000"
        elif core == "plus":
            out.append("+")
        elif core in EXTENSION_WORDS or (core in ("hash", "pound") and prev_digit):
            out.append("ext")
        else:
            out.append(word)
        i += 1
    return re.sub(r"\+\s+(?=\d)", "+", " ".join(out))


def _split_hyphenated(text: str) -> str:
    """ "nine-eight-seven" and "ninety-eight" are several number words, "Jean-Luc" is one name."""

    def split(match: re.Match[str]) -> str:
        parts = match.group().split("-")
        return (
            " ".join(parts)
            if all(_is_number_word(p) or _core(p) in ZERO_LETTERS for p in parts)
            else match.group()
        )

    return re.sub(r"[A-Za-z]+(?:-[A-Za-z]+)+", split, text)
