"""The form's static questions are domain responses, so a form step makes one action-server call, not two."""
from __future__ import annotations

from pathlib import Path

import yaml

from actions import replies

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text())
STATIC = ("first_name", "last_name", "country", "change_request")


def test_static_questions_are_responses_not_custom_actions() -> None:
    """Rasa takes action_ask_<slot> before utter_ask_<slot>: a listed custom action would win again."""
    for slot in STATIC:
        assert f"utter_ask_{slot}" in DOMAIN["responses"]
        assert f"action_ask_{slot}" not in DOMAIN["actions"]


def test_the_change_request_response_says_what_action_update_contact_says() -> None:
    texts = [variation["text"] for variation in DOMAIN["responses"]["utter_ask_change_request"]]
    assert texts == [replies.PROMPTS["change_request"]]
