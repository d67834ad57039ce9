"""The patterns every reader shares, built per language from that language's pack.

No word is written here: every word lives in the language pack (``actions/languages/<code>``,
extended by the owner's file). This module only says how the roles combine: which fillers may come
before a yes, which tails after an answer, which words are never a name. ``lexicon(words)`` builds
them once per language (``Vocabulary.patterns``); a reader passes the conversation's words
(``Context.words``), never a module global.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..normalise.vocabulary import Vocabulary, any_of

# One word of a name or a place in a pattern: a letter, then letters, combining marks (Devanagari's
# vowel signs are marks, not letters, to the regex engine), apostrophes, dots and hyphens.
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
WORD = rf"[^\W\d_][\w{MARKS}'’.\-]*"
_GAP = r"[\s,.!:;-]*"


def _run_of(alternation: str, guard: str = "") -> str:
    """A run of leading words: "um, well, ok so"."""
    return rf"(?:{guard}{alternation}\b{_GAP})+"


@dataclass(frozen=True)
class Lexicon:
    """One language's shared patterns and word sets (see ``_build`` for what each holds)."""

    words: Vocabulary
    leading: re.Pattern[str]  # before a yes or no: "so um, yes", "well, ok"
    filler: re.Pattern[str]  # before any other answer: "um yeah, it's Helen"
    polite_tail: re.Pattern[str]
    hesitation: re.Pattern[str]
    agreeing_filler: re.Pattern[str]
    yes: re.Pattern[str]
    no: re.Pattern[str]
    something_to_change: re.Pattern[str]
    declining: re.Pattern[str]
    nothing_to_change: re.Pattern[str]
    control: dict[str, re.Pattern[str]]  # requests that end or interrupt the form, on the whole text
    cancel_clause: re.Pattern[str]
    greeting: re.Pattern[str]
    save_request: re.Pattern[str]
    delete_request: re.Pattern[str]
    change_request: re.Pattern[str]
    self_correction: re.Pattern[str]
    not_name: frozenset[str]
    leading_edge: frozenset[str]  # words that wrap a short answer: "erm myself Aija", "Lääne - thanks"
    trailing_edge: frozenset[str]
    title_words: frozenset[str]


