"""The message that opens the conversation: a request, an agent's paste, an introduction.

A name is read only where something names a person (a title, a naming phrase, the name-shaped
part of a paste); the words of the request itself never are one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..normalise import (
    NormalisationError,
    PersonName,
    clean_name,
    parse_salutation,
    split_phone_from_text,
)
from ..normalise.countries import country_named
from ..normalise.message import Message, message
from ..normalise.names import MAX_NAME, capitals_first
from ..normalise.salutation import lookup_salutation, split_leading_salutation
from ..normalise.text import SEPARATOR_MARKS, SPACED_DASH
from ..normalise.vocabulary import MAX_EXTENSION, Vocabulary, any_of, one_of, vocabulary
from ..normalise.vocabulary import MIN_SHORT_NUMBER_DIGITS as MIN_PHONE_DIGITS
from .common import (
    found_slots,
    person_slots,
    region_of,
)
from .datatypes import Context, Reading
from .field_mentions import find_field_value
from .lexicon import (
    WORD,
    lexicon,
    strip_fillers,
)
from .numbers import PhoneFound, phone_in_text
from .people import name_in_text, name_segment, plausible_name

_LABEL_AT_END = re.compile(r"(?<=\w\w)\s+[A-Za-z]$")


@dataclass(frozen=True)
class _Patterns:
    paste_separators: re.Pattern[str]  # what separates the parts of a one-line paste, labels included
    request_prefix: re.Pattern[str]  # the request before a paste: "hi, could you save a new contact for"


def _build(words: Vocabulary) -> _Patterns:
    """The language's paste labels (``paste_labels_frames``; ``paste_marked_labels_frames`` only
    before a mark, "No: ...") and the words of a request that opens a paste (``opening_*_frames``)."""
    labels = "|".join(words.frames("paste_labels_frames"))
    marked = "|".join(words.frames("paste_marked_labels_frames"))
    separators = re.compile(
        rf"\s*(?:[{re.escape(SEPARATOR_MARKS)}()<>\[\]\u2013\u2014*]+|{SPACED_DASH}|"
        rf"\b(?:{labels}|{marked}|[a-z])\b\.?\s*[:#-]|"
        rf"\b(?:{labels})\b\.?)\s*",
        re.IGNORECASE,
    )
    openers = any_of(
        words.greetings, words.hesitations, words.discourse, words.frames("opening_leads_frames")
    )
    prefix = re.compile(
        rf"^(?:{openers}\b[\s,!.:-]*)*"
        rf"(?:{one_of(words.frames('opening_asks_frames'))}\s+)?"
        rf"{one_of(words.frames('opening_verbs_frames'))}\b"
        rf"(?:\s+{one_of(words.frames('opening_determiners_frames'))}\b)*"
        rf"(?:\s+{one_of(words.frames('opening_objects_frames'))}(?:'s)?\b)*"
        rf"(?:\s+{one_of(words.frames('opening_links_frames'))}\b)?[\s:,.-]*",
        re.IGNORECASE,
    )
    return _Patterns(separators, prefix)


# -- the message that opens the conversation: a request, a paste, an introduction ------------------


def _leading_name_words(segment: str, ctx: Context) -> list[str]:
    """The name-like words a segment starts with, when a word no name has follows
    them ("X as a new contact")."""
    words = segment.split()
    count = next(
        (i for i, w in enumerate(words) if w.casefold().strip(",.;:") in lexicon(ctx.words).not_name),
        len(words),
    )
    return words[:count] if 0 < count < len(words) and count <= 4 else []


_TITLE_IN_BRACKETS = re.compile(r"\(\s*([^\W\d_]{2,12})\.?\s*\)")


def _title_in_brackets(text: str, ctx: Context) -> str | None:
    """ "Fernanda Cardoso (Dr)", "AITKEN, Matthew (Dr.)": a CRM's title after the name."""
    for match in _TITLE_IN_BRACKETS.finditer(text):
        title = lookup_salutation(match.group(1), ctx.salutations, words=ctx.words)
        if title:
            return title
    return None


