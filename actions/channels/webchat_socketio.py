"""The web chat's socket.io channel: Rasa's own, refusing a browser page from any other origin.

Rasa 3.6's ``SocketIOInput`` builds its python-socketio server with ``cors_allowed_origins=[]``,
which turns python-engineio's origin check off: a page on any site, open in a caller's browser,
could open the bot's socket and talk to it as that caller (cross-site WebSocket hijacking). This
subclass keeps everything else of Rasa's channel (its name ``socketio``, events, session
persistence, path) and gives engineio the list of allowed origins, so a request whose ``Origin``
is not on it gets 400 ("Not an accepted origin.") before its session starts or any message of it
is read, on the polling transport and on the websocket upgrade alike. engineio then also answers
the socket path's CORS headers itself (for every allowed origin), so Rasa's ``--cors`` (Sanic-CORS)
is told to leave that path alone: two ``Access-Control-Allow-Origin`` headers would make a browser
drop the polling answers.

The allowed origins are ``CONTACT_WEBCHAT_ORIGINS`` (comma-separated, e.g.
``https://chat.example.com,https://www.example.com``), read when the Rasa server starts. The
launchers that serve the web chat page (``make web``, the tests: ``tools.stack.RasaServer``) put
the page's own origin in front of the operator's list; with neither, no browser page may connect.
A client that sends no ``Origin`` (a script, not a browser page) is not a cross-site page and is
let through, as engineio does.

``credentials.yml`` loads it by module path (this repo: ``actions.channels.webchat_socketio.
WebChatSocketIOInput``; an adopting bot: ``contact_capture.channels.webchat_socketio.
WebChatSocketIOInput``), with the keys of Rasa's ``socketio`` section.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any, Awaitable, Callable, Mapping

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint, Sanic
from sanic.request import Request
from sanic_cors.core import SANIC_CORS_EVALUATED

log = logging.getLogger(__name__)

ORIGINS_SETTING = "CONTACT_WEBCHAT_ORIGINS"
# scheme://host[:port], what a browser sends as Origin: no path, no wildcard.
_ORIGIN = re.compile(r"^https?://[a-z0-9.\-]+(:[0-9]{1,5})?$|^https?://\[[0-9a-f:.]+\](:[0-9]{1,5})?$")


def allowed_origins(environ: Mapping[str, str] | None = None) -> list[str]:
    """The origins of ``CONTACT_WEBCHAT_ORIGINS``, lower-cased, without a trailing slash, once each.

    A value that is not an origin (a path, ``*``, a bare host) is refused with the setting's name:
    a typo must not open the socket to everyone, nor close it silently.
    """
    raw = (os.environ if environ is None else environ).get(ORIGINS_SETTING, "")
    origins: list[str] = []
    for item in raw.split(","):
        origin = item.strip().rstrip("/").lower()
        if not origin:
            continue
        if not _ORIGIN.match(origin):
            raise ValueError(
                f"{ORIGINS_SETTING}: {item.strip()!r} is not an origin; list scheme://host[:port] "
                "values separated by commas (e.g. https://chat.example.com), no '*' and no path"
            )
        if origin not in origins:
            origins.append(origin)
    return origins


class WebChatSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with python-engineio's origin check on (see the module's docstring)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebChatSocketIOInput:
        channel = super().from_credentials(credentials)
        assert isinstance(channel, WebChatSocketIOInput)
        return channel

    def __init__(self, *args: Any, origins: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.origins = allowed_origins() if origins is None else list(origins)

    def accepts(self, origin: str | None) -> bool:
        """Whether a browser page from ``origin`` may connect (engineio asks only when one is sent)."""
        return bool(origin) and str(origin).rstrip("/").lower() in self.origins

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        assert self.sio is not None  # Rasa's blueprint() has just built it
        # engineio checks every request's Origin against this (Rasa's [] means "check nothing").
        self.sio.eio.cors_allowed_origins = self.accepts
        path = (self.socketio_path or "/socket.io").rstrip("/")

        async def leave_cors_to_engineio(request: Request) -> None:
            if request.path == path or request.path.startswith(path + "/"):
                setattr(request.ctx, SANIC_CORS_EVALUATED, "1")

        @blueprint.listener("before_server_start")
        async def install(app: Sanic, _: Any) -> None:
            app.register_middleware(leave_cors_to_engineio, "request")

        log.info(
            "socket.io accepts browser pages from %s (%s)",
            ", ".join(self.origins) or "no origin",
            ORIGINS_SETTING,
        )
        return blueprint
