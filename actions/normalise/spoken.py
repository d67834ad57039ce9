"""Spoken numbers as speech-to-text writes them, turned into digits before parsing.

No library expands "double"/"triple" or reads "oh" as zero without merging digit
groups ("nine eight seven" is not 987 said as a quantity), so this is a small
token pass of its own: digit words, doubles and triples, "plus", and only an
explicit "hundred"/"thousand" multiplies.
"""
from __future__ import annotations

import re

UNITS = {"zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "niner": 9}
ZERO_LETTERS = {"oh", "o"}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
REPEAT = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
EXTENSION_WORDS = {"extension", "ext", "extn", "ext."}
_TOKEN = re.compile(r"[A-Za-z]+\.?|\d+|\S")


def _is_digit_word(token: str | None) -> bool:
    if token is None:
        return False
    t = token.lower()
    return t.isdigit() or t in UNITS or t in TEENS or t in TENS or t in REPEAT


def spoken_to_digits(text: str) -> str:
    """"plus nine one double five oh seven" -> "+ 9 1 55 0 7"; other words pass through."""
    tokens = _TOKEN.findall(text.replace("-", " - "))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev_digit = bool(out) and out[-1][-1:].isdigit()
        if low in UNITS:
            out.append(str(UNITS[low]))
        elif low in ZERO_LETTERS and (prev_digit or _is_digit_word(nxt) or (nxt or "").lower() in ZERO_LETTERS):
            out.append("0")
        elif low in TEENS:
            out.append(str(TEENS[low]))
        elif low in TENS:
            unit = UNITS.get((nxt or "").lower())
            if unit:
                out.append(f"{TENS[low]}{unit}")
                i += 1
            else:
                out.append(f"{TENS[low]}0")
        elif low in REPEAT and nxt is not None:
            nlow = nxt.lower()
            digit = str(UNITS[nlow]) if nlow in UNITS else "0" if nlow in ZERO_LETTERS else nxt if nxt.isdigit() else None
            if digit is None:
                out.append(tok)
            else:
                out.append(digit[0] * REPEAT[low] + digit[1:])
                i += 1
        elif low in ("hundred", "thousand") and prev_digit:
            out[-1] += "00" if low == "hundred" else "000"
        elif low == "plus":
            out.append("+")
        elif low in EXTENSION_WORDS or (low in ("hash", "pound") and prev_digit):
            out.append("ext")
        elif low == "-" and prev_digit:
            pass  # "nine-eight" as written by some transcribers
        else:
            out.append(tok)
        i += 1
    return _join(out)


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r"\+\s+(?=\d)", "+", text)
    return re.sub(r"\s+([,.!?;:])", r"\1", text)
