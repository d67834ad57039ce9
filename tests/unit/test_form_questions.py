"""The form's static questions are domain responses, so a form step makes one action-server call, not two."""

from __future__ import annotations

from pathlib import Path

import yaml

from actions import replies

# The form and its questions are the plugin's: its domain fragment.
DOMAIN = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "actions/fragments/domain/contact_capture.yml").read_text()
)
STATIC = ("first_name", "last_name", "country", "change_request")
COMPUTED = ("salutation", "phone_number", "use_caller_number", "confirmed")


def test_static_questions_are_responses_not_custom_actions() -> None:
    """Rasa takes action_ask_<slot> before utter_ask_<slot>: a listed custom action would win again."""
    for slot in STATIC:
        assert f"utter_ask_{slot}" in DOMAIN["responses"]
        assert f"action_ask_{slot}" not in DOMAIN["actions"]


def test_computed_questions_are_the_slot_the_validation_fills() -> None:
    for slot in COMPUTED:
        assert [v["text"] for v in DOMAIN["responses"][f"utter_ask_{slot}"]] == ["{question}"]
        assert f"action_ask_{slot}" not in DOMAIN["actions"]
        assert "question" in DOMAIN["slots"]


def test_every_computed_question_has_a_text() -> None:
    slots = {
        "salutation": "Mr",
        "first_name": "John",
        "last_name": "Doe",
        "phone_e164": "+919876543210",
        "caller_number": "+919876543210",
    }
    for slot in COMPUTED:
        for voice in (False, True):
            assert replies.question_for(slot, slots, voice, ("Mr", "Ms"))
    for slot in STATIC:
        assert replies.question_for(slot, slots, False, ("Mr", "Ms")) is None
