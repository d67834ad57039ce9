"""The channel's pure parts, without a server: SSML rendering, Gathers, the signed URL, keypad answers."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import pytest
from sanic.request import RequestParameters
from twilio.request_validator import RequestValidator

from actions.channels import twilio_speech
from actions.channels.twilio_speech import Voice
from actions.channels.twilio_voice import TwilioVoiceInput, keypad_answer

VOICE = Voice(voice="Polly.Aditi", language="en-IN")


def inner(say) -> str:
    element = ET.fromstring(say.to_xml(xml_declaration=False))
    return (element.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in element)


def test_a_number_is_read_digit_group_by_group_with_breaks():
    say = twilio_speech.spoken("Mr John Doe, +44 7911 123456 ext. 55. Shall I save it?", VOICE)
    assert inner(say) == (
        'Mr John Doe, plus <say-as interpret-as="digits">44</say-as><break time="300ms" />'
        '<say-as interpret-as="digits">7911</say-as><break time="300ms" />'
        '<say-as interpret-as="digits">123456</say-as> extension '
        '<say-as interpret-as="digits">55</say-as>. Shall I save it?'
    )


def test_a_north_american_number_splits_on_its_hyphens():
    assert inner(twilio_speech.spoken("+1 202-555-0143", VOICE)).count('interpret-as="digits"') == 4


def test_a_contact_id_is_read_in_groups_of_four_characters():
    say = inner(twilio_speech.spoken("The contact id is 65a1f0c2d3e4b5a6c7d8e9f0.", VOICE))
    assert say.count('<say-as interpret-as="characters">') == 6
    assert '<say-as interpret-as="characters">65a1</say-as><break time="300ms" />' in say


def test_the_voice_and_language_are_the_configured_ones():
    element = ET.fromstring(twilio_speech.spoken("Hello", VOICE).to_xml(xml_declaration=False))
    assert element.attrib == {"voice": "Polly.Aditi", "language": "en-IN"}


def test_markup_in_a_callers_words_is_spoken_as_text_not_ssml():
    say = twilio_speech.spoken('Mr <break time="9s"/> & Co, +91 98765 43210', VOICE)
    xml = say.to_xml(xml_declaration=False)
    assert "&lt;break" in xml and "&amp; Co" in xml
    breaks = ET.fromstring(xml).findall("break")
    assert [b.get("time") for b in breaks] == ["300ms", "300ms"]  # the number's two, none of the caller's


def test_every_question_takes_keypad_and_speech_with_the_prompt_inside():
    response = twilio_speech.answer(
        ["Sorry, I didn't catch that.", "And the last name?"],
        VOICE,
        twilio_speech.action_url("/webhooks/twilio_voice/webhook", "last_name", 0),
        "last_name",
    )
    root = ET.fromstring(str(response))
    assert [child.tag for child in root] == ["Say", "Gather"]
    gather = root.find("Gather")
    assert gather.get("input") == "dtmf speech" and gather.get("actionOnEmptyResult") == "true"
    assert gather.get("action") == "/webhooks/twilio_voice/webhook?asked=last_name&silent=0"
    assert gather.get("finishOnKey") is None and gather.get("speechModel") == "phone_call"
    assert gather.get("speechTimeout") == "2"
    assert gather.find("Say").text == "And the last name?"


@pytest.mark.parametrize("asked", ["phone_number", "extension"])
def test_digit_questions_end_on_hash_with_the_numbers_model(asked):
    gather = ET.fromstring(str(twilio_speech.gather(VOICE, "/x", asked)))
    assert gather.get("finishOnKey") == "#"
    assert gather.get("speechModel") == "numbers_and_commands"
    assert gather.get("hints") == "$OOV_CLASS_DIGIT_SEQUENCE"


def test_a_goodbye_hangs_up():
    root = ET.fromstring(str(twilio_speech.goodbye("Goodbye.", VOICE)))
    assert [child.tag for child in root] == ["Say", "Hangup"]


@pytest.mark.parametrize(
    "typed, answer",
    [("9876543210", "9876543210"), ("98*9876543210", "9876543210"), ("1*2*345", "345"), ("98765*", "")],
)
def test_star_starts_the_entry_over(typed, answer):
    assert keypad_answer(typed) == answer


@dataclass
class FakeRequest:
    """What the signature check reads from Sanic's request."""

    form: RequestParameters
    headers: dict[str, str] = field(default_factory=dict)
    path: str = "/webhooks/twilio_voice/webhook"
    query_string: str = ""
    scheme: str = "http"
    host: str = "127.0.0.1:5005"


