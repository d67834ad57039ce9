"""Issue 27 on real Rasa: in Spanish, French and German, every reply is in the conversation's language,
whether the language came from the channel, from detection or from a request, through the save and
into the next contact. The callers press buttons and give plain values ("Dr", "/affirm",
"+34 612 34 56 78"), which read the same in every language; each reply is compared with the sentence
the language's catalogue says (actions/languages/<code>/messages.yml).
"""

from __future__ import annotations

import json
import re
import urllib.request
import uuid
from typing import Any

import pytest

from actions.catalogue import catalogue, render, say
from actions.normalise.salutation import DEFAULT_SALUTATIONS, titles_choice
from actions.replies import read_back

LANGUAGES = ("es", "fr", "de")
OPENERS = {
    "es": "Buenos días, me gustaría guardar un contacto nuevo, por favor",
    "fr": "Bonjour, je voudrais enregistrer un nouveau contact, s'il vous plaît",
    "de": "Guten Tag, ich möchte bitte einen neuen Kontakt speichern",
}
REQUESTS = {
    "es": "¿puede hablar en español?",
    "fr": "en français s'il vous plaît",
    "de": "auf Deutsch, bitte",
}
# Once a language's pack is complete (issue 28) its conversations are read with it: the request to save
# is said in that language.
SAVE_REQUESTS = {"es": "guardar un contacto", "fr": "enregistrer un contact", "de": "Kontakt speichern"}
CONTACT = {"salutation": "Dr", "first_name": "Wei", "last_name": "Zhang", "phone_e164": "+34612345678"}


class Chat:
    def __init__(self, rasa_url: str, metadata: dict[str, Any] | None = None) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = f"lang-{uuid.uuid4().hex[:10]}"
        self.metadata = metadata

    def say(self, text: str) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sender": self.sender, "message": text}
        if self.metadata:
            body["metadata"] = self.metadata
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            return list(json.loads(answer.read()))


def texts(replies: list[dict[str, Any]]) -> list[str]:
    return [str(r.get("text")) for r in replies if r.get("text")]


def title_question(language: str) -> str:
    return say("ask_salutation", language, titles=titles_choice(DEFAULT_SALUTATIONS))


def save_request(language: str) -> str:
    return SAVE_REQUESTS.get(language, "save a contact")


def save_in(chat: Chat, language: str, started: list[dict[str, Any]]) -> None:
    """From the title question on: every reply is the language's sentence, the save's included."""
    book = catalogue(language)
    assert texts(started)[-1] == title_question(language)
    assert [b["payload"] for b in started[-1].get("buttons", [])][:2] == ["Mr", "Mrs"]
    assert texts(chat.say("Dr")) == [book["utter_ask_first_name"]]
    assert texts(chat.say("Wei")) == [book["utter_ask_last_name"]]
    assert texts(chat.say("Zhang")) == [book["ask_phone_number"]]
    asked = chat.say("+34 612 34 56 78")
    assert texts(asked) == [render(read_back({**CONTACT, "extension": ""}, False), language)]
    assert [b["title"] for b in asked[-1]["buttons"]] == [book["button_yes"], book["button_no"]]
    saved = texts(chat.say("/affirm"))
    pattern = re.escape(say("saved", language, contact_id="@@@")).replace("@@@", "[0-9a-f]{24}")
    assert len(saved) == 1 and re.fullmatch(pattern, saved[0]), saved
    # the next contact, in the session that starts after the save: still this language
    assert texts(chat.say(save_request(language))) == [title_question(language)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_from_the_channel(stack, language: str) -> None:
    chat = Chat(stack.rasa.base_url, {"language": language})
    save_in(chat, language, chat.say(save_request(language)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_from_detection(stack, language: str) -> None:
    chat = Chat(stack.rasa.base_url)
    opened = texts(chat.say(OPENERS[language]))
    spoken = set(map(str, catalogue(language).values())) | {title_question(language)}
    assert opened and all(text in spoken for text in opened), opened
    save_in(chat, language, chat.say(save_request(language)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_a_request(stack, language: str) -> None:
    chat = Chat(stack.rasa.base_url)
    assert texts(chat.say("save a contact")) == [title_question("en")]
    switched = chat.say(REQUESTS[language])
    assert texts(switched)[0] == catalogue(language)["language_switched"]
    save_in(chat, language, switched)
