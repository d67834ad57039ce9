"""Started with no or wrong settings, the action server says what to fix and keeps answering."""

from __future__ import annotations

import requests

from tools.action_calls import action_call, confirmed_contact, texts, tracker_state
from tools.stack import ActionServer, free_port

NO_SETTINGS = {
    name: ""
    for name in (
        "KORE_HOST",
        "KORE_STREAM_ID",
        "KORE_ACCOUNT_ID",
        "KORE_CLIENT_ID",
        "KORE_CLIENT_SECRET",
        "CONTACT_DEFAULT_REGION",
    )
}


def start(env: dict[str, str], log) -> tuple[ActionServer, str]:
    server = ActionServer(free_port(), env, log).start()
    return server, log.read_text()


def test_no_settings_names_every_missing_one_and_callers_hear_an_apology(tmp_path):
    server, output = start(NO_SETTINGS, tmp_path / "actions.log")
    try:
        for name in (
            "KORE_HOST",
            "KORE_STREAM_ID",
            "KORE_ACCOUNT_ID",
            "KORE_CLIENT_ID",
            "KORE_CLIENT_SECRET",
        ):
            assert f"{name} is not set" in output
        assert "Traceback" not in output
        state = tracker_state("nosettings", confirmed_contact(1), "yes", "affirm")
        answer = requests.post(
            server.url, json=action_call("action_create_contact", state), timeout=10, headers=server.headers
        )
        assert answer.status_code == 200
        assert "problem on our side" in texts(answer.json())[0]
    finally:
        server.stop()
    log = (tmp_path / "actions.log").read_text()
    assert (
        "cannot save contact: settings are wrong (KORE_HOST is not set" in log
    )  # what the operator must fix


def test_wrong_settings_say_what_is_wrong(tmp_path, emulator_process):
    env = {
        **emulator_process.client_env(),
        "KORE_HOST": "http://example.com",
        "KORE_DEADLINE_SECONDS": "soon",
        "CONTACT_DEFAULT_REGION": "Narnia",
    }
    server, output = start(env, tmp_path / "actions.log")
    server.stop()
    assert "plain http, which is allowed only for a loopback host" in output
    assert "KORE_DEADLINE_SECONDS must be a number" in output
    assert "CONTACT_DEFAULT_REGION must be an ISO region" in output
