"""Contacts in SQLite on disk, so a restart of the emulator loses nothing."""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any


class DuplicateNumber(Exception):
    pass


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ContactStore:
    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS contacts (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " id TEXT UNIQUE NOT NULL, account_id TEXT NOT NULL, phone TEXT NOT NULL,"
            " status TEXT NOT NULL, body TEXT NOT NULL)"
        )
        self._lock = threading.Lock()

    def _active_phone(self, account_id: str, phone: str, except_id: str = "") -> bool:
        row = self._db.execute(
            "SELECT 1 FROM contacts WHERE account_id=? AND phone=? AND status='ACTIVE' AND id<>?",
            (account_id, phone, except_id),
        ).fetchone()
        return row is not None

    def create_many(self, account_id: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """All or nothing: one duplicate number refuses the whole array."""
        with self._lock:
            phones = [_stored_phone(i) for i in items]
            for phone in phones:
                if phones.count(phone) > 1 or self._active_phone(account_id, phone):
                    raise DuplicateNumber(phone)
            created = []
            self._db.execute("BEGIN")
            for item, phone in zip(items, phones):
                stamp = _now()
                contact = {
                    "status": "ACTIVE",
                    "firstName": item["firstName"],
                    "lastName": item["lastName"],
                    "salutation": item["salutation"],
                    "cellPhone": {**item["cellPhone"], "phoneNumber": phone},
                    "accountId": account_id,
                    "fullName": f"{item['firstName']} {item['lastName']}",
                    "address": [],
                    "twitterDetails": [],
                    "createdAt": stamp,
                    "updatedAt": stamp,
                    "id": secrets.token_hex(12),
                }
                self._db.execute(
                    "INSERT INTO contacts (id, account_id, phone, status, body) VALUES (?,?,?,?,?)",
                    (contact["id"], account_id, phone, "ACTIVE", json.dumps(contact)),
                )
                created.append(contact)
            self._db.execute("COMMIT")
            return created

    def get(self, account_id: str, contact_id: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT body FROM contacts WHERE account_id=? AND id=?", (account_id, contact_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def update(self, account_id: str, contact_id: str, changes: dict[str, Any]) -> dict[str, Any] | None:
        with self._lock:
            contact = self.get(account_id, contact_id)
            if contact is None or contact["status"] != "ACTIVE":
                return None
            for key in ("firstName", "lastName", "salutation"):
                if key in changes:
                    contact[key] = changes[key]
            if "cellPhone" in changes:
                phone = _stored_phone(changes)
                if self._active_phone(account_id, phone, except_id=contact_id):
                    raise DuplicateNumber(phone)
                contact["cellPhone"] = {**changes["cellPhone"], "phoneNumber": phone}
            contact["fullName"] = f"{contact['firstName']} {contact['lastName']}"
            contact["updatedAt"] = _now()
            self._save(contact)
            return contact

    def deactivate(self, account_id: str, contact_id: str) -> dict[str, Any] | None:
        with self._lock:
            contact = self.get(account_id, contact_id)
            if contact is None:
                return None
            contact["status"] = "INACTIVE"
            contact["updatedAt"] = _now()
            self._save(contact)
            return contact

    def _save(self, contact: dict[str, Any]) -> None:
        self._db.execute(
            "UPDATE contacts SET phone=?, status=?, body=? WHERE id=?",
            (contact["cellPhone"]["phoneNumber"], contact["status"], json.dumps(contact), contact["id"]),
        )

    def page(self, account_id: str, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        total = self._db.execute(
            "SELECT COUNT(*) FROM contacts WHERE account_id=?", (account_id,)
        ).fetchone()[0]
        rows = self._db.execute(
            "SELECT body FROM contacts WHERE account_id=? ORDER BY seq LIMIT ? OFFSET ?",
            (account_id, limit, skip),
        ).fetchall()
        return [json.loads(r[0]) for r in rows], total

    def everything(self) -> list[dict[str, Any]]:
        return [
            json.loads(r[0]) for r in self._db.execute("SELECT body FROM contacts ORDER BY seq").fetchall()
        ]

    def count_active(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM contacts WHERE status='ACTIVE'").fetchone()[0]

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM contacts")


def _stored_phone(item: dict[str, Any]) -> str:
    """The API stores the number with its country code prepended."""
    return item["cellPhone"]["countryCode"] + item["cellPhone"]["phoneNumber"]
