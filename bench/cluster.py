"""Callers per second: whole conversations through one Rasa and one action server, then through the cluster.

The same callers (each from "save a contact" to the contact id, five turns) against one Rasa
server with its in-memory tracker, and against `make cluster`'s deployment: nginx over two Rasa
servers (PostgreSQL tracker store, Redis lock store) and two action servers (budget shared in
Redis). On two cores the replicas share the same CPUs, so this shows what the deployment costs,
not how it scales.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

import aiohttp

from emulator.process import EmulatorProcess
from tools.callers import Caller, Outcome, converse
from tools.cluster import MODEL, Cluster
from tools.stack import ActionServer, RasaServer, free_port

CALLERS = 60
LIMIT = 60  # the account's documented create calls a minute, which both emulators enforce


async def _callers(url: str, offset: int) -> tuple[float, list[Outcome]]:
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0), timeout=aiohttp.ClientTimeout(total=120)
    ) as http:
        started = time.perf_counter()
        outcomes = await asyncio.gather(*(converse(http, [url], Caller(offset + i)) for i in range(CALLERS)))
        return time.perf_counter() - started, list(outcomes)


def _figures(wall: float, outcomes: list[Outcome], stats: dict) -> dict[str, float]:
    saved = sum(1 for o in outcomes if o.contact_id)
    return {
        "callers": CALLERS,
        "saved": saved,
        "wall_s": wall,
        "per_second": saved / wall,
        "turns": sum(o.turns for o in outcomes),
        "repeats": sum(o.repeats for o in outcomes),
        "create_calls": stats["create_calls"],
        "contacts_created": stats["contacts_created"],
        "rate_limited": stats["rate_limited"],
    }


def run() -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="contact-bot-bench-") as tmp:
        work = Path(tmp)
        work.chmod(0o755)  # PostgreSQL runs as the postgres user when this runs as root
        results = {}
        emulator = EmulatorProcess(work / "single.sqlite3").start()
        emulator.set_faults(rate_limit_per_minute=LIMIT)
        actions = ActionServer(
            free_port(), {**emulator.client_env(), "CONTACT_DEFAULT_REGION": ""}, work / "actions.log"
        )
        rasa = None
        try:
            actions.start()
            rasa = RasaServer(free_port(), MODEL, actions.url, work, work / "rasa.log").start()
            wall, outcomes = asyncio.run(_callers(rasa.base_url, 0))
            results["single"] = _figures(wall, outcomes, emulator.stats())
        finally:
            if rasa:
                rasa.stop()
            actions.stop()
            emulator.stop()
        with Cluster(work / "cluster", durable=False) as cluster:
            assert cluster.emulator is not None
            cluster.emulator.set_faults(rate_limit_per_minute=LIMIT)
            wall, outcomes = asyncio.run(_callers(cluster.url, 0))
            results["cluster"] = _figures(wall, outcomes, cluster.emulator.stats())
        return results
