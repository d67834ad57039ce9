"""`action_change_language`: the answer to "auf Deutsch, bitte" outside the form.

The Rasa server has already set the ``language`` slot when the bot speaks the language asked for
(``channels/conversation_language.py``), and its policy predicts this action for such a request,
then listens. Inside the form, the validation answers the same request and asks its question again
(``contact_form.py``).
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from . import catalogue
from .interpret.language_choice import requested_language
from .normalise.message import AllOf, LanguageName, Message, message
from .speaker import Speaker


def language_answer(text: str) -> Message | None:
    """What the bot says to a request for a language: that it goes on in it, or which it speaks."""
    request = requested_language(text, catalogue.enabled_languages())
    if request is None:
        return None
    if request.enabled:
        return message("language_switched")
    spoken = AllOf(tuple(LanguageName(code) for code in catalogue.enabled_languages()))
    return message("language_not_spoken", language=LanguageName(request.code), languages=spoken)


class ActionChangeLanguage(Action):
    def name(self) -> str:
        return "action_change_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        answer = language_answer((tracker.latest_message or {}).get("text") or "")
        if answer is not None:
            Speaker(dispatcher, tracker).say(answer)
        return []
