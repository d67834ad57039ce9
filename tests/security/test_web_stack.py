"""Attacks on `make web`'s stack, each with the answer it must get (docs/security.md).

Before these defences (tried on main): the tracker API answered 200 with the caller's details,
/status 200, a foreign origin got ``Access-Control-Allow-Origin: http://evil.example``, a 2 MB
message 200, a forged call to the action server 200 with a contact saved on the bot's account, a
page from a foreign origin opened the socket.io channel and talked to the bot (issue 29).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import socketio

from tests.security.conftest import Stack, http, say
from tools.action_calls import action_call, confirmed_contact, tracker_state

EVIL = "http://evil.example"


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/conversations/victim/tracker"),
        ("POST", "/conversations/victim/tracker/events"),
        ("PUT", "/conversations/victim/tracker/events"),
        ("GET", "/conversations/victim/story"),
        ("POST", "/conversations/victim/trigger_intent"),
        ("GET", "/status"),
        ("GET", "/version"),
        ("PUT", "/model"),
        ("POST", "/model/parse"),
        ("DELETE", "/model"),
    ],
)
def test_the_http_api_is_not_there(web_stack: Stack, method: str, path: str) -> None:
    say(web_stack.rasa.base_url, "victim", "save Mr John Doe +91 98765 43210")
    body = [{"event": "slot", "name": "first_name", "value": "Mallory"}] if method != "GET" else None
    answer = http(method, web_stack.rasa.base_url + path, body)
    assert answer.status == 404, (answer.status, answer.body[:200])
    assert b"98765" not in answer.body and b"Doe" not in answer.body


def test_the_channels_still_answer(web_stack: Stack) -> None:
    assert say(web_stack.rasa.base_url, "channel-check", "save Mr John Doe +91 98765 43210") == [
        "Mr John Doe, +91 98765 43210. Shall I save it?"
    ]


def test_a_foreign_origin_gets_no_cors_grant(web_stack: Stack) -> None:
    assert web_stack.page is not None
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    for path in ("/webhooks/rest/webhook", "/socket.io/?EIO=4&transport=polling"):
        foreign = http("OPTIONS", web_stack.rasa.base_url + path, headers={"Origin": EVIL, **preflight})
        assert foreign.headers.get("access-control-allow-origin") in (None, ""), (path, foreign.headers)
        own = http(
            "OPTIONS", web_stack.rasa.base_url + path, headers={"Origin": web_stack.page.origin, **preflight}
        )
        assert own.headers.get("access-control-allow-origin") == web_stack.page.origin, (path, own.headers)
    simple = http(
        "POST",
        web_stack.rasa.base_url + "/webhooks/rest/webhook",
        {"sender": "cors", "message": "hi"},
        headers={"Origin": EVIL},
    )
    assert simple.headers.get("access-control-allow-origin") in (None, ""), simple.headers


READ_BACK = "Mr John Doe, +91 98765 43210. Shall I save it?"
SOCKET_SECONDS = 60


async def _socket_chat(url: str, origin: str, transport: str, text: str) -> list[str]:
    """Open the web chat's socket as a page from ``origin`` would, say ``text`` in a session of its
    own (as the widget does), and return what the bot answers; ConnectionError if refused."""
    client = socketio.AsyncClient(reconnection=False)
    confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    answered: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()

    @client.on("session_confirm")
    async def session_confirm(session_id: str) -> None:
        confirmed.set_result(session_id)

    @client.on("bot_uttered")
    async def bot_uttered(message: dict) -> None:
        if not answered.done():
            answered.set_result([message.get("text") or ""])

    await client.connect(url, headers={"Origin": origin}, transports=[transport], wait_timeout=SOCKET_SECONDS)
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(confirmed, SOCKET_SECONDS)
        await client.emit("user_uttered", {"message": text, "session_id": session_id})
        return await asyncio.wait_for(answered, SOCKET_SECONDS)
    finally:
        await client.disconnect()


@pytest.mark.parametrize("transport", ["polling", "websocket"])
def test_a_foreign_page_cannot_open_the_socket(web_stack: Stack, transport: str) -> None:
    assert web_stack.page is not None
    base = web_stack.rasa.base_url
    for origin in (EVIL, "null", web_stack.page.origin + ".evil.example", base):
        with pytest.raises(socketio.exceptions.ConnectionError):
            asyncio.run(_socket_chat(base, origin, transport, "save Mr John Doe +91 98765 43210"))
    # The handshake itself is refused: no session id, so no message of that page is ever read.
    refused = http("GET", base + "/socket.io/?EIO=4&transport=polling", headers={"Origin": EVIL})
    assert refused.status == 400 and b"sid" not in refused.body, (refused.status, refused.body[:200])
    own = urllib.request.Request(base + "/socket.io/?EIO=4&transport=polling")
    own.add_header("Origin", web_stack.page.origin)
    with urllib.request.urlopen(own, timeout=60) as answer:
        assert answer.status == 200 and b'"sid"' in answer.read()
        # One grant: two (engineio's and Rasa's --cors) would make the browser drop the answer.
        assert answer.headers.get_all("Access-Control-Allow-Origin") == [web_stack.page.origin]


@pytest.mark.parametrize("transport", ["polling", "websocket"])
def test_the_page_itself_opens_the_socket_and_gets_answers(web_stack: Stack, transport: str) -> None:
    assert web_stack.page is not None
    answer = asyncio.run(
        _socket_chat(
            web_stack.rasa.base_url, web_stack.page.origin, transport, "save Mr John Doe +91 98765 43210"
        )
    )
    assert answer == [READ_BACK]


def test_an_oversized_message_gets_413(web_stack: Stack) -> None:
    big = b'{"sender": "big", "message": "' + b"a" * 2_000_000 + b'"}'
    assert http("POST", web_stack.rasa.base_url + "/webhooks/rest/webhook", raw=big).status == 413
    # and the server is none the worse for it
    assert say(web_stack.rasa.base_url, "after-big", "hi")


def test_a_rest_caller_id_is_not_believed(web_stack: Stack) -> None:
    question = "What's the phone number? Please include the country code, like +91, if you can."
    assert say(
        web_stack.rasa.base_url, "cid-1", "save Mr John Doe", metadata={"caller_id": "+919876543210"}
    ) == [question]
    # Nor a sender id that looks like a number on a channel the client only claims to be.
    assert say(
        web_stack.rasa.base_url,
        "+919876543210",
        "save Mr John Doe",
        input_channel="twilio_voice",
        metadata={"caller_id": "+919876543210", "caller_id_proof": "0" * 64},
    ) == ["Please say the phone number digit by digit, starting with the country code if you know it."]


def _forged_save(i: int) -> dict:
    return action_call(
        "action_create_contact", tracker_state(f"outsider-{i}", confirmed_contact(900 + i), "yes", "affirm")
    )


def test_a_forged_action_call_gets_401_and_nothing_runs(web_stack: Stack) -> None:
    before = len(web_stack.emulator.contacts())
    for headers in (
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic " + "x" * 20},
        {"Authorization": f"Bearer {web_stack.actions.env['ACTION_SERVER_TOKEN']}x"},
    ):
        answer = http("POST", web_stack.actions.url, _forged_save(1), headers=headers)
        assert answer.status == 401, (headers, answer.status, answer.body[:200])
        assert b"unauthorised" in answer.body
    # A web page's text/plain "simple request" carries no Authorization header either.
    plain = http(
        "POST",
        web_stack.actions.url,
        raw=b'{"next_action": "action_create_contact"}',
        headers={"Content-Type": "text/plain"},
    )
    assert plain.status == 401
    assert http("GET", web_stack.actions.url.replace("/webhook", "/actions")).status == 401
    assert len(web_stack.emulator.contacts()) == before
    assert http("GET", web_stack.actions.url.replace("/webhook", "/health")).status == 200


def test_the_right_token_gets_200(web_stack: Stack) -> None:
    answer = http("POST", web_stack.actions.url, _forged_save(2), headers=web_stack.actions.headers)
    assert answer.status == 200, answer.body[:300]
    assert any(e.get("name") == "contact_id" and e.get("value") for e in answer.json()["events"])


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


def test_every_server_listens_on_loopback_only(web_stack: Stack) -> None:
    assert web_stack.page is not None
    loopback = {"0100007F", "00000000000000000000000001000000"}
    for port in (web_stack.actions.port, web_stack.rasa.port, int(web_stack.page.origin.rsplit(":", 1)[1])):
        addresses = _listening_addresses(port)
        assert addresses and addresses <= loopback, (port, addresses)


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return dict(item.decode().split("=", 1) for item in raw if b"=" in item)


def test_telemetry_is_off_and_no_secret_is_on_a_command_line(web_stack: Stack) -> None:
    assert web_stack.rasa.proc is not None and web_stack.actions.proc is not None
    env = _environ(web_stack.rasa.proc.pid)
    assert env.get("RASA_TELEMETRY_ENABLED") == "false"
    # Rasa's own check, under the Rasa server's environment, says telemetry is off.
    check = subprocess.run(
        [sys.executable, "-c", "import rasa.telemetry as t; print(t.is_telemetry_enabled())"],
        env={**os.environ, **{"RASA_TELEMETRY_ENABLED": env["RASA_TELEMETRY_ENABLED"]}},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.stdout.strip().splitlines()[-1] == "False", check.stdout + check.stderr
    token = web_stack.actions.env["ACTION_SERVER_TOKEN"]
    for proc in (web_stack.rasa.proc, web_stack.actions.proc):
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode()
        assert token not in cmdline
