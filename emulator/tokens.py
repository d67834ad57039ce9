"""The JWT checks Kore.ai documents: HS256 with the client secret, appId, expiry, jti rules."""

from __future__ import annotations

import threading
import time

import jwt

from .config import EmulatorConfig


class TokenRefused(Exception):
    pass


class TokenChecker:
    def __init__(self, config: EmulatorConfig) -> None:
        self._config = config
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, token: str | None) -> None:
        if not token:
            raise TokenRefused("auth header with a JWT is required")
        try:
            claims = jwt.decode(
                token,
                self._config.client_secret,
                algorithms=["HS256"],
                options={"require": ["exp", "iat"]},
            )
        except jwt.ExpiredSignatureError:
            raise TokenRefused("error verifying the jwt: token expired") from None
        except jwt.InvalidTokenError:
            raise TokenRefused("Invalid SDK credentials") from None
        if claims.get("appId") != self._config.client_id:
            raise TokenRefused("Invalid SDK credentials")
        if not self._config.enforce_jti:
            return
        jti = claims.get("jti")
        if not isinstance(jti, str) or not jti:
            raise TokenRefused('error verifying the jwt: "jti" claim is required')
        if claims["exp"] - claims["iat"] > 3600:
            raise TokenRefused('if "jti" claim "exp" must be <= 1 hour(s)')
        now = time.time()
        with self._lock:
            self._seen = (
                {k: v for k, v in self._seen.items() if v > now} if len(self._seen) > 10000 else self._seen
            )
            if jti in self._seen:
                raise TokenRefused("error verifying the jwt: possibly a replay")
            self._seen[jti] = float(claims["exp"])
