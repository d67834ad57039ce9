"""Tokens for the Agent Assist public API.

A fresh token with a fresh ``jti`` per request works whether or not the tenant
enforces jti/replay checks, and keeping ``exp`` short stays inside the
one-hour rule those tenants apply.
"""

from __future__ import annotations

import time
import uuid

import jwt

TOKEN_LIFETIME_SECONDS = 300


def make_token(client_id: str, client_secret: str, *, now: float | None = None) -> str:
    issued = int(time.time() if now is None else now)
    claims = {
        "appId": client_id,
        "sub": client_id,
        "iat": issued,
        "exp": issued + TOKEN_LIFETIME_SECONDS,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, client_secret, algorithm="HS256")
