"""Calls to the action server's webhook as Rasa makes them, for benches and resilience tests."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import rasa_sdk

from tools.stack import action_headers

FORM = "contact_form"


def tracker_state(
    sender: str,
    slots: dict[str, Any],
    text: str = "",
    intent: str = "inform",
    confidence: float = 0.95,
    metadata: dict[str, Any] | None = None,
    active_loop: str | None = None,
    input_channel: str = "rest",
) -> dict[str, Any]:
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": [],
        "metadata": metadata or {},
    }
    return {
        "sender_id": sender,
        "slots": slots,
        "latest_message": message,
        "events": [
            {
                "event": "user",
                "text": text,
                "parse_data": message,
                "input_channel": input_channel,
                "metadata": metadata or {},
            }
        ],
        "paused": False,
        "followup_action": None,
        "active_loop": {"name": active_loop} if active_loop else {},
        "latest_action_name": "action_listen",
    }


def action_call(action: str, state: dict[str, Any], domain: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "next_action": action,
        "sender_id": state["sender_id"],
        "tracker": state,
        "domain": domain
        or {
            "forms": {
                FORM: {
                    "required_slots": ["salutation", "first_name", "last_name", "phone_number", "confirmed"]
                }
            }
        },
        "version": rasa_sdk.__version__,
    }


def confirmed_contact(i: int, country_code: str = "+91") -> dict[str, Any]:
    """Slots of a caller who has just said yes to the read-back; number unique per ``i``."""
    national = f"9{i:09d}"
    return {
        "salutation": "Mr",
        "first_name": f"Caller{i}",
        "last_name": "Load",
        "phone_number": national,
        "country_code": country_code,
        "extension": "",
        "phone_e164": f"{country_code}{national}",
        "confirmed": True,
        "contact_id": None,
        "pending_save": None,
        "requested_slot": None,
    }


def slot_events(answer: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in answer.get("events", []) if e.get("event") == "slot"}


def texts(answer: dict[str, Any]) -> list[str]:
    return [r.get("text") or "" for r in answer.get("responses", [])]


async def confirming_callers(
    url: str, count: int, spread_seconds: float, offset: int, urls: list[str] | None = None
) -> list[tuple[float, dict[str, Any]]]:
    """``count`` callers saying yes to their read-back, evenly over
    ``spread_seconds``, as Rasa calls the action.

    Returns each caller's (seconds until the answer, the action server's answer). With ``urls``
    the callers go to those servers in turn instead of ``url``.
    """
    targets = urls or [url]
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, headers=action_headers()) as http:

        async def one(i: int) -> tuple[float, dict[str, Any]]:
            await asyncio.sleep(i * spread_seconds / count)
            state = tracker_state(f"load-{offset + i}", confirmed_contact(offset + i), "yes", "affirm")
            started = time.monotonic()
            async with http.post(
                targets[i % len(targets)], json=action_call("action_create_contact", state)
            ) as a:
                assert a.status == 200, await a.text()
                return time.monotonic() - started, await a.json()

        return list(await asyncio.gather(*(one(i) for i in range(count))))
