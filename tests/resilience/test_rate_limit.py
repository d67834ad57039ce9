"""Saving past the rate limit, through the real action server's webhook."""

from __future__ import annotations

import asyncio
import time

import aiohttp

from tools.action_calls import action_call, confirmed_contact, slot_events, tracker_state
from tools.stack import action_headers

CALLERS = 300
SPREAD_SECONDS = 10.0
RASA_SHELL_TIMEOUT = 10.0


async def _callers(url: str, offset: int) -> list[tuple[float, dict]]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:

        async def one(i: int) -> tuple[float, dict]:
            await asyncio.sleep(i * SPREAD_SECONDS / CALLERS)
            state = tracker_state(f"load-{offset + i}", confirmed_contact(offset + i), "yes", "affirm")
            started = time.monotonic()
            call = action_call("action_create_contact", state)
            async with http.post(url, json=call, headers=action_headers()) as answer:
                assert answer.status == 200
                return time.monotonic() - started, await answer.json()

        return await asyncio.gather(*(one(i) for i in range(CALLERS)))


def test_300_callers_in_10_seconds_all_get_their_ids_under_a_60_per_minute_limit(action_server, emulator):
    emulator.set_faults(rate_limit_per_minute=60)
    results = asyncio.run(_callers(action_server.url, 10_000))

    ids = [slot_events(answer).get("contact_id") for _, answer in results]
    assert all(ids), [a for _, a in results if not slot_events(a).get("contact_id")][:3]
    assert len(set(ids)) == CALLERS
    assert max(seconds for seconds, _ in results) < RASA_SHELL_TIMEOUT
    stats = emulator.stats()
    assert stats["contacts_created"] == CALLERS
    assert stats["create_calls"] <= 60  # never refused: the limiter stayed under the account's limit
    saved = {c["cellPhone"]["phoneNumber"]: c for c in emulator.contacts()}
    for i, (_, answer) in enumerate(results):
        contact = saved[f"+919{10_000 + i:09d}"]
        assert contact["id"] == slot_events(answer)["contact_id"]
        assert contact["firstName"] == f"Caller{10_000 + i}"


def test_a_duplicate_in_a_shared_batch_fails_only_its_own_caller(action_server, emulator):
    emulator.set_faults(latency_ms=300)

    async def burst() -> list[dict]:
        async with aiohttp.ClientSession() as http:

            async def one(i: int) -> dict:
                slots = confirmed_contact(20_000 + (i if i != 5 else 0))  # caller 5 repeats caller 0's number
                slots["first_name"] = f"Burst{i}"
                state = tracker_state(f"dup-{i}", slots, "yes", "affirm")
                async with http.post(
                    action_server.url,
                    json=action_call("action_create_contact", state),
                    headers=action_headers(),
                ) as a:
                    return await a.json()

            return await asyncio.gather(*(one(i) for i in range(10)))

    answers = asyncio.run(burst())
    saved_ids = [slot_events(a).get("contact_id") for a in answers]
    assert sum(1 for i in saved_ids if i) == 9
    refused = [i for i, a in enumerate(answers) if not slot_events(a).get("contact_id")]
    assert refused in ([0], [5])  # whichever of the two reached the API second
    assert "already registered" in answers[refused[0]]["responses"][0]["text"]
    assert emulator.stats()["contacts_created"] == 9
