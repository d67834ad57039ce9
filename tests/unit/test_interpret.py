"""The turn interpreter on the phrasings the issue reported, each in the context it was said in."""

from __future__ import annotations

import pytest

from actions.interpret import Context, interpret, interpret_change, request_of
from actions.interpret.field_mentions import Change, find_change
from actions.interpret.people import plausible_name
from actions.normalise.vocabulary import vocabulary
from tests.said import english

FULL = {
    "salutation": "Mr",
    "first_name": "John",
    "last_name": "Doe",
    "phone_number": "9876543210",
    "country_code": "+91",
    "extension": "",
    "phone_e164": "+919876543210",
}
NAME_SLOTS = ("salutation", "first_name", "last_name")


def read(text: str, asked: str | None = None, known: dict | None = None, **kw):
    return interpret(text, Context(asked=asked, known=known or {}, **kw))


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to save my contact details",
        "can you add a new contact please",
        "please create a contact record",
        "hi, I need to add a customer to the system",
        "can you save +91 98765 00802 for me",
        "I want to register my phone number",
        "save a new lead",
        "could you store this caller's details",
        "i need to add a new entry to the crm",
        "please take down my number",
        "I'm calling to leave my number",
        "i am looking to save a contact",
        "this is the agent, new contact please",
    ],
)
def test_request_words_never_become_a_name(text):
    reading = read(text, intent="save_contact", confidence=0.9)
    assert reading.control == "save_contact"
    assert not {k: v for k, v in reading.slots.items() if k in NAME_SLOTS}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "hi, this is Ms. Laura Chen and I want to leave my number",
            {"salutation": "Ms", "first_name": "Laura", "last_name": "Chen"},
        ),
        (
            "I'm Dr Kwame Mensah, can you save my number",
            {"salutation": "Dr", "first_name": "Kwame", "last_name": "Mensah"},
        ),
        (
            "Dr. Sarah O'Connor / +353 87 123 0306",
            {
                "salutation": "Dr",
                "first_name": "Sarah",
                "last_name": "O'Connor",
                "phone_number": "871230306",
                "country_code": "+353",
            },
        ),
        (
            "Mr. Pierre Dubois, tel +33 6 12 34 03 09",
            {
                "salutation": "Mr",
                "first_name": "Pierre",
                "last_name": "Dubois",
                "phone_number": "612340309",
                "country_code": "+33",
            },
        ),
        (
            "name: John Doe, phone: +1 202 555 0143",
            {"first_name": "John", "last_name": "Doe", "phone_number": "2025550143"},
        ),
        (
            "Ms Asha Rao | mobile: +91 98765 43210 ext 12",
            {"salutation": "Ms", "first_name": "Asha", "last_name": "Rao", "extension": "12"},
        ),
        (
            "the number is 070-123 05 07, I'm in Sweden",
            {"phone_number": "701230507", "country_code": "+46", "country": "SE"},
        ),
        ("hi this is miz laura chen", {"salutation": "Ms", "first_name": "Laura", "last_name": "Chen"}),
    ],
)
def test_openers_and_pastes_give_what_they_say(text, expected):
    reading = read(text)
    assert {k: reading.slots.get(k) for k in expected} == expected
    if "salutation" not in expected:
        assert "salutation" not in reading.slots


@pytest.mark.parametrize(
    "text,pending",
    [
        ("6095778100", "6095778100"),  # would be +60 (Malaysia) if leading digits chose
        ("(670) 234-5678", "(670) 234-5678"),  # a North American area code, not +670
        ("66 7397-0934", "66 7397-0934"),  # Brazilian, not +66
        ("021 123 4567 is my cell", "021 123 4567"),
        ("21 234", "21 234"),  # Cook Islands: short, asked its country, not refused
    ],
)
def test_national_numbers_ask_the_country(text, pending):
    reading = read(text, "phone_number")
    assert reading.kind == "answer"
    assert reading.slots == {"pending_phone": pending}


def test_national_number_uses_the_default_region():
    reading = read("(202) 555-0143", "phone_number", default_region="US")
    assert reading.slots["phone_number"] == "2025550143" and reading.slots["country_code"] == "+1"


def test_x_is_my_y_is_an_answer():
    assert read("+374 77 123456 is my cell", "phone_number").slots["country_code"] == "+374"
    assert read("John is my first name", "first_name").slots == {"first_name": "John"}
    assert read("Smith is my surname", "last_name", {"first_name": "John"}).slots == {"last_name": "Smith"}


@pytest.mark.parametrize(
    "text,region",
    [
        ("France", "FR"),
        ("the UK", "GB"),
        ("United States", "US"),
        ("Viet Nam", "VN"),
        ("Côte d'Ivoire", "CI"),
        ("+46", "SE"),
        ("SE", "SE"),
        ("um, sweden", "SE"),
        ("it's in Sweden", "SE"),
    ],
)
def test_country_answers_in_any_common_form(text, region):
    assert read(text, "country").slots == {"country": region}


def test_country_answer_reads_the_waiting_number():
    reading = read(
        "France", "country", {"pending_phone": "06 12 34 56 78"}, intent="out_of_scope", confidence=0.95
    )
    assert reading.kind == "answer"
    assert reading.slots["phone_e164"] == "+33612345678"


@pytest.mark.parametrize("text,intent", [("helen", "greet"), ("Helen", "out_of_scope"), ("Jordan", "inform")])
def test_a_name_answer_wins_over_the_intent(text, intent):
    assert read(text, "first_name", intent=intent, confidence=0.95).slots == {"first_name": text.title()}


