"""What every reader of a turn shares: the shape of a reading, the slots a number fills, the limits."""

from __future__ import annotations

from typing import Any

from ..normalise import (
    PersonName,
    PhoneNumber,
)
from ..normalise.message import Message, message
from ..normalise.spoken import spoken_to_digits
from ..normalise.vocabulary import MIN_NUMBER_DIGITS, Vocabulary
from .datatypes import Context, Reading
from .numbers import PhoneFound

PHONE_SLOTS = ("phone_number", "country_code", "extension", "phone_e164", "pending_phone")
NAME_FIELDS = ("first_name", "last_name", "full_name")
# Intents that, when NLU is sure and the text is no answer, mean the rules should reply.
CONTROL_INTENTS = frozenset(
    {"cancel", "ask_why", "bot_challenge", "goodbye", "greet", "out_of_scope", "forget_me"}
)
CONTROL_CONFIDENCE = 0.5
# Ending the form forgets what the caller gave: without the words for it, only a sure NLU may do that.
ENDING_INTENTS = frozenset({"cancel", "goodbye"})
ENDING_CONFIDENCE = 0.9
WHICH_DETAIL = message("which_detail")


def holds_number(text: str, *, words: Vocabulary) -> bool:
    """Enough digits, typed or spoken, for the text to hold a phone number rather than an extension."""
    return sum(ch.isdigit() for ch in spoken_to_digits(text, words=words)) >= MIN_NUMBER_DIGITS


def phone_slots(number: PhoneNumber) -> dict[str, Any]:
    """The slots one read number fills; the API wants the national digits and +CC apart."""
    return {
        "phone_number": number.national,
        "country_code": number.country_code,
        "extension": number.extension,
        "phone_e164": number.e164,
        "pending_phone": None,
    }


def cleared(names: tuple[str, ...]) -> dict[str, Any]:
    return {name: None for name in names}


def answer(slots: dict[str, Any], say: tuple[Message, ...] = ()) -> Reading:
    return Reading("answer", slots=slots, say=say)


def refuse(slot: str, reason: Message) -> Reading:
    return Reading("refusal", say=(reason,), refused=slot)


def region_of(ctx: Context) -> str | None:
    return ctx.known.get("country") or ctx.default_region


def found_slots(found: PhoneFound) -> dict[str, Any]:
    if found.number is not None:
        slots = phone_slots(found.number)
        if found.country is not None:
            slots["country"] = found.country.region
        return slots
    return {"pending_phone": found.pending}


def person_slots(person: PersonName) -> dict[str, Any]:
    slots: dict[str, Any] = {"first_name": person.first}
    if person.last:
        slots["last_name"] = person.last
    if person.salutation:
        slots["salutation"] = person.salutation
    return slots
