"""The Rasa server's responses in the conversation's language, from the same catalogues as the actions'.

Rasa says a domain response (``utter_greet``, a form question, ``utter_why_needed``) without asking the
action server, so without this its text would be the domain's, in one language. This response
generator (``nlg: type:`` in endpoints.yml) keeps Rasa's own choice of variation (channel, buttons,
conditions) and replaces the text of every response the conversation's catalogue names with the
catalogue's sentence in the conversation's ``language`` slot, its ``{slot}`` placeholders filled as
Rasa fills them. A response is the catalogue's when its text in the domain is its own id
(``utter_greet: [{text: utter_greet}]``); any other (a host bot's own ``utter_greet``) is Rasa's,
untouched. So each sentence is written once per language, in ``actions/languages/<code>/messages.yml``.

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


class CatalogueResponses(TemplatedNaturalLanguageGenerator):
    """Rasa's templated responses, with the catalogue's sentence in the conversation's language."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None):
        super().__init__((domain or Domain.empty()).responses)

    def generate_from_slots(
        self, utter_action: str, filled_slots: dict[str, Any], output_channel: str, **kwargs: Any
    ) -> dict[str, Any] | None:
        response = super().generate_from_slots(utter_action, filled_slots, output_channel, **kwargs)
        if response is None or response.get("text") != utter_action:
            return response  # a response with a text of its own (a host bot's) is said as written
        language = catalogue.spoken(filled_slots.get("language"))
        sentence = catalogue.catalogue(language).get(utter_action)
        if not isinstance(sentence, str):
            return response
        values = self._response_variables(filled_slots, kwargs)
        response["text"] = interpolate(sentence, values) if values else sentence
        response["language"] = language  # the output channel hears it (a voice speaks the language)
        return response
