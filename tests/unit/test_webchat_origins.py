"""The web chat socket's allowed origins (actions/channels/webchat_socketio.py, issue 29).

The whole check, through a real socket, is in tests/security/test_web_stack.py; here the setting's
reading: what counts as an origin, and that a typo stops the server instead of opening the socket.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.channels.webchat_socketio import ORIGINS_SETTING, WebChatSocketIOInput, allowed_origins
from tools.stack import RasaServer


def test_the_setting_lists_origins_once_each_as_a_browser_writes_them() -> None:
    raw = " https://Chat.Example.com/ , http://127.0.0.1:8080,,https://chat.example.com, http://[::1]:8080"
    assert allowed_origins({ORIGINS_SETTING: raw}) == [
        "https://chat.example.com",
        "http://127.0.0.1:8080",
        "http://[::1]:8080",
    ]
    assert allowed_origins({}) == [] and allowed_origins({ORIGINS_SETTING: " , "}) == []


@pytest.mark.parametrize(
    "value", ["*", "chat.example.com", "https://chat.example.com/page", "https://*.example.com", "null"]
)
def test_a_value_that_is_no_origin_is_refused_with_the_settings_name(value: str) -> None:
    with pytest.raises(ValueError, match=ORIGINS_SETTING):
        allowed_origins({ORIGINS_SETTING: f"https://chat.example.com,{value}"})


def test_the_channel_accepts_its_origins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ORIGINS_SETTING, "http://127.0.0.1:8080,https://chat.example.com")
    channel = WebChatSocketIOInput.from_credentials({"session_persistence": True})
    assert channel.name() == "socketio" and channel.session_persistence
    for origin in ("http://127.0.0.1:8080", "https://chat.example.com", "https://CHAT.example.com/"):
        assert channel.accepts(origin), origin
    for origin in ("http://evil.example", "http://127.0.0.1:8081", "https://chat.example.com.evil", "", None):
        assert not channel.accepts(origin), origin
    monkeypatch.setenv(ORIGINS_SETTING, "*")
    with pytest.raises(ValueError, match=ORIGINS_SETTING):
        WebChatSocketIOInput.from_credentials({})


def test_the_launchers_put_the_page_origin_before_the_operators(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ORIGINS_SETTING, "https://chat.example.com")
    page = "http://127.0.0.1:8080"
    rasa = RasaServer(
        5005,
        tmp_path / "model.tar.gz",
        "http://127.0.0.1:5055/webhook",
        tmp_path,
        tmp_path / "log",
        cors_origin=page,
    )
    assert rasa.env[ORIGINS_SETTING] == "http://127.0.0.1:8080,https://chat.example.com"
    assert allowed_origins(rasa.env) == [page, "https://chat.example.com"]
    # Without a page (the cluster, a bot's own launcher) the operator's list alone.
    bare = RasaServer(
        5005, tmp_path / "model.tar.gz", "http://127.0.0.1:5055/webhook", tmp_path, tmp_path / "log"
    )
    assert bare.env[ORIGINS_SETTING] == "https://chat.example.com"
