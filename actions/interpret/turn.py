"""``interpret``: what one turn means, given the question the bot asked and what it knows.

Answers first: a text that answers the question asked is that answer, whatever the
intent classifier says, unless the text itself clearly asks to stop, cancel, or know
why. The intent only decides what a text that is not an answer was about. Every
refusal carries the sentence that says why.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from ..normalise import (
    NormalisationError,
    PersonName,
    PhoneNumber,
    clean_name,
    parse_country,
    parse_phone,
    parse_salutation,
    split_phone_from_text,
)
from ..normalise.countries import country_named
from ..normalise.names import PARTICLES
from ..normalise.salutation import lookup_salutation
from ..normalise.spoken import spoken_to_digits
from ..normalise.text import clean_text
from .changes import Change, find_field_value, find_swap
from .lexicon import (
    CHANGE_REQUEST,
    DELETE_REQUEST,
    GREETING,
    NOT_NAME,
    SAVE_REQUEST,
    WORD,
    after_self_correction,
    control_of,
    strip_fillers,
    yes_or_no,
)
from .labels import labelled_fields
from .numbers import LOOSE_EXTENSION, PhoneFound, country_in_text, phone_in_text
from .people import edge_trimmed, name_answer, name_in_text, name_segment, plausible_name, respelled
from .reading import Context, Reading

PHONE_SLOTS = ("phone_number", "country_code", "extension", "phone_e164", "pending_phone")
NAME_FIELDS = ("first_name", "last_name", "full_name")
# Intents that, when NLU is sure and the text is no answer, mean the rules should reply.
CONTROL_INTENTS = frozenset({"cancel", "ask_why", "bot_challenge", "goodbye", "greet", "out_of_scope",
                             "forget_me"})
CONTROL_CONFIDENCE = 0.5
# Ending the form forgets what the caller gave: without the words for it, only a sure NLU may do that.
ENDING_INTENTS = frozenset({"cancel", "goodbye"})
ENDING_CONFIDENCE = 0.9
MAX_EXTENSION = 10
MIN_PHONE_DIGITS = 4
WHICH_DETAIL = "Which detail should I change: the title, first name, last name or number?"
NO_NUMBER = "I couldn't find a phone number there."

_PASTE_SEPARATORS = re.compile(
    r"\s*(?:[,;/|()<>\[\]\u2013\u2014\u2022*]+|\s-+\s|\n|\t|"
    r"\b(?:tel|telephone|phone|ph|mobile|mob|cell|number|no|contact|name|[a-z])\b\.?\s*[:#-]|"
    r"\b(?:tel|telephone|phone|ph|mobile|mob|cell|number|contact|name)\b\.?)\s*",
    re.I,
)
_LABEL_AT_END = re.compile(r"(?<=\w\w)\s+[A-Za-z]$")
_REQUEST_PREFIX = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|so|please|um+|uh+|er+m?|well|agent here|this is the agent|this is an agent)"
    r"\b[\s,!.:-]*)*"
    r"(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|i\s+(?:want|would like|need)\s+(?:you\s+)?to\s+|"
    r"i'?d like (?:you )?to\s+|let'?s\s+)?"
    r"(?:save|add|create|store|register|record|capture|enter|put in|new|take down|note down|log)\b"
    r"(?:\s+(?:a|an|the|new|this|my|our|one|another|following)\b)*"
    r"(?:\s+(?:contact|number|person|caller|customer|client|details|entry|record|lead)(?:'s)?\b)*"
    r"(?:\s+(?:for|of|named|called|as|with)\b)?[\s:,.-]*",
    re.I,
)


def phone_slots(number: PhoneNumber) -> dict[str, Any]:
    """The slots one read number fills; the API wants the national digits and +CC apart."""
    return {"phone_number": number.national, "country_code": number.country_code, "extension": number.extension,
            "phone_e164": number.e164, "pending_phone": None}


def _cleared(names: tuple[str, ...]) -> dict[str, Any]:
    return {name: None for name in names}


def _answer(slots: dict[str, Any], say: tuple[str, ...] = ()) -> Reading:
    return Reading("answer", slots=slots, say=say)


def _refuse(slot: str, reason: str) -> Reading:
    return Reading("refusal", say=(reason,), refused=slot)


def _region(ctx: Context) -> str | None:
    return ctx.known.get("country") or ctx.default_region


def _found_slots(found: PhoneFound) -> dict[str, Any]:
    if found.number is not None:
        slots = phone_slots(found.number)
        if found.country is not None:
            slots["country"] = found.country.region
        return slots
    return {"pending_phone": found.pending}


def _person_slots(person: PersonName) -> dict[str, Any]:
    slots: dict[str, Any] = {"first_name": person.first}
    if person.last:
        slots["last_name"] = person.last
    if person.salutation:
        slots["salutation"] = person.salutation
    return slots


# -- the message that opens the conversation: a request, a paste, an introduction ------------------

def _leading_name_words(segment: str) -> list[str]:
    """The name-like words a segment starts with, when a word no name has follows them ("X as a new contact")."""
    words = segment.split()
    count = next((i for i, w in enumerate(words) if w.casefold().strip(",.;:") in NOT_NAME), len(words))
    return words[:count] if 0 < count < len(words) and count <= 4 else []


def _paste_name(rest: str, has_number: bool, ctx: Context) -> PersonName | None:
    """The name-shaped part of an agent's paste or of "save John Doe": a segment that is a name and nothing else."""
    body = _REQUEST_PREFIX.sub("", rest.strip(), count=1)
    first_segment = re.split(r"\s*(?:[;/|()<>\[\]\u2013\u2014\u2022*]+|\s-+\s|\t)\s*", body)[0]
    reversed_name = _surname_first(first_segment, ctx)
    if reversed_name is not None:
        return reversed_name
    lower_case = not any(ch.isupper() for ch in body)
    if body != rest.strip():  # a request verb came first: "could you add selmin fırat as a new contact"
        words = _leading_name_words(first_segment)
        if words and (has_number or not lower_case):
            person = name_segment(" ".join(words), ctx.salutations)
            if person is not None:
                return person
    for segment in _PASTE_SEPARATORS.split(body):
        segment = _LABEL_AT_END.sub("", segment.strip(" .:-"))  # "Pasi Soini T" (T: before the number)
        if not segment:
            continue
        person = name_segment(segment, ctx.salutations)
        if person is None:
            continue
        words = segment.split()
        titled = person.salutation is not None
        if not titled and not has_number and not lower_case and \
                not all(not w[:1].islower() or w.lower() in PARTICLES for w in words):
            continue  # "please create a contact record": lower-case words in a text that uses capitals
        if not titled and lower_case and not has_number:
            continue  # "save a contact real quick": lower-case words with no number beside them are no evidence
        return person
    return None


