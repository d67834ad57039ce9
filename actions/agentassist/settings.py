"""Settings of the Agent Assist client, read once from the environment.

Every problem is collected before raising, so an operator fixes the whole
configuration in one go instead of one restart per missing variable.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from typing import Mapping
from urllib.parse import urlsplit

DEFAULT_DEADLINE_SECONDS = 7.0
MAX_DEADLINE_SECONDS = 300.0
DEFAULT_RATE_LIMIT = 60  # create calls a minute per account, as documented
DEFAULT_BATCH_SIZE = 50


class SettingsError(ValueError):
    """The client cannot be built from the environment; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("Agent Assist settings are wrong: " + "; ".join(problems))


@dataclass(frozen=True)
class Settings:
    base_url: str
    stream_id: str
    account_id: str
    client_id: str
    client_secret: str = field(repr=False)
    deadline_seconds: float = DEFAULT_DEADLINE_SECONDS
    rate_limit_per_minute: int = DEFAULT_RATE_LIMIT
    batch_size: int = DEFAULT_BATCH_SIZE

    @property
    def contacts_url(self) -> str:
        return f"{self.base_url}/agentassist/api/v1/public/{self.stream_id}/contacts"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        problems: list[str] = []

        def required(name: str) -> str:
            value = env.get(name, "").strip()
            if not value:
                problems.append(f"{name} is not set")
            elif any(ch.isspace() or ch in "/?#" for ch in value):
                problems.append(f"{name} must be one token without spaces, '/', '?' or '#'")
            return value

        host = env.get("KORE_HOST", "").strip()
        if not host:
            problems.append("KORE_HOST is not set")
        stream_id = required("KORE_STREAM_ID")
        account_id = required("KORE_ACCOUNT_ID")
        client_id = required("KORE_CLIENT_ID")
        secret = env.get("KORE_CLIENT_SECRET", "")
        if not secret.strip():
            problems.append("KORE_CLIENT_SECRET is not set")

        base_url = ""
        if host:
            try:
                base_url = parse_host(host)
            except ValueError as exc:
                problems.append(f"KORE_HOST {exc}")

        deadline = DEFAULT_DEADLINE_SECONDS
        raw_deadline = env.get("KORE_DEADLINE_SECONDS", "").strip()
        if raw_deadline:
            try:
                deadline = float(raw_deadline)
                if not 0 < deadline <= MAX_DEADLINE_SECONDS:
                    raise ValueError
            except ValueError:
                problems.append(
                    f"KORE_DEADLINE_SECONDS must be a number of seconds above 0 and at most "
                    f"{MAX_DEADLINE_SECONDS:g} (got {raw_deadline!r})"
                )

        rate = _positive_int(env, "KORE_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT, problems)
        batch = _positive_int(env, "KORE_BATCH_SIZE", DEFAULT_BATCH_SIZE, problems)
        if problems:
            raise SettingsError(problems)
        return cls(base_url, stream_id, account_id, client_id, secret, deadline, rate, batch)


def _positive_int(env: Mapping[str, str], name: str, default: int, problems: list[str]) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        problems.append(f"{name} must be a whole number above 0 (got {raw!r})")
        return default
    return int(raw)


def parse_host(host: str) -> str:
    """Turn ``KORE_HOST`` into a base URL: bare hosts mean https, http only on loopback."""
    raw = host.strip().rstrip("/")
    parts = urlsplit(raw if "://" in raw else f"https://{raw}")
    if parts.scheme not in ("https", "http"):
        raise ValueError(f"must be a host name or an http(s) URL, not {parts.scheme!r}")
    if not parts.hostname:
        raise ValueError("has no host name")
    if parts.path or parts.query or parts.fragment:
        raise ValueError("must not carry a path, query or fragment")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError("uses plain http, which is allowed only for a loopback host; use https")
    return f"{parts.scheme}://{parts.netloc}"


def is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False
