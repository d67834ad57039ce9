"""Whole phone calls through the plugin's Twilio channel, real Rasa, the action server and the emulator.

Every post is signed as Twilio signs it (tools/phone_call.py); the TwiML the bot answers is what is
asserted: the Gather's attributes, the prompt nested in it, the SSML of the read-backs.
"""

from __future__ import annotations

import json
import re
import shutil
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from actions import catalogue
from actions.normalise.salutation import DEFAULT_SALUTATIONS, titles_choice
from tools.cluster import Balancer
from tools.phone_call import NUMBERS, Heard, TwilioPhone, spoken_words
from tools.stack import free_port
from tools.voice_stack import VoiceStack

CONTACT_FIELDS = (
    "salutation",
    "first_name",
    "last_name",
    "phone_number",
    "country_code",
    "extension",
    "phone_e164",
    "pending_phone",
    "confirmed",
    "contact_id",
)


def saved(stack: VoiceStack) -> list[dict[str, str]]:
    """The active contacts, as the emulator stores them (the number in E.164, "+" for no extension)."""
    return [
        {
            "name": f"{c['salutation']} {c['firstName']} {c['lastName']}",
            "phone": c["cellPhone"]["phoneNumber"],
            "extension": "" if c["cellPhone"]["extension"] == "+" else c["cellPhone"]["extension"],
        }
        for c in stack.emulator.contacts()
        if c["status"] == "ACTIVE"
    ]


def prompt_in_gather(heard: Heard) -> str:
    """The words of the question, which must be inside the Gather (the caller may speak over it)."""
    assert heard.status == 200, heard.body
    assert heard.gather is not None, heard.body
    says = heard.gather.findall("Say")
    assert says, f"no prompt inside the Gather: {heard.body}"
    return spoken_words(says[-1])


def query(heard: Heard) -> dict[str, str]:
    assert heard.gather is not None
    return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(heard.gather.get("action", "")).query))


def assert_digits_question(heard: Heard) -> None:
    gather = heard.gather
    assert gather is not None
    assert gather.get("input") == "dtmf speech"
    assert gather.get("finishOnKey") == "#"
    assert gather.get("speechModel") == "numbers_and_commands"
    assert gather.get("hints") == "$OOV_CLASS_DIGIT_SEQUENCE"
    assert "keypad" in prompt_in_gather(heard)


def test_a_whole_call_by_speech(call, voice_stack):
    phone: TwilioPhone = call()
    greeting = phone.ring()
    assert "save a contact" in prompt_in_gather(greeting)
    assert greeting.gather is not None and greeting.gather.get("input") == "dtmf speech"
    assert greeting.gather.get("actionOnEmptyResult") == "true"
    assert greeting.gather.get("language") == "en-GB"
    assert greeting.gather.findall("Say")[-1].get("voice") == "Polly.Amy"

    number_question = phone.say("save a contact for Mr John Doe")
    assert_digits_question(number_question)
    assert query(number_question) == {"asked": "phone_number", "silent": "0", "lang": "en"}

    read_back = phone.say("plus nine one nine eight seven six five four three two one oh")
    assert prompt_in_gather(read_back) == "Mr John Doe, plus 91 98765 43210. Shall I save it?"
    ssml = read_back.ssml()[-1]
    assert ssml == (
        'Mr John Doe, plus <say-as interpret-as="digits">91</say-as><break time="300ms" />'
        '<say-as interpret-as="digits">98765</say-as><break time="300ms" />'
        '<say-as interpret-as="digits">43210</say-as>. Shall I save it?'
    )
    assert read_back.gather is not None and read_back.gather.get("finishOnKey") is None

    done = phone.say("yes")
    (contact,) = saved(voice_stack)
    assert contact == {"name": "Mr John Doe", "phone": "+919876543210", "extension": ""}
    ssml = done.ssml()[-1]
    assert ssml.startswith("Saved. The contact id is ")
    groups = re.findall(r'<say-as interpret-as="characters">([0-9a-f]{4})</say-as>', ssml)
    assert "".join(groups) == voice_stack.stored_slots(phone.call_sid)["contact_id"]
    assert len(groups) == 6 and ssml.count('<break time="300ms" />') == 5


