"""Rasa's own responses said from the catalogues (actions/channels/catalogue_responses.py), and the
line add_to_bot writes so a host bot uses it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from actions import catalogue
from actions.add_to_bot import RESPONSES, add_responses
from actions.channels.catalogue_responses import CatalogueResponses
from actions.interpret.datatypes import Context, Kind
from actions.interpret.turn import interpret
from actions.normalise.salutation import offered_salutations

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
            "utter_ask_confirmed": [{"text": "{question}"}],
            "utter_ask_use_caller_number": [{"text": "{question}"}],
            "utter_ask_first_name": [{"text": "utter_ask_first_name"}],
            "utter_ask_country": [
                {"text": "utter_ask_country", "buttons": [{"title": "UK", "payload": "GB"}]}
            ],
        },
    }
)


def generated(
    response: str, language: str | None, question: str | None = None, channel: str = "rest"
) -> dict[str, Any]:
    tracker = DialogueStateTracker.from_events(
        "c", [SlotSet("language", language), SlotSet("question", question)], slots=DOMAIN.slots
    )
    answer = asyncio.run(CatalogueResponses(domain=DOMAIN).generate(response, tracker, channel))
    assert answer is not None
    return answer


def said(response: str, language: str | None, question: str | None = None) -> str:
    return str(generated(response, language, question)["text"])


def buttons(response: str, language: str | None, channel: str = "socketio") -> list[tuple[str, str]]:
    answer = generated(response, language, "A question?", channel)
    return [(b["title"], b["payload"]) for b in answer.get("buttons") or []]


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


# -- buttons: labels in the conversation's language, payloads that are not -------------------------


@pytest.mark.parametrize("response", ["utter_ask_confirmed", "utter_ask_use_caller_number"])
def test_yes_no_questions_have_yes_and_no_buttons_in_the_language(response: str) -> None:
    assert buttons(response, "en") == [("Yes", "/affirm"), ("No", "/deny")]
    assert buttons(response, "es") == [("Sí", "/affirm"), ("No", "/deny")]
    assert buttons(response, "de") == [("Ja", "/affirm"), ("Nein", "/deny")]
    assert buttons(response, None) == buttons(response, "en")


def test_the_title_question_has_one_button_per_offered_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTACT_SALUTATIONS", raising=False)
    assert buttons("utter_ask_salutation", "en") == [(t, t) for t in offered_salutations()]
    # Spanish writes Mrs and Ms both "Sra.": one button, the first title's payload.
    assert buttons("utter_ask_salutation", "es") == [
        ("Sr.", "Mr"),
        ("Sra.", "Mrs"),
        ("Srta.", "Miss"),
        ("Mx", "Mx"),
        ("Dr.", "Dr"),
        ("Prof.", "Prof"),
    ]
    assert [p for _, p in buttons("utter_ask_salutation", "fr")] == ["Mr", "Mrs", "Miss", "Mx", "Dr", "Prof"]


def test_the_title_buttons_are_the_titles_the_setting_offers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONTACT_SALUTATIONS", "Dr, Rev ,Mr")
    assert buttons("utter_ask_salutation", "es") == [("Dr.", "Dr"), ("Rev", "Rev"), ("Sr.", "Mr")]


def test_no_buttons_on_a_phone_line_on_other_responses_and_a_response_s_own_kept() -> None:
    assert buttons("utter_ask_confirmed", "en", channel="twilio_voice") == []
    assert buttons("utter_ask_first_name", "en") == []
    assert buttons("utter_ask_country", "es") == [("UK", "GB")]


def test_the_question_s_text_is_unchanged_by_its_buttons() -> None:
    assert said("utter_ask_confirmed", "es", question="¿Lo guardo?") == "¿Lo guardo?"


@pytest.mark.parametrize(
    ("asked", "payload", "kind"),
    [
        ("confirmed", "/affirm", Kind.CONFIRM),
        ("confirmed", "/deny", Kind.DENY),
        ("use_caller_number", "/affirm", Kind.CONFIRM),
        ("use_caller_number", "/deny", Kind.DENY),
    ],
)
def test_the_form_reads_a_yes_no_button_s_payload(asked: str, payload: str, kind: str) -> None:
    """Rasa reads "/affirm" as the intent affirm at confidence 1; its text is "/affirm"."""
    known = {"salutation": "Dr", "first_name": "Jane", "last_name": "Smith", "caller_number": "+447911123456"}
    context = Context(asked=asked, known=known, intent=payload[1:], confidence=1.0)
    assert interpret(payload, context).kind == kind


def test_the_form_reads_every_title_button_s_payload() -> None:
    for title in offered_salutations({}):
        reading = interpret(title, Context(asked="salutation", intent="inform", confidence=0.5))
        assert reading.slots.get("salutation") == title
