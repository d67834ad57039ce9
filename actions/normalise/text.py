"""Text clean-up shared by the parsers: Unicode normal form, invisible characters, emoji."""

from __future__ import annotations

import unicodedata

MAX_INPUT = 10_000

# What separates the fields of a paste or the groups of a number, whichever tool or recogniser wrote
# it: any one of these marks, with or without spaces round it. Which one was picked says nothing about
# the contact, so every reader takes the whole class rather than the marks it happened to meet.
SEPARATOR_MARKS = "\n\t,;|/\u2022"
# A dash separates only with a space either side: inside a word or a number it is a hyphen.
SPACED_DASH = r"\s[-\u2013\u2014]+\s"
# Marks that open a question or an exclamation ("¿", "¡", the inverted interrobang): the closing mark
# ends the sentence as in any language, so the opening one is dropped and a reader anchored at the
# start of a sentence ("^why") sees its first word.
OPENING_MARKS = "\u00bf\u00a1\u2e18"


def clean_text(text: object) -> str:
    """NFC, no control/format characters (zero-width, RTL marks), no emoji or symbols, no opening
    question or exclamation marks ("¿por qué?" reads as "por qué?")."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT])
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if (cat in ("Cc", "Cf", "Co", "Cs", "Cn", "So", "Sk") and ch not in "\t\n") or ch in OPENING_MARKS:
            continue
        kept.append(" " if ch in "\t\n\r" else ch)
    return " ".join("".join(kept).split())


def folded(text: str) -> str:
    """ "Señora" -> "senora": case and accents folded, so spellings with and without them match."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
