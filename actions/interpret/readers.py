"""One reader per question the bot asks, each an ordered list of named steps (the first that
reads the turn wins), written once with an example each; ``STEPS`` holds them all for the docs and
the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ..normalise import (
    NormalisationError,
    clean_name,
    parse_country,
    parse_phone,
    parse_salutation,
    split_phone_from_text,
)
from ..normalise.countries import country_named
from ..normalise.message import message
from ..normalise.salutation import lookup_salutation, titles_choice
from ..normalise.spoken import spoken_to_digits
from ..normalise.vocabulary import MAX_EXTENSION, Vocabulary, any_of
from .common import (
    CONTROL_CONFIDENCE,
    PHONE_SLOTS,
    WHICH_DETAIL,
    answer,
    cleared,
    found_slots,
    holds_number,
    person_slots,
    phone_slots,
    refuse,
    region_of,
)
from .corrections import apply_change, infer_change, named_change, number_ending, several_changes
from .datatypes import Context, Kind, Reading, Slot
from .field_mentions import Change, find_field_value, find_swap
from .lexicon import (
    WORD,
    core_of,
    lexicon,
    strip_fillers,
    yes_or_no,
)
from .numbers import PhoneFound, country_in_text, loose_extension, phone_in_text
from .opening import details
from .people import edge_trimmed, name_answer, name_in_text, plausible_name, respelled
from .steps import Step, first_reading

# -- one reader per question ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    """The answer readers' own patterns, one set per language."""

    clause: re.Pattern[str]  # "Dr, I have a PhD": a clause after a title says why, not who
    clause_break: re.Pattern[str]  # "he's a doctor so use Dr": the last clause answers
    first_then_last: re.Pattern[str]  # "Ana, and the surname is Ruiz"
    no_then: re.Pattern[str]  # "no, Miss please"
    country_words: frozenset[str]  # words said with a country: "based", "in"


def _build(words: Vocabulary) -> _Patterns:
    def frames(role: str) -> str:
        return any_of(words.frames(role))

    return _Patterns(
        clause=re.compile(rf"^[\s,;:.-]*{frames('title_clause_frames')}\b", re.IGNORECASE),
        clause_break=re.compile(rf"[,;]|\s+{frames('clause_break_frames')}\s+", re.IGNORECASE),
        first_then_last=re.compile(
            rf"^(?P<first>.+?)[\s,;]+{frames('last_name_label_frames')}"
            rf"\s*(?:{frames('last_name_link_frames')}(?!\w)|[:=-])?\s*(?P<last>.+)$",
            re.IGNORECASE,
        ),
        no_then=re.compile(rf"^{any_of(words.no)}\b[\s,.;:!-]*", re.IGNORECASE),
        country_words=frozenset(words.country_words),
    )


def _patterns(ctx: Context) -> _Patterns:
    return ctx.words.patterns(_build)


def _title_in_words(text: str, ctx: Context) -> str | None:
    """ "put me down as Mr", "Mr would be good": one title, and no other word a name could have."""
    words = re.findall(WORD, text)
    titles = {t for t in (lookup_salutation(w, ctx.salutations, words=ctx.words) for w in words) if t}
    others = [w for w in words if not lookup_salutation(w, ctx.salutations, words=ctx.words)]
    if len(titles) == 1 and all(w.casefold().strip(".") in lexicon(ctx.words).not_name for w in others):
        return titles.pop()
    return None


def _title_answer(text: str, ctx: Context) -> Reading | None:
    try:
        return answer({Slot.SALUTATION: parse_salutation(text, ctx.salutations, words=ctx.words)})
    except NormalisationError:
        return None


def _title_among_words(text: str, ctx: Context) -> Reading | None:
    title = _title_in_words(text, ctx)
    return answer({Slot.SALUTATION: title}) if title else None


def _title_not_another(text: str, ctx: Context) -> Reading | None:
    """ "Miss not doctor", "not Prof, doctor": the title said, not the one taken back."""
    swap = find_swap(text, words=ctx.words)
    if swap is None:
        return None
    new, old = (
        lookup_salutation(strip_fillers(part, ctx.words), ctx.salutations, words=ctx.words) for part in swap
    )
    return answer({Slot.SALUTATION: new}) if new and old else None