@pytest.mark.parametrize(
    "text,control",
    [
        ("hello", "greet"),
        ("cancel", "cancel"),
        ("why do you need that?", "ask_why"),
        ("are you a bot", "bot_challenge"),
        ("never mind", "cancel"),
    ],
)
def test_control_requests_are_not_names(text, control):
    reading = read(text, "first_name", intent="inform", confidence=0.9)
    assert (reading.kind, reading.control) == ("control", control)


def test_text_that_is_no_answer_falls_back_to_a_sure_intent_or_says_why():
    assert (
        read("what's the weather like", "first_name", intent="out_of_scope", confidence=0.9).control
        == "out_of_scope"
    )
    refusal = read("what's the weather like", "first_name", intent="inform", confidence=0.9)
    assert refusal.kind == "refusal" and english(refusal.say) == "That doesn't sound like a name."


@pytest.mark.parametrize("text", ["miz", "Ms.", "it's miz", "ms please"])
def test_spoken_ms(text):
    assert read(text, "salutation").slots == {"salutation": "Ms"}


@pytest.mark.parametrize(
    "text,changed",
    [
        ("actually it should be Ms", {"salutation": "Ms"}),
        ("make it Dr", {"salutation": "Dr"}),
        ("add extension 55", {"extension": "55"}),
        ("remove the extension", {"extension": ""}),
        ("no, my last name is Smith", {"last_name": "Smith"}),
        ("the first name is Jon not John", {"first_name": "Jon"}),
        ("change the number to +44 7911 123456", {"phone_number": "7911123456", "country_code": "+44"}),
    ],
)
def test_read_back_takes_every_correction(text, changed):
    reading = read(text, "confirmed", dict(FULL), intent="deny", confidence=0.8)
    assert reading.kind == "correction"
    assert {k: reading.slots[k] for k in changed} == changed
    assert reading.slots["confirmed"] is None


@pytest.mark.parametrize(
    "text,kind",
    [
        ("yes", "confirm"),
        ("yes that's my number", "confirm"),
        ("correct, save it", "confirm"),
        ("no", "deny"),
        ("nope that's wrong", "deny"),
    ],
)
def test_read_back_yes_and_no(text, kind):
    assert read(text, "confirmed", dict(FULL)).kind == kind


def test_read_back_refuses_with_the_reason():
    reading = read("purple", "confirmed", dict(FULL), intent="inform", confidence=0.4)
    assert reading.kind == "refusal" and "yes" in english(reading.say[0])


def test_a_correction_of_another_field_mid_form():
    reading = read("actually the title is Dr", "last_name", {"salutation": "Mr", "first_name": "John"})
    assert reading.kind == "correction" and reading.slots["salutation"] == "Dr"


def test_named_field_without_value_is_asked_again():
    assert read("the number is wrong", "confirmed", dict(FULL)).slots["phone_number"] is None
    assert find_change("the first name", words=vocabulary("en")) == Change("first_name", None)


def test_change_after_the_save():
    reading = interpret_change("change my last name to Smith", Context(known=dict(FULL)))
    assert reading.kind == "correction" and reading.slots["last_name"] == "Smith"


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("I want to register my phone number", "save_contact"),
        ("delete it", "delete_contact"),
        ("remove my details", "delete_contact"),
        ("don't keep my number, delete it", "delete_contact"),
        ("change my last name to Smith", "change_field"),
    ],
)
def test_requests_by_their_words(text, wanted):
    assert request_of(text, words=vocabulary("en")) == wanted


@pytest.mark.parametrize(
    "text,ok",
    [
        ("Jean-Luc van der Berg", True),
        ("O'Connor", True),
        ("Please", False),
        ("Details", False),
        ("To The System", False),
        ("For Me", False),
        ("van", False),
    ],
)
def test_plausible_names(text, ok):
    assert plausible_name(text, words=vocabulary("en")) is ok


@pytest.mark.parametrize("text,title", [("Mme", "Mrs"), ("Señora", "Mrs"), ("herr", "Mr"), ("Mlle", "Miss")])
def test_titles_as_callers_from_elsewhere_say_them(text, title):
    assert read(text, "salutation").slots == {"salutation": title}


def test_only_a_sure_intent_ends_the_form_on_a_text_without_the_words():
    assert read("queen", "salutation", intent="cancel", confidence=0.7).kind == "refusal"
    assert read("queen", "salutation", intent="cancel", confidence=0.95).control == "cancel"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("extension 204, +1 202 555 0143", {"phone_number": "2025550143", "extension": "204"}),
        ("it's a uk mobile 07911 123456", {"phone_number": "7911123456", "country": "GB"}),
        ("07911 123456 in the uk", {"phone_number": "7911123456", "country_code": "+44"}),
        ("oh seven nine one one one two three four five six, uk", {"phone_number": "7911123456"}),
        ("i'm in germany, 030 123456", {"phone_number": "30123456", "country_code": "+49"}),
    ],
)
def test_numbers_with_their_country_or_extension_anywhere(text, expected):
    reading = read(text, "phone_number")
    assert reading.kind == "answer"
    assert {k: reading.slots.get(k) for k in expected} == expected


def test_a_title_said_at_the_name_question_changes_the_title():
    reading = read("wait, I meant Mrs not Ms", "first_name", {"salutation": "Ms"})
    assert reading.slots["salutation"] == "Mrs"


@pytest.mark.parametrize("text", ["it's Jordan", "India", "Georgia"])
def test_a_country_name_at_the_name_question_is_a_name(text):
    assert "country" not in read(text, "first_name").slots
