"""Saying messages to the caller: where an action's message becomes text, in the conversation's language."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from . import catalogue
from .normalise.message import Message


class Speaker:
    """An action's voice: renders messages from the catalogue of the conversation's ``language`` slot."""

    def __init__(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        self.dispatcher = dispatcher
        self.tracker = tracker

    @property
    def language(self) -> str:
        return catalogue.spoken(self.tracker.get_slot("language"))

    def text(self, *said: Message) -> str:
        return " ".join(catalogue.render(m, self.language) for m in said)

    def say(self, *said: Message) -> None:
        """One utterance of the messages ``said``, marked with its language (the voice channel speaks it)."""
        self.dispatcher.utter_message(text=self.text(*said), language=self.language)