def channel(**settings) -> TwilioVoiceInput:
    return TwilioVoiceInput.from_credentials(settings)  # type: ignore[return-value]


def signed(url: str, form: dict[str, str], token: str = "tok", **extra) -> FakeRequest:
    signature = RequestValidator(token).compute_signature(url, form)
    headers = {"x-twilio-signature": signature, **extra.pop("headers", {})}
    return FakeRequest(RequestParameters({k: [v] for k, v in form.items()}), headers, **extra)


FORM = {"CallSid": "CA1", "From": "+919876543210", "CallStatus": "in-progress", "SpeechResult": "yes"}


def test_the_signed_url_is_the_requests_own_or_the_proxys(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "tok")
    plain = channel()
    assert (
        plain.refusal(
            signed(
                "http://127.0.0.1:5005/webhooks/twilio_voice/webhook?asked=x&silent=1",
                FORM,
                query_string="asked=x&silent=1",
            )
        )
        is None
    )
    behind = signed(
        "https://bot.example.com/webhooks/twilio_voice/webhook",
        FORM,
        headers={"x-forwarded-proto": "https", "x-forwarded-host": "bot.example.com"},
    )
    assert plain.refusal(behind) is None
    public = channel(public_url="https://voice.example.org/")
    assert public.refusal(signed("https://voice.example.org/webhooks/twilio_voice/webhook", FORM)) is None
    assert public.refusal(signed("http://127.0.0.1:5005/webhooks/twilio_voice/webhook", FORM)).status == 403


def test_a_changed_field_or_query_breaks_the_signature(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "tok")
    request = signed(
        "http://127.0.0.1:5005/webhooks/twilio_voice/webhook?asked=x&silent=1",
        FORM,
        query_string="asked=x&silent=2",
    )  # a silence count rewritten by someone
    assert channel().refusal(request).status == 403
    request = signed("http://127.0.0.1:5005/webhooks/twilio_voice/webhook", FORM)
    request.form["From"] = ["+447911123456"]
    assert channel().refusal(request).status == 403


def test_without_a_token_every_call_is_refused_and_the_log_says_so_once(monkeypatch, caplog):
    monkeypatch.delenv("TWILIO_AUTH_TOKEN", raising=False)
    voice = channel()
    with caplog.at_level(logging.ERROR):
        first = voice.refusal(signed("http://127.0.0.1:5005/webhooks/twilio_voice/webhook", FORM))
        second = voice.refusal(signed("http://127.0.0.1:5005/webhooks/twilio_voice/webhook", FORM))
    assert first.status == 403 and second.status == 403
    assert b"TWILIO_AUTH_TOKEN" in first.body
    assert [r.getMessage() for r in caplog.records].count(
        caplog.records[0].getMessage()
    ) == 1 and "TWILIO_AUTH_TOKEN" in caplog.records[0].getMessage()
    assert len(caplog.records) == 1


def test_settings_come_from_credentials():
    voice = channel(voice="Polly.Joanna", language="en-US", silence_limit=5)
    assert (
        voice.voice.voice == "Polly.Joanna" and voice.voice.language == "en-US" and voice.silence_limit == 5
    )
    assert channel().silence_limit == 3
    with pytest.raises(ValueError, match="silence_limit"):
        channel(silence_limit=0)
    with pytest.raises(ValueError, match="en-GB"):
        channel(language="english")
    with pytest.raises(ValueError, match="numbers_and_commands"):
        channel(speech_timeout="auto")
    assert channel(speech_timeout="auto", speech_model="numbers_and_commands").voice.speech_timeout == "auto"


