"""Sentences the caller hears that depend on what they gave (static ones live in domain.yml)."""

from __future__ import annotations

from typing import Any

from .normalise import PhoneNumber
from .normalise.phone import DIGIT_WORDS, saved_number


def number_for(slots: dict[str, Any], voice: bool) -> str:
    e164 = slots.get("phone_e164") or f"{slots.get('country_code', '')}{slots.get('phone_number', '')}"
    number = saved_number(e164, str(slots.get("extension") or ""))
    return number.voice() if voice else number.display()


def summary(slots: dict[str, Any], voice: bool) -> str:
    """ "Mr John Doe, +91 98765 43210" (digit by digit on voice)."""
    name = " ".join(str(slots[k]) for k in ("salutation", "first_name", "last_name") if slots.get(k))
    return f"{name}, {number_for(slots, voice)}"


def read_back(slots: dict[str, Any], voice: bool) -> str:
    return f"{summary(slots, voice)}. Shall I save it?"


def contact_id_for(contact_id: str, voice: bool) -> str:
    """Ids are 24 hex digits: on voice, read in groups of four, digits as words."""
    if not voice:
        return contact_id
    groups = [contact_id[i : i + 4] for i in range(0, len(contact_id), 4)]
    return ", ".join(" ".join(DIGIT_WORDS.get(ch, ch) for ch in group) for group in groups)


def caller_number_offer(number: PhoneNumber, voice: bool) -> str:
    tail = number.national[-4:]
    spoken_tail = " ".join(DIGIT_WORDS[d] for d in tail) if voice else tail
    return f"Shall I use the number you are calling from, ending {spoken_tail}?"


# The number question depends on the channel, which domain responses cannot see when a voice call
# comes through the REST channel (`input_channel`) or says `"voice": true` in its metadata; the
# form's static questions are utter_ask_* responses in domain.yml.
PROMPTS = {
    "phone_number": "What's the phone number? Please include the country code, like +91, if you can.",
    "phone_number_voice": (
        "Please say the phone number digit by digit, starting with the country code if you know it."
    ),
    # A phone channel that takes the keypad (the plugin's Twilio channel); {exit} is
    # 00, or 011 in North America.
    "phone_number_keypad": (
        "What's the phone number? Say it digit by digit, or type it on the keypad and press "
        "hash. For a number in another country, start with {exit} and the country code."
    ),
}


def question_for(
    slot: str, slots: dict[str, Any], voice: bool, titles: tuple[str, ...], keypad_exit: str | None = None
) -> str | None:
    """The text of a form question that depends on the conversation, or None for a static one.

    The validation computes it into the ``question`` slot, and utter_ask_<slot> says "{question}",
    so asking costs no second call to the action server. ``voice``: numbers spelled out in words;
    ``keypad_exit``: the channel takes the keypad, and this is the caller's international prefix.
    """
    if slot == "salutation":
        return salutation_prompt(titles)
    if slot == "phone_number":
        if keypad_exit:
            return PROMPTS["phone_number_keypad"].format(exit=keypad_exit)
        return PROMPTS["phone_number_voice" if voice else "phone_number"]
    if slot == "confirmed":
        return read_back(slots, voice)
    if slot == "use_caller_number":
        return caller_number_offer(saved_number(slots["caller_number"]), voice)
    return None


def salutation_prompt(titles: tuple[str, ...]) -> str:
    choices = ", ".join(titles[:-1]) + f" or {titles[-1]}" if len(titles) > 1 else titles[0]
    return f"What title should I use: {choices}?"


