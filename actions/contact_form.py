"""`validate_contact_form`: a thin adapter between Rasa's form and the turn interpreter.

How a turn is read (answers, pastes, corrections, yes/no, refusals) is decided in
``actions.interpret``, which knows nothing of Rasa; this module only builds its
context from the tracker and turns its reading into slot events and messages.
A control request (cancel, why, ...) leaves the slots alone, so the form rejects
the turn and the rules answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from . import catalogue, keypad, metadata, replies, service
from .contact_slots import CONTACT_SLOTS, as_events, cleared, emptied
from .erasure import ERASABLE_SLOT, MARKER_SLOT
from .interpret import Context, Reading, interpret
from .interpret.contacts import split_contacts
from .interpret.lexicon import yes_or_no
from .language_actions import language_answer
from .normalise import NormalisationError, parse_phone
from .normalise.message import Message, message
from .normalise.spoken import spoken_to_digits
from .normalise.vocabulary import DEFAULT_LANGUAGE, Vocabulary, any_of, languages, vocabulary
from .speaker import Speaker

log = logging.getLogger(__name__)

MAX_REFUSALS = 3
CALL_ENDED = "call_ended"  # the intent a voice channel sends when the call is over
MAX_EXTENSION_DIGITS = 10


@dataclass
class Turn:
    """What one caller turn changes; collected first, turned into events at the end."""

    tracker: Tracker
    dispatcher: CollectingDispatcher
    updates: dict[str, Any] = field(default_factory=dict)
    abandoned: bool = False
    erase: bool = False  # the caller cancelled: the tracker store erases what they gave (actions/erasure.py)

    def slot(self, name: str) -> Any:
        return self.updates[name] if name in self.updates else self.tracker.get_slot(name)

    def set(self, values: dict[str, Any]) -> None:
        self.updates.update(values)
        refusals = dict(self.slot("refusals") or {})
        for name in values:
            refusals.pop(name, None)
        if refusals != (self.tracker.get_slot("refusals") or {}):
            self.updates["refusals"] = refusals

    @property
    def language(self) -> str:
        """The language the caller is answered in (``actions.catalogue``)."""
        return Speaker(self.dispatcher, self.tracker).language

    def say(self, *said: Message) -> None:
        """One utterance of the messages ``said``, in the conversation's language."""
        Speaker(self.dispatcher, self.tracker).say(*said)

    def say_queue_dropped(self) -> None:
        """Contacts waiting behind this one are forgotten with it, never silently."""
        waiting = len(self.slot("contact_queue") or [])
        if waiting:
            self.say(replies.queue_dropped(waiting))

    def refuse(self, slot: str, *reasons: Message) -> None:
        refusals = dict(self.slot("refusals") or {})
        refusals[slot] = refusals.get(slot, 0) + 1
        if refusals[slot] >= MAX_REFUSALS:
            log.info("form abandoned after %d refusals of %s", refusals[slot], slot)
            self.say(message("cannot_take_details"))
            self.say_queue_dropped()
            self.updates = cleared(CONTACT_SLOTS)
            self.abandoned = True
            return
        self.say(*reasons)
        self.updates["refusals"] = refusals


def _started_by_the_caller(tracker: Tracker) -> bool:
    """Did the caller's message start the form (not a save that met a duplicate and restarted it)?"""
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") not in (
            "contact_form",
            "action_extract_slots",
        ):
            return event.get("name") == "action_listen"
    return True


# Questions a paste of several contacts may answer mid-form ("save a contact", then the agent pastes two).
_PASTE_QUESTIONS = ("salutation", "first_name", "last_name", "phone_number")


def _first_of_several(turn: Turn, text: str, context: Context) -> str:
    """The text read now: the first contact when the message holds several; the rest wait in a queue.

    When the form starts, several numbers that cannot be cut into contacts are said to be taken one
    at a time. Mid-form, only a clean cut counts: two numbers there are more often a self-correction.
    """
    split = split_contacts(text, context)
    if split.uncut and context.asked is None:
        turn.say(message("one_at_a_time"))
    elif len(split.pieces) > 1:
        waiting = list(turn.slot("contact_queue") or [])
        turn.say(message("several_contacts", count=len(split.pieces)))
        turn.updates["contact_queue"] = [*waiting, *split.pieces[1:]]
    return split.pieces[0]


def language_of(tracker: Tracker) -> str:
    """The conversation's language: the ``language`` slot when a pack speaks it, else the default."""
    said = tracker.get_slot("language")
    return said if isinstance(said, str) and said in languages() else DEFAULT_LANGUAGE