# -- issue 27: the call's language -------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, tag, name",
    [
        ("en", "en-GB", "Polly.Amy"),
        ("es", "es-ES", "Polly.Lucia"),
        ("fr", "fr-FR", "Polly.Lea"),
        ("de", "de-DE", "Polly.Vicki"),
    ],
)
def test_say_and_gather_speak_each_language_with_its_voice(language, tag, name):
    voice = channel().speaking(language)
    response = twilio_speech.answer(
        ["Bonjour.", "Prénom ?"],
        voice,
        twilio_speech.action_url("/x", "first_name", 0, language),
        "first_name",
    )
    root = ET.fromstring(str(response))
    gather = root.find("Gather")
    assert gather.get("language") == tag
    assert {(say.get("language"), say.get("voice")) for say in root.iter("Say")} == {(tag, name)}
    assert f"lang={language}" in gather.get("action")


def test_an_unknown_language_keeps_the_configured_voice():
    configured = channel(voice="Polly.Aditi", language="en-IN")
    assert configured.speaking(None) == configured.voice
    assert configured.speaking("it") == configured.voice
    assert configured.speaking("en").voice == "Polly.Aditi"  # the configured voice is its language's


def test_credentials_override_a_languages_voice_and_keep_the_speech_settings():
    voice = channel(voices={"es": {"language": "es-US", "voice": "Polly.Lupe"}}, timeout=7).speaking("es")
    assert (voice.language, voice.voice, voice.timeout) == ("es-US", "Polly.Lupe", 7)
    with pytest.raises(ValueError, match="es-ES"):
        channel(voices={"es": {"language": "spanish", "voice": "Polly.Lupe"}})


@pytest.mark.parametrize(
    "language, said",
    [
        (
            "es",
            'Sr. Juan Pérez, más <say-as interpret-as="digits">34</say-as><break time="300ms" />'
            '<say-as interpret-as="digits">612</say-as> extensión <say-as interpret-as="digits">5</say-as>',
        ),
        (
            "de",
            'Sr. Juan Pérez, plus <say-as interpret-as="digits">34</say-as><break time="300ms" />'
            '<say-as interpret-as="digits">612</say-as> Durchwahl <say-as interpret-as="digits">5</say-as>',
        ),
    ],
)
def test_a_read_back_says_plus_and_the_extension_in_the_calls_language(language, said):
    written = {"es": "ext.", "de": "Durchwahl"}[language]
    say = twilio_speech.spoken(f"Sr. Juan Pérez, +34 612 {written} 5", channel().speaking(language))
    assert inner(say) == said


def test_the_number_called_gives_the_calls_language(monkeypatch):
    monkeypatch.delenv("TWILIO_VOICE_LANGUAGES", raising=False)
    voice = channel(languages={"+34910000000": "es", 33100000000: "FR"})  # YAML's unquoted number: an int
    assert voice.number_language("+34910000000") == "es"
    assert voice.number_language("+33100000000") == "fr"
    assert voice.number_language("+442071838750") is None and voice.number_language(None) is None
    monkeypatch.setenv("TWILIO_VOICE_LANGUAGES", "+442071838750=de, +34910000000=fr")
    assert voice.number_language("+442071838750") == "de"
    assert voice.number_language("+34910000000") == "fr"  # the environment wins
    with pytest.raises(ValueError, match="language"):
        channel(languages={"+34910000000": "Spanish"})


def test_the_calls_language_is_the_last_bot_message_that_says_one():
    from actions.channels.twilio_voice import _language

    assert (
        _language([{"text": "a", "language": "es"}, {"text": "b", "language": "de"}, {"text": "c"}]) == "de"
    )
    assert _language([{"text": "a"}]) is None
    assert _language([{"text": "a", "language": "<x>"}]) is None
