"""One agent's long chat: does the hundredth contact cost what the first did?

Why this figure exists (issue 22): an agent saves contact after contact in one conversation for a
whole shift. When every earlier turn stays in the conversation Rasa reads back, replays and
sends to the action server, a turn's cost grows with the number of contacts saved and the chat's
total with its square. Here one conversation pastes CONTACTS contacts one after another, each
confirmed ("yes"), through the REST channel, the product's action server and the emulator, with
the per-conversation save limit lifted (so it measures growth, not the limit). Per contact (its
two turns): the Rasa server's CPU, the action server's CPU (both from /proc, as bench.form_load
reads them) and the wall time; first ten against last ten.

Then the sizing figure: how many callers at once one Rasa server and one action server hold with
a p95 turn time of at most 1 s (callers going through the whole form at once, stepping the load
up until p95 passes the bound).

``python -m bench.long_chat [--contacts N] [--store sql]`` runs it alone; ``--store sql`` puts
the conversation in the plugin's erasing SQL store (SQLite) instead of the in-memory one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Iterator

import aiohttp

from bench.form_load import FORM, MODEL, RULE, Caller, ProcessClock, _percentile
from emulator.process import EmulatorProcess
from tools.stack import ActionServer, RasaServer, endpoints_text, free_port

CONTACTS = 100
FIRST = slice(0, 10)
LAST = slice(-10, None)
GROWTH_TARGET = 1.2
P95_BOUND_S = 1.0
LOADS = (5, 10, 20, 30, 40, 60, 80)
SQL_STORE = "actions.channels.erasing_tracker_store.ErasingSQLTrackerStore"


@contextlib.contextmanager
def stack(work: Path, store: str = "memory") -> Iterator[tuple[RasaServer, ActionServer]]:
    """Emulator, the product's action server (save limit lifted) and Rasa with the trained model."""
    emulator = EmulatorProcess(work / "bench.sqlite3").start()
    env = {
        **emulator.client_env(),
        "CONTACT_DEFAULT_REGION": "",
        "KORE_RATE_LIMIT_PER_MINUTE": "100000",
        "CONTACT_SAVES_PER_MINUTE": "100000",
    }
    actions = ActionServer(free_port(), env, work / "actions.log")
    rasa = None
    try:
        actions.start()
        port = free_port()
        endpoints = None
        if store == "sql":
            endpoints = work / "endpoints-sql.yml"
            endpoints.write_text(
                endpoints_text(actions.url, SQL_STORE)
                + f"  dialect: sqlite\n  db: {work / 'trackers.sqlite3'}\n"
            )
        rasa = RasaServer(port, MODEL, actions.url, work, work / "rasa.log", endpoints=endpoints)
        rasa.start()
        yield rasa, actions
    finally:
        if rasa:
            rasa.stop()
        actions.stop()
        emulator.stop()


FIRST_NAMES = ("John", "Paul", "Mark", "Peter", "James", "David", "Simon", "Henry", "Louis", "Oscar")
LAST_NAMES = ("Doe", "Smith", "Brown", "Taylor", "Wilson", "Walker", "Wright", "Hughes", "Turner", "Parker")


def contact_name(i: int) -> str:
    """Contact ``i``'s first and last name: every one of the first 100 another."""
    return f"{FIRST_NAMES[i % 10]} {LAST_NAMES[i // 10 % 10]}"


def contact_text(i: int) -> str:
    return f"Mr {contact_name(i)} +91 97{i:08d}"


async def _chat(url: str, rasa: ProcessClock, actions: ProcessClock, contacts: int) -> dict[str, list]:
    """One conversation, ``contacts`` contacts pasted and confirmed; per contact CPU and wall seconds."""
    sender = f"agent-{uuid.uuid4().hex[:12]}"
    out: dict[str, list] = {"rasa_cpu": [], "actions_cpu": [], "wall": [], "ids": []}
    async with aiohttp.ClientSession() as http:

        async def say(text: str) -> str:
            async with http.post(url, json={"sender": sender, "message": text}) as answer:
                answer.raise_for_status()
                return " | ".join(str(r.get("text")) for r in await answer.json())

        await say("hi")
        for i in range(contacts):
            r0, a0, t0 = rasa.cpu_s(), actions.cpu_s(), time.perf_counter()
            read_back = await say(contact_text(i))
            saved = await say("yes")
            out["wall"].append(time.perf_counter() - t0)
            out["rasa_cpu"].append(rasa.cpu_s() - r0)
            out["actions_cpu"].append(actions.cpu_s() - a0)
            if contact_name(i) not in read_back or "contact id is" not in saved:
                raise AssertionError(f"contact {i + 1}: read back {read_back!r}, then {saved!r}")
            out["ids"].append(saved.split("contact id is", 1)[1].strip(" .").split()[0].strip("."))
        out["change"] = [await say("change its last name to Smith")]
        out["delete"] = [await say("delete it")]
    return out