def _details(text: str, ctx: Context, min_digits: int = 6) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Every detail a free-text message gives: a number (read or awaiting its country) and a name."""
    slots: dict[str, Any] = {}
    say: tuple[str, ...] = ()
    rest = text
    try:
        found = phone_in_text(text, _region(ctx), min_digits)
    except NormalisationError as exc:
        say = (str(exc),)
        rest = split_phone_from_text(text, min_digits)[0]
        found = None
    if found is not None:
        slots.update(_found_slots(found))
        rest = found.rest
    person = name_in_text(rest, ctx.salutations) or _paste_name(rest, found is not None or bool(say), ctx)
    if person is not None:
        slots.update(_person_slots(person))
    return slots, say


def request_of(text: str) -> str | None:
    """What a message outside the form asks for by its words: save, delete or change a contact."""
    if DELETE_REQUEST.search(text):  # "don't keep my number, delete it" is a deletion
        return "delete_contact"
    if SAVE_REQUEST.search(text):
        return "save_contact"
    if CHANGE_REQUEST.search(text) and find_field_value(text) is not None:
        return "change_field"
    return None


def _opening(text: str, ctx: Context) -> Reading:
    slots, say = _details(text, ctx)
    request = request_of(text)
    if slots or say or request == "save_contact":
        return Reading("answer", slots=slots, say=say, control="save_contact")
    if request is not None:
        return Reading("control", control=request)
    return Reading("nothing")


def _surname_first(value: str, ctx: Context) -> PersonName | None:
    """"Balogh, Teréz": a CRM's "Last, First" (two single names around a comma, no title)."""
    match = re.fullmatch(rf"\s*({WORD})\s*,\s*({WORD})\s*", value)
    if match and plausible_name(match.group(1)) and plausible_name(match.group(2)) \
            and not lookup_salutation(match.group(1), ctx.salutations):
        return PersonName(None, clean_name(match.group(2)), clean_name(match.group(1)))
    return None


