"""50 concurrent saves through the async entry point at 300 ms API latency.

A blocking call on the event loop would serialise them (about 50 x 300 ms); the
figure is wall time over one API latency, so 1.0 is perfect overlap.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from actions.agentassist import AgentAssistClient, AsyncAgentAssist, ContactDetails, Settings
from emulator.process import EmulatorProcess

LATENCY_S = 0.3
SAVES = 50


async def _burst(api: AsyncAgentAssist, offset: int) -> float:
    batch = [ContactDetails("Mr", f"Bench{i}", "Runner", f"9{offset + i:09d}", "+91") for i in range(SAVES)]
    started = time.perf_counter()
    saved = await asyncio.gather(*(api.create_contact(c) for c in batch))
    elapsed = time.perf_counter() - started
    assert len({s.id for s in saved}) == SAVES
    return elapsed


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, EmulatorProcess(Path(tmp) / "bench.sqlite3") as emu:
        emu.set_faults(latency_ms=int(LATENCY_S * 1000))
        api = AsyncAgentAssist(AgentAssistClient(Settings.from_env(emu.client_env())))
        asyncio.run(_burst(api, 0))  # warm the connection pool
        runs = [asyncio.run(_burst(api, (r + 1) * 1000)) for r in range(3)]
    best = min(runs)
    return {"saves": SAVES, "latency_ms": LATENCY_S * 1000, "wall_s": best, "ratio": best / LATENCY_S}
