"""The patterns the interpreter matches, each built from the vocabulary's words for its role.

No word is written here: every list lives in ``actions.normalise.vocabulary`` (where a bot owner's
file extends it). This module only says how the lists combine: which fillers may come before a
yes, which tails after an answer, which words are never a name.
"""

from __future__ import annotations

import functools
import re

from ..normalise.vocabulary import WORDS, any_of

# One word of a name or a place in a pattern: a letter, then letters, combining marks (Devanagari's
# vowel signs are marks, not letters, to the regex engine), apostrophes, dots and hyphens.
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
WORD = rf"[^\W\d_][\w{MARKS}'’.\-]*"
_GAP = r"[\s,.!:;-]*"


def _run_of(alternation: str, guard: str = "") -> str:
    """A run of leading words: "um, well, ok so"."""
    return rf"(?:{guard}{alternation}\b{_GAP})+"


_NOT_A_YES_SOUND = rf"(?!{any_of(WORDS.yes_sounds)}\b)"
# Words said before an answer to a yes/no question that carry nothing: "so um, yes", "well, ok".
LEADING = re.compile(
    "^" + _run_of(any_of(WORDS.hesitations, WORDS.discourse, WORDS.waiting), _NOT_A_YES_SOUND), re.IGNORECASE
)
# Leading words before any other answer: "um yeah, it's Helen". Upper-case ER and MM are initials.
FILLER = re.compile(
    "^"
    + _run_of(
        any_of(WORDS.hesitations, WORDS.discourse, WORDS.agreeing),
        rf"(?!{any_of(WORDS.frames('initial_like_frames'))}\b)",
    ),
    re.IGNORECASE,
)
POLITE_TAIL = re.compile(rf"[\s,.!]*(?:\b{any_of(WORDS.polite_tails)}\b[\s,.!]*)+$", re.IGNORECASE)
HESITATION = re.compile(rf"(?<![\w']){any_of(WORDS.hesitations)}(?![\w'])", re.IGNORECASE)
_AGREEING_FILLER = re.compile(rf"\b{any_of(WORDS.frames('agreement_frames'))}\b", re.IGNORECASE)

YES = re.compile(rf"^{any_of(WORDS.yes)}(?![\w'])", re.IGNORECASE)
NO = re.compile(rf"^{any_of(WORDS.no)}(?![\w'])", re.IGNORECASE)
SOMETHING_TO_CHANGE = re.compile(rf"^{any_of(WORDS.something_to_change)}\b", re.IGNORECASE)
DECLINING = re.compile(rf"^{any_of(WORDS.declining)}\b", re.IGNORECASE)
NOTHING_TO_CHANGE = re.compile(rf"^{any_of(WORDS.nothing_to_change)}\b", re.IGNORECASE)


def core_of(text: str) -> str:
    """The words of a short answer once the fillers before it and the polite words after it are gone."""
    return POLITE_TAIL.sub("", LEADING.sub("", text.strip())).strip(" .,!?")


def yes_or_no(text: str) -> str | None:
    """ "yes", "no" or None for an answer to a yes/no question, fillers and all ("ok so not quite" is no).

    Read with the polite words after it and without them, so an owner's "haan ji" is a yes even
    though "ji" alone is a polite tail.
    """
    lead = LEADING.sub("", text.strip()).strip(" .,!?")
    core = core_of(text)
    for candidate in dict.fromkeys((lead, core)):
        if not candidate:
            continue
        if NOTHING_TO_CHANGE.match(candidate):  # "no changes, save it": before "no"
            return "yes"
        if NO.match(candidate) or SOMETHING_TO_CHANGE.match(candidate):
            return "no"
        yes = YES.match(candidate)
        if yes:  # "yeah no", "mm hmm no": the no after it is what counts
            rest = candidate[yes.end() :].strip(" ,.;:!-")
            return "no" if rest and NO.match(rest) and not NOTHING_TO_CHANGE.match(rest) else "yes"
    if not core:
        return "yes" if _AGREEING_FILLER.search(text) else None  # "well, ok"
    return None


def _frames(role: str) -> str:
    """A frame role's phrases as one alternation (the pack's order)."""
    return any_of(WORDS.frames(role))