def _capitals_first(segment: str, ctx: Context) -> PersonName | None:
    """ "COARDI Beatrice": a CRM's SURNAME in capitals before the given name."""
    words = segment.split()
    if capitals_first(words) and plausible_name(segment, words=ctx.words):
        return PersonName(
            None, clean_name(words[1], words=ctx.words), clean_name(words[0].capitalize(), words=ctx.words)
        )
    return None


def _restated_in_full(person: PersonName, segments: list[str], ctx: Context) -> PersonName:
    """ "Thanks,\nHarjo\n\nHarjo Waskita | ...": a signature's first name, then
    the full name: the full one."""
    if person.last:
        return person
    for segment in segments:
        fuller = name_segment(segment, ctx.salutations, words=ctx.words)
        if fuller is not None and fuller.last and fuller.first.casefold() == person.first.casefold():
            return PersonName(person.salutation or fuller.salutation, fuller.first, fuller.last)
    return person


def _paste_name(rest: str, has_number: bool, ctx: Context) -> PersonName | None:
    """The name-shaped part of an agent's paste or of "save John Doe": a segment that is a name and nothing
    else; a title in brackets after it counts as its title."""
    person = _paste_person(rest, has_number, ctx)
    if person is not None and person.salutation is None:
        title = _title_in_brackets(rest, ctx)
        if title:
            return PersonName(title, person.first, person.last)
    return person


def _paste_person(rest: str, has_number: bool, ctx: Context) -> PersonName | None:
    patterns = vocabulary(ctx.language).patterns(_build)
    body = patterns.request_prefix.sub("", rest.strip(), count=1)
    first_segment = re.split(r"\s*(?:[;/|()<>\[\]\u2013\u2014\u2022*]+|\s-+\s|\t)\s*", body)[0]
    quoted = re.search(r'"([^"]{3,80})"', body)  # a CSV row: "Baudry, Clémence",+976...,Cobalt Freight
    chunks = [_TITLE_IN_BRACKETS.sub("", chunk) for chunk in re.split(r"\s*(?:\||\t|\n)\s*", body)]
    reversed_name = (
        surname_first(first_segment, ctx)
        or surname_first(first_segment.split(" | ")[0], ctx)
        or (surname_first(quoted.group(1), ctx) if quoted else None)
        or next((p for p in (surname_first(chunk, ctx) for chunk in chunks) if p), None)
    )
    if reversed_name is not None:
        return reversed_name
    lower_case = not any(ch.isupper() for ch in body)
    if body != rest.strip():  # a request verb came first: "could you add selmin fırat as a new contact"
        words = _leading_name_words(first_segment, ctx)
        if words and (has_number or not lower_case):
            person = name_segment(" ".join(words), ctx.salutations, words=ctx.words)
            if person is not None:
                return person
    segments = [
        _LABEL_AT_END.sub("", segment.strip(" .:-")) for segment in patterns.paste_separators.split(body)
    ]
    for index, segment in enumerate(segments):  # "Pasi Soini T" (T: before the number)
        if not segment:
            continue
        person = _capitals_first(segment, ctx) or name_segment(segment, ctx.salutations, words=ctx.words)
        if person is None:
            continue
        words = segment.split()
        titled = person.salutation is not None
        if (
            not titled
            and not has_number
            and not lower_case
            and not all(not w[:1].islower() or w.lower() in ctx.words.particles for w in words)
        ):
            continue  # "please create a contact record": lower-case words in a text that uses capitals
        if not titled and lower_case and not has_number:
            # "save a contact real quick": lower-case words with no number beside them are no evidence
            continue
        if not titled and not has_number and body == rest.strip() and _other_words(segments, index):
            continue  # "SELECT * FROM users": a word between symbols, beside words that are no detail
        return _restated_in_full(person, segments[index + 1 :], ctx)
    return None


def _other_words(segments: list[str], index: int) -> bool:
    """Whether a segment other than ``segments[index]`` holds letters."""
    return any(any(ch.isalpha() for ch in s) for i, s in enumerate(segments) if i != index)


