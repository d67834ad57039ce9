"""Attacks and promises that need to see inside: a Rasa server with its HTTP API behind a token.

Before: "cancel" and "delete my contact" only appended empty slots; every stored event kept the
caller's name, number and read-back. One conversation could make as many saves as the account's
budget allowed. An API error's text reached the log as the API wrote it.
"""

from __future__ import annotations

from actions.erasure import holds_any
from tests.security.conftest import SAVES_PER_MINUTE, Stack, http, say

NAME, SURNAME, NUMBER = "Zebedee", "Quixote", "98765 43210"
SECRETS = [NAME, SURNAME, "9876543210", "98765 43210", "43210"]


def _events(stack: Stack, sender: str) -> list[dict]:
    answer = http("GET", stack.rasa.api_url(f"/conversations/{sender}/tracker?include_events=ALL"))
    assert answer.status == 200, answer
    return answer.json()["events"]


def _give_details(stack: Stack, sender: str) -> None:
    said = say(stack.rasa.base_url, sender, f"save Mr {NAME} {SURNAME} +91 {NUMBER}")
    assert said == [f"Mr {NAME} {SURNAME}, +91 {NUMBER}. Shall I save it?"], said
    assert holds_any(_events(stack, sender), SECRETS)  # the details are there before the erasure


def test_the_api_wants_its_token(api_stack: Stack) -> None:
    say(api_stack.rasa.base_url, "token-check", "hi")
    base = api_stack.rasa.base_url
    assert http("GET", f"{base}/conversations/token-check/tracker").status == 401
    assert http("GET", f"{base}/conversations/token-check/tracker?token=wrong").status == 401
    assert http("GET", f"{base}/status").status == 401
    assert http("GET", api_stack.rasa.api_url("/conversations/token-check/tracker")).status == 200


def test_cancel_erases_the_details_from_the_tracker_store(api_stack: Stack) -> None:
    _give_details(api_stack, "erase-cancel")
    assert say(api_stack.rasa.base_url, "erase-cancel", "cancel") == [
        "OK, I've cancelled that and erased the details you gave from this conversation."
    ]
    events = _events(api_stack, "erase-cancel")
    assert holds_any(events, SECRETS) == []
    assert any(e["event"] == "user" for e in events)  # the conversation's shape stays


def test_delete_erases_the_details_from_the_tracker_store(api_stack: Stack) -> None:
    _give_details(api_stack, "erase-delete")
    saved = say(api_stack.rasa.base_url, "erase-delete", "yes")
    assert saved[0].startswith("Saved. The contact id is "), saved
    said = say(api_stack.rasa.base_url, "erase-delete", "delete my contact")
    assert said[0].startswith("I've deleted the contact ") and "erased the details" in said[0], said
    assert holds_any(_events(api_stack, "erase-delete"), SECRETS) == []
    assert not [
        c for c in api_stack.emulator.contacts() if c["status"] == "ACTIVE" and c["firstName"] == NAME
    ]


def test_forget_me_erases_and_the_conversation_goes_on(api_stack: Stack) -> None:
    _give_details(api_stack, "erase-forget")
    assert say(api_stack.rasa.base_url, "erase-forget", "forget me") == [
        "I've erased the details you gave from this conversation."
    ]
    assert holds_any(_events(api_stack, "erase-forget"), SECRETS) == []
    # The conversation goes on and a new contact can be given; it is kept until the next erasure.
    assert say(api_stack.rasa.base_url, "erase-forget", "save Ms Ada Byron +44 20 7946 0958") == [
        "Ms Ada Byron, +44 20 7946 0958. Shall I save it?"
    ]
    assert holds_any(_events(api_stack, "erase-forget"), ["Byron"]) == ["Byron"]


def test_the_per_conversation_save_rate_holds(api_stack: Stack) -> None:
    sender = "save-rate"
    for i in range(SAVES_PER_MINUTE):
        say(api_stack.rasa.base_url, sender, f"save Mr Rate Tester +91 98700 0000{i}")
        assert say(api_stack.rasa.base_url, sender, "yes")[0].startswith("Saved. The contact id is ")
    say(api_stack.rasa.base_url, sender, "save Mr Rate Tester +91 98700 00009")
    refused = say(api_stack.rasa.base_url, sender, "yes")
    assert refused == [
        f"I've already saved {SAVES_PER_MINUTE} contacts in this conversation in the last minute, "
        "which is as many as I can take from one conversation. I've kept these details: say 'try "
        "again' in a minute."
    ], refused
    saved = {
        c["cellPhone"]["phoneNumber"] for c in api_stack.emulator.contacts() if c["lastName"] == "Tester"
    }
    assert "+919870000009" not in saved and len(saved) == SAVES_PER_MINUTE
    # Another conversation is not held back by this one.
    say(api_stack.rasa.base_url, "save-rate-other", "save Mr Ravi Kumar +91 98700 00019")
    assert say(api_stack.rasa.base_url, "save-rate-other", "yes")[0].startswith("Saved. The contact id is ")


def test_an_api_error_is_logged_masked_on_one_line(api_stack: Stack) -> None:
    forged_line = "\n2026-12-01 00:00:00 INFO admin logged in"
    api_stack.emulator.set_faults(
        fail_count=1,
        fail_status=400,
        fail_body={
            "errors": [{"msg": f"invalid contact Mr Hieronymus Bosch-Vale +919812345678{forged_line}"}]
        },
    )
    say(api_stack.rasa.base_url, "masked-log", "save Mr Hieronymus Bosch-Vale +91 98123 45678")
    said = say(api_stack.rasa.base_url, "masked-log", "yes")
    assert said and said[0] == "The contacts service didn't accept these details.", said
    log = api_stack.actions.log.read_text()
    assert "invalid contact" in log  # the API's text is logged ...
    assert holds_any([log], ["Hieronymus", "Bosch-Vale", "9812345678", "98123 45678"]) == []  # ... masked
    assert "\n2026-12-01 00:00:00 INFO admin" not in log  # and the forged line break is gone
    assert "5678" in log  # the masked number keeps its end, for operators