def _labelled(fields: dict[str, str], ctx: Context) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The slots a labelled paste gives; a value that cannot be used is left for its own question."""
    slots: dict[str, Any] = {}
    say: list[str] = []
    country = None
    if "country" in fields:
        country = country_named(strip_fillers(fields["country"]))
    for field, value in fields.items():
        try:
            if field == "salutation":
                slots["salutation"] = parse_salutation(value, ctx.salutations)
            elif field in ("first_name", "last_name"):
                name = clean_name(value)
                if plausible_name(name):
                    slots[field] = name
            elif field == "full_name":
                person = _surname_first(value, ctx) or name_segment(value, ctx.salutations)
                if person is not None:
                    slots.update({k: v for k, v in _person_slots(person).items() if k not in slots})
            elif field == "phone":
                region = country.region if country else _region(ctx)
                found = phone_in_text(value, region, MIN_PHONE_DIGITS)
                if found is not None:
                    slots.update(_found_slots(found))
                    if country is not None and found.number is not None:
                        slots["country"] = country.region
        except NormalisationError as exc:
            say.append(str(exc))
    extension = re.sub(r"\D", "", fields.get("extension", ""))
    if extension and slots.get("phone_number") and len(extension) <= MAX_EXTENSION:
        slots["extension"] = extension
    return slots, tuple(say)


# -- one reader per question ---------------------------------------------------------------------------

def _title_in_words(text: str, ctx: Context) -> str | None:
    """"put me down as Mr", "Mr would be good": one title, and no other word a name could have."""
    words = re.findall(WORD, text)
    titles = {t for t in (lookup_salutation(w, ctx.salutations) for w in words) if t}
    others = [w for w in words if not lookup_salutation(w, ctx.salutations)]
    if len(titles) == 1 and all(w.casefold().strip(".") in NOT_NAME for w in others):
        return titles.pop()
    return None


def _salutation(text: str, ctx: Context) -> Reading:
    try:
        return _answer({"salutation": parse_salutation(text, ctx.salutations)})
    except NormalisationError as exc:
        reason = str(exc)
    title = _title_in_words(text, ctx)
    if title is not None:
        return _answer({"salutation": title})
    slots, say = _details(text, ctx)  # a paste: "Dr. Jane Smith", "Mr John Doe +91 ..."
    if "salutation" in slots or "phone_number" in slots or "pending_phone" in slots:
        return _answer(slots, say)
    return _refuse("salutation", reason)


def _strip_known_first(name: str, ctx: Context) -> str:
    first = ctx.known.get("first_name") or ""
    if first and name.casefold().startswith(first.casefold() + " "):
        return name[len(first) + 1:]
    return name


_FIRST_THEN_LAST = re.compile(r"^(?P<first>.+?)[\s,;]+(?:and\s+)?(?:the\s+|my\s+|her\s+|his\s+)?(?:sur\s*name|last\s*name|"
                              r"family\s*name)\s*(?:is|'s|:|-|=)?\s*(?P<last>.+)$", re.I)


def _last_name(text: str, ctx: Context) -> dict[str, Any]:
    """The answer to "And the last name?"; raises NormalisationError with the reason it is not one."""
    text = respelled(text)
    name = _strip_known_first(clean_name(text), ctx)
    if plausible_name(name):
        return {"last_name": name}
    person = name_in_text(text, ctx.salutations)
    if person is not None:
        return _person_slots(person) if person.last else {"last_name": person.first}
    trimmed = _strip_known_first(edge_trimmed(name), ctx)
    if trimmed != name and plausible_name(trimmed):
        return {"last_name": clean_name(trimmed)}
    raise NormalisationError("That doesn't sound like a name.", code="name_words")


def _name(text: str, ctx: Context, asked: str) -> Reading:
    rest, phone_text = split_phone_from_text(text)
    rest = strip_fillers(rest) or rest
    slots: dict[str, Any] = {}
    if phone_text and not ctx.known.get("phone_number"):
        try:
            slots.update(_found_slots(phone_in_text(phone_text, _region(ctx), 6) or PhoneFound(None, None, None, "")))
        except NormalisationError:
            pass  # the name is what was asked; the number will be asked for with its own reason
    try:
        if asked == "last_name":
            return _answer({**slots, **_last_name(rest, ctx)})
        both = _FIRST_THEN_LAST.match(rest)  # "Chinyere and the surname is Onoh"
        if both:
            first = name_answer(both.group("first"), ctx.salutations)
            return _answer({**slots, **_person_slots(first), **_last_name(both.group("last"), ctx)})
        person = name_answer(rest, ctx.salutations)
    except NormalisationError as exc:
        return _refuse(asked, str(exc))
    return _answer({**slots, **_person_slots(person)})


def _phone(text: str, ctx: Context) -> Reading:
    try:
        found = phone_in_text(text, _region(ctx), min_digits=1)
    except NormalisationError as exc:
        return _refuse("phone_number", str(exc))
    if found is None:
        return _refuse("phone_number", NO_NUMBER)
    return _answer(_found_slots(found))


def _country_among_words(text: str):  # -> Country | None
    """"yeah fiji yeah", "that one's Hungary", "+84 - Viet Nam": one country named among words no country has."""
    words = re.findall(WORD, text)
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            found = country_named(" ".join(words[start: start + size]))
            others = words[:start] + words[start + size:]
            if found is not None and all(w.casefold().strip(".") in NOT_NAME or w.casefold() in _COUNTRY_WORDS
                                         for w in others):
                return found
    return None


_COUNTRY_WORDS = frozenset({"one's", "ones", "think", "should've", "shouldve", "said", "registered", "based",
                            "living", "live", "located", "from", "number", "country", "code"})


def _country(text: str, ctx: Context) -> Reading:
    if sum(ch.isdigit() for ch in spoken_to_digits(text)) >= 6:  # the number again, with its code this time
        return _phone(text, ctx)
    try:
        country = parse_country(strip_fillers(text))
    except NormalisationError as exc:
        named = country_named(strip_fillers(text)) or _country_among_words(text) or country_in_text(text)
        if named is None:
            return _refuse("country", str(exc))
        country = named
    slots: dict[str, Any] = {"country": country.region}
    pending = ctx.known.get("pending_phone")
    if pending:
        try:
            slots.update(phone_slots(parse_phone(pending, country.region)))
        except NormalisationError as exc:
            return Reading("refusal", slots={**_cleared(PHONE_SLOTS), "country": None}, say=(str(exc),),
                           refused="phone_number")
    return _answer(slots)


def _caller_number(text: str, ctx: Context) -> Reading:
    if sum(ch.isdigit() for ch in spoken_to_digits(text)) >= 6:
        reading = _phone(text, ctx)
        return Reading(reading.kind, {"use_caller_number": False, **reading.slots}, reading.say, refused=reading.refused)
    answer = yes_or_no(text)
    if answer == "yes" or (answer is None and ctx.intent == "affirm"):
        return Reading("confirm", {"use_caller_number": True, **phone_slots(parse_phone(ctx.known["caller_number"]))})
    if answer == "no" or ctx.intent == "deny":
        return Reading("deny", {"use_caller_number": False})
    return _refuse("use_caller_number", "Please say yes to use the number you are calling from, or no.")


def _swap(text: str, ctx: Context) -> Reading | None:
    """"it's Westman not Bembenek": the field whose value is the old one gets the new one."""
    swap = find_swap(text)
    if swap is None:
        return None
    new, old = swap
    if sum(ch.isdigit() for ch in new) >= MIN_PHONE_DIGITS:  # "+597 211 234 not +58 212-1234567"
        return _apply_change(Change("phone_number", new), ctx)
    for field in ("salutation", "first_name", "last_name"):
        if _same_value(field, old, ctx):
            return _apply_change(Change(field, new), ctx)
    return None


def _same_value(field: str, said: str, ctx: Context) -> bool:
    """Does ``said`` name what ``field`` holds now ("Dr." is the title Dr)?"""
    known = str(ctx.known.get(field) or "")
    if field == "salutation":
        return bool(known) and lookup_salutation(said, ctx.salutations) == known
    return bool(known) and known.casefold() == said.casefold()


def _named_change(text: str, ctx: Context) -> tuple[Reading | None, Change | None]:
    """A change that says its field, by name or by the old value; else the field-less change found, if any."""
    change = find_field_value(text)
    if change is not None and change.field is not None:
        return _apply_change(change, ctx), change
    return _swap(text, ctx), change


def _readback(text: str, ctx: Context) -> Reading:
    """Yes, no, or any change the form would take; a change wins over the yes or no around it."""
    named, change = _named_change(text, ctx)
    if named is not None:
        return named
    extension = LOOSE_EXTENSION.search(spoken_to_digits(text))
    if extension and sum(ch.isdigit() for ch in spoken_to_digits(text)) <= MAX_EXTENSION:
        return _apply_change(Change("extension", extension.group(1)), ctx)  # "i forgot my extension, it's 7116"
    if sum(ch.isdigit() for ch in spoken_to_digits(text)) >= 6:  # "wrong number, it's +972 2 123 4567"
        return _apply_change(Change("phone_number", text), ctx)
    if change is not None:  # a value with no field named: "no, it's Ms", "make it Dr"
        inferred = _infer_change(change.value or "", ctx, quiet=True)
        if inferred is not None:
            return inferred
    answer = yes_or_no(text)
    if answer == "no":
        return Reading("deny", {"awaiting_change": True, "confirmed": None})
    if answer == "yes":
        return Reading("confirm", {"confirmed": True})
    inferred = _infer_change(strip_fillers(text), ctx, quiet=True)
    if inferred is not None:
        return inferred
    if ctx.intent == "deny" and ctx.confidence >= CONTROL_CONFIDENCE:
        return Reading("deny", {"awaiting_change": True, "confirmed": None})
    if ctx.intent == "affirm" and ctx.confidence >= CONTROL_CONFIDENCE:
        return Reading("confirm", {"confirmed": True})
    return _refuse("confirmed", "Please say yes to save the contact, or no to change something.")


def _change_request(text: str, ctx: Context) -> Reading:
    named, change = _named_change(text, ctx)
    if named is not None:
        return named
    if yes_or_no(text) == "yes" or re.match(r"^(?:nothing|never ?mind|it'?s (?:fine|ok|okay|right))\b", text, re.I):
        return Reading("confirm", {"confirmed": True, "awaiting_change": None})
    inferred = _infer_change(strip_fillers((change.value if change else None) or text), ctx, quiet=True)
    return inferred or _refuse("change_request", WHICH_DETAIL)


# -- changes: at the read-back, after "what should I change?", and mid-form ---------------------------

def _changed(slots: dict[str, Any]) -> Reading:
    """A detail changed: what was confirmed no longer is."""
    return Reading("correction", {**slots, "confirmed": None, "awaiting_change": None})


def _infer_change(value: str, ctx: Context, quiet: bool = False, countries: bool = True) -> Reading | None:
    """A value with no field named: its kind says which field ("actually it should be Ms").

    A name never says which name field it is; while a name is asked, "it's Jordan" is a name,
    not a country, so ``countries`` is off there.
    """
    try:
        return _changed({"salutation": parse_salutation(value, ctx.salutations)})
    except NormalisationError:
        pass
    if sum(ch.isdigit() for ch in spoken_to_digits(value)) >= 6:
        return _apply_change(Change("phone_number", value), ctx)
    if countries and country_named(value) is not None:
        return _apply_change(Change("country", value), ctx)
    return None if quiet else _refuse("change_request", WHICH_DETAIL)


def _apply_change(change: Change, ctx: Context) -> Reading:
    field, value = change.field, change.value
    if field is None:
        return _infer_change(value or "", ctx) or _refuse("change_request", WHICH_DETAIL)
    if value is None:
        targets = {"full_name": ("first_name", "last_name"), "phone_number": PHONE_SLOTS,
                   "country": ("country", *PHONE_SLOTS)}.get(field, (field,))
        if field == "extension":
            return _refuse("confirmed", "Tell me the new extension, for example 'extension 55'.")
        return _changed(_cleared(targets))
    refused = "first_name" if field == "full_name" else field
    try:
        return _changed(_value_slots(field, value, ctx))
    except NormalisationError as exc:
        return _refuse(refused if refused in ("salutation", "first_name", "last_name", "phone_number", "country")
                       else "change_request", str(exc))


def _value_slots(field: str, value: str, ctx: Context) -> dict[str, Any]:
    """The slots a new value for ``field`` sets; raises NormalisationError with the reason it is unusable."""
    if field == "salutation":
        return {"salutation": parse_salutation(value, ctx.salutations)}
    if field in ("first_name", "last_name"):
        name = clean_name(value)
        words = name.split()
        title = parse_salutation(words[0], ctx.salutations) if len(words) > 1 and _is_title(words[0], ctx) else None
        name = " ".join(words[1:]) if title else name
        if not plausible_name(name):
            raise NormalisationError("That doesn't sound like a name.", code="name_words")
        return {field: name, **({"salutation": title} if title else {})}
    if field == "full_name":
        person = name_answer(value, ctx.salutations)
        slots = _person_slots(person)
        if not person.last and ctx.asked == "last_name":
            slots = {"last_name": person.first}
        return slots
    if field == "phone_number":
        found = phone_in_text(value, _region(ctx), min_digits=1)
        if found is None:
            raise NormalisationError(NO_NUMBER, code="phone_missing")
        return _found_slots(found)
    if field == "extension":
        if value == "":
            return {"extension": ""}  # "remove the extension"
        digits = re.sub(r"\D", "", spoken_to_digits(clean_text(value)))
        if not digits:
            raise NormalisationError("I didn't catch the extension's digits.", code="extension")
        if len(digits) > MAX_EXTENSION:
            raise NormalisationError("That extension is too long.", code="extension")
        if not ctx.known.get("phone_number"):
            raise NormalisationError("I need the phone number before its extension.", code="extension")
        return {"extension": digits}
    country = parse_country(strip_fillers(value))
    source = ctx.known.get("pending_phone") or ctx.known.get("phone_number")
    slots: dict[str, Any] = {"country": country.region}
    if source:
        slots.update(phone_slots(parse_phone(source, country.region)))
        if ctx.known.get("extension") and not slots["extension"]:
            slots["extension"] = ctx.known["extension"]
    return slots


def _is_title(word: str, ctx: Context) -> bool:
    try:
        parse_salutation(word, ctx.salutations)
        return True
    except NormalisationError:
        return False


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


def _mid_form_change(text: str, ctx: Context) -> Reading | None:
    """A named field and value while another question is open: "actually the title is Dr"."""
    asked = ctx.asked or ""
    if asked not in _ANSWERS_TO:
        return None
    if asked == "phone_number" and sum(ch.isdigit() for ch in spoken_to_digits(text)) >= MIN_PHONE_DIGITS:
        return None  # a number at the number question is its answer, whatever else the text names
    change = find_field_value(text)
    if change is None:
        return None
    if change.field is None:  # "wait, I meant Mrs": a title or a number says its own field; a name does not
        if asked not in ("first_name", "last_name"):
            return None  # the question's own reader takes "it's Ms", "it's +44 ..."
        return _infer_change(change.value or "", ctx, quiet=True, countries=False)
    if asked == "country" and change.field == "phone_number" and not any(ch.isdigit() for ch in change.value or ""):
        return None  # "the number is from Andorra" answers the country question
    if change.field in _ANSWERS_TO[asked]:
        if change.value is None:
            return None
        if asked == "phone_number":
            return _phone(text, ctx)  # the number and an extension said before or after it
        if change.field == "full_name":
            try:
                return _answer(_value_slots("full_name", change.value, ctx))
            except NormalisationError:
                return None  # "the name I use is Eduards": the reader finds the name in the sentence
        reading = _READERS[asked](change.value, ctx)
        return None if reading.kind == "refusal" else reading
    if change.value is None:
        return None  # "my number" while the name is asked: not a change, read it as the answer
    return _apply_change(change, ctx)


def interpret_change(text: str, ctx: Context) -> Reading:
    """A change asked for after the save ("change my last name to Smith"): ``correction``, ``refusal`` or ``nothing``."""
    change = find_field_value(clean_text(text))
    return Reading("nothing") if change is None else _apply_change(change, ctx)


_PASTE_QUESTIONS = (None, "salutation", "first_name", "last_name", "phone_number")


def interpret(text: str, ctx: Context) -> Reading:
    """What ``text`` means in ``ctx``: see ``Reading``."""
    fields = labelled_fields(text) if isinstance(text, str) and ctx.asked in _PASTE_QUESTIONS else {}
    if fields:
        slots, say = _labelled(fields, ctx)
        if slots:
            return Reading("answer", slots=slots, say=say, control="save_contact" if ctx.asked is None else None)
    if isinstance(text, str) and ctx.asked in _PASTE_QUESTIONS:
        text = re.sub(r"\s*[\n\t]+\s*", " | ", text.strip())  # lines of a paste stay apart once cleaned
    text = clean_text(text)
    if not text:
        return _refuse(ctx.asked, "I didn't catch anything there.") if ctx.asked else Reading("nothing")
    control = control_of(text)
    if control is not None:
        return Reading("control", control=control)
    if ctx.asked is None:
        return _opening(text, ctx)
    if ctx.asked not in _READERS:
        return Reading("nothing")
    if ctx.asked in _ANSWERS_TO:
        text = after_self_correction(text)  # "+965 22345679 no wait +965 22345678"
    reading = _mid_form_change(text, ctx) or _READERS[ctx.asked](text, ctx)
    if reading.kind == "refusal" and not reading.slots:
        if GREETING.match(text):
            return Reading("control", control="greet")
        needed = ENDING_CONFIDENCE if ctx.intent in ENDING_INTENTS else CONTROL_CONFIDENCE
        if ctx.intent in CONTROL_INTENTS and ctx.confidence >= needed:
            return Reading("control", control=ctx.intent)
    return reading
