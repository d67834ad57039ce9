"""The Rasa server's responses in the conversation's language, from the same catalogues as the actions'.

Rasa says a domain response (``utter_greet``, a form question, ``utter_why_needed``) without asking the
action server, so without this its text would be the domain's, in one language. This response
generator (``nlg: type:`` in endpoints.yml) keeps Rasa's own choice of variation (channel, buttons,
conditions) and replaces the text of every response the conversation's catalogue names with the
catalogue's sentence in the conversation's ``language`` slot, its ``{slot}`` placeholders filled as
Rasa fills them. A response is the catalogue's when its text in the domain is its own id
(``utter_greet: [{text: utter_greet}]``); any other (a host bot's own ``utter_greet``) is Rasa's,
untouched. So each sentence is written once per language, in ``actions/languages/<code>/messages.yml``.

It also gives the plugin's closed questions buttons, on every channel that draws them (not on a phone
line, which would say their labels): the yes/no questions (the read-back, the caller-id offer) a "yes"
and a "no" button, payloads ``/affirm`` and ``/deny``; the title question one button per offered title
(``CONTACT_SALUTATIONS``, read as the action server reads it), labelled as the language writes the title,
its payload the canonical title ("Dr"). Labels are the language's; payloads are not, so the form reads a
pressed button the same in every language. A response that has buttons of its own keeps them.

Each such response says which language it is in (``language``): Rasa hands a response's keys to the
output channel with its text, so the voice channel speaks the next TwiML in that language.
"""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.interpolator import interpolate
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from .. import catalogue
from ..normalise.salutation import offered_salutations

YES_NO_QUESTIONS = ("utter_ask_confirmed", "utter_ask_use_caller_number")
TITLE_QUESTION = "utter_ask_salutation"
# Channels that cannot draw buttons and would say or print their labels after the question.
NO_BUTTONS_CHANNELS = frozenset({"twilio_voice", "twilio"})


def yes_no_buttons(language: str) -> list[dict[str, str]]:
    """ "Yes" and "No" in the language; payloads the intents ``affirm`` and ``deny``, language-free."""
    book = catalogue.catalogue(language)
    return [
        {"title": str(book["button_yes"]), "payload": "/affirm"},
        {"title": str(book["button_no"]), "payload": "/deny"},
    ]


def title_buttons(language: str, titles: tuple[str, ...]) -> list[dict[str, str]]:
    """One button per title as the language writes it, its payload the canonical title.

    Two titles the language writes alike (Spanish Mrs and Ms, both "Sra.") make one button, with the
    first title's payload: a caller could not tell two such buttons apart.
    """
    written = catalogue.catalogue(language).get("titles") or {}
    buttons: dict[str, str] = {}
    for title in titles:
        buttons.setdefault(str(written.get(title, title)), title)
    return [{"title": label, "payload": payload} for label, payload in buttons.items()]


def buttons_for(utter_action: str, language: str) -> list[dict[str, str]] | None:
    """The buttons the plugin's question ``utter_action`` gets in ``language``, or None."""
    if utter_action in YES_NO_QUESTIONS:
        return yes_no_buttons(language)
    if utter_action == TITLE_QUESTION:
        return title_buttons(language, offered_salutations())
    return None


class CatalogueResponses(TemplatedNaturalLanguageGenerator):
    """Rasa's templated responses, with the catalogue's sentence in the conversation's language."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None):
        super().__init__((domain or Domain.empty()).responses)

    def generate_from_slots(
        self, utter_action: str, filled_slots: dict[str, Any], output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        response = super().generate_from_slots(utter_action, filled_slots, output_channel, **kwargs)
        if response is None:
            return None
        language = catalogue.spoken(filled_slots.get("language"))
        buttons = buttons_for(utter_action, language)
        if buttons and not response.get("buttons") and output_channel not in NO_BUTTONS_CHANNELS:
            response["buttons"] = buttons
        if response.get("text") != utter_action:
            return response  # a response with a text of its own (a host bot's) is said as written
        sentence = catalogue.catalogue(language).get(utter_action)
        if not isinstance(sentence, str):
            return response
        values = self._response_variables(filled_slots, kwargs)
        response["text"] = interpolate(sentence, values) if values else sentence
        response["language"] = language  # the output channel hears it (a voice speaks the language)
        return response
