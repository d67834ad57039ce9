"""Contacts in a message read with no question open: does it start a capture, and how many does it hold?

Outside the form the intent classifier would decide alone whether a capture starts, and
details it did not recognise were answered "Sorry, I didn't get that". Here the
interpreter reads the message first, with the same opener reading the form gives the
message that starts it (``interpret`` with ``asked=None``); only what that reading
finds counts. Pure: no Rasa, no I/O, nothing but ``interpret`` and public readers.

Which openers start a capture whatever the classifier said, in order (the first that
applies decides):

1. a command payload (``/intent``), a control request by its words ("cancel", "why"),
   a change or a deletion of the saved contact ("change my number to ..."): never;
   those have their own rules;
2. a number read with its country ("+91 98765 00303", "and Dr Amit Patel +91 98765 00303"): yes;
3. a name with a title, or a name beside a number still awaiting its country
   ("Dr Amit Patel", "Amit Patel 98765 00303"): yes;
4. anything else, a bare word read as a name ("Cool") or a number alone that may be an
   order number ("my order 123456"): no, the classifier decides as before.

Several contacts in one message ("Mr Alan Moore +44 20 7946 0401 and Ms Beth Orton
+44 20 7946 0402") are cut into one text per contact by ``split_contacts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Mapping

from ..normalise import split_phone_from_text
from ..normalise.vocabulary import Vocabulary, vocabulary
from . import Context, Reading, interpret, request_of
from .datatypes import Kind

# Requests with rules of their own, even when they carry a number ("change my number to +91 ...").
OWN_RULES = frozenset({"change_field", "delete_contact"})
MAX_NUMBERS_COUNTED = 20  # a message is not a phone book: counting stops here


def _has_number(slots: Mapping[str, Any]) -> bool:
    return bool(slots.get("phone_number") or slots.get("pending_phone"))


def _has_name(slots: Mapping[str, Any]) -> bool:
    return bool(slots.get("first_name"))


def starts_capture(reading: Reading) -> bool:
    """Steps 2-4 above, on the opener reading of a message."""
    slots = reading.slots
    if reading.kind != "answer":
        return False
    if slots.get("phone_number"):
        return True
    return _has_name(slots) and bool(slots.get("salutation") or slots.get("pending_phone"))


def contact_details(text: str, ctx: Context | None = None) -> Reading | None:
    """The opener reading of ``text`` when it holds contact details that start a capture, else None."""
    if not isinstance(text, str) or not text.strip() or text.lstrip().startswith("/"):
        return None  # step 1: "/call_ended", "/save_contact{...}" are commands, not typed details
    ctx = replace(ctx or Context(), asked=None)
    if request_of(text, words=ctx.words) in OWN_RULES:
        return None
    reading = interpret(text, ctx)
    return reading if starts_capture(reading) else None


def says_nothing(text: str, ctx: Context | None = None) -> bool:
    """Noise: a message in which nothing is read: no detail, no request, no control, no yes or no.

    "", blanks, "🙂🙂", "+++", 300 nines, "?!", "'; DROP TABLE contacts; --", "xkqzvt". Outside a form the
    intent classifier still names an intent for it, often one whose rule starts the form; the policy
    answers it with the greeting, which says what the bot can do, and no capture starts. A message that
    reads as anything at all (a name, a number, "save a contact", "yes", "why") is not noise.
    """
    if not isinstance(text, str):
        return True
    if re.match(r"\s*/\w", text):
        return False  # a command payload ("/greet") is the channel's, not a caller's words
    ctx = replace(ctx or Context(), asked=None)
    opened = interpret(text, ctx)
    if opened.kind not in (Kind.ANSWER, Kind.NOTHING) or any(
        v not in (None, "") for v in opened.slots.values()
    ):
        return False
    if request_of(text, words=ctx.words) is not None:
        return False
    return interpret(text, replace(ctx, asked="confirmed")).kind not in (
        Kind.CONFIRM,
        Kind.DENY,
        Kind.CONTROL,
    )


def count_numbers(text: str, *, words: Vocabulary) -> int:
    """How many phone-number-like runs of six digits or more ``text`` holds (spoken digits included)."""
    count, rest = 0, text
    while count < MAX_NUMBERS_COUNTED:
        rest, number = split_phone_from_text(rest, words=words)
        if not number:
            break
        count += 1
    return count


@dataclass(frozen=True)
class Split:
    """A message cut into one text per contact.

    ``pieces`` has one text per contact, in the order given (one piece: the message itself).
    ``uncut`` is True when the message holds several numbers but could not be cut into
    contacts that each have a name and a number (two names then two numbers, one person
    with two numbers): the capture goes on with the first, and the caller must be told.
    """

    pieces: tuple[str, ...]
    uncut: bool = False


@dataclass(frozen=True)
class _Patterns:
    between_contacts: re.Pattern[str]


def _build(words: Vocabulary) -> _Patterns:
    """Where one contact may end and the next begin: a line, a semicolon, a comma, a joining word
    ("and", the pack's ``contact_joins_frames``), "&". A cut is only kept when every piece reads as a
    contact with a name and a number of its own."""
    joins = "|".join(words.frames("contact_joins_frames"))
    return _Patterns(re.compile(rf"\s*(?:[\n;]+|,(?:\s*(?:{joins})\b)?|\b(?:{joins})\b|&)\s*", re.IGNORECASE))


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    number: bool
    name: bool


def _segments(text: str, ctx: Context) -> list[_Segment]:
    bounds = [0]
    for match in vocabulary(ctx.language).patterns(_build).between_contacts.finditer(text):
        bounds += [match.start(), match.end()]
    bounds.append(len(text))
    found = []
    for start, end in zip(bounds[::2], bounds[1::2]):
        if text[start:end].strip():
            slots = interpret(text[start:end], replace(ctx, asked=None)).slots
            found.append(_Segment(start, end, _has_number(slots), _has_name(slots)))
    return found


def _group(segments: list[_Segment]) -> list[tuple[int, int]]:
    """Spans of the contacts: each holds one segment with a number.

    When a name comes before the first number ("Mr A +44 ..., Ms B +44 ..."), a contact ends
    with its number and what follows it that names no one ("ext 12"); when the number comes
    first ("+44 ... Mr A; +44 ... Ms B"), a contact starts at its number.
    """
    numbered = [i for i, s in enumerate(segments) if s.number]
    name_first = any(s.name for s in segments[: numbered[0] + 1])
    spans: list[tuple[int, int]] = []
    first = 0
    for k, index in enumerate(numbered):
        if k == len(numbered) - 1:
            last = len(segments) - 1
        elif name_first:
            last = index
            while last + 1 < numbered[k + 1] and not segments[last + 1].name:
                last += 1
        else:
            last = numbered[k + 1] - 1
        spans.append((segments[first].start, segments[last].end))
        first = last + 1
    return spans


def split_contacts(text: str, ctx: Context | None = None) -> Split:
    """One text per contact of ``text``; a message with one contact (or none) is one piece."""
    ctx = ctx or Context()
    whole = Split((text,))
    if not isinstance(text, str) or count_numbers(text, words=ctx.words) < 2:
        return whole
    segments = _segments(text, ctx)
    if sum(s.number for s in segments) < 2:
        return Split((text,), uncut=True)
    pieces = tuple(text[start:end].strip(" ,;&") for start, end in _group(segments))
    for piece in pieces:
        slots = interpret(piece, replace(ctx, asked=None)).slots
        if not (_has_number(slots) and _has_name(slots)):
            return Split((text,), uncut=True)
    return Split(pieces)
