"""The errors the conversation layer acts on, one class per thing it does differently.

The vendor documents neither the duplicate-number nor the rate-limit answer,
so ``classify`` looks at the status and at the message text.
"""

from __future__ import annotations

import re
from typing import Any


class AgentAssistError(Exception):
    """Base of every client failure; ``api_message`` is what the API said (safe to log)."""

    def __init__(self, message: str, *, status: int | None = None, api_message: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.api_message = api_message
        # True when an earlier attempt of the same request may have reached the server.
        self.ambiguous = False


class DuplicatePhoneNumber(AgentAssistError):
    """The number is already saved (by anyone); the caller must give another."""


class RateLimited(AgentAssistError):
    """The account is over its create limit; ``retry_after`` seconds, when the API said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class NotAuthorised(AgentAssistError):
    """Credentials, account or stream id are wrong: an operator must fix the settings."""


class ContactRejected(AgentAssistError):
    """The API refused the contact as invalid; ``api_message`` says why."""


class NotFound(AgentAssistError):
    """The contact id does not exist (or no longer does)."""


class ServiceUnavailable(AgentAssistError):
    """No usable answer in time: down, hanging, 5xx or a body that is not the documented JSON."""


_DUPLICATE = re.compile(r"already (exists?|registered|in use|present|taken)|duplicate|exists already", re.I)
_RATE = re.compile(r"rate.?limit|too many requests", re.I)
_AUTH = re.compile(r"jwt|token|credential|unauthori[sz]ed|forbidden|not allowed|scope", re.I)


def api_messages(body: Any) -> str:
    """Join the ``msg`` fields of a ``{"errors": [...]}`` body, or give the raw text."""
    if isinstance(body, dict) and isinstance(body.get("errors"), list):
        msgs = [str(e.get("msg", e)) if isinstance(e, dict) else str(e) for e in body["errors"]]
        return "; ".join(msgs)
    if isinstance(body, dict) and "message" in body:
        return str(body["message"])
    return "" if body is None else str(body)[:500]


def classify(status: int, body: Any, retry_after: float | None = None) -> AgentAssistError:
    """Map an HTTP error answer to the error class the conversation layer acts on."""
    msg = api_messages(body)
    kw: dict[str, Any] = {"status": status, "api_message": msg}
    if status == 429 or _RATE.search(msg):
        return RateLimited("rate limited", retry_after=retry_after, **kw)
    if status == 409 or (status in (400, 403, 422) and _DUPLICATE.search(msg)):
        return DuplicatePhoneNumber("phone number already saved", **kw)
    if status in (401, 403) or (status == 400 and _AUTH.search(msg)):
        return NotAuthorised("not authorised", **kw)
    if status == 404 and re.search(r"stream|bot|endpoint", msg, re.I):
        return NotAuthorised("stream id or host is wrong", **kw)
    if status == 404:
        return NotFound("not found", **kw)
    if 400 <= status < 500:
        return ContactRejected("contact refused", **kw)
    return ServiceUnavailable("service unavailable", **kw)
