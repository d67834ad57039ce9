"""Which message the caller hears when it depends on what they gave; the sentences are in the catalogues.

These functions choose message ids and values (``actions.normalise.message``); ``actions.catalogue``
renders them in the conversation's language. Static replies are domain responses, said through
the catalogue too (``actions/channels/catalogue_responses.py``).
"""

from __future__ import annotations

from typing import Any

from .normalise.message import DigitsSaid, Message, NumberSaid, OneOf, TitleName, Words, message

CONTACT_ID_GROUP = 4  # ids are 24 hex digits: on voice, read in groups of four


def number_for(slots: dict[str, Any], voice: bool) -> NumberSaid:
    e164 = slots.get("phone_e164") or f"{slots.get('country_code', '')}{slots.get('phone_number', '')}"
    return NumberSaid(e164, str(slots.get("extension") or ""), voice)


def summary(slots: dict[str, Any], voice: bool) -> Message:
    """ "Mr John Doe, +91 98765 43210" (digit by digit on voice); the title as the language writes it."""
    title = slots.get("salutation")
    names = [str(slots[k]) for k in ("first_name", "last_name") if slots.get(k)]
    return message(
        "summary",
        name=Words(tuple(part for part in (TitleName(str(title)) if title else None, *names) if part)),
        number=number_for(slots, voice),
    )


def read_back(slots: dict[str, Any], voice: bool) -> Message:
    return message("read_back", summary=summary(slots, voice))


def contact_id_for(contact_id: str, voice: bool) -> DigitsSaid:
    """On voice, the id's hex digits said in groups of four."""
    return DigitsSaid(contact_id, voice, CONTACT_ID_GROUP)


def caller_number_offer(e164: str, voice: bool) -> Message:
    national = e164[-4:]
    return message("ask_use_caller_number", tail=DigitsSaid(national, voice))


def question_for(
    slot: str, slots: dict[str, Any], voice: bool, titles: tuple[str, ...], keypad_exit: str | None = None
) -> Message | None:
    """The form question that depends on the conversation, or None for a static one.

    The validation renders it into the ``question`` slot, and utter_ask_<slot> says "{question}",
    so asking costs no second call to the action server. ``voice``: numbers spelled out in words;
    ``keypad_exit``: the channel takes the keypad, and this is the caller's international prefix.
    """
    if slot == "salutation":
        return message("ask_salutation", titles=OneOf(tuple(TitleName(t) for t in titles)))
    if slot == "phone_number":
        if keypad_exit:
            return message("ask_phone_number_keypad", exit=keypad_exit)
        return message("ask_phone_number_voice" if voice else "ask_phone_number")
    if slot == "confirmed":
        return read_back(slots, voice)
    if slot == "use_caller_number":
        return caller_number_offer(slots["caller_number"], voice)
    return None


# On the phone, a silent turn hears its question again, shorter; unknown questions get the last line.
SHORT_QUESTIONS = (
    "salutation",
    "first_name",
    "last_name",
    "phone_number",
    "extension",
    "country",
    "use_caller_number",
    "confirmed",
    "change_request",
)


def short_question(asked: str | None) -> Message:
    return message(f"short_{asked}" if asked in SHORT_QUESTIONS else "still_there")


def queue_dropped(count: int) -> Message:
    """Said when a cancel or an abandoned form also drops the contacts still waiting in the queue."""
    return message("queue_dropped", count=count)


# A caller who will not give a field: what the contact needs, and the way out.
NEEDED_FIELDS = ("salutation", "first_name", "last_name", "phone_number", "country")


def declined(field: str) -> Message:
    """ "I don't want to give my number" gets what the contact needs and that they can cancel."""
    return message("declined", field=message(f"needs_{field}" if field in NEEDED_FIELDS else "needs_detail"))