def test_the_number_typed_on_the_keypad_is_national_in_the_callers_country_with_an_extension(
    call, voice_stack
):
    phone = call(caller="+919812345678")
    phone.ring()
    offer = phone.say("save Dr Jane Smith")
    assert "ending" in prompt_in_gather(offer)
    number_question = phone.say("no")
    assert_digits_question(number_question)
    assert "start with 00" in prompt_in_gather(number_question)

    extension_question = phone.press("98765*9876543210")  # "*" starts the number over
    assert_digits_question(extension_question)
    assert query(extension_question)["asked"] == "extension"
    read_back = phone.press("55")
    assert prompt_in_gather(read_back) == "Dr Jane Smith, plus 91 98765 43210 extension 55. Shall I save it?"
    phone.say("yes")
    assert saved(voice_stack) == [{"name": "Dr Jane Smith", "phone": "+919876543210", "extension": "55"}]


def test_the_number_typed_with_00_is_international(call, voice_stack):
    phone = call(caller="+12025550143")  # a US caller: 00 still means international
    phone.ring()
    phone.say("save Ms Laura Chen")
    number_question = phone.say("no")
    assert "start with 011" in prompt_in_gather(number_question)  # the North American exit code is offered
    extension_question = phone.press("00447911123456")
    assert query(extension_question)["asked"] == "extension"
    read_back = phone.say("no")
    assert prompt_in_gather(read_back) == "Ms Laura Chen, plus 44 7911 123456. Shall I save it?"
    phone.say("yes")
    assert saved(voice_stack) == [{"name": "Ms Laura Chen", "phone": "+447911123456", "extension": ""}]


def test_011_from_north_america_is_international(call, voice_stack):
    phone = call(caller="+12025550143")
    phone.ring()
    phone.say("save Mr Sam Lee")
    phone.say("no")
    phone.press("011447911123456")
    read_back = phone.say("no extension")
    assert prompt_in_gather(read_back) == "Mr Sam Lee, plus 44 7911 123456. Shall I save it?"


def test_a_national_number_typed_by_an_unknown_caller_asks_the_country(call):
    phone = call()  # "anonymous": no caller id, and the stack sets no CONTACT_DEFAULT_REGION
    phone.ring()
    phone.say("save Mr John Doe")
    country_question = phone.press("9876543210")
    assert prompt_in_gather(country_question) == "Which country is that number in?"
    extension_question = phone.say("India")
    assert query(extension_question)["asked"] == "extension"  # the number was typed, so the extension can be
    read_back = phone.press("7")
    assert prompt_in_gather(read_back) == "Mr John Doe, plus 91 98765 43210 extension 7. Shall I save it?"


def test_the_caller_id_offer_accepted(call, voice_stack):
    phone = call(caller="+919876543210")
    phone.ring()
    offer = phone.say("save Mr John Doe")
    assert offer.ssml()[-1] == (
        'Shall I use the number you are calling from, ending <say-as interpret-as="digits">3210</say-as>?'
    )
    read_back = phone.say("yes")
    assert prompt_in_gather(read_back) == "Mr John Doe, plus 91 98765 43210. Shall I save it?"
    phone.say("yes")
    assert saved(voice_stack) == [{"name": "Mr John Doe", "phone": "+919876543210", "extension": ""}]
    assert phone.call_sid != phone.caller  # the conversation is the call, not the number
    assert voice_stack.stored_events(phone.caller) == []
    assert voice_stack.stored_events(phone.call_sid)


def test_silence_reprompts_shorter_then_hangs_up_at_the_limit(call, voice_stack):
    phone = call()
    phone.ring()
    question = phone.say("save a contact")
    assert prompt_in_gather(question).startswith("What title should I use")
    first = phone.silence()
    assert prompt_in_gather(first) == "Which title should I use?"
    assert query(first) == {"asked": "salutation", "silent": "1", "lang": "en"}
    answered = phone.say("Mr")  # an answer starts the count again
    assert query(answered) == {"asked": "first_name", "silent": "0", "lang": "en"}
    assert prompt_in_gather(phone.silence()) == "The first name, please?"
    assert prompt_in_gather(phone.silence()) == "The first name, please?"
    last = phone.silence()
    assert last.hung_up and last.gather is None
    assert last.root is not None and [child.tag for child in last.root] == ["Say", "Hangup"]
    assert "Goodbye" in last.words()[0]
    slots = voice_stack.stored_slots(phone.call_sid)
    assert all(slots.get(name) is None for name in CONTACT_FIELDS)
    assert (
        phone.hang_up().status == 200
    )  # Twilio's status callback follows the <Hangup/>: a second end is harmless
    assert voice_stack.stored_slots(phone.call_sid).get("salutation") is None