def _title_then_why(text: str, ctx: Context) -> Reading | None:
    """ "Dr, I have a PhD", "Mx i'm non-binary", "Mr if you don't mind": a title, then a clause about it."""
    core = strip_fillers(text, ctx.words)
    first, _, rest = core.partition(" ")
    title = lookup_salutation(first.rstrip(",.;:"), ctx.salutations, words=ctx.words)
    if title and (
        _patterns(ctx).clause.match(rest)
        or (first.endswith(",") and name_in_text(rest, ctx.salutations, words=ctx.words) is None)
    ):
        return answer({Slot.SALUTATION: title})
    return None


def _title_said_last(text: str, ctx: Context) -> Reading | None:
    """ "he's a medical doctor, use Dr": the last clause is the answer."""
    clauses = [c for c in _patterns(ctx).clause_break.split(text) if c.strip()]
    if len(clauses) < 2 or "|" in text or any(ch.isdigit() for ch in text):  # a paste is read as one
        return None
    return _title_answer(clauses[-1], ctx) or _title_among_words(clauses[-1], ctx)


def _title_in_a_paste(text: str, ctx: Context) -> Reading | None:
    slots, say = details(text, ctx)  # a paste: "Dr. Jane Smith", "Mr John Doe +91 ..."
    if "salutation" in slots or "phone_number" in slots or "pending_phone" in slots:
        return answer(slots, say)
    return None


def _titles_offered(text: str, ctx: Context) -> Reading:
    return refuse(Slot.SALUTATION, message("titles_allowed", titles=titles_choice(ctx.salutations)))


SALUTATION = (
    Step("title", "it's doctor", _title_answer),
    Step("title among words no name has", "put me down as Mr", _title_among_words),
    Step("title, not another", "Miss not doctor", _title_not_another),
    Step("title, then why", "Dr, I have a PhD", _title_then_why),
    Step("title said last", "he's a medical doctor, use Dr", _title_said_last),
    Step("paste with a title or a number", "Dr. Jane Smith +44 7911 123456", _title_in_a_paste),
    Step("refusal", "queen", _titles_offered),
)


def _salutation(text: str, ctx: Context) -> Reading:
    """The answer to "What title should I use?": ``SALUTATION``, in order."""
    return first_reading(SALUTATION, text, ctx)


def _strip_known_first(name: str, ctx: Context) -> str:
    first = ctx.known.get("first_name") or ""
    if first and name.casefold().startswith(first.casefold() + " "):
        return name[len(first) + 1 :]
    return name


def _last_name(text: str, ctx: Context) -> dict[str, Any]:
    """The answer to "And the last name?"; raises NormalisationError with the reason it is not one."""
    text = respelled(text, words=ctx.words)
    name = _strip_known_first(clean_name(text, words=ctx.words), ctx)
    if plausible_name(name, words=ctx.words):
        return {"last_name": name}
    person = name_in_text(text, ctx.salutations, words=ctx.words)
    if person is not None:
        return person_slots(person) if person.last else {"last_name": person.first}
    trimmed = _strip_known_first(edge_trimmed(name, words=ctx.words), ctx)
    if trimmed != name and plausible_name(trimmed, words=ctx.words):
        return {"last_name": clean_name(trimmed, words=ctx.words)}
    raise NormalisationError("name_not_plausible", code="name_words")


_SAID_AGAIN = re.compile(
    r"^(?P<word>[^\W\d_][\w'\-]*)[\s,.;:\u2013\u2014-]+(?=(?P=word)\s+\S)", re.IGNORECASE
)


def _name_parts(text: str, ctx: Context) -> tuple[str, dict[str, Any]]:
    """The name part of an answer to a name question, and the slots of a number said beside it."""
    text = _SAID_AGAIN.sub("", text.strip())  # "Ingrid, Ingrid Ali": the name said again in full
    spelled = respelled(
        strip_fillers(text, ctx.words) or text, words=ctx.words
    )  # before "double o" can become the digits 00
    text = spelled if spelled != (strip_fillers(text, ctx.words) or text) else text
    rest, phone_text = split_phone_from_text(text, words=ctx.words)
    rest = strip_fillers(rest, ctx.words) or rest
    slots: dict[str, Any] = {}
    if phone_text and not ctx.known.get(Slot.PHONE_NUMBER):
        try:
            slots.update(
                found_slots(
                    phone_in_text(phone_text, region_of(ctx), words=ctx.words)
                    or PhoneFound(None, None, None, "")
                )
            )
        except NormalisationError:
            pass  # the name is what was asked; the number will be asked for with its own reason
    return rest, slots


