"""Rasa's own responses said from the catalogues (actions/channels/catalogue_responses.py), and the
line add_to_bot writes so a host bot uses it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from actions import catalogue
from actions.add_to_bot import RESPONSES, add_responses
from actions.channels.catalogue_responses import CatalogueResponses

DOMAIN = Domain.from_dict(
    {
        "slots": {
            "language": {"type": "text", "mappings": [{"type": "custom"}]},
            "question": {"type": "text", "mappings": [{"type": "custom"}]},
        },
        "responses": {
            "utter_greet": [{"text": "utter_greet"}],  # the catalogue's: its text is its id
            "utter_goodbye": [{"text": "See you, {language}!"}],  # a host bot's own text
            "utter_ask_salutation": [{"text": "{question}"}],
        },
    }
)


def said(response: str, language: str | None, question: str | None = None) -> str:
    tracker = DialogueStateTracker.from_events(
        "c", [SlotSet("language", language), SlotSet("question", question)], slots=DOMAIN.slots
    )
    generated = asyncio.run(CatalogueResponses(domain=DOMAIN).generate(response, tracker, "rest"))
    assert generated is not None
    return str(generated["text"])


@pytest.mark.parametrize("language", catalogue.catalogue_languages())
def test_a_response_named_by_its_id_is_said_in_the_conversation_s_language(language: str) -> None:
    assert said("utter_greet", language) == catalogue.catalogue(language)["utter_greet"]


def test_no_language_yet_is_the_default_and_an_unknown_one_too() -> None:
    english = catalogue.catalogue("en")["utter_greet"]
    assert said("utter_greet", None) == english
    assert said("utter_greet", "xx") == english


def test_a_host_bot_s_own_text_and_a_computed_question_are_rasa_s() -> None:
    assert said("utter_goodbye", "en") == "See you, en!"
    assert said("utter_ask_salutation", "en", question="Which title?") == "Which title?"


def test_add_to_bot_names_the_generator_once_and_keeps_the_bot_s_endpoints(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text('action_endpoint:\n  url: "http://localhost:5055/webhook"')
    assert add_responses(endpoints) is True
    assert add_responses(endpoints) is False
    text = endpoints.read_text()
    assert text.startswith("action_endpoint:") and text.count(RESPONSES) == 1


def test_add_to_bot_leaves_a_bot_s_own_generator_and_says_why(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text("nlg:\n  url: http://localhost:6000/nlg\n")
    with pytest.raises(ValueError, match="response generator"):
        add_responses(endpoints)
    assert "CatalogueResponses" not in endpoints.read_text()
