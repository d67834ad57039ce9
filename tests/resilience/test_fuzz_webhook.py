"""Hostile messages at the action server's webhook: no 500, no slot holding unvalidated text,
and what is saved is exactly what was read back."""

from __future__ import annotations

import re

import phonenumbers
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.catalogue import catalogue, catalogue_languages
from actions.erasure import MARKER_SLOT
from actions.normalise import DEFAULT_SALUTATIONS, parse_phone
from actions.normalise.names import clean_name
from actions.normalise.phone import MIN_NATIONAL_DIGITS
from actions.normalise.vocabulary import vocabulary
from tools.action_calls import action_call, slot_events, tracker_state
from tools.stack import action_headers

# The form's computed questions, in every language the bot speaks (a fuzzed text may read as one):
# the sentence before its first value, the whole phone questions, and the read-back's end.
_SAID = [catalogue(language) for language in catalogue_languages()]
QUESTION_STARTS = tuple(
    str(book[key]).split("{", 1)[0] for book in _SAID for key in ("ask_salutation", "ask_use_caller_number")
) + tuple(str(book["ask_phone_number_keypad"]).split("{", 1)[0] for book in _SAID)
PHONE_QUESTIONS = {str(book[key]) for book in _SAID for key in ("ask_phone_number", "ask_phone_number_voice")}
READ_BACK_ENDS = tuple(str(book["read_back"]).rsplit("}", 1)[1] for book in _SAID)

EN = vocabulary("en")

NASTY = [
    "",
    " ",
    "\x00",
    "\u202e\u202dRTL override",
    "\u200f\u200e",
    "'; DROP TABLE contacts; --",
    "<script>alert(1)</script>",
    "{{7*7}}",
    "${jndi:ldap://x}",
    "../../etc/passwd",
    "😀" * 50,
    "A" * 10_000,
    "9" * 5000,
    "+" * 300,
    "ext " * 200,
    "double double double",
    "plus plus nine",
    "Robert'); DROP TABLE",
    "\r\n\r\nHTTP/1.1 200 OK",
    "%s%s%s%n",
    "null",
    "None",
    "NaN",
    "\ufeffJohn",
    "J\u0301\u0301\u0301ohn",
    "O'Neil--Smith",
    "-",
    "'",
]
HOSTILE = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60),
)
FORM_SLOTS = [
    "salutation",
    "first_name",
    "last_name",
    "use_caller_number",
    "country",
    "phone_number",
    "change_request",
    "confirmed",
]
INTENTS = ["inform", "affirm", "deny", "change_field", "nlu_fallback", "greet", "cancel", "save_contact"]
FILLED = {
    "salutation": "Mr",
    "first_name": "John",
    "last_name": "Doe",
    "phone_number": "9876543210",
    "country_code": "+91",
    "extension": "",
    "phone_e164": "+919876543210",
}
DIGITS = re.compile(r"^\d+$")


def slots_before(requested: str) -> dict:
    order = ["salutation", "first_name", "last_name", "phone_number"]
    slots = {
        k: None
        for k in [
            *FILLED,
            "pending_phone",
            "country",
            "caller_number",
            "use_caller_number",
            "awaiting_change",
            "confirmed",
            "refusals",
            "contact_id",
            "pending_save",
        ]
    }
    for name in order[: order.index(requested)] if requested in order else order:
        if name == "phone_number":
            slots.update({k: FILLED[k] for k in ("phone_number", "country_code", "extension", "phone_e164")})
        else:
            slots[name] = FILLED[name]
    if requested == "country":
        slots["pending_phone"] = "98765 43210"
    if requested == "use_caller_number":
        slots["caller_number"] = "+919876543210"
    if requested == "change_request":
        slots["awaiting_change"] = True
    slots["requested_slot"] = requested
    return slots


