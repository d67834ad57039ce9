"""Changes: at the read-back, after "what should I change?", mid-form and after the save.

A change names a field and a value, names a field alone (its slots cleared, so the form asks again),
or gives a value whose kind says its field. Turning the value into slots happens here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..normalise import (
    NormalisationError,
    clean_name,
    parse_country,
    parse_phone,
    parse_salutation,
)
from ..normalise.countries import country_named
from ..normalise.message import message
from ..normalise.salutation import lookup_salutation
from ..normalise.spoken import spoken_to_digits
from ..normalise.text import clean_text
from ..normalise.vocabulary import MAX_EXTENSION, Vocabulary, one_of, vocabulary
from ..normalise.vocabulary import MIN_SHORT_NUMBER_DIGITS as MIN_PHONE_DIGITS
from .common import (
    PHONE_SLOTS,
    WHICH_DETAIL,
    cleared,
    found_slots,
    holds_number,
    person_slots,
    phone_slots,
    refuse,
    region_of,
)
from .datatypes import Context, Kind, Reading
from .field_mentions import (
    Change,
    field_patterns,
    find_field_value,
    find_swap,
    first_match,
    frame_words,
)
from .lexicon import (
    strip_fillers,
)
from .numbers import phone_in_text
from .people import name_answer, plausible_name, respelled


def _swap(text: str, ctx: Context) -> Reading | None:
    """ "it's Westman not Bembenek": the field whose value is the old one gets the new one."""
    swap = find_swap(text, words=ctx.words)
    if swap is None:
        ending = _ending(text, ctx)  # "it ends in 45": the number's last digits, none named as old
        return _digits_swap(ending, None, ctx) if ending else None
    new, old = swap
    if sum(ch.isdigit() for ch in new) >= MIN_PHONE_DIGITS:  # "+597 211 234 not +58 212-1234567"
        return apply_change(Change("phone_number", new), ctx)
    new_digits = _ending(new, ctx) or _only_digits(new, ctx)
    if new_digits and _only_digits(old, ctx):  # "it's 21 not 12", "it ends in 11 not 10"
        return _digits_swap(new_digits, _only_digits(old, ctx), ctx)
    for field in ("salutation", "first_name", "last_name"):
        if _same_value(field, old, ctx):
            return apply_change(Change(field, new), ctx)
    return None


def _only_digits(text: str, ctx: Context) -> str | None:
    """The digits ``text`` is made of, spoken or typed ("twenty one", "2 1"), else None."""
    figures = spoken_to_digits(clean_text(text), words=ctx.words).strip(" ,.!?")
    return re.sub(r"[\s-]", "", figures) if re.fullmatch(r"\d[\d\s-]*", figures) else None


def _ending(text: str, ctx: Context) -> str | None:
    """The digits of "it ends in 45", "no, the last two digits are oh seven"; None for anything else.

    The frame is matched on the words as said ("the last two digits", not "the last 2 digits"), and
    what its hole holds must be digits only, typed or spoken.
    """
    said = field_patterns(ctx.words).lead.sub("", clean_text(text)).strip(" ,.!?")
    for frame in frame_words(ctx.words, "number_ending_frames", digits="(.+)"):
        match = re.fullmatch(frame, said, re.IGNORECASE)
        if match:
            return _only_digits(next(group for group in match.groups() if group), ctx)
    return None


def number_ending(text: str, ctx: Context) -> Reading | None:
    """ "it ends in 45", "the last two digits are 07": the end of the number read back, corrected."""
    ending = _ending(text, ctx)
    return _digits_swap(ending, None, ctx) if ending else None


def _digits_swap(new: str, old: str | None, ctx: Context) -> Reading | None:
    """Digits that replace the extension, or exactly as many digits at the end of the number read back.

    Only a number already read back is corrected so, and only its last ``len(new)`` digits: a first
    statement of a number is never a correction. Digits that fit both the extension and the number's
    end are asked about, naming both; digits that fit neither are no swap (None).
    """
    national = str(ctx.known.get("phone_number") or "")
    extension = str(ctx.known.get("extension") or "")
    fits = []
    if old is not None and extension and old == extension:
        fits.append("extension")
    if (
        national
        and len(new) < len(national)
        and (old is None or (len(old) == len(new) and national.endswith(old)))
    ):
        fits.append("phone_number")
    if len(fits) > 1:
        return refuse("change_request", message("digits_which_field", digits=new, extension=extension))
    if fits == ["extension"]:
        return apply_change(Change("extension", new), ctx)
    if fits == ["phone_number"]:
        number = f"{ctx.known.get('country_code') or ''}{national[: -len(new)]}{new}"
        reading = apply_change(Change("phone_number", number), ctx)
        if extension and reading.kind == Kind.CORRECTION:  # the extension, not named, stays
            return replace(reading, slots={**reading.slots, "extension": extension})
        return reading
    return None


def _same_value(field: str, said: str, ctx: Context) -> bool:
    """Does ``said`` name what ``field`` holds now ("Dr." is the title Dr)?"""
    known = str(ctx.known.get(field) or "")
    if field == "salutation":
        return bool(known) and lookup_salutation(said, ctx.salutations, words=ctx.words) == known
    return bool(known) and known.casefold() == said.casefold()


def named_change(text: str, ctx: Context) -> tuple[Reading | None, Change | None]:
    """A change that says its field, by name or by the old value; else the field-less change found, if any."""
    ending = number_ending(text, ctx)  # "the last two digits are 07" names no field, though it says "last"
    if ending is not None:
        return ending, None
    change = find_field_value(text, words=ctx.words)
    if change is not None and change.field is not None:
        return apply_change(change, ctx), change
    return _swap(text, ctx), change


# -- changes: at the read-back, after "what should I change?", and mid-form ---------------------------


@dataclass(frozen=True)
class _Patterns:
    several: re.Pattern[str]
    clauses: re.Pattern[str]
    fields_then_values: tuple[re.Pattern[str], ...]
    verb_lead: tuple[re.Pattern[str], ...]
    clause_lead: re.Pattern[str]


def _build(words: Vocabulary) -> _Patterns:
    any_field = "|".join("|".join(names) for names in words.field_names.values())
    and_ = one_of(frame_words(words, "clause_and_frames"))
    joiner = one_of(frame_words(words, "clause_joiner_frames"))
    field_lead = one_of(frame_words(words, "clause_field_lead_frames"))
    i = re.IGNORECASE
    two_fields = frame_words(
        words, "two_fields_frames", f1=any_field, f2=any_field, colon=r"\s*[:,-]\s*", v1=".+?", v2=".+?"
    )
    verb = one_of(frame_words(words, "clause_verbs_frames"))
    return _Patterns(
        several=re.compile(
            rf"\s*(?:[,;]\s*(?:{and_}\s+)?|\s+{joiner}\s+)(?=(?:{field_lead}\s+)*(?:{any_field})\b)", i
        ),
        # "Bilkisu instead of Durgadin, and Ťapáková instead of Ertaş",
        # "Raquel's the first name, Batista the surname"
        clauses=re.compile(rf"\s*(?:,\s*{and_}\s+|[,;]\s*|\s+{and_}\s+)\s*", i),
        fields_then_values=tuple(re.compile(rf"^{frame}[\s.!]*$", i) for frame in two_fields),
        verb_lead=tuple(
            re.compile(rf"^\s*{frame}\b", i) for frame in frame_words(words, "clause_verb_frames", verb=verb)
        ),
        clause_lead=re.compile(rf"^\s*{one_of(frame_words(words, 'clause_lead_frames'))}\s+", i),
    )


def _part_reading(part: str, ctx: Context) -> Reading | None:
    lead = vocabulary(ctx.language).patterns(_build).clause_lead
    change = find_field_value(lead.sub("", part), words=ctx.words)
    if change is not None and change.field is not None:
        return apply_change(change, ctx)
    return _swap(part, ctx)


def several_changes(text: str, ctx: Context) -> Reading | None:
    """ "the first name is spelled P R I Y A and the last name should be Raman-Iyer", "change last name to
    Fischer and first name to Kiwara", "Bilkisu instead of Durgadin, and Ťapáková instead of Ertaş": two or
    more changes, each naming its field or its old value, read as one correction (None unless at least two
    are read; one that cannot be used is refused with its reason, nothing half-changed)."""
    p = vocabulary(ctx.language).patterns(_build)
    pairs = first_match(p.fields_then_values, text)
    if pairs:  # "wrong title and given name: DR and Kent"
        text = f"{pairs.group('f1')} {pairs.group('v1')}; {pairs.group('f2')} {pairs.group('v2')}"
    text = field_patterns(ctx.words).lead.sub("", text)  # "no, the first name is Piia and ..."
    for splitter in (p.several, p.clauses):
        parts = [p for p in splitter.split(text) if p.strip()]
        if len(parts) < 2:
            continue
        verb = first_match(p.verb_lead, parts[0])
        if verb:  # "change X to A and Y to B": the verb serves every part
            parts = [
                parts[0],
                *(
                    part if first_match(p.verb_lead, part) else f"{verb.group('verb')} {part}"
                    for part in parts[1:]
                ),
            ]
        readings = [_part_reading(part, ctx) for part in parts]
        if any(r is None for r in readings):
            continue
        slots: dict[str, Any] = {}
        for reading in readings:
            assert reading is not None
            if reading.kind != Kind.CORRECTION:
                return reading
            slots.update(reading.slots)
        return changed(slots)
    return None


def changed(slots: dict[str, Any]) -> Reading:
    """A detail changed: what was confirmed no longer is."""
    return Reading("correction", {**slots, "confirmed": None, "awaiting_change": None})


def infer_change(value: str, ctx: Context, quiet: bool = False, countries: bool = True) -> Reading | None:
    """A value with no field named: its kind says which field ("actually it should be Ms").

    A name never says which name field it is; while a name is asked, "it's Jordan" is a name,
    not a country, so ``countries`` is off there.
    """
    try:
        return changed({"salutation": parse_salutation(value, ctx.salutations, words=ctx.words)})
    except NormalisationError:
        pass
    if holds_number(value, words=ctx.words):
        return apply_change(Change("phone_number", value), ctx)
    if countries and country_named(value, words=ctx.words) is not None:
        return apply_change(Change("country", value), ctx)
    return None if quiet else refuse("change_request", WHICH_DETAIL)


def apply_change(change: Change, ctx: Context) -> Reading:
    field, value = change.field, change.value
    if field is None:
        return infer_change(value or "", ctx) or refuse("change_request", WHICH_DETAIL)
    if value is None:
        targets = {
            "full_name": ("first_name", "last_name"),
            "phone_number": PHONE_SLOTS,
            "country": ("country", *PHONE_SLOTS),
        }.get(field, (field,))
        if field == "extension":
            return refuse("confirmed", message("extension_how"))
        return changed(cleared(targets))
    refused = "first_name" if field == "full_name" else field
    try:
        return changed(value_slots(field, value, ctx))
    except NormalisationError as exc:
        return refuse(
            refused
            if refused in ("salutation", "first_name", "last_name", "phone_number", "country")
            else "change_request",
            exc.message,
        )


def value_slots(field: str, value: str, ctx: Context) -> dict[str, Any]:
    """The slots a new value for ``field`` sets; raises NormalisationError with the reason it is unusable."""
    if field == "salutation":
        return {"salutation": parse_salutation(value, ctx.salutations, words=ctx.words)}
    if field in ("first_name", "last_name"):
        name = clean_name(respelled(value, words=ctx.words), words=ctx.words)
        words = name.split()
        title = (
            parse_salutation(words[0], ctx.salutations, words=ctx.words)
            if len(words) > 1 and is_title(words[0], ctx)
            else None
        )
        name = " ".join(words[1:]) if title else name
        if not plausible_name(name, words=ctx.words):
            raise NormalisationError("name_not_plausible", code="name_words")
        return {field: name, **({"salutation": title} if title else {})}
    if field == "full_name":
        person = name_answer(value, ctx.salutations, words=ctx.words)
        if not person.last and ctx.asked == "last_name":
            return {"last_name": person.first}
        return person_slots(person)
    if field == "phone_number":
        found = phone_in_text(value, region_of(ctx), min_digits=1, words=ctx.words)
        if found is None:
            raise NormalisationError("number_missing", code="phone_missing")
        return found_slots(found)
    if field == "extension":
        if value == "":
            return {"extension": ""}  # "remove the extension"
        digits = re.sub(r"\D", "", spoken_to_digits(clean_text(value), words=ctx.words))
        if not digits:
            raise NormalisationError("extension_no_digits", code="extension")
        if len(digits) > MAX_EXTENSION:
            raise NormalisationError("extension_too_long", code="extension")
        if not ctx.known.get("phone_number"):
            raise NormalisationError("extension_before_number", code="extension")
        return {"extension": digits}
    country = parse_country(strip_fillers(value, ctx.words), words=ctx.words)
    source = ctx.known.get("pending_phone") or ctx.known.get("phone_number")
    slots: dict[str, Any] = {"country": country.region}
    if source:
        slots.update(phone_slots(parse_phone(source, country.region, words=ctx.words)))
        if ctx.known.get("extension") and not slots["extension"]:
            slots["extension"] = ctx.known["extension"]
    return slots


def is_title(word: str, ctx: Context) -> bool:
    try:
        parse_salutation(word, ctx.salutations, words=ctx.words)
        return True
    except NormalisationError:
        return False


def interpret_change(text: str, ctx: Context) -> Reading:
    """A change asked for after the save ("change my last name to Smith"): ``correction``,
    ``refusal`` or ``nothing``."""
    change = find_field_value(clean_text(text), words=ctx.words)
    return Reading("nothing") if change is None else apply_change(change, ctx)