# Requests that end or interrupt the form whatever the question was: matched on the whole text.
CONTROL = {
    "cancel": re.compile(
        rf"^(?:{_frames('cancel_lead_frames')}[,.!]?\s+)*{_frames('cancel_frames')}"
        rf"(?:\s+{_frames('cancel_tail_frames')})*[\s.!]*$",
        re.IGNORECASE,
    ),
    "ask_why": re.compile(
        rf"^(?:{_frames('ask_why_lead_frames')}[,.!]?\s+)?{_frames('ask_why_frames')}\b", re.IGNORECASE
    ),
    "bot_challenge": re.compile(rf"^{_frames('bot_challenge_frames')}\b", re.IGNORECASE),
    "goodbye": re.compile(rf"^{_frames('goodbye_frames')}[\s.!]*$", re.IGNORECASE),
}
# "let's stop here, cancel it", "stop, I don't want to do this": a cancel said as a clause of its own.
_CANCEL_CLAUSE = re.compile(
    rf"^(?:{_frames('cancel_clause_first_lead_frames')}\s+)?{_frames('cancel_clause_frames')}"
    rf"(?:\s+{_frames('cancel_clause_first_tail_frames')})*\s*[,.;!]|"
    rf"[,.;!]\s*(?:{_frames('cancel_clause_last_lead_frames')}\s+)?{_frames('cancel_clause_frames')}"
    rf"(?:\s+{_frames('cancel_clause_last_tail_frames')})*[\s.!]*$",
    re.IGNORECASE,
)
GREETING = re.compile(rf"^{_frames('greeting_frames')}[\s,.!]*$", re.IGNORECASE)

# Verbs and objects of "save a contact" and its relatives: never a name.
SAVE_VERB = "|".join(WORDS.save_verbs)
DELETE_VERB = "|".join(WORDS.delete_verbs)
CHANGE_VERB = "|".join(WORDS.change_verbs)
SAVE_REQUEST = re.compile(
    rf"\b(?:{SAVE_VERB})\b.*\b{any_of(WORDS.save_objects)}\b|\b{_frames('save_request_frames')}\b",
    re.IGNORECASE,
)
DELETE_REQUEST = re.compile(rf"\b(?:{DELETE_VERB})\b", re.IGNORECASE)
CHANGE_REQUEST = re.compile(rf"\b(?:{CHANGE_VERB})\b", re.IGNORECASE)

NOT_NAME = frozenset(WORDS.not_name)
# Words that wrap a short answer without being part of it: "erm myself Aija", "Lääne - thanks for your help".
LEADING_EDGE = frozenset(WORDS.leading_edge)
TRAILING_EDGE = frozenset(WORDS.trailing_edge)
TITLE_WORDS = frozenset(WORDS.titles)


def strip_fillers(text: str) -> str:
    """ "um, well, it's Helen, thanks" -> "it's Helen": what a caller wraps around an answer."""
    text = FILLER.sub("", text.strip())
    text = POLITE_TAIL.sub("", text)
    return text.strip(" ,.!?;:-")


def control_of(text: str) -> str | None:
    """The control request the whole text makes ("cancel", "ask_why", ...), if it clearly makes one."""
    core = text.strip()
    for name, pattern in CONTROL.items():
        if pattern.search(core):
            return name
    return "cancel" if _CANCEL_CLAUSE.search(core) else None


# "+965 22345679 no wait +965 22345678", "it's Javi, sorry no, Julius": what follows the last of these
# replaces what came before it.
SELF_CORRECTION = re.compile(
    rf"(?:^|[\s,.;:-]){any_of(WORDS.self_corrections)}(?=$|[\s,.;:!-])[\s,.;:!-]*", re.IGNORECASE
)


def self_corrected_parts(text: str) -> tuple[str, str] | None:
    """(what came before the caller's last correction, what came after), or None when there is none."""
    parts = [p for p in SELF_CORRECTION.split(text) if p.strip(" ,.;:-")]
    if len(parts) < 2 or not SELF_CORRECTION.search(text):
        return None
    return " ".join(parts[:-1]), parts[-1]


@functools.lru_cache(maxsize=1024)  # pure, and asked by several steps of one turn
def after_self_correction(text: str) -> str:
    """The part of an answer after the caller corrected themselves in it; the whole text when they did not.

    What follows the marker must say something ("it's in Lebanon, sorry, should've said" keeps Lebanon).
    """
    parts = SELF_CORRECTION.split(text)
    last = parts[-1].strip(" ,.;:-") if len(parts) > 1 else ""
    says_something = any(ch.isdigit() for ch in last) or any(
        w.casefold().strip(".,!?") not in NOT_NAME or w.casefold().strip(".,!?") in TITLE_WORDS
        for w in re.findall(WORD, last)
    )
    return last if last and says_something else text