def _first_then_last(text: str, ctx: Context) -> Reading | None:
    rest, slots = _name_parts(text, ctx)
    both = _patterns(ctx).first_then_last.match(rest)  # "Chinyere and the surname is Onoh"
    if not both:
        return None
    try:
        first = name_answer(both.group("first"), ctx.salutations, words=ctx.words)
        return answer({**slots, **person_slots(first), **_last_name(both.group("last"), ctx)})
    except NormalisationError:
        return None


def _first_name(text: str, ctx: Context) -> Reading | None:
    rest, slots = _name_parts(text, ctx)
    try:
        return answer({**slots, **person_slots(name_answer(rest, ctx.salutations, words=ctx.words))})
    except NormalisationError:
        return None


def _last_name_answer(text: str, ctx: Context) -> Reading | None:
    rest, slots = _name_parts(text, ctx)
    try:
        return answer({**slots, **_last_name(rest, ctx)})
    except NormalisationError:
        return None


def _why_no_name(asked: str) -> Callable[[str, Context], Reading]:
    def refusal(text: str, ctx: Context) -> Reading:
        rest, _ = _name_parts(text, ctx)
        try:
            (
                _last_name(rest, ctx)
                if asked == Slot.LAST_NAME
                else name_answer(rest, ctx.salutations, words=ctx.words)
            )
        except NormalisationError as exc:
            return refuse(asked, exc.message)
        raise AssertionError("a name the steps before would have read")

    return refusal


def _name(text: str, ctx: Context, asked: str) -> Reading:
    """The answer to a name question: ``FIRST_NAME`` or ``LAST_NAME``, in order."""
    return first_reading(FIRST_NAME if asked == Slot.FIRST_NAME else LAST_NAME, text, ctx)


def _number_found(text: str, ctx: Context) -> Reading | None:
    try:
        found = phone_in_text(text, region_of(ctx), min_digits=1, words=ctx.words)
    except NormalisationError as exc:
        return refuse(Slot.PHONE_NUMBER, exc.message)  # a number, but not a usable one: why
    return answer(found_slots(found)) if found is not None else None


def _no_number(text: str, ctx: Context) -> Reading:
    return refuse(Slot.PHONE_NUMBER, message("number_missing"))


PHONE_NUMBER = (
    Step("number, or why it cannot be used", "it's +44 7911 123456 ext 12", _number_found),
    Step("refusal", "purple", _no_number),
)


def _phone(text: str, ctx: Context) -> Reading:
    """The answer to "What's the phone number?": ``PHONE_NUMBER``, in order."""
    return first_reading(PHONE_NUMBER, text, ctx)


def _country_among_words(text: str, ctx: Context):  # -> Country | None
    """ "yeah fiji yeah", "that one's Hungary", "+84 - Viet Nam": one country named
    among words no country has."""
    words = re.findall(WORD, text)
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            found = country_named(" ".join(words[start : start + size]), words=ctx.words)
            others = words[:start] + words[start + size :]
            if found is not None and all(
                w.casefold().strip(".") in lexicon(ctx.words).not_name
                or w.casefold() in _patterns(ctx).country_words
                for w in others
            ):
                return found
    return None


def _number_again(text: str, ctx: Context) -> Reading | None:
    return _phone(text, ctx) if holds_number(text, words=ctx.words) else None


def _country_named(text: str, ctx: Context) -> Reading | None:
    try:
        country = parse_country(strip_fillers(text, ctx.words), words=ctx.words)
    except NormalisationError:
        named = (
            country_named(strip_fillers(text, ctx.words), words=ctx.words)
            or _country_among_words(text, ctx)
            or country_in_text(text, words=ctx.words)
        )
        if named is None:
            return None
        country = named
    slots: dict[str, Any] = {Slot.COUNTRY: country.region}
    pending = ctx.known.get(Slot.PENDING_PHONE)
    if pending:
        try:
            slots.update(phone_slots(parse_phone(pending, country.region, words=ctx.words)))
        except NormalisationError as exc:
            return Reading(
                Kind.REFUSAL,
                slots={**cleared(PHONE_SLOTS), Slot.COUNTRY: None},
                say=(exc.message,),
                refused=Slot.PHONE_NUMBER,
            )
    return answer(slots)


def _unknown_country(text: str, ctx: Context) -> Reading:
    try:
        parse_country(strip_fillers(text, ctx.words), words=ctx.words)
    except NormalisationError as exc:
        return refuse(Slot.COUNTRY, exc.message)
    raise AssertionError("a country parse_country knows is read by the step before")


