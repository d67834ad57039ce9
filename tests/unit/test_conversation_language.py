"""The conversation's language, decided on the Rasa server after each user message
(actions/channels/conversation_language.py): the channel, a request, or the first substantive message."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from actions.channels.conversation_language import language_events

DOMAIN = Domain.from_dict({"slots": {"language": {"type": "text", "mappings": [{"type": "custom"}]}}})


def decided(text: str, current: str | None = None, metadata: dict[str, Any] | None = None) -> str | None:
    tracker = DialogueStateTracker.from_events(
        "c", [SlotSet("language", current), UserUttered(text, metadata=metadata)], slots=DOMAIN.slots
    )
    events = language_events(tracker)
    assert len(events) <= 1
    return events[0].value if events else None


@pytest.mark.parametrize(
    "metadata,code",
    [({"language": "es"}, "es"), ({"customData": {"language": "de-DE"}}, "de"), ({"language": "FR"}, "fr")],
)
def test_the_channel_says_the_language(metadata: dict[str, Any], code: str) -> None:
    assert decided("hi", metadata=metadata) == code


def test_the_channel_sets_the_first_language_only_and_a_request_beats_it() -> None:
    assert decided("Mr", current="de", metadata={"language": "en"}) is None  # a web page sends it every turn
    assert decided("auf Deutsch, bitte", current="en", metadata={"language": "en"}) == "de"


def test_a_language_the_bot_does_not_speak_from_the_channel_is_ignored() -> None:
    assert decided("hi", metadata={"language": "it"}) is None


@pytest.mark.parametrize(
    "text,current,code",
    [
        ("auf Deutsch, bitte", "en", "de"),
        ("¿puede hablar en español?", "en", "es"),
        ("in English please", "de", "en"),
        ("en français s'il vous plaît", None, "fr"),
    ],
)
def test_a_request_switches_at_any_point(text: str, current: str | None, code: str) -> None:
    assert decided(text, current) == code


def test_a_request_for_the_current_language_or_one_not_spoken_changes_nothing() -> None:
    assert decided("in English please", "en") is None
    assert decided("in Italian please", "en") is None


def test_the_first_substantive_message_decides_once() -> None:
    opener = "Buenos días, me gustaría dar de alta a un cliente"
    assert decided(opener) == "es"
    assert decided(opener, current="en") is None  # decided already: nothing is detected again


@pytest.mark.parametrize("text", ["Juan", "ja", "oui", "Dr", "+34 612 34 56 78"])
def test_one_word_answers_and_numbers_decide_nothing(text: str) -> None:
    assert decided(text) is None


@pytest.mark.parametrize("text", ["Hola, I need to save a contact", "save a contact"])
def test_a_first_substantive_message_lingua_cannot_tell_sets_the_default_once(text: str) -> None:
    assert decided(text) == "en"  # so nothing is detected on the turns after it