def _build(words: Vocabulary) -> Lexicon:
    def frames(role: str) -> str:
        return any_of(words.frames(role))

    def compiled(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    not_a_yes_sound = rf"(?!{any_of(words.yes_sounds)}\b)"
    return Lexicon(
        words=words,
        leading=compiled(
            "^" + _run_of(any_of(words.hesitations, words.discourse, words.waiting), not_a_yes_sound)
        ),
        filler=compiled(
            "^"
            + _run_of(
                any_of(words.hesitations, words.discourse, words.agreeing),
                rf"(?!{frames('initial_like_frames')}\b)",
            )
        ),
        polite_tail=compiled(rf"[\s,.!]*(?:\b{any_of(words.polite_tails)}\b[\s,.!]*)+$"),
        hesitation=compiled(rf"(?<![\w']){any_of(words.hesitations)}(?![\w'])"),
        agreeing_filler=compiled(rf"\b{frames('agreement_frames')}\b"),
        yes=compiled(rf"^{any_of(words.yes)}(?![\w'])"),
        no=compiled(rf"^{any_of(words.no)}(?![\w'])"),
        something_to_change=compiled(rf"^{any_of(words.something_to_change)}\b"),
        declining=compiled(rf"^{any_of(words.declining)}\b"),
        nothing_to_change=compiled(rf"^{any_of(words.nothing_to_change)}\b"),
        control={  # in this order: "forget me" is more than a cancel (the saved contact goes too)
            "forget_me": compiled(_plea(frames("forget_me_frames"), frames)),
            "cancel": compiled(
                rf"^(?:{frames('cancel_lead_frames')}[,.!]?\s+)*{frames('cancel_frames')}"
                rf"(?:\s+{frames('cancel_tail_frames')})*[\s.!]*$"
            ),
            "ask_why": compiled(
                rf"^(?:{frames('ask_why_lead_frames')}[,.!]?\s+)?{frames('ask_why_frames')}\b"
            ),
            "bot_challenge": compiled(rf"^{frames('bot_challenge_frames')}\b"),
            "goodbye": compiled(rf"^{frames('goodbye_frames')}[\s.!]*$"),
            "ask_help": compiled(_plea(frames("help_frames"), frames)),
        },
        # "let's stop here, cancel it", "stop, I don't want to do this": a cancel as a clause of its own.
        cancel_clause=compiled(
            rf"^(?:{frames('cancel_clause_first_lead_frames')}\s+)?{frames('cancel_clause_frames')}"
            rf"(?:\s+{frames('cancel_clause_first_tail_frames')})*\s*[,.;!]|"
            rf"[,.;!]\s*(?:{frames('cancel_clause_last_lead_frames')}\s+)?{frames('cancel_clause_frames')}"
            rf"(?:\s+{frames('cancel_clause_last_tail_frames')})*[\s.!]*$"
        ),
        greeting=compiled(rf"^{frames('greeting_frames')}[\s,.!]*$"),
        # Verbs and objects of "save a contact" and its relatives: never a name.
        save_request=compiled(
            rf"\b(?:{'|'.join(words.save_verbs)})\b.*\b{any_of(words.save_objects)}\b"
            rf"|\b{frames('save_request_frames')}\b"
        ),
        delete_request=compiled(rf"\b(?:{'|'.join(words.delete_verbs)})\b"),
        change_request=compiled(rf"\b(?:{'|'.join(words.change_verbs)})\b"),
        # "+965 22345679 no wait +965 22345678", "it's Javi, sorry no, Julius": what follows the last
        # of these replaces what came before it.
        self_correction=compiled(
            rf"(?:^|[\s,.;:-]){any_of(words.self_corrections)}(?=$|[\s,.;:!-])[\s,.;:!-]*"
        ),
        not_name=frozenset(words.not_name),
        leading_edge=frozenset(words.leading_edge),
        trailing_edge=frozenset(words.trailing_edge),
        title_words=frozenset(words.titles),
    )


def _plea(said: str, frames: Callable[[str], str]) -> str:
    """A whole message that asks for ``said``, its leads before it and its tails after it ("please forget
    me", "help pls"), ending in any punctuation."""
    lead, tail = frames("control_lead_frames"), frames("control_tail_frames")
    return rf"^(?:{lead}[,.!]?\s+)*{said}(?:[\s,]+{tail})*[\s.!?]*$"


def lexicon(words: Vocabulary) -> Lexicon:
    """The shared patterns of ``words``' language, built once per language."""
    return words.patterns(_build)


def core_of(text: str, words: Vocabulary) -> str:
    """The words of a short answer once the fillers before it and the polite words after it are gone."""
    lex = lexicon(words)
    return lex.polite_tail.sub("", lex.leading.sub("", text.strip())).strip(" .,!?")


def yes_or_no(text: str, words: Vocabulary) -> str | None:
    """ "yes", "no" or None for an answer to a yes/no question, fillers and all ("ok so not quite" is no).

    Read with the polite words after it and without them, so an owner's "haan ji" is a yes even
    though "ji" alone is a polite tail.
    """
    lex = lexicon(words)
    lead = lex.leading.sub("", text.strip()).strip(" .,!?")
    core = core_of(text, words)
    for candidate in dict.fromkeys((lead, core)):
        if not candidate:
            continue
        if lex.nothing_to_change.match(candidate):  # "no changes, save it": before "no"
            return "yes"
        if lex.no.match(candidate) or lex.something_to_change.match(candidate):
            return "no"
        yes = lex.yes.match(candidate)
        if yes:  # "yeah no", "mm hmm no": the no after it is what counts
            rest = candidate[yes.end() :].strip(" ,.;:!-")
            return "no" if rest and lex.no.match(rest) and not lex.nothing_to_change.match(rest) else "yes"
    if not core:
        return "yes" if lex.agreeing_filler.search(text) else None  # "well, ok"
    return None


def strip_fillers(text: str, words: Vocabulary) -> str:
    """ "um, well, it's Helen, thanks" -> "it's Helen": what a caller wraps around an answer."""
    lex = lexicon(words)
    text = lex.filler.sub("", text.strip())
    text = lex.polite_tail.sub("", text)
    return text.strip(" ,.!?;:-")


def control_of(text: str, words: Vocabulary) -> str | None:
    """The control request the whole text makes ("cancel", "ask_why", ...), if it clearly makes one."""
    lex = lexicon(words)
    core = text.strip()
    for name, pattern in lex.control.items():
        if pattern.search(core):
            return name
    return "cancel" if lex.cancel_clause.search(core) else None


def self_corrected_parts(text: str, words: Vocabulary) -> tuple[str, str] | None:
    """(what came before the caller's last correction, what came after), or None when there is none."""
    marker = lexicon(words).self_correction
    parts = [p for p in marker.split(text) if p.strip(" ,.;:-")]
    if len(parts) < 2 or not marker.search(text):
        return None
    return " ".join(parts[:-1]), parts[-1]


@functools.lru_cache(maxsize=1024)  # pure, and asked by several steps of one turn
def after_self_correction(text: str, words: Vocabulary) -> str:
    """The part of an answer after the caller corrected themselves in it; the whole text when they did not.

    What follows the marker must say something ("it's in Lebanon, sorry, should've said" keeps Lebanon).
    """
    lex = lexicon(words)
    parts = lex.self_correction.split(text)
    last = parts[-1].strip(" ,.;:-") if len(parts) > 1 else ""
    says_something = any(ch.isdigit() for ch in last) or any(
        w.casefold().strip(".,!?") not in lex.not_name or w.casefold().strip(".,!?") in lex.title_words
        for w in re.findall(WORD, last)
    )
    return last if last and says_something else text