COUNTRY = (
    Step("the number again, with its code", "+33 6 12 34 56 78", _number_again),
    Step("country", "it's in Sweden", _country_named),
    Step("refusal", "Atlantis", _unknown_country),
)


def _country(text: str, ctx: Context) -> Reading:
    """The answer to "Which country is that number in?": ``COUNTRY``, in order."""
    return first_reading(COUNTRY, text, ctx)


def _another_number(text: str, ctx: Context) -> Reading | None:
    if not holds_number(text, words=ctx.words):
        return None
    reading = _phone(text, ctx)
    return Reading(
        reading.kind, {Slot.USE_CALLER_NUMBER: False, **reading.slots}, reading.say, refused=reading.refused
    )


def _use_it_or_not(text: str, ctx: Context) -> Reading | None:
    said = yes_or_no(text, ctx.words)
    if said == "yes":
        return Reading(
            Kind.CONFIRM,
            {
                Slot.USE_CALLER_NUMBER: True,
                **phone_slots(parse_phone(ctx.known["caller_number"], words=ctx.words)),
            },
        )
    if said == "no":
        return Reading(Kind.DENY, {Slot.USE_CALLER_NUMBER: False})
    return None


def _intent_on_caller_number(text: str, ctx: Context) -> Reading | None:
    if ctx.intent == "affirm":
        return Reading(
            Kind.CONFIRM,
            {
                Slot.USE_CALLER_NUMBER: True,
                **phone_slots(parse_phone(ctx.known["caller_number"], words=ctx.words)),
            },
        )
    if ctx.intent == "deny":
        return Reading(Kind.DENY, {Slot.USE_CALLER_NUMBER: False})
    return None


def _ask_use_it(text: str, ctx: Context) -> Reading:
    return refuse(Slot.USE_CALLER_NUMBER, message("caller_number_yes_or_no"))


CALLER_NUMBER = (
    Step("another number", "no, use +44 7911 123456", _another_number),
    Step("yes or no", "yes please", _use_it_or_not),
    Step("intent", "go on then", _intent_on_caller_number, {"intent": "affirm", "confidence": 0.6}),
    Step("refusal", "purple", _ask_use_it),
)


def _caller_number(text: str, ctx: Context) -> Reading:
    """The answer to "Shall I use the number you are calling from?": ``CALLER_NUMBER``, in order."""
    return first_reading(CALLER_NUMBER, text, ctx)


# A number said beside a name is kept; "Ingrid, Ingrid Ali" is the name said again in full.
FIRST_NAME = (
    Step("first and last name together", "Chinyere and the surname is Onoh", _first_then_last),
    Step("name", "helen", _first_name),
    Step("refusal, with the reason", "please save it for me", _why_no_name(Slot.FIRST_NAME)),
)
LAST_NAME = (
    Step("last name", "S M I T H", _last_name_answer),
    Step("refusal, with the reason", "asha@example.com", _why_no_name(Slot.LAST_NAME)),
)


# -- the read-back ("Shall I save it?") and "What should I change?" --------------------------------------


def _several(text: str, ctx: Context) -> Reading | None:
    return several_changes(text, ctx)


def _named(text: str, ctx: Context) -> Reading | None:
    return named_change(text, ctx)[0]


def _extension(text: str, ctx: Context) -> Reading | None:
    extension = loose_extension(ctx.words).search(spoken_to_digits(text, words=ctx.words))
    if extension and sum(ch.isdigit() for ch in spoken_to_digits(text, words=ctx.words)) <= MAX_EXTENSION:
        return apply_change(Change("extension", extension.group(1)), ctx)
    return None


def _new_number(text: str, ctx: Context) -> Reading | None:
    return apply_change(Change("phone_number", text), ctx) if holds_number(text, words=ctx.words) else None


def _value_after_link(text: str, ctx: Context) -> Reading | None:
    change = find_field_value(text, words=ctx.words)
    if change is None or change.field is not None:
        return None
    return infer_change(change.value or "", ctx, quiet=True)


def _no_then_value(text: str, ctx: Context) -> Reading | None:
    """ "no, Miss please", "er no doctor": a no, then a value whose kind says its field."""
    core = lexicon(ctx.words).leading.sub("", text.strip())
    match = _patterns(ctx).no_then.match(core)
    rest = core[match.end() :] if match else ""
    return infer_change(strip_fillers(rest, ctx.words), ctx, quiet=True) if rest.strip(" .,!?") else None


