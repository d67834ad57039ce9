"""`validate_contact_form`: reads each caller turn and decides which slots it fills.

One method reads the whole turn instead of per-slot extract/validate hooks,
because callers answer more than they are asked ("Mr John Doe +91 ..."),
correct earlier answers mid-form ("no, my last name is Smith") and give the
country only when the number needs it. Control intents (cancel, why, ...) are
left alone so the form rejects them and the rules answer.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from . import channel, replies, service
from .contact_slots import CONTACT_SLOTS, PHONE_SLOTS, as_events, cleared, phone_slots
from .normalise import (
    NormalisationError,
    parse_country,
    parse_person_name,
    parse_phone,
    parse_salutation,
    split_phone_from_text,
)
from .normalise.corrections import Correction, find_correction
from .normalise.names import clean_name
from .normalise.salutation import split_leading_salutation

log = logging.getLogger(__name__)

MAX_REFUSALS = 3
MAX_FIRST_NAME_WORDS = 4
CONTROL_INTENTS = frozenset({"cancel", "ask_why", "bot_challenge", "goodbye"})
WEAK_CONTROL_INTENTS = frozenset({"greet", "out_of_scope"})  # control only when NLU is sure
FILL_INTENTS = frozenset({"save_contact", "inform", "change_field", "nlu_fallback"})
_YES = re.compile(r"^(?:yes|yeah|yep|yup|sure|ok(?:ay)?|correct|right|that's right|save it|go ahead|"
                  r"please do|confirm(?:ed)?|affirmative|absolutely|y)\b", re.I)
_NO = re.compile(r"^(?:no|nope|nah|not quite|wrong|incorrect|that's wrong|n)\b", re.I)
_SAVE_WORDS = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|agent here|this is the agent|this is an agent)\b[\s,!.:-]*)*"
    r"(?:(?:can|could|would|will)\s+you\s+|please\s+|i\s+(?:want|would like|need)\s+to\s+|i'?d like to\s+|let'?s\s+)?"
    r"(?:please\s+)?(?:save|add|create|store|register|record|capture|new|take down|note down)\b"
    r"(?:\s+(?:a|an|the|new|this|my|one|another))*(?:\s+(?:contact|number|person|caller|customer|details|entry|"
    r"client))?(?:\s+(?:for|of|named|called|as|with))?(?:\s+(?:me|him|her|them))?[\s:,.-]*",
    re.I,
)


@dataclass
class Turn:
    """What one caller turn changes; collected first, turned into events at the end."""

    tracker: Tracker
    dispatcher: CollectingDispatcher
    updates: dict[str, Any] = field(default_factory=dict)
    abandoned: bool = False

    def slot(self, name: str) -> Any:
        return self.updates[name] if name in self.updates else self.tracker.get_slot(name)

    def set(self, values: dict[str, Any]) -> None:
        self.updates.update(values)
        refusals = dict(self.slot("refusals") or {})
        for name in values:
            refusals.pop(name, None)
        if refusals != (self.tracker.get_slot("refusals") or {}):
            self.updates["refusals"] = refusals

    def changed(self, values: dict[str, Any]) -> None:
        """A field changed: what was confirmed no longer is."""
        self.set(values)
        self.updates.update({"confirmed": None, "awaiting_change": None})

    def say(self, text: str) -> None:
        self.dispatcher.utter_message(text=text)

    def refuse(self, slot: str, reason: str) -> None:
        refusals = dict(self.slot("refusals") or {})
        refusals[slot] = refusals.get(slot, 0) + 1
        if refusals[slot] >= MAX_REFUSALS:
            log.info("form abandoned after %d refusals of %s", refusals[slot], slot)
            self.say(replies.CANNOT_TAKE_DETAILS)
            self.updates = cleared(CONTACT_SLOTS)
            self.abandoned = True
            return
        self.say(reason)
        self.updates["refusals"] = refusals


class ValidateContactForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_contact_form"

    async def required_slots(
        self, domain_slots: list[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[Text]:
        slots = ["salutation", "first_name", "last_name"]
        if tracker.get_slot("phone_number") is None:
            if tracker.get_slot("caller_number") and tracker.get_slot("use_caller_number") is None:
                slots.append("use_caller_number")
            if tracker.get_slot("pending_phone"):
                slots.append("country")
        slots.append("phone_number")
        if tracker.get_slot("awaiting_change"):
            slots.append("change_request")
        slots.append("confirmed")
        return slots

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        turn = Turn(tracker, dispatcher)
        self._note_caller_id(turn)
        self._interpret(turn)
        events: list[EventType] = as_events(turn.updates)
        if turn.abandoned:
            return events + [SlotSet(REQUESTED_SLOT, None)]
        tracker.slots.update(turn.updates)
        next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
        return events + ([next_slot] if next_slot else [])

    # -- reading a turn -------------------------------------------------------------------

    @staticmethod
    def _note_caller_id(turn: Turn) -> None:
        if turn.slot("caller_number"):
            return
        number = channel.caller_id(turn.tracker)
        if not number:
            return
        try:
            turn.updates["caller_number"] = parse_phone(number).e164
        except NormalisationError:
            log.info("caller id in the metadata is not a usable number; not offering it")

    def _interpret(self, turn: Turn) -> None:
        message = turn.tracker.latest_message or {}
        text = (message.get("text") or "").strip()
        intent = (message.get("intent") or {}).get("name") or ""
        confidence = float((message.get("intent") or {}).get("confidence") or 0.0)
        requested = turn.tracker.get_slot(REQUESTED_SLOT)

        if requested is None:  # the form is starting: take whatever a pasted message carries
            if intent in FILL_INTENTS:
                self._fill_from_paste(turn, text)
            return
        if intent in CONTROL_INTENTS and confidence >= 0.5 and not self._is_plain_answer(requested, text):
            return
        if intent in WEAK_CONTROL_INTENTS and confidence >= 0.8:
            return
        correction = find_correction(text)
        if correction is not None and not (requested == "confirmed" and _YES.match(text)):
            self._apply_correction(turn, correction, requested)
        elif requested == "confirmed":
            self._confirm(turn, intent, text)
        elif requested == "change_request":
            turn.refuse("change_request", "Which detail should I change: the title, first name, last name or number?")
        elif requested == "use_caller_number":
            self._caller_number_answer(turn, intent, text)
        elif requested == "salutation":
            self._salutation_answer(turn, text)
        elif requested in ("first_name", "last_name"):
            self._name_answer(turn, requested, text)
        elif requested == "phone_number":
            self._fill_phone(turn, text)
        elif requested == "country":
            self._country_answer(turn, text)
        if not turn.updates and not turn.abandoned and not turn.dispatcher.messages:
            turn.refuse(requested, "Sorry, I didn't catch that.")

    @staticmethod
    def _is_plain_answer(requested: str, text: str) -> bool:
        """A bare number or title is an answer, whatever NLU thought of it."""
        if requested == "phone_number":
            return sum(ch.isdigit() for ch in text) >= 6
        if requested == "salutation":
            try:
                parse_salutation(text, service.salutations())
                return True
            except NormalisationError:
                return False
        return False

    # -- one handler per kind of answer -----------------------------------------------------

    def _fill_from_paste(self, turn: Turn, text: str) -> None:
        """"Save Mr John Doe +91 98765 43210 ext 12": fill every empty slot the text carries."""
        rest, phone_text = split_phone_from_text(_SAVE_WORDS.sub("", text, count=1))
        if phone_text and turn.slot("phone_number") is None:
            self._fill_phone(turn, phone_text)
        rest = rest.strip(" ,.;:-")
        if not rest:
            return
        try:
            name = parse_person_name(rest, service.salutations())
        except NormalisationError:
            return
        if len(name.first.split()) > MAX_FIRST_NAME_WORDS:
            return
        values = {"salutation": name.salutation, "first_name": name.first, "last_name": name.last}
        turn.set({k: v for k, v in values.items() if v and turn.slot(k) is None})

    def _salutation_answer(self, turn: Turn, text: str) -> None:
        try:
            turn.set({"salutation": parse_salutation(text, service.salutations())})
            return
        except NormalisationError as exc:
            reason = str(exc)
        # A pasted contact answers more than the title; a lone name ("king") does not.
        rest, phone_text = split_phone_from_text(text)
        if phone_text or split_leading_salutation(rest.strip(), service.salutations())[0]:
            before = dict(turn.updates)
            self._fill_from_paste(turn, text)
            if turn.updates != before:
                return
        turn.refuse("salutation", reason)

    def _name_answer(self, turn: Turn, requested: str, text: str) -> None:
        rest, phone_text = split_phone_from_text(text)
        if phone_text and turn.slot("phone_number") is None:
            self._fill_phone(turn, phone_text)
        try:
            if requested == "last_name":
                name = clean_name(rest)
                first = turn.slot("first_name") or ""
                if first and name.lower().startswith(first.lower() + " "):
                    name = name[len(first) + 1:]
                turn.set({"last_name": name})
                return
            person = parse_person_name(rest, service.salutations())
        except NormalisationError as exc:
            turn.refuse(requested, str(exc))
            return
        if len(person.first.split()) > MAX_FIRST_NAME_WORDS:
            turn.refuse(requested, "That sounds like more than a name.")
            return
        values: dict[str, Any] = {"first_name": person.first}
        if person.last:
            values["last_name"] = person.last
        if person.salutation:
            values["salutation"] = person.salutation
        turn.set(values)

    def _fill_phone(self, turn: Turn, text: str) -> None:
        region = turn.slot("country") or service.default_region()
        try:
            number = parse_phone(text, region)
        except NormalisationError as exc:
            if exc.code == "need_country":
                # Keep only the number as written (digits, +, separators), never the free text.
                turn.set({"pending_phone": split_phone_from_text(text)[1] or None})
            else:
                turn.refuse("phone_number", str(exc))
            return
        turn.set(phone_slots(number))

    def _country_answer(self, turn: Turn, text: str) -> None:
        try:
            country = parse_country(text)
        except NormalisationError as exc:
            turn.refuse("country", str(exc))
            return
        turn.set({"country": country.region})
        pending = turn.slot("pending_phone")
        if pending:
            try:
                turn.set(phone_slots(parse_phone(pending, country.region)))
            except NormalisationError as exc:
                turn.updates.update(cleared(PHONE_SLOTS))
                turn.refuse("phone_number", str(exc))

    def _caller_number_answer(self, turn: Turn, intent: str, text: str) -> None:
        if intent == "affirm" or _YES.match(text):
            turn.set({"use_caller_number": True, **phone_slots(parse_phone(turn.slot("caller_number")))})
        elif intent == "deny" or _NO.match(text):
            turn.set({"use_caller_number": False})
        elif sum(ch.isdigit() for ch in text) >= 6 or "plus" in text.lower():
            turn.set({"use_caller_number": False})
            self._fill_phone(turn, text)
        else:
            turn.refuse("use_caller_number", "Please say yes to use the number you are calling from, or no.")

    def _confirm(self, turn: Turn, intent: str, text: str) -> None:
        if _NO.match(text) or (intent == "deny" and not _YES.match(text)):
            turn.set({"awaiting_change": True, "confirmed": None})
        elif intent == "affirm" or _YES.match(text):
            turn.set({"confirmed": True})
        else:
            turn.refuse("confirmed", "Please say yes to save the contact, or no to change something.")

    def _apply_correction(self, turn: Turn, correction: Correction, requested: str) -> None:
        name, value = correction.field, correction.value
        if value is None:
            targets = {"full_name": ("first_name", "last_name"), "phone_number": PHONE_SLOTS,
                       "country": ("country", *PHONE_SLOTS)}.get(name, (name,))
            turn.changed(cleared(targets))
            return
        try:
            if name == "salutation":
                turn.changed({"salutation": parse_salutation(value, service.salutations())})
            elif name in ("first_name", "last_name"):
                salutation, rest = split_leading_salutation(clean_name(value), service.salutations())
                turn.changed({name: rest, **({"salutation": salutation} if salutation else {})})
            elif name == "full_name":
                person = parse_person_name(value, service.salutations())
                if person.last is None:
                    target = requested if requested in ("first_name", "last_name") else "first_name"
                    turn.changed({target: person.first})
                else:
                    values = {"first_name": person.first, "last_name": person.last}
                    turn.changed({**values, **({"salutation": person.salutation} if person.salutation else {})})
            elif name == "phone_number":
                before = turn.slot("phone_number")
                self._fill_phone(turn, value)
                if turn.slot("phone_number") != before:
                    turn.changed({})
            elif name == "country":
                country = parse_country(value)
                turn.changed({"country": country.region})
                source = turn.slot("pending_phone") or turn.slot("phone_number")
                if source:
                    turn.set(phone_slots(parse_phone(source, country.region)))
        except NormalisationError as exc:
            slot = "first_name" if name == "full_name" else name
            turn.refuse(slot, str(exc))


class AskSalutation(Action):
    """The titles offered come from CONTACT_SALUTATIONS, a setting of the action server."""

    def name(self) -> Text:
        return "action_ask_salutation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(text=replies.salutation_prompt(service.salutations()))
        return []


class AskPhoneNumber(Action):
    """Voice callers are asked for the number digit by digit (see replies.PROMPTS for why this is not a response)."""

    def name(self) -> Text:
        return "action_ask_phone_number"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        key = "phone_number_voice" if channel.is_voice(tracker) else "phone_number"
        dispatcher.utter_message(text=replies.PROMPTS[key])
        return []


class ActionAskConfirmed(Action):
    """The read-back: "Mr John Doe, +91 98765 43210. Shall I save it?" (digit by digit on voice)."""

    def name(self) -> Text:
        return "action_ask_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(text=replies.read_back(tracker.slots, channel.is_voice(tracker)))
        return []


class ActionAskUseCallerNumber(Action):
    def name(self) -> Text:
        return "action_ask_use_caller_number"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        number = parse_phone(tracker.get_slot("caller_number"))
        dispatcher.utter_message(text=replies.caller_number_offer(number, channel.is_voice(tracker)))
        return []