def test_a_hang_up_mid_form_saves_nothing_and_erases(call, voice_stack):
    phone = call()
    phone.ring()
    phone.say("save Mr John Doe")
    read_back = phone.say("plus nine one nine eight seven six five four three two one zero")
    assert "Shall I save it?" in prompt_in_gather(read_back)
    assert voice_stack.stored_slots(phone.call_sid).get("phone_number") == "9876543210"
    ended = phone.hang_up("completed")
    assert ended.status == 200 and ended.gather is None
    assert saved(voice_stack) == []
    slots = voice_stack.stored_slots(phone.call_sid)
    assert all(slots.get(name) is None for name in CONTACT_FIELDS), slots
    stored = json.dumps(voice_stack.stored_events(phone.call_sid))
    for detail in ("9876543210", "nine eight seven", "John", "Doe"):  # the erasing store kept none of them
        assert detail not in stored, detail


def test_a_hang_up_reported_at_the_webhook_ends_the_form_too(call, voice_stack):
    phone = call()
    phone.ring()
    phone.say("save Mr John Doe")
    ended = phone.post(phone.webhook_url, phone.params(CallStatus="no-answer"))
    assert ended.status == 200 and ended.gather is None
    slots = voice_stack.stored_slots(phone.call_sid)
    assert all(slots.get(name) is None for name in CONTACT_FIELDS), slots
    assert slots.get("requested_slot") is None


def test_unsigned_and_wrongly_signed_posts_are_refused_and_reach_nothing(call, voice_stack):
    phone = call(caller="+919876543210")
    params = phone.params(CallStatus="ringing")
    assert phone.post(phone.webhook_url, params, signature=None).status == 403
    assert phone.post(phone.webhook_url, params, signature="bm90IGEgc2lnbmF0dXJl").status == 403
    elsewhere = phone.validator.compute_signature(
        "https://attacker.example/webhooks/twilio_voice/webhook", params
    )
    assert phone.post(phone.webhook_url, params, signature=elsewhere).status == 403
    forged = TwilioPhone(
        voice_stack.webhook_url, voice_stack.status_url, "not-the-account-token", call_sid=phone.call_sid
    )
    assert forged.ring().status == 403
    assert forged.hang_up().status == 403
    tampered = dict(params, From="+447911123456")  # signed for one caller, sent as another
    assert (
        phone.post(
            phone.webhook_url,
            tampered,
            signature=phone.validator.compute_signature(phone.webhook_url, params),
        ).status
        == 403
    )
    assert voice_stack.stored_events(phone.call_sid) == []


def test_behind_a_proxy_the_forwarded_url_is_the_one_signed(call, voice_stack):
    phone = call()
    public = "https://bot.example.com/webhooks/twilio_voice/webhook"
    params = phone.params(CallStatus="ringing")
    request_signature = phone.validator.compute_signature(public, params)
    request = urllib.request.Request(
        voice_stack.webhook_url,
        data=urllib.parse.urlencode(params).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": request_signature,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-Host": "bot.example.com",
        },
    )
    with urllib.request.urlopen(request, timeout=120) as answer:
        assert answer.status == 200
        assert "<Gather" in answer.read().decode()