def _value_alone(text: str, ctx: Context) -> Reading | None:
    return infer_change(strip_fillers(text, ctx.words), ctx, quiet=True)


def _no_or_yes(text: str, ctx: Context) -> Reading | None:
    said = yes_or_no(text, ctx.words)
    if said == "no":
        return Reading(Kind.DENY, {Slot.AWAITING_CHANGE: True, Slot.CONFIRMED: None})
    if said == "yes":
        return Reading(Kind.CONFIRM, {Slot.CONFIRMED: True})
    return None


def _sure_intent(text: str, ctx: Context) -> Reading | None:
    if ctx.confidence < CONTROL_CONFIDENCE:
        return None
    if ctx.intent == "deny":
        return Reading(Kind.DENY, {Slot.AWAITING_CHANGE: True, Slot.CONFIRMED: None})
    if ctx.intent == "affirm":
        return Reading(Kind.CONFIRM, {Slot.CONFIRMED: True})
    return None


def _ask_yes_or_no(text: str, ctx: Context) -> Reading:
    return refuse(Slot.CONFIRMED, message("confirm_yes_or_no"))


def _number_ending(text: str, ctx: Context) -> Reading | None:
    return number_ending(core_of(text, ctx.words), ctx)


# A change wins over the yes or no around it: "no, my last name is Smith" changes the name.
READBACK = (
    Step("the number's ending", "no, it ends in 45", _number_ending),
    Step(
        "several corrections",
        "the first name is spelled P R I Y A and the last name should be Raman-Iyer",
        _several,
    ),
    Step("correction naming its field", "no, my last name is Smith", _named),
    Step("extension", "i forgot my extension, it's 7116", _extension),
    Step("new number", "no, it's +972 2 123 4567", _new_number),
    Step("value whose kind says its field", "no, it's Ms", _value_after_link),
    Step("no, then a value", "no, Miss please", _no_then_value),
    Step("yes or no", "yes, save it", _no_or_yes),
    Step("value alone", "Dr", _value_alone),
    Step("sure intent", "mm okay then", _sure_intent, {"intent": "affirm", "confidence": 0.9}),
    Step("refusal", "purple", _ask_yes_or_no),
)


def _nothing_to_change(text: str, ctx: Context) -> Reading | None:
    """ "nothing, it's fine": back to the read-back, which asks again before anything is saved."""
    if lexicon(ctx.words).nothing_to_change.match(core_of(text, ctx.words)):
        return Reading(Kind.ANSWER, {Slot.AWAITING_CHANGE: None, Slot.CONFIRMED: None})
    return None


def _yes_or_no_is_no_answer(text: str, ctx: Context) -> Reading | None:
    """ "yes" to "What should I change?" answers nothing: it never saves, the question is asked again."""
    return refuse(Slot.CHANGE_REQUEST, WHICH_DETAIL) if yes_or_no(text, ctx.words) is not None else None


def _value_of_a_change(text: str, ctx: Context) -> Reading | None:
    change = find_field_value(text, words=ctx.words)
    return infer_change(strip_fillers((change.value if change else None) or text, ctx.words), ctx, quiet=True)


def _which_detail(text: str, ctx: Context) -> Reading:
    return refuse(Slot.CHANGE_REQUEST, WHICH_DETAIL)


CHANGE_REQUEST = (
    Step("the number's ending", "it ends in 45", _number_ending),
    Step("several corrections", "the title is Dr and the number is +44 7911 123456", _several),
    Step("correction naming its field", "the surname, it's Iyer", _named),
    Step("extension", "i forgot the extension, it's 7116", _extension),
    Step("new number", "+972 2 123 4567", _new_number),
    Step("nothing to change", "nothing, it's fine", _nothing_to_change),
    Step("yes or no answers nothing", "yes", _yes_or_no_is_no_answer),
    Step("value whose kind says its field", "Ms", _value_of_a_change),
    Step("refusal", "purple", _which_detail),
)


def _readback(text: str, ctx: Context) -> Reading:
    """Yes, no, or any change the form would take: ``READBACK``, in order."""
    return first_reading(READBACK, text, ctx)


def _change_request(text: str, ctx: Context) -> Reading:
    """The answer to "What should I change?": ``CHANGE_REQUEST``, in order."""
    return first_reading(CHANGE_REQUEST, text, ctx)
