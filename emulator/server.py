"""HTTP side of the emulator: the documented contacts endpoints plus `/_emulator/*` controls."""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .config import EmulatorConfig
from .faults import Faults
from .store import ContactStore, DuplicateNumber
from .tokens import TokenChecker, TokenRefused

log = logging.getLogger("emulator")

RATE_LIMIT_MESSAGE = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying."
_PATH = re.compile(r"^/agentassist/api/v1/public/(?P<stream>[^/]+)/contacts(?:/(?P<id>[^/]+))?/?$")
_DIGITS = re.compile(r"^[0-9]+$")
_COUNTRY = re.compile(r"^\+[0-9]{1,4}$")


class ApiError(Exception):
    def __init__(self, status: int, msg: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(msg)
        self.status = status
        self.msg = msg
        self.headers = headers or {}


def validate_contact(item: Any, where: str, partial: bool = False) -> None:
    if not isinstance(item, dict):
        raise ApiError(400, f"{where} must be a contact object")
    for key in ("firstName", "lastName", "salutation"):
        if key not in item and partial:
            continue
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ApiError(400, f"{where}.{key} is required and must be a string")
    if "cellPhone" not in item and partial:
        return
    phone = item.get("cellPhone")
    if not isinstance(phone, dict):
        raise ApiError(400, f"{where}.cellPhone is required")
    for key in ("phoneNumber", "countryCode", "extension"):
        if not isinstance(phone.get(key), str):
            raise ApiError(400, f"{where}.cellPhone.{key} is required and must be a string")
    if not _DIGITS.match(phone["phoneNumber"]):
        raise ApiError(
            400, f"{where}.cellPhone.phoneNumber must be numeric digits without special characters"
        )
    if not _COUNTRY.match(phone["countryCode"]):
        raise ApiError(400, f"{where}.cellPhone.countryCode must look like +91")


class Emulator:
    """State shared by every request thread."""

    def __init__(self, config: EmulatorConfig, store: ContactStore) -> None:
        self.config = config
        self.store = store
        self.faults = Faults()
        self.tokens = TokenChecker(config)
        self.stats_lock = threading.Lock()
        # rate_limited: create calls answered 429, so a test or the bench can say the limit held
        self.stats = {"requests": 0, "create_calls": 0, "contacts_created": 0, "rate_limited": 0}
        self.last_request: dict[str, Any] | None = None

    def record(self, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        """Keep the last API request so tests can check it is exactly the documented one."""
        with self.stats_lock:
            self.last_request = {"method": method, "path": path, "headers": headers, "body": body}

    def reset_stats(self) -> None:
        with self.stats_lock:
            self.stats = dict.fromkeys(self.stats, 0)
            self.last_request = None

    def count(self, key: str, n: int = 1) -> None:
        with self.stats_lock:
            self.stats[key] += n


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: EmulatorServer

    def log_message(self, fmt: str, *args: Any) -> None:  # route to logging, quieter
        log.debug("%s " + fmt, self.address_string(), *args)

    # -- plumbing -----------------------------------------------------------------------
    def _send(
        self, status: int, body: Any, headers: dict[str, str] | None = None, raw: bytes | None = None
    ) -> None:
        data = raw if raw is not None else json.dumps(body).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _error(self, status: int, msg: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, {"errors": [{"msg": msg, "code": status}]}, headers)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise ApiError(400, "request body is not valid JSON") from None

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        emu = self.server.emulator
        url = urlsplit(self.path)
        try:
            body = self._body()
            if url.path.startswith("/_emulator/"):
                return self._control(method, url.path, body)
            match = _PATH.match(url.path)
            if not match:
                raise ApiError(404, "no such endpoint")
            emu.count("requests")
            self._api(method, match["stream"], match["id"], parse_qs(url.query), body)
        except ApiError as exc:
            self._error(exc.status, exc.msg, exc.headers)

    # -- the contacts API ---------------------------------------------------------------
    def _api(self, method: str, stream: str, contact_id: str | None, query: dict, body: Any) -> None:
        emu = self.server.emulator
        faults = emu.faults
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        if faults.take("fail"):
            headers = {"Retry-After": faults.fail_retry_after} if faults.fail_retry_after else {}
            if faults.fail_body is not None:
                return self._send(faults.fail_status, faults.fail_body, headers)
            return self._error(faults.fail_status, "Service temporarily unavailable", headers)
        hang = faults.take("hang")
        if hang and not faults.hang_after_save:
            time.sleep(faults.hang_seconds)
            return self._error(504, "gateway timeout")
        emu.record(method, self.path, dict(self.headers.items()), body)
        try:
            emu.tokens.check(self.headers.get("auth"))
        except TokenRefused as exc:
            raise ApiError(401, str(exc)) from None
        account = self.headers.get("accountId")
        if not account:
            raise ApiError(400, "accountId header is required")
        if account != emu.config.account_id:
            raise ApiError(403, "accountId is not valid for this app")
        if stream != emu.config.stream_id:
            raise ApiError(404, "Invalid streamId: bot not found")

        if method == "POST" and contact_id is None:
            status, answer, headers = self._create(body)
        elif method == "GET" and contact_id is None:
            status, answer, headers = 200, self._list(query), {}
        elif method == "PUT" and contact_id:
            validate_contact(body, "body", partial=True)
            try:
                updated = emu.store.update(emu.config.account_id, contact_id, body)
            except DuplicateNumber:
                raise ApiError(
                    emu.faults.duplicate_status, "Contact with this phone number already exists"
                ) from None
            if updated is None:
                raise ApiError(404, "Contact not found")
            status, answer, headers = 200, updated, {}
        elif method == "DELETE" and contact_id:
            deleted = emu.store.deactivate(emu.config.account_id, contact_id)
            if deleted is None:
                raise ApiError(404, "Contact not found")
            status, answer, headers = 200, deleted, {}
        else:
            raise ApiError(405, f"{method} is not allowed here")

        if hang:
            time.sleep(faults.hang_seconds)
        if faults.take("malformed"):
            return self._send(status, None, raw=b'{"results": [{"id": "trunc')
        self._send(status, answer, headers)

    def _create(self, body: Any) -> tuple[int, Any, dict[str, str]]:
        emu = self.server.emulator
        emu.count("create_calls")
        wait = emu.faults.rate_limited()
        if wait is not None:
            emu.count("rate_limited")
            headers = (
                {"Retry-After": str(max(1, math.ceil(wait)))} if emu.faults.rate_limit_retry_after else {}
            )
            raise ApiError(429, RATE_LIMIT_MESSAGE, headers)
        if not isinstance(body, list) or not body:
            raise ApiError(400, "body must be a non-empty JSON array of contacts")
        for i, item in enumerate(body):
            validate_contact(item, f"[{i}]")
        try:
            created = emu.store.create_many(emu.config.account_id, body)
        except DuplicateNumber:
            raise ApiError(
                emu.faults.duplicate_status, "Contact with this phone number already exists"
            ) from None
        emu.count("contacts_created", len(created))
        return 200, created, {}

    def _list(self, query: dict) -> dict[str, Any]:
        emu = self.server.emulator
        try:
            skip = max(0, int(query.get("skip", ["0"])[0]))
            limit = min(100, max(1, int(query.get("limit", ["20"])[0])))
        except ValueError:
            raise ApiError(400, "skip and limit must be numbers") from None
        results, total = emu.store.page(emu.config.account_id, skip, limit)
        return {
            "results": results,
            "skip": skip,
            "limit": limit,
            "hasMore": skip + len(results) < total,
            "totalPages": math.ceil(total / limit) if total else 0,
            "totalResults": total,
        }

    # -- controls for tests and benchmarks ----------------------------------------------
    def _control(self, method: str, path: str, body: Any) -> None:
        emu = self.server.emulator
        if path == "/_emulator/health":
            return self._send(200, {"status": "ok"})
        if path == "/_emulator/stats":
            with emu.stats_lock:
                stats = dict(emu.stats)
            return self._send(200, {**stats, "active_contacts": emu.store.count_active()})
        if path == "/_emulator/faults" and method == "GET":
            return self._send(200, emu.faults.public())
        if path == "/_emulator/faults" and method == "POST":
            try:
                emu.faults.set(body or {})
            except (ValueError, TypeError) as exc:
                raise ApiError(400, str(exc)) from None
            return self._send(200, emu.faults.public())
        if path == "/_emulator/faults" and method == "DELETE":
            emu.faults.reset()
            return self._send(200, emu.faults.public())
        if path == "/_emulator/last-request":
            with emu.stats_lock:
                return self._send(200, emu.last_request)
        if path == "/_emulator/contacts" and method == "GET":
            return self._send(200, emu.store.everything())
        if path == "/_emulator/contacts" and method == "DELETE":
            emu.store.clear()
            emu.reset_stats()
            return self._send(200, {"cleared": True})
        raise ApiError(404, "no such control")


class EmulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], emulator: Emulator) -> None:
        super().__init__(address, Handler)
        self.emulator = emulator

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"