def test_a_call_through_the_clusters_nginx_is_signed_for_nginxs_address(call, voice_stack, tmp_path):
    """cluster/nginx.conf passes the Host Twilio called on (X-Forwarded-Host), so the signature holds."""
    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        pytest.skip("nginx is not installed (make cluster-packages)")
    assert voice_stack.rasa is not None and voice_stack.actions is not None
    balancer = Balancer(
        tmp_path / "nginx", free_port(), free_port(), [voice_stack.rasa.port], [voice_stack.actions.port]
    ).start()
    try:
        phone = TwilioPhone(
            balancer.url + "/webhooks/twilio_voice/webhook",
            balancer.url + "/webhooks/twilio_voice/status",
            voice_stack.twilio_token,
        )
        greeting = phone.ring()
        assert greeting.status == 200 and "save a contact" in prompt_in_gather(greeting)
        assert phone.say("save Mr John Doe").status == 200  # the Gather's relative action, via nginx too
    finally:
        balancer.stop()


# -- issue 27: voice in each language ---------------------------------------------------------------


def assert_speaks(heard: Heard, tag: str, voice: str) -> None:
    """Every ``<Say>`` and the Gather in ``tag``, every ``<Say>`` in ``voice``."""
    assert heard.status == 200 and heard.says, heard.body
    assert {(say.get("language"), say.get("voice")) for say in heard.says} == {(tag, voice)}, heard.body
    assert heard.gather is None or heard.gather.get("language") == tag, heard.body


VOICES = {"es": ("es-ES", "Polly.Lucia"), "fr": ("fr-FR", "Polly.Lea"), "de": ("de-DE", "Polly.Vicki")}
# What a caller says in each language: a call in a language is read with that language's pack.
SAVE = {"es": "guardar un contacto", "fr": "enregistrer un contact", "de": "Kontakt speichern"}
TITLE = {"es": "señor", "fr": "Monsieur", "de": "Herr"}


@pytest.mark.parametrize("language", sorted(VOICES))
def test_a_call_to_a_number_in_a_language_is_in_that_language(voice_stack, language):
    tag, voice = VOICES[language]
    voice_stack.emulator.reset()
    phone = TwilioPhone(
        voice_stack.webhook_url, voice_stack.status_url, voice_stack.twilio_token, called=NUMBERS[language]
    )
    greeting = phone.ring()
    assert_speaks(greeting, tag, voice)
    assert prompt_in_gather(greeting) == catalogue.say("utter_greet", language)
    assert voice_stack.stored_slots(phone.call_sid)["language"] == language
    asked = phone.say(SAVE[language])
    assert_speaks(asked, tag, voice)
    titles = titles_choice(DEFAULT_SALUTATIONS)
    assert prompt_in_gather(asked) == catalogue.say("ask_salutation", language, titles=titles)
    assert query(asked)["lang"] == language
    again = phone.silence()  # the channel's own words, in the call's language
    assert_speaks(again, tag, voice)
    assert prompt_in_gather(again) == catalogue.say("short_salutation", language)
    named = phone.say(TITLE[language])
    assert_speaks(named, tag, voice)
    assert prompt_in_gather(named) == catalogue.say("utter_ask_first_name", language)


def test_a_caller_who_asks_for_german_mid_form_hears_german_next(voice_stack):
    voice_stack.emulator.reset()
    phone = TwilioPhone(
        voice_stack.webhook_url, voice_stack.status_url, voice_stack.twilio_token, called=NUMBERS["es"]
    )
    phone.ring()
    assert_speaks(phone.say(SAVE["es"]), "es-ES", "Polly.Lucia")
    switched = phone.say("auf Deutsch, bitte")
    assert_speaks(switched, "de-DE", "Polly.Vicki")
    assert switched.words()[0] == catalogue.say("language_switched", "de")
    assert prompt_in_gather(switched) != "" and query(switched)["lang"] == "de"
    named = phone.say("Frau Doktor")  # the number's Spanish does not come back
    assert_speaks(named, "de-DE", "Polly.Vicki")
    assert prompt_in_gather(named) == catalogue.say("utter_ask_first_name", "de")
    again = phone.silence()
    assert_speaks(again, "de-DE", "Polly.Vicki")
    assert prompt_in_gather(again) == catalogue.say("short_first_name", "de")


def test_a_call_to_a_number_without_a_language_is_in_english(call):
    greeting = call().ring()
    assert_speaks(greeting, "en-GB", "Polly.Amy")
    assert query(greeting)["lang"] == "en"
