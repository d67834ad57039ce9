"""``interpret``: what one turn means, given the question the bot asked and what it knows.

Answers first: a text that answers the question asked is that answer, whatever the
intent classifier says, unless the text itself clearly asks to stop, cancel, or know
why. The intent only decides what a text that is not an answer was about. Every
refusal carries the sentence that says why.
"""

from __future__ import annotations

import re
from typing import Callable

from ..normalise import (
    NormalisationError,
    parse_phone,
)
from ..normalise.message import message
from ..normalise.spoken import spoken_to_digits
from ..normalise.text import clean_text
from ..normalise.vocabulary import MIN_SHORT_NUMBER_DIGITS as MIN_PHONE_DIGITS
from ..normalise.vocabulary import Vocabulary, any_of
from .common import (
    CONTROL_CONFIDENCE,
    CONTROL_INTENTS,
    ENDING_CONFIDENCE,
    ENDING_INTENTS,
    answer,
    holds_number,
    refuse,
    region_of,
)
from .corrections import apply_change, infer_change, several_changes, value_slots
from .datatypes import Context, Kind, Reading
from .field_mentions import field_patterns, find_field_value
from .labels import labelled_fields, row_fields, table_fields
from .lexicon import (
    after_self_correction,
    control_of,
    core_of,
    lexicon,
    self_corrected_parts,
)
from .numbers import corrected_number
from .opening import labelled, opening
from .readers import _caller_number, _change_request, _country, _name, _phone, _readback, _salutation
from .steps import Step, first_reading

# -- the entry point ------------------------------------------------------------------------------------

_READERS: dict[str, Callable[[str, Context], Reading]] = {
    "salutation": _salutation,
    "first_name": lambda text, ctx: _name(text, ctx, "first_name"),
    "last_name": lambda text, ctx: _name(text, ctx, "last_name"),
    "phone_number": _phone,
    "country": _country,
    "use_caller_number": _caller_number,
    "confirmed": _readback,
    "change_request": _change_request,
}
# Which named fields a question takes as its own answer ("my surname is Smith" answers the last name).
_ANSWERS_TO = {
    "salutation": ("salutation",),
    "first_name": ("first_name", "full_name"),
    "last_name": ("last_name", "full_name"),
    "phone_number": ("phone_number", "extension"),
    "country": ("country",),
}


_NAME_ANSWER_SLOTS = ("salutation", "first_name", "last_name")


def _mid_form_change(text: str, ctx: Context) -> Reading | None:
    """A named field and value while another question is open: "actually the title is Dr"."""
    asked = ctx.asked or ""
    if asked not in _ANSWERS_TO:
        return None
    if (
        asked == "phone_number"
        and sum(ch.isdigit() for ch in spoken_to_digits(text, words=ctx.words)) >= MIN_PHONE_DIGITS
    ):
        return None  # a number at the number question is its answer, whatever else the text names
    several = several_changes(text, ctx)  # "Bhavani is my first name and Uppal is my surname"
    if several is not None:
        slots = {k: v for k, v in several.slots.items() if k not in ("confirmed", "awaiting_change")}
        return Reading(
            Kind.ANSWER
            if several.kind == Kind.CORRECTION
            and set(slots) <= set(_NAME_ANSWER_SLOTS)
            and ctx.asked in ("first_name", "last_name")
            else several.kind,
            slots=slots if several.kind == Kind.CORRECTION else several.slots,
            say=several.say,
            refused=several.refused,
        )
    change = find_field_value(text, words=ctx.words)
    if change is None:
        return None
    if change.field is None:  # "wait, I meant Mrs": a title or a number says its own field; a name does not
        if asked not in ("first_name", "last_name"):
            return None  # the question's own reader takes "it's Ms", "it's +44 ..."
        return infer_change(change.value or "", ctx, quiet=True, countries=False)
    if (
        asked == "country"
        and change.field == "phone_number"
        and not any(ch.isdigit() for ch in change.value or "")
    ):
        return None  # "the number is from Andorra" answers the country question
    if change.field in _ANSWERS_TO[asked]:
        if change.value is None:
            return None
        if asked == "phone_number":
            return _phone(text, ctx)  # the number and an extension said before or after it
        if change.field == "full_name":
            try:
                return answer(value_slots("full_name", change.value, ctx))
            except NormalisationError:
                return None  # "the name I use is Eduards": the reader finds the name in the sentence
        reading = _READERS[asked](change.value, ctx)
        return None if reading.kind == "refusal" else reading
    if change.value is None:
        return None  # "my number" while the name is asked: not a change, read it as the answer
    return apply_change(change, ctx)


_PASTE_QUESTIONS = (None, "salutation", "first_name", "last_name", "phone_number")


# Which field a question asks for, as a decline names it.
_DECLINABLE = {
    "salutation": "salutation",
    "first_name": "first_name",
    "last_name": "last_name",
    "phone_number": "phone_number",
    "country": "country",
}


def _declined(text: str, ctx: Context) -> Reading | None:
    """ "I don't want to give my number": the field the caller will not give (named, or the one asked).

    Not an answer and not a failed one: the adapter says that the contact needs it and that they can
    cancel. A text that also gives a value ("I'd rather not say, but it's Smith") is read as that value.
    """
    asked = ctx.asked or ""
    if (
        asked not in _DECLINABLE
        or not lexicon(ctx.words).declining.match(core_of(text, ctx.words))
        or holds_number(text, words=ctx.words)
    ):
        return None
    mentions = field_patterns(ctx.words)
    named = mentions.field_mention.search(text)
    field = next((name for name in mentions.fields if named and named.group(name)), None) if named else None
    field = {
        "full_name": asked if asked in ("first_name", "last_name") else "first_name",
        "extension": None,
    }.get(field or "", field) or _DECLINABLE[asked]
    return Reading(Kind.REFUSAL, refused=asked, declined=field)


