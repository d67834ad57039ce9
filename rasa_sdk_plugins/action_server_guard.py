"""The action server lets in only Rasa: a shared bearer token, and loopback unless told otherwise.

The action server holds the Agent Assist tenant's credentials and runs whatever action a call
names, with whatever tracker the call brings; so every call must carry ``ACTION_SERVER_TOKEN`` as
``Authorization: Bearer <token>``, which Rasa sends from ``action_endpoint.headers`` in
``endpoints.yml``. A missing or wrong token gets 401 before the body is parsed as JSON or an
action runs; the comparison takes the same time whatever the token. With no token set, every call is refused
(closed by default) and the start-up log says how to set one. ``GET /health`` stays open: it says
only that the server is up, and load balancers ask it without credentials.

rasa-sdk reads ``SANIC_HOST`` (default 0.0.0.0) after this hook has run, so a default of
127.0.0.1 here makes the server listen on loopback unless an operator set ``SANIC_HOST``.

Depends on Sanic and pluggy only (rasa-sdk's own dependencies): no Rasa, no project module.
"""

from __future__ import annotations

import hmac
import logging
import os
import time

import pluggy
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

TOKEN_SETTING = "ACTION_SERVER_TOKEN"
HOST_SETTING = "SANIC_HOST"
LOOPBACK = "127.0.0.1"
OPEN_PATHS = frozenset({"/health"})
WARN_EVERY_SECONDS = 60.0

hookimpl = pluggy.HookimplMarker("rasa_sdk")
log = logging.getLogger(__name__)

HOW_TO_SET = (
    f"set {TOKEN_SETTING} to the same long random value in the environment of this action server "
    "and of the Rasa server, whose endpoints.yml sends it (action_endpoint: headers: Authorization: "
    f"Bearer ${{{TOKEN_SETTING}}}); `make run`, `make web` and `make cluster` generate one in "
    ".run/secrets.env"
)


def _presented(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    value = request.headers.get("authorization", "")
    scheme, _, token = value.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def token_matches(presented: str | None, expected: str) -> bool:
    """Constant-time comparison; nothing matches an empty expected token."""
    if not expected or presented is None:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())


def guard(app: Sanic, token: str) -> None:
    """Adds the request middleware that refuses every unauthenticated call to ``app``."""
    if getattr(app.ctx, "contact_capture_guard", False):
        return  # auto-reload or a second plugin registration: one guard is enough
    app.ctx.contact_capture_guard = True
    last_warning = [0.0]

    async def authenticate(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS and request.method in ("GET", "HEAD"):
            return None
        presented = _presented(request)
        if token_matches(presented, token):
            return None
        why = (
            "this action server has no ACTION_SERVER_TOKEN, so it refuses every call"
            if not token
            else "no bearer token"
            if presented is None
            else "wrong bearer token"
        )
        now = time.monotonic()
        if token and now - last_warning[0] >= WARN_EVERY_SECONDS:
            last_warning[0] = now
            log.warning(
                "refused %s %s from %s: %s (further refusals are not logged for %d s)",
                request.method,
                request.path,
                request.ip,
                why,
                WARN_EVERY_SECONDS,
            )
        return response.json(
            {"error": f"unauthorised: {why}; calls must carry Authorization: Bearer <{TOKEN_SETTING}>"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="action server"'},
        )

    app.register_middleware(authenticate, "request")


@hookimpl
def attach_sanic_app_extensions(app: Sanic) -> None:
    """rasa-sdk's hook: guard the app, and make loopback the default address."""
    os.environ.setdefault(HOST_SETTING, LOOPBACK)
    token = os.environ.get(TOKEN_SETTING, "")
    if not token:
        log.error(
            "%s is not set: this action server refuses every call (401) until it is; %s",
            TOKEN_SETTING,
            HOW_TO_SET,
        )
    guard(app, token)
    log.info(
        "action server: calls need the %s bearer token; listening on %s (%s)",
        TOKEN_SETTING,
        os.environ[HOST_SETTING],
        "set SANIC_HOST to change it" if os.environ[HOST_SETTING] == LOOPBACK else "from SANIC_HOST",
    )