def details(text: str, ctx: Context, min_digits: int = 6) -> tuple[dict[str, Any], tuple[Message, ...]]:
    """Every detail a free-text message gives: a number (read or awaiting its country) and a name."""
    slots: dict[str, Any] = {}
    say: tuple[Message, ...] = ()
    rest = text
    try:
        found = phone_in_text(text, region_of(ctx), min_digits, words=ctx.words)
    except NormalisationError as exc:
        say = (exc.message,)
        rest = split_phone_from_text(text, min_digits, words=ctx.words)[0]
        found = None
    if found is not None:
        slots.update(found_slots(found))
        rest = found.rest
    has_number = found is not None or bool(say)  # a number read, or refused with its reason
    rest, too_long, first_refused = _without_overlong_words(rest, ctx)
    say += too_long
    person = name_in_text(rest, ctx.salutations, words=ctx.words)
    if person is None or (person.salutation and not person.last):
        pasted = _paste_name(rest, has_number, ctx)
        if person is None:
            person = pasted
        elif (
            has_number  # "Herr Wirz, bitte" said alone is a title and a surname, whatever follows the comma
            and pasted is not None
            and pasted.last
            and pasted.last.casefold() == person.first.casefold()
            and re.search(rf"{re.escape(pasted.last)}\s*,\s*{re.escape(pasted.first)}", rest, re.IGNORECASE)
        ):
            # "Dr. Renner, Romuald": the title and one name are the paste's "Last, First"
            person = replace(pasted, salutation=pasted.salutation or person.salutation)
    if person is not None and found is not None:
        person = _name_before_the_number(person, found, ctx)
    if person is not None:
        named = _titled_surname(person_slots(person))
        if first_refused and named.get("first_name") and not named.get("last_name"):
            named["last_name"] = named.pop("first_name")  # "<refused> Smith": Smith is the surname
        slots.update(named)
    return slots, say


def _without_overlong_words(text: str, ctx: Context) -> tuple[str, tuple[Message, ...], bool]:
    """``text`` without words longer than any name may be, the reason when there were some, and whether
    one came before every other word with letters (it was the first name).

    "Mr <5,000 letters> Smith +44 ...": no name holds such a word, so it is refused with its reason (the
    longest name a contact may hold) and the rest is read without it: the title, the surname and the
    number are kept.
    """
    said = text.split()
    kept = [w for w in said if len(w) <= MAX_NAME]
    if len(kept) == len(said):
        return text, (), False
    first_long = next(i for i, w in enumerate(said) if len(w) > MAX_NAME)
    before = [w for w in said[:first_long] if any(ch.isalpha() for ch in w)]
    first_refused = all(lookup_salutation(w.rstrip(".,"), ctx.salutations, words=ctx.words) for w in before)
    return " ".join(kept), (message("name_too_long", limit=MAX_NAME),), first_refused


def _name_before_the_number(person: PersonName, found: PhoneFound, ctx: Context) -> PersonName:
    """A whole name before the number is the name: words after the number do not join it.

    "mr tom o'neill 0161 496 0018 manchester" names Tom O'Neill; Manchester is where, not who. Only
    a name that is not whole before the number takes its surname from after it ("Mr Tom +44 ...
    Smith"). A title said after the number still counts ("John Doe +91 ... Mr").
    """
    front = name_in_text(found.before, ctx.salutations, words=ctx.words)
    if front is None or not front.last or front == person:
        return person
    return replace(front, salutation=front.salutation or person.salutation)


def _titled_surname(slots: dict[str, Any]) -> dict[str, Any]:
    """ "Mrs Forsman", "Dr Barroso": a title and one name is the surname (the first name is asked)."""
    if slots.get("salutation") and "last_name" not in slots and slots.get("first_name"):
        slots = {**slots, "last_name": slots["first_name"]}
        del slots["first_name"]
    return slots


def request_of(text: str, *, words: Vocabulary) -> str | None:
    """What a message outside the form asks for by its words: save, delete or change a contact."""
    lex = lexicon(words)
    if lex.delete_request.search(text):  # "don't keep my number, delete it" is a deletion
        return "delete_contact"
    if lex.save_request.search(text):
        return "save_contact"
    if lex.change_request.search(text) and find_field_value(text, words=words) is not None:
        return "change_field"
    return None


