"""Blocking client for the Agent Assist contacts API.

One pooled session, a fresh token per request, and one small retry loop bounded
by an overall deadline, because the caller is waiting on the line: a channel
gives up after 10 s (rasa shell), 15 s (Twilio) or 3 s (Slack).
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import requests
from requests.adapters import HTTPAdapter

from .auth import make_token
from .contact import ContactDetails, SavedContact, earlier_save
from .errors import (
    AgentAssistError,
    DuplicatePhoneNumber,
    RateLimited,
    ServiceUnavailable,
    classify,
)
from .masking import mask_number, mask_text
from .settings import Settings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 502, 503, 504})
CONNECT_TIMEOUT = 3.05
POOL_SIZE = 64
LIST_PAGE_SIZE = 100


def redact(text: str, names: tuple[str, ...] = ()) -> str:
    """What the API said, fit for a log: numbers and ``names`` masked, on one line (``mask_text``)."""
    return mask_text(text, names)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


@dataclass
class _Answer:
    body: Any
    status: int
    # True when an earlier attempt of this request may have reached the server.
    ambiguous: bool


class AgentAssistClient:
    def __init__(
        self,
        settings: Settings,
        *,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        base_backoff: float = 0.2,
        max_backoff: float = 2.0,
        read_timeout: float | None = None,
    ) -> None:
        self.settings = settings
        # One attempt may not eat the whole deadline: a POST that timed out after
        # the server saved it needs time for a retry and the duplicate look-up.
        self._read_timeout = read_timeout or max(1.0, settings.deadline_seconds * 0.6)
        self._clock = clock
        self._sleep = sleep
        self._base_backoff = base_backoff
        self._max_backoff = max_backoff
        self._session = session or self._new_session()

    @staticmethod
    def _new_session() -> requests.Session:
        session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=POOL_SIZE, max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    def close(self) -> None:
        self._session.close()

    # -- public calls -------------------------------------------------------------------

    def create_contact(self, details: ContactDetails) -> SavedContact:
        return self.create_contacts([details])[0]

    def create_contacts(
        self, batch: list[ContactDetails], *, within: float | None = None
    ) -> list[SavedContact]:
        """POST an array of contacts; answers them in the order given.

        ``within`` shortens the deadline when the caller has already waited (in a queue).
        """
        deadline = self._clock() + min(
            within or self.settings.deadline_seconds, self.settings.deadline_seconds
        )
        masked = ",".join(mask_number(d.phone_number, d.country_code) for d in batch)
        try:
            answer = self._request(
                "POST",
                "",
                deadline,
                json=[d.to_api() for d in batch],
                masked=masked,
                names=tuple(n for d in batch for n in (d.first_name, d.last_name)),
            )
        except DuplicatePhoneNumber as dup:
            if not dup.ambiguous or len(batch) != 1:
                raise
            # An earlier attempt timed out after the server may have saved it: if the
            # number now belongs to the very same contact, that save was ours.
            found = earlier_save(
                self.find_contact_by_phone(batch[0].phone_number, batch[0].country_code, deadline=deadline),
                batch[0],
            )
            if found is not None:
                log.info("create resolved to the contact saved by an earlier attempt for %s", masked)
                return [found]
            raise
        items = answer.body
        if not isinstance(items, list) or len(items) != len(batch):
            raise ServiceUnavailable("create answered an unexpected body", status=answer.status)
        return [self._contact(item, answer.status) for item in items]

    def update_contact(self, contact_id: str, details: ContactDetails) -> SavedContact:
        deadline = self._clock() + self.settings.deadline_seconds
        answer = self._request(
            "PUT",
            f"/{contact_id}",
            deadline,
            json=details.to_api(),
            masked=mask_number(details.phone_number, details.country_code),
            names=(details.first_name, details.last_name),
        )
        return self._contact(answer.body, answer.status)

    def delete_contact(self, contact_id: str) -> SavedContact:
        deadline = self._clock() + self.settings.deadline_seconds
        answer = self._request("DELETE", f"/{contact_id}", deadline)
        return self._contact(answer.body, answer.status)

    def list_contacts(self, *, deadline: float | None = None) -> Iterator[SavedContact]:
        """Every contact, page by page (``skip``/``limit``, the vendor's likely names)."""
        deadline = deadline or self._clock() + self.settings.deadline_seconds
        skip = 0
        while True:
            answer = self._request("GET", "", deadline, params={"skip": skip, "limit": LIST_PAGE_SIZE})
            body = answer.body
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise ServiceUnavailable("list answered an unexpected body", status=answer.status)
            for item in body["results"]:
                yield self._contact(item, answer.status)
            if not body.get("hasMore") or not body["results"]:
                return
            skip += len(body["results"])

    def find_contact_by_phone(
        self, phone_number: str, country_code: str, *, deadline: float | None = None
    ) -> SavedContact | None:
        probe = ContactDetails("", "", "", phone_number, country_code)
        for contact in self.list_contacts(deadline=deadline):
            if contact.status != "INACTIVE" and contact.holds_number(probe):
                return contact
        return None

    def find_contacts_holding(
        self, wanted: list[ContactDetails], *, deadline: float | None = None
    ) -> list[SavedContact | None]:
        """For each of ``wanted``, the active contact holding its number: one listing for them all."""
        found: list[SavedContact | None] = [None] * len(wanted)
        for contact in self.list_contacts(deadline=deadline):
            if contact.status == "INACTIVE":
                continue
            for i, details in enumerate(wanted):
                if found[i] is None and contact.holds_number(details):
                    found[i] = contact
        return found

    # -- transport ----------------------------------------------------------------------

    @staticmethod
    def _contact(item: Any, status: int) -> SavedContact:
        try:
            return SavedContact.from_api(item)
        except ValueError as exc:
            raise ServiceUnavailable(f"answer without a usable contact: {exc}", status=status) from None

    def _headers(self) -> dict[str, str]:
        s = self.settings
        return {
            "auth": make_token(s.client_id, s.client_secret),
            "accountId": s.account_id,
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        return random.uniform(0, min(self._max_backoff, self._base_backoff * 2**attempt))

    def _request(
        self,
        method: str,
        path: str,
        deadline: float,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        masked: str = "",
        names: tuple[str, ...] = (),
    ) -> _Answer:
        url = self.settings.contacts_url + path
        log_path = "/contacts" + path
        ambiguous = False
        attempt = 0
        while True:
            remaining = deadline - self._clock()
            if remaining <= 0.05:
                raise ServiceUnavailable(f"no answer within {self.settings.deadline_seconds:g} s")
            started = self._clock()
            failure: AgentAssistError
            retry_after: float | None = None
            try:
                response = self._session.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    headers=self._headers(),
                    timeout=(min(CONNECT_TIMEOUT, remaining), min(self._read_timeout, remaining)),
                )
            except requests.ConnectionError as exc:
                # A refused or timed-out connect never reached the server; a dropped
                # connection may have, so only then is a POST's outcome unknown.
                sent = not isinstance(exc, requests.ConnectTimeout) and "refused" not in str(exc).lower()
                ambiguous = ambiguous or sent
                log.warning(
                    "%s %s failed after %d ms (%s) for %s",
                    method,
                    log_path,
                    self._ms(started),
                    type(exc).__name__,
                    masked or "-",
                )
                failure = ServiceUnavailable(f"connection failed: {type(exc).__name__}")
            except requests.Timeout:
                ambiguous = True
                log.warning(
                    "%s %s timed out after %d ms for %s", method, log_path, self._ms(started), masked or "-"
                )
                failure = ServiceUnavailable("read timed out")
            except requests.RequestException as exc:
                log.error("%s %s failed: %s", method, log_path, type(exc).__name__)
                raise ServiceUnavailable(f"request failed: {type(exc).__name__}") from None
            else:
                status = response.status_code
                log.info(
                    "%s %s %d in %d ms for %s", method, log_path, status, self._ms(started), masked or "-"
                )
                try:
                    body = response.json()
                except ValueError:
                    body = None
                    malformed = True
                else:
                    malformed = False
                if 200 <= status < 300 and not malformed:
                    return _Answer(body, status, ambiguous)
                if 200 <= status < 300:
                    ambiguous = True
                    log.warning("%s %s answered %d with a body that is not JSON", method, log_path, status)
                    failure = ServiceUnavailable("answer was not JSON", status=status)
                else:
                    retry_after = retry_after_seconds(response.headers.get("Retry-After"))
                    failure = classify(status, body if not malformed else response.text[:300], retry_after)
                    # Classified on the raw text; from here on (logs, the actions' logs) only the masked one.
                    failure.api_message = redact(failure.api_message, names)
                    log.warning(
                        "%s %s answered %d: %s",
                        method,
                        log_path,
                        status,
                        failure.api_message or "(no message)",
                    )
                    if status not in RETRY_STATUSES and not isinstance(failure, RateLimited):
                        failure.ambiguous = ambiguous
                        raise failure
            wait = self._backoff(attempt, retry_after)
            if deadline - self._clock() - wait <= 0.05:
                failure.ambiguous = ambiguous
                raise failure
            attempt += 1
            self._sleep(wait)

    def _ms(self, started: float) -> int:
        return int((self._clock() - started) * 1000)


__all__ = ["AgentAssistClient", "redact", "retry_after_seconds"]