def context_for(tracker: Tracker, known: dict[str, Any], asked: str | None) -> Context:
    """The interpreter's view of a turn: the question open, the slots known, what NLU thought.

    Digits typed on the keypad are national in the caller's own country first (``actions.keypad``).
    """
    intent = (tracker.latest_message or {}).get("intent") or {}
    region = service.default_region()
    if metadata.typed_on_keypad(tracker):
        region = keypad.region_for_typed_number(_caller_region(tracker, known), region)
    return Context(
        asked=asked,
        known=known,
        intent=intent.get("name") or "",
        confidence=float(intent.get("confidence") or 0.0),
        default_region=region,
        salutations=service.salutations(),
        language=language_of(tracker),
    )


def _caller_region(tracker: Tracker, known: dict[str, Any]) -> str | None:
    return metadata.region_of(known.get("caller_number") or metadata.caller_id(tracker))


# The questions at which digits typed on the keypad are a phone number.
_KEYPAD_NUMBER_QUESTIONS = (None, "phone_number", "use_caller_number")


def _typed_text(tracker: Tracker, text: str, context: Context) -> str:
    """The keypad's digits as the interpreter reads a number ("00..." is international)."""
    if metadata.typed_on_keypad(tracker) and context.asked in _KEYPAD_NUMBER_QUESTIONS:
        return keypad.as_number_text(text, context.default_region)
    return text


def _number_was_typed(tracker: Tracker, asked: str | None) -> bool:
    """The number this turn completes was typed on the keypad: now, or just before its country was asked."""
    if asked == "country":
        users = [e for e in tracker.events if e.get("event") == "user"]
        earlier = (users[-2].get("metadata") or {}) if len(users) > 1 else {}
        return isinstance(earlier, dict) and earlier.get("input") == "keypad"
    return metadata.typed_on_keypad(tracker) and asked in _KEYPAD_NUMBER_QUESTIONS


def _extension_answer(text: str, words: Vocabulary) -> str | None:
    """The answer to "Any extension?": its digits, "" for no, None when it is neither."""
    none = any_of(words.frames("no_extension_frames"))
    if yes_or_no(text, words) == "no" or re.fullmatch(none, text.strip(), re.IGNORECASE):
        return ""
    digits = "".join(ch for ch in spoken_to_digits(text, words=words) if ch.isdigit())
    return digits if 0 < len(digits) <= MAX_EXTENSION_DIGITS else None