async def _load(url: str, callers: int) -> tuple[float, int]:
    """``callers`` callers through the whole form at once: the p95 turn time and the wrong replies."""
    times: list[float] = []
    wrong = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        group = [Caller(http, url) for _ in range(callers)]
        for step in (RULE, *FORM):
            answers = await asyncio.gather(*(c.say(step) for c in group))
            times += [t for t, _ in answers]
            wrong += sum(not ok for _, ok in answers)
    return _percentile(times, 0.95), wrong


def capacity(url: str) -> dict[str, float]:
    """The most callers at once whose p95 turn time stays <= P95_BOUND_S (the loads of LOADS, in order)."""
    held, p95s = 0, {}
    for callers in LOADS:
        p95, wrong = asyncio.run(_load(url, callers))
        p95s[callers] = p95
        if p95 > P95_BOUND_S or wrong:
            break
        held = callers
    return {"callers": held, "p95": p95s}  # type: ignore[dict-item]


def _per_contact_ms(values: list[float], part: slice) -> float:
    return statistics.mean(values[part]) * 1000


def run(contacts: int = CONTACTS, store: str = "memory", sizing: bool = True) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        with stack(Path(tmp), store) as (rasa, actions):
            assert rasa.proc is not None and actions.proc is not None
            url = f"{rasa.base_url}/webhooks/rest/webhook"
            clocks = ProcessClock(rasa.proc.pid), ProcessClock(actions.proc.pid)
            chat = asyncio.run(_chat(url, *clocks, contacts))
            figures: dict[str, object] = {"contacts": contacts, "store": store, "chat": chat}
            for key in ("rasa_cpu", "actions_cpu", "wall"):
                first, last = _per_contact_ms(chat[key], FIRST), _per_contact_ms(chat[key], LAST)
                figures[key] = {"first": first, "last": last, "ratio": last / first}
            if sizing:
                figures["capacity"] = capacity(url)
            return figures


def report(f: dict[str, object]) -> list[str]:
    n = f["contacts"]
    chat = f["chat"]
    assert isinstance(chat, dict)
    lines = [
        f"one agent chat of {n} contacts (pasted, each confirmed; {f['store']} tracker store, save limit"
        f" lifted): {len(set(chat['ids']))} saved; per contact, contacts 1-10 against {n - 9}-{n}"
        f" (target <= {GROWTH_TARGET}x)"
    ]
    for key, label in (("rasa_cpu", "Rasa CPU"), ("actions_cpu", "action server CPU"), ("wall", "wall time")):
        v = f[key]
        assert isinstance(v, dict)
        lines.append(f"  {label:<18} {v['first']:7.1f} ms -> {v['last']:7.1f} ms  x{v['ratio']:.2f}")
    lines.append(f"  after contact {n}: change -> {chat['change'][0]!r}; delete -> {chat['delete'][0]!r}")
    cap = f.get("capacity")
    if isinstance(cap, dict):
        steps = ", ".join(f"{c} at once p95 {p * 1000:.0f} ms" for c, p in cap["p95"].items())
        lines.append(
            f"  callers one Rasa server + one action server hold at p95 turn time <= {P95_BOUND_S:g} s:"
            f" {cap['callers']} ({steps})"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--contacts", type=int, default=CONTACTS)
    parser.add_argument("--store", choices=("memory", "sql"), default="memory")
    parser.add_argument("--no-sizing", action="store_true")
    args = parser.parse_args()
    print("\n".join(report(run(args.contacts, args.store, not args.no_sizing))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