CANNOT_TAKE_DETAILS = (
    "I'm sorry, I can't take these details right now. Please try again later, or ask an agent for help."
)
# What the caller hears about erasure depends on what is really done: the plugin's tracker store
# (actions/channels/erasing_tracker_store.py) erases; another store keeps the history.
CANCELLED = "OK, I've cancelled that and erased the details you gave from this conversation."
CANCELLED_KEPT = (
    "OK, I've cancelled that. I won't use the details you gave, but this conversation's "
    "history on our side still holds them."
)
ERASED = "I've also erased the details you gave from this conversation."
KEPT = "This conversation's history on our side still holds the details you gave."
FORGOTTEN = "I've erased the details you gave from this conversation."
FORGOTTEN_KEPT = (
    "I've stopped using the details you gave, but this conversation's history on our side still holds them."
)
FORGET_FAILED = (
    "Sorry, I couldn't reach the contacts service to delete the contact {contact_id}, so I "
    "haven't forgotten anything yet. Please say 'forget me' again in a minute."
)
SAVE_LIMIT = (
    "I've already saved {count} contacts in this conversation in the last {window}, "
    "which is as many as I can take from one conversation. "
    "I've kept these details: say 'try again' in a minute."
)
SAVED = "Saved. The contact id is {contact_id}."
DUPLICATE = "That number is already registered, so I can't save it again. Let's use a different number."
REJECTED = "The contacts service didn't accept these details."
UNAVAILABLE = (
    "Sorry, I couldn't reach the contacts service just now. I've kept everything you told me: "
    "say 'try again' when you're ready."
)
BUSY = (
    "Sorry, the contacts service is busy right now. I've kept everything you told me: "
    "say 'try again' in a minute."
)
MISCONFIGURED = (
    "Sorry, I can't save contacts right now because of a problem on our side. I've kept your details "
    "and let our team know; say 'try again' later."
)
NOTHING_TO_SAVE = "There's nothing waiting to be saved. Say 'save a contact' to start."
NO_SAVED_CONTACT = "I haven't saved a contact in this conversation yet."
UPDATE_HOW = "Tell me what to change, for example 'change my last name to Smith'."
UPDATED = "Done, I've changed the {field}. The contact {contact_id} is now {summary}."
DELETED = "I've deleted the contact {contact_id}."

# The extension question (asked on the phone after a number typed on the keypad) is utter_ask_extension.
EXTENSION_AGAIN = "Please type the extension and press hash, or say no if there isn't one."

# On the phone, a silent turn hears its question again, shorter; unknown questions get the last line.
SHORT_QUESTIONS = {
    "salutation": "Which title should I use?",
    "first_name": "The first name, please?",
    "last_name": "And the last name?",
    "phone_number": "The phone number, please? You can type it and press hash.",
    "extension": "Any extension? Type it and press hash, or say no.",
    "country": "Which country is the number in?",
    "use_caller_number": "Shall I use the number you're calling from? Yes or no?",
    "confirmed": "Shall I save it? Yes or no?",
    "change_request": "What should I change?",
}
STILL_THERE = "Are you still there?"
SILENCE_GOODBYE = "I haven't heard anything, so I'll end the call now. Goodbye."


def short_question(asked: str | None) -> str:
    return SHORT_QUESTIONS.get(asked or "", STILL_THERE)


# Several contacts in one message (actions/interpret/contacts.py): each is read back and saved in turn.
SEVERAL_CONTACTS = "I'll take these {count} contacts one at a time, starting with the first."
ONE_AT_A_TIME = (
    "I found more than one phone number there, and I save one contact with one number at a time. "
    "I've started with the first: send me the others once it's saved."
)
NEXT_CONTACT = "Now the next contact ({count} still to save)."


def queue_dropped(count: int) -> str:
    """Said when a cancel or an abandoned form also drops the contacts still waiting in the queue."""
    if count == 1:
        return "The other contact you gave me wasn't saved either."
    return f"The {count} other contacts you gave me weren't saved either."


# A caller who will not give a field: what the contact needs, and the way out.
FIELD_NAMES = {
    "salutation": "a title",
    "first_name": "a first name",
    "last_name": "a last name",
    "phone_number": "a phone number",
    "country": "the number's country",
}
DECLINED = "I can only save the contact with {field}. You can give it, or say 'cancel' to stop."


def declined(field: str) -> str:
    """ "I don't want to give my number" gets what the contact needs and that they can cancel."""
    return DECLINED.format(field=FIELD_NAMES.get(field, "that detail"))


# One chat that saved several contacts (actions/next_session.py): only the latest can be changed.
ONLY_LATEST = (
    "I can only change the latest contact I saved, {contact_id} ({summary});"
    " the earlier ones I keep by id only, and can delete by their id."
)