def opening(text: str, ctx: Context) -> Reading:
    slots, say = details(text, ctx)
    request = request_of(text, words=ctx.words)
    if slots or say or request == "save_contact":
        return Reading("answer", slots=slots, say=say, control="save_contact")
    if request is not None:
        return Reading("control", control=request)
    return Reading("nothing")


def surname_first(value: str, ctx: Context) -> PersonName | None:
    """ "Balogh, Teréz": a CRM's "Last, First" (two single names around a comma), a title before it
    allowed ("Dr. Renner, Romuald", "Sr. Doménech, Rosario")."""
    title, value = split_leading_salutation(value.strip(), ctx.salutations, words=ctx.words)
    match = re.fullmatch(rf"\s*\"?\s*({WORD})\s*,\s*({WORD})\s*\"?\s*", value)
    if (
        match
        and plausible_name(match.group(1), words=ctx.words)
        and plausible_name(match.group(2), words=ctx.words)
        and not lookup_salutation(match.group(1), ctx.salutations, words=ctx.words)
    ):
        return PersonName(
            title, clean_name(match.group(2), words=ctx.words), clean_name(match.group(1), words=ctx.words)
        )
    return None


def _given_names(value: str, surname: str, ctx: Context) -> dict[str, Any]:
    """ "Nombre(s): Juan David | Apellido(s): del Castillo": beside a surname's own field, the name field
    holds the given names (the surname, if repeated at its end, is the surname field's)."""
    title, given = split_leading_salutation(value.strip(), ctx.salutations, words=ctx.words)
    surname = surname.strip()
    if surname and given.casefold().endswith(" " + surname.casefold()):
        given = given[: -len(surname)].strip()
    name = clean_name(given, words=ctx.words)
    if not plausible_name(name, words=ctx.words):
        return {}
    return {"first_name": name, **({"salutation": title} if title else {})}


def labelled(fields: dict[str, str], ctx: Context) -> tuple[dict[str, Any], tuple[Message, ...]]:
    """The slots a labelled paste gives; a value that cannot be used is left for its own question."""
    slots: dict[str, Any] = {}
    say: list[Message] = []
    country = None
    if "country" in fields:
        country = country_named(strip_fillers(fields["country"], ctx.words), words=ctx.words)
    structured = fields.get("structured_name", "").split(";")
    if (
        len(structured) >= 2
        and plausible_name(structured[0].strip(), words=ctx.words)
        and plausible_name(structured[1].strip(), words=ctx.words)
    ):
        slots.update(
            {
                "last_name": clean_name(structured[0], words=ctx.words),
                "first_name": clean_name(structured[1], words=ctx.words),
            }
        )
        title = (
            lookup_salutation(structured[3].strip(), ctx.salutations, words=ctx.words)
            if len(structured) > 3
            else None
        )
        if title:  # N:Last;First;Middle;Prefix;Suffix
            slots["salutation"] = title
    for field, value in fields.items():
        try:
            if field == "salutation":
                slots["salutation"] = parse_salutation(value, ctx.salutations, words=ctx.words)
            elif field in ("first_name", "last_name"):
                name = clean_name(value, words=ctx.words)
                if plausible_name(name, words=ctx.words):
                    slots[field] = name
            elif field == "full_name" and "last_name" in fields and "first_name" not in fields:
                slots.update(_given_names(value, fields["last_name"], ctx))
            elif field == "full_name" and not ("first_name" in slots and "last_name" in slots):
                person = surname_first(value, ctx) or name_segment(value, ctx.salutations, words=ctx.words)
                if person is not None:
                    slots.update({k: v for k, v in person_slots(person).items() if k not in slots})
            elif field == "phone":
                region = country.region if country else region_of(ctx)
                found = phone_in_text(value, region, MIN_PHONE_DIGITS, words=ctx.words)
                if found is not None:
                    slots.update(found_slots(found))
                    if country is not None and found.number is not None:
                        slots["country"] = country.region
        except NormalisationError as exc:
            say.append(exc.message)
    extension = re.sub(r"\D", "", fields.get("extension", ""))
    if extension and slots.get("phone_number") and len(extension) <= MAX_EXTENSION:
        slots["extension"] = extension
    return slots, tuple(say)