def assert_valid(name: str, value) -> None:
    if value is None:
        return
    checks = {
        "salutation": lambda v: v in DEFAULT_SALUTATIONS,
        "first_name": lambda v: (
            clean_name(v, words=EN).casefold() == v.casefold()
        ),  # a valid name, as it stands
        "last_name": lambda v: clean_name(v, words=EN).casefold() == v.casefold(),
        "phone_number": lambda v: bool(DIGITS.match(v)),
        "country_code": lambda v: bool(re.fullmatch(r"\+\d{1,3}", v)),
        "extension": lambda v: v == "" or bool(DIGITS.match(v)),
        "phone_e164": lambda v: parse_phone(v, words=EN).e164 == v,
        "caller_number": lambda v: parse_phone(v, words=EN).e164 == v,
        "pending_phone": lambda v: (
            bool(re.fullmatch(r"[+\d\s().,\-/ext#;=]+", v))
            and sum(c.isdigit() for c in v) >= MIN_NATIONAL_DIGITS
        ),
        # the form's next question: one of the bot's own sentences, never the caller's text as it came
        "question": lambda v: (
            v.startswith(QUESTION_STARTS) or v in PHONE_QUESTIONS or v.endswith(READ_BACK_ENDS)
        ),
        "country": lambda v: v in phonenumbers.SUPPORTED_REGIONS,
        "refusals": lambda v: all(isinstance(k, str) and isinstance(n, int) for k, n in v.items()),
        "requested_slot": lambda v: v in FORM_SLOTS,
        # the erasure marker, set by the validation when a cancel ends the form ("CANCEL")
        MARKER_SLOT: lambda v: v == "validate_contact_form",
        # a request for a language ("in English please") confirms the one the bot speaks
        "language": lambda v: v in catalogue_languages(),
    }
    check = checks.get(name, lambda v: isinstance(v, bool))
    assert check(value), f"{name} holds {value!r}"


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(text=HOSTILE, requested=st.sampled_from(FORM_SLOTS), intent=st.sampled_from(INTENTS))
def test_validation_answers_everything_and_keeps_only_valid_values(
    shared_action_server, text, requested, intent
):
    state = tracker_state("fuzz", slots_before(requested), text, intent, active_loop="contact_form")
    answer = requests.post(
        shared_action_server.url,
        json=action_call("validate_contact_form", state),
        timeout=30,
        headers=action_headers(),
    )
    assert answer.status_code == 200, answer.text[:500]
    for name, value in slot_events(answer.json()).items():
        assert_valid(name, value)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(first=HOSTILE, last=HOSTILE)
def test_what_is_saved_is_exactly_what_was_read_back(shared_action_server, emulator_process, first, last):
    emulator_process.reset()
    slots = slots_before("first_name")

    def answer(requested: str, text: str) -> dict:
        slots["requested_slot"] = requested
        state = tracker_state("fuzz-save", slots, text, "inform", active_loop="contact_form")
        reply = requests.post(
            shared_action_server.url,
            json=action_call("validate_contact_form", state),
            timeout=30,
            headers=action_headers(),
        )
        assert reply.status_code == 200
        return slot_events(reply.json())

    slots.update(answer("first_name", first))
    if slots.get("first_name") is None or slots.get("last_name") is not None:
        return  # refused, or a full name that also filled the last name: nothing more to confirm here
    slots.update({k: FILLED[k] for k in ("phone_number", "country_code", "extension", "phone_e164")})
    slots.update(answer("last_name", last))
    if slots.get("last_name") is None:
        return
    read_back = slots["question"]  # the validation computes the read-back the form then says
    slots.update({"confirmed": True, "requested_slot": None})
    created = requests.post(
        shared_action_server.url,
        json=action_call("action_create_contact", tracker_state("fuzz-save", slots, "yes", "affirm")),
        timeout=30,
        headers=action_headers(),
    ).json()
    assert slot_events(created).get("contact_id")
    (saved,) = [c for c in emulator_process.contacts() if c["status"] == "ACTIVE"]
    assert (saved["salutation"], saved["firstName"], saved["lastName"]) == (
        slots["salutation"],
        slots["first_name"],
        slots["last_name"],
    )
    assert read_back == (
        f"{saved['salutation']} {saved['firstName']} {saved['lastName']}, +91 98765 43210. Shall I save it?"
    )