def _nothing_said(text: str, ctx: Context) -> Reading | None:
    if text:
        return None
    return refuse(ctx.asked, message("nothing_heard")) if ctx.asked else Reading(Kind.NOTHING)


def _not_saving(words: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\b{any_of(words.frames('not_saving_frames'))}\b", re.IGNORECASE)


def control_request(text: str, ctx: Context) -> str | None:
    """The control the words of ``text`` ask for ("cancel", "ask_why", ...) in ``ctx``, else None.

    The first step of every turn, and what the plugin's policy asks before the form reads a turn.
    """
    text = clean_text(text)
    if ctx.asked == "confirmed" and ctx.words.patterns(_not_saving).search(text):
        return None  # "no, don't save that" at the read-back is its no: asked what to change, nothing lost
    return control_of(text, ctx.words)


def _control_words(text: str, ctx: Context) -> Reading | None:
    control = control_request(text, ctx)
    return Reading(Kind.CONTROL, control=control) if control is not None else None


def _opening_message(text: str, ctx: Context) -> Reading | None:
    if ctx.asked is None:
        return opening(text, ctx)
    return None if ctx.asked in _READERS else Reading(Kind.NOTHING)


def _answer_text(text: str, ctx: Context) -> str:
    """An answer's text after the caller's own correction in it: "+965 22345679 no wait +965 22345678",
    or the number corrected part-way through ("plus one two four two three four
    six um sorry three four ...")."""
    if ctx.asked not in _ANSWERS_TO:
        return text
    if ctx.asked == "phone_number" and _number_with_extension(text, ctx):
        return text  # "0958 ext. no. 8452": the extension's "no." corrects nothing
    if ctx.asked == "phone_number":
        parts = self_corrected_parts(
            " ".join(lexicon(ctx.words).hesitation.sub(" ", text).split()), ctx.words
        )  # "i um mean", "double uh one"
        spliced = corrected_number(*parts, region_of(ctx), words=ctx.words) if parts else None
        if spliced:
            return spliced
    return after_self_correction(text, ctx.words)


def _number_with_extension(text: str, ctx: Context) -> bool:
    """The whole text reads as one number and its labelled extension (the pack's extension frames)."""
    try:
        return bool(parse_phone(text, region_of(ctx), words=ctx.words).extension)
    except NormalisationError:
        return False


def _decline(text: str, ctx: Context) -> Reading | None:
    return _declined(_answer_text(text, ctx), ctx)


def _other_field(text: str, ctx: Context) -> Reading | None:
    return _mid_form_change(_answer_text(text, ctx), ctx)


def _the_question_s_reader(text: str, ctx: Context) -> Reading:
    return _READERS[str(ctx.asked)](_answer_text(text, ctx), ctx)


def _answer_to_the_question(text: str, ctx: Context) -> Reading | None:
    reading = _the_question_s_reader(text, ctx)
    return None if reading.kind == Kind.REFUSAL and not reading.slots else reading


def _greeting(text: str, ctx: Context) -> Reading | None:
    return Reading(Kind.CONTROL, control="greet") if lexicon(ctx.words).greeting.match(text) else None


def _sure_control_intent(text: str, ctx: Context) -> Reading | None:
    needed = ENDING_CONFIDENCE if ctx.intent in ENDING_INTENTS else CONTROL_CONFIDENCE
    if ctx.intent in CONTROL_INTENTS and ctx.confidence >= needed:
        return Reading(Kind.CONTROL, control=ctx.intent)
    return None


# Every turn, in this order (a labelled paste is read before, on the raw text). Answers first: a text
# that answers the question is that answer, whatever NLU says; the intent only names a non-answer.
TURN = (
    Step("nothing said", "", _nothing_said),
    Step("control words", "cancel", _control_words),
    Step("opening message", "can you save Dr Jane Smith +44 7911 123456", _opening_message),
    Step("declined field", "I don't want to give my number", _decline, {"asked": "phone_number"}),
    Step("change of another field", "actually the title is Dr", _other_field, {"asked": "last_name"}),
    Step("answer to the question", "helen", _answer_to_the_question, {"asked": "first_name"}),
    Step("greeting", "hello there", _greeting, {"asked": "first_name"}),
    Step(
        "sure control intent",
        "what's the weather like",
        _sure_control_intent,
        {"asked": "first_name", "intent": "out_of_scope", "confidence": 0.9},
    ),
    Step(
        "refusal, with the reason", "please save it for me", _the_question_s_reader, {"asked": "first_name"}
    ),
)


def interpret(text: str, ctx: Context) -> Reading:
    """What ``text`` means in ``ctx`` (see ``Reading``): a labelled paste, else ``TURN``, in order."""
    if isinstance(text, str):
        symbols = ctx.words.symbols
        text = "".join(f" {symbols[ch]} " if ch in symbols else ch for ch in text)  # a thumbs-up is a yes
    pasted = isinstance(text, str) and ctx.asked in _PASTE_QUESTIONS
    fields = (
        (
            table_fields(text, words=ctx.words)
            or row_fields(text, ctx.salutations, words=ctx.words)
            or labelled_fields(text, words=ctx.words)
        )
        if pasted
        else {}
    )
    if fields:
        slots, say = labelled(fields, ctx)
        if slots:
            return Reading(
                Kind.ANSWER, slots=slots, say=say, control="save_contact" if ctx.asked is None else None
            )
    if pasted:
        text = re.sub(r"\s*[\n\t]+\s*", " | ", text.strip())  # lines of a paste stay apart once cleaned
    return first_reading(TURN, clean_text(text), ctx)