class ValidateContactForm(FormValidationAction):
    def name(self) -> str:
        return "validate_contact_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        slots = ["salutation", "first_name", "last_name"]
        if tracker.get_slot("phone_number") is None:
            if tracker.get_slot("caller_number") and tracker.get_slot("use_caller_number") is None:
                slots.append("use_caller_number")
            if tracker.get_slot("pending_phone"):
                slots.append("country")
        slots.append("phone_number")
        if tracker.get_slot("phone_number") and tracker.get_slot("extension") is None:
            slots.append("extension")  # only a number typed on the keypad leaves it open (see run)
        if tracker.get_slot("awaiting_change"):
            slots.append("change_request")
        slots.append("confirmed")
        return slots

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if ((tracker.latest_message or {}).get("intent") or {}).get("name") == CALL_ENDED:
            # the caller hung up: the form rejects the turn, and the rule erases with action_cancel_contact
            return []
        turn = Turn(tracker, dispatcher)
        asked = tracker.get_slot(REQUESTED_SLOT)
        text = (tracker.latest_message or {}).get("text") or ""
        queued = tracker.get_slot("next_contact") if asked is None else None
        if asked is None and (queued or _started_by_the_caller(tracker)):
            # A new "save a contact" starts from empty slots, even after an earlier save; the number
            # the caller is calling from (caller_number) stays. Done here, not in an action before the
            # form, so that starting the form costs one call to the action server. Only the slots that
            # hold something are emptied: a first contact's start sends 2 events instead of 19.
            turn.updates.update(emptied([*CONTACT_SLOTS, "contact_id"], tracker.slots))
            if queued:  # the next of several contacts given in one message, after the one before it was saved
                text = queued
                turn.updates["contact_queue"] = tracker.get_slot("contact_queue")
            else:
                text = _first_of_several(
                    turn, text, context_for(tracker, {**tracker.slots, **turn.updates}, None)
                )
        elif asked in _PASTE_QUESTIONS:
            text = _first_of_several(turn, text, context_for(tracker, tracker.slots, asked))
        self._note_caller_id(turn)
        known = {**tracker.slots, **turn.updates}
        context = context_for(tracker, known, asked)
        text = _typed_text(tracker, text, context)
        answer = language_answer(text) if asked else None
        if answer is not None and asked is not None:  # "auf Deutsch, bitte" is no answer to the question
            _answer_language_request(turn, answer, asked)
        else:
            reading = interpret(text, context)
            if asked == "extension" and reading.kind != "control":
                self._extension(turn, text)
            else:
                self._apply(turn, reading, asked, context.intent)
        if (
            _number_was_typed(tracker, asked)
            and turn.updates.get("phone_number")
            and not turn.updates.get("extension")
        ):
            turn.updates["extension"] = None  # a keypad cannot type "ext": the extension is asked next
        events: list[EventType] = as_events(turn.updates)
        if turn.abandoned:
            erase = [SlotSet(MARKER_SLOT, self.name())] if turn.erase else []  # last: the store erases on it
            return events + [SlotSet(REQUESTED_SLOT, None)] + erase
        tracker.slots.update(turn.updates)
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        next_slot = next((slot for slot in required if tracker.slots.get(slot) is None), None)
        keypad_exit = (
            keypad.exit_code(_caller_region(tracker, known) or service.default_region())
            if metadata.has_keypad(tracker)
            else None
        )
        asking = (
            replies.question_for(
                next_slot, tracker.slots, metadata.spells_digits(tracker), service.salutations(), keypad_exit
            )
            if next_slot and (events or asked is None)
            else None
        )
        question = catalogue.render(asking, turn.language) if asking else None
        # Mid-form, the question goes with other events only: a turn with none is
        # rejected, so the rules answer it.
        return (
            events
            + ([SlotSet("question", question)] if question else [])
            + [SlotSet(REQUESTED_SLOT, next_slot)]
        )

    @staticmethod
    def _extension(turn: Turn, text: str) -> None:
        value = _extension_answer(text, vocabulary(language_of(turn.tracker)))
        if value is None:
            turn.refuse("extension", message("extension_again"))
        else:
            turn.set({"extension": value})

    @staticmethod
    def _note_caller_id(turn: Turn) -> None:
        if turn.slot("caller_number"):
            return
        number = metadata.caller_id(turn.tracker)
        if not number:
            return
        try:
            turn.updates["caller_number"] = parse_phone(
                number, words=vocabulary(language_of(turn.tracker))
            ).e164
        except NormalisationError:
            log.info("caller id in the metadata is not a usable number; not offering it")

    @staticmethod
    def _apply(turn: Turn, reading: Reading, asked: str | None, intent: str) -> None:
        if reading.kind == "control":
            if reading.control != intent and asked is not None:
                _answer_control(turn, reading.control or "", asked)
            return  # otherwise the form rejects the turn and the rules for that intent answer
        if asked is None:  # the form is starting: what the opening message gave fills the empty slots
            turn.set({k: v for k, v in reading.slots.items() if v is not None and turn.slot(k) is None})
            for sentence in reading.say:
                turn.say(sentence)
            return
        if reading.kind == "refusal" and reading.declined:  # "I don't want to give my number"
            turn.refuse(reading.refused or asked, replies.declined(reading.declined))
            return
        if reading.kind == "refusal":
            turn.updates.update(reading.slots)  # e.g. a number that its country made invalid is dropped
            turn.refuse(reading.refused or asked, *(reading.say or (message("didnt_catch"),)))
            return
        turn.set(reading.slots)
        for sentence in reading.say:
            turn.say(sentence)
        if reading.kind == "nothing":
            turn.refuse(asked, message("didnt_catch"))


# What a control request gets when NLU heard something else (so no rule would answer it).
_CONTROL_RESPONSES = {
    "ask_why": "utter_why_needed",
    "greet": "utter_greet",
    "bot_challenge": "utter_iamabot",
    "out_of_scope": "utter_out_of_scope",
    "ask_help": "utter_greet",  # what the bot does; the question is asked again
}


def _answer_language_request(turn: Turn, answer: Message, asked: str) -> None:
    """The caller asked for a language: the policy has set it if the bot speaks it (the catalogue says
    so in that language), else the bot names the languages it speaks; the question is asked again."""
    turn.say(answer)
    # A slot event besides requested_slot, or the form rejects the turn; the question is asked again.
    turn.updates.update({"language": turn.language, REQUESTED_SLOT: asked})


def _answer_control(turn: Turn, control: str, asked: str) -> None:
    """Answer a control request the text made plainly though NLU classed it otherwise; the form goes on."""
    # forget-me: the plugin's policy runs its own action first; without the policy it is a cancel
    if control in ("cancel", "goodbye", "forget_me"):
        erasable = turn.tracker.get_slot(ERASABLE_SLOT) is True
        turn.say(message("cancelled" if erasable else "cancelled_kept"))
        turn.say_queue_dropped()
        turn.updates = cleared(CONTACT_SLOTS)
        turn.abandoned = True
        turn.erase = True
        return
    turn.dispatcher.utter_message(response=_CONTROL_RESPONSES.get(control, "utter_default"))
    turn.updates[REQUESTED_SLOT] = asked  # an event, so the form does not reject the turn and asks again
