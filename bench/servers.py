"""Figures measured through the real action server's webhook (Rasa's REST channel: bench.form_load)."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp
import requests

from emulator.process import EmulatorProcess
from tools.action_calls import action_call, confirmed_contact, slot_events, tracker_state
from tools.stack import ActionServer, action_headers, free_port

SAMPLES = 200


def validation_cost(action_url: str) -> dict[str, float]:
    slots = {"salutation": "Mr", "requested_slot": "first_name"}
    validate = action_call(
        "validate_contact_form",
        tracker_state("bench", slots, "my name is John Doe", "inform", active_loop="contact_form"),
    )
    noop = action_call("action_noop", tracker_state("bench", slots, "my name is John Doe", "inform"))
    timings: dict[str, list[float]] = {"validate": [], "noop": []}
    with requests.Session() as http:
        http.headers.update(action_headers())  # as Rasa sends it: the bench includes the token check
        for _ in range(SAMPLES * 2):
            for name, body in (("validate", validate), ("noop", noop)):
                started = time.perf_counter()
                http.post(action_url, json=body).raise_for_status()
                timings[name].append(time.perf_counter() - started)
    v, n = statistics.median(timings["validate"]), statistics.median(timings["noop"])
    return {"validate_ms": v * 1000, "noop_ms": n * 1000, "ratio": v / n}


async def _saves(action_url: str, count: int, spread: float, offset: int) -> list[float]:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, headers=action_headers()) as http:

        async def one(i: int) -> float:
            await asyncio.sleep(i * spread / count)
            state = tracker_state(f"save-{offset + i}", confirmed_contact(offset + i), "yes", "affirm")
            started = time.perf_counter()
            async with http.post(action_url, json=action_call("action_create_contact", state)) as answer:
                assert slot_events(await answer.json()).get("contact_id"), "a save failed"
            return time.perf_counter() - started

        return await asyncio.gather(*(one(i) for i in range(count)))


def run() -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        emulator = EmulatorProcess(work / "bench.sqlite3").start()
        env = {**emulator.client_env(), "CONTACT_DEFAULT_REGION": ""}
        actions = ActionServer(free_port(), env, work / "actions.log", package="bench.noop_actions")
        try:
            actions.start()
            results = {"validation": validation_cost(actions.url)}

            emulator.set_faults(latency_ms=300)
            asyncio.run(_saves(actions.url, 5, 0, 0))  # warm up connections
            calls_before = emulator.stats()["create_calls"]
            started = time.perf_counter()
            asyncio.run(_saves(actions.url, 50, 0, 1000))
            wall = time.perf_counter() - started
            results["concurrent"] = {
                "wall_ms": wall * 1000,
                "ratio": wall / 0.3,
                "calls": emulator.stats()["create_calls"] - calls_before,
            }
            actions.stop()
            actions.start()  # a fresh rate limiter for the rate-limit figure
            emulator.reset()
            emulator.set_faults(rate_limit_per_minute=60)
            waits = asyncio.run(_saves(actions.url, 300, 10.0, 5000))
            stats = emulator.stats()
            results["rate_limit"] = {
                "callers": 300,
                "calls": stats["create_calls"],
                "per_call": stats["contacts_created"] / max(stats["create_calls"], 1),
                "max_wait_s": max(waits),
                "p50_wait_ms": statistics.median(waits) * 1000,
            }
            return results
        finally:
            actions.stop()
            emulator.stop()
