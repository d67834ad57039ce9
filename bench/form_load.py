"""Form turns against rule turns on one Rasa server: 40 callers at once, and one caller at a time.

Why this figure exists: every custom action answer costs the Rasa server a check of the answer
(`RemoteAction._validate_action_result`, jsonschema), and a form step used to make two such calls,
so under load a form step cost the server 5-10 plain turns. Each phase here is one step of every
caller's conversation sent at the same moment; its wall time is compared with a rule phase ("hi",
a rule reply with no custom action) of the same callers on the same server.
Every reply is checked: wrong or lost replies are counted and reported, so an error path cannot pass for a fast one.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

import aiohttp

from emulator.process import EmulatorProcess
from tools.stack import ROOT, ActionServer, RasaServer, free_port

CALLERS = 40
ROUNDS = 3
SINGLE_SAMPLES = 60


@dataclass(frozen=True)
class Step:
    name: str
    text: Callable[[int], str]  # the caller's message, given a number unique to the caller
    reply_starts: str  # how the bot's reply must begin


_numbers = itertools.count(10_000_000)

RULE = Step("rule (hi)", lambda n: "hi", "Hello!")
FORM = (
    Step("form start", lambda n: "save a contact", "What title should I use"),
    Step("title", lambda n: "Mr", "What's the first name?"),
    Step("first name", lambda n: "John", "And the last name?"),
    Step("last name", lambda n: "Doe", "What's the phone number?"),
    Step("number", lambda n: f"+91 98{n:08d}", "Mr John Doe, +91 98"),
    Step("save (yes)", lambda n: "yes", "Saved. The contact id is"),
)


class Caller:
    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http = http
        self.url = url
        self.sender = f"bench-{uuid.uuid4().hex[:12]}"
        self.number = next(_numbers)

    async def say(self, step: Step) -> tuple[float, bool]:
        """Sends the step's message; returns the seconds the turn took and whether the reply was the expected one."""
        started = time.perf_counter()
        async with self.http.post(self.url, json={"sender": self.sender, "message": step.text(self.number)}) as answer:
            answer.raise_for_status()
            replies = await answer.json()
        took = time.perf_counter() - started
        said = " | ".join(str(r.get("text")) for r in replies)
        return took, said.startswith(step.reply_starts)


async def _phase(callers: list[Caller], step: Step) -> tuple[float, int]:
    """Wall seconds of one step of every caller at once, and how many replies were not the expected one."""
    started = time.perf_counter()
    answers = await asyncio.gather(*(caller.say(step) for caller in callers))
    return time.perf_counter() - started, sum(not ok for _, ok in answers)


async def _concurrent(url: str) -> dict[str, tuple[float, int]]:
    """Per phase: the median over rounds of its wall time with CALLERS callers at once, and the wrong replies in all.

    A wrong reply is counted, not raised: under the old cost Rasa lost action calls (its busy event loop
    opened the connection to the action server but wrote the request more than 5 s later, after Sanic's
    keep-alive timeout had closed it: "Cannot write to closing transport"), and that is part of the figure."""
    walls: dict[str, list[float]] = {step.name: [] for step in (RULE, *FORM)}
    wrong: dict[str, int] = {step.name: 0 for step in (RULE, *FORM)}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        for _ in range(ROUNDS):
            callers = [Caller(http, url) for _ in range(CALLERS)]
            await _phase(callers, RULE)  # the session start, not measured: every later turn is mid-conversation
            for step in (RULE, *FORM):
                wall, failed = await _phase(callers, step)
                walls[step.name].append(wall)
                wrong[step.name] += failed
    return {name: (statistics.median(values), wrong[name]) for name, values in walls.items()}


async def _single(url: str) -> dict[str, list[float]]:
    """One caller at a time through the same conversation, SINGLE_SAMPLES times."""
    timings: dict[str, list[float]] = {step.name: [] for step in (RULE, *FORM)}
    async with aiohttp.ClientSession() as http:
        for _ in range(SINGLE_SAMPLES):
            caller = Caller(http, url)
            await caller.say(RULE)
            for step in (RULE, *FORM):
                took, ok = await caller.say(step)
                if not ok:
                    raise AssertionError(f"single caller, {step.name}: not the expected reply")
                timings[step.name].append(took)
    return timings


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def measure(rasa_url: str) -> dict[str, dict[str, float]]:
    """Phase walls, ratios to the rule phase and turns per second; single-caller p50/p99 in ms."""
    url = f"{rasa_url}/webhooks/rest/webhook"
    walls = asyncio.run(_concurrent(url))
    single = asyncio.run(_single(url))
    rule = walls[RULE.name][0]
    return {
        name: {"wall_s": wall, "ratio": wall / rule, "turns_per_s": CALLERS / wall, "wrong": wrong,
               "p50_ms": statistics.median(single[name]) * 1000, "p99_ms": _percentile(single[name], 0.99) * 1000}
        for name, (wall, wrong) in walls.items()
    }


def report(figures: dict[str, dict[str, float]], label: str = "") -> list[str]:
    worst = max((name for name in figures if name != RULE.name), key=lambda name: figures[name]["ratio"])
    lines = [f"form phases against a rule phase{label}: {CALLERS} callers at once on one Rasa server"
             f" (REST channel, real action server, emulator answering at once), median of {ROUNDS} rounds;"
             f" single caller p50/p99 over {SINGLE_SAMPLES} conversations"]
    for name, f in figures.items():
        lines.append(f"  {name:<12} {f['wall_s']:6.2f} s  ratio {f['ratio']:5.2f}  {f['turns_per_s']:6.1f} turns/s"
                     f"   single p50 {f['p50_ms']:6.1f} ms  p99 {f['p99_ms']:6.1f} ms"
                     + (f"   {f['wrong']:.0f} of {CALLERS * ROUNDS} replies wrong or lost" if f["wrong"] else ""))
    lines.append(f"  worst form phase: {worst}, {figures[worst]['ratio']:.2f} x the rule phase (target <= 1.5)")
    return lines


MODEL = ROOT / "models" / "contact-bot.tar.gz"


def run(rasa_pythonpath: str | None = None) -> dict[str, dict[str, float]]:
    """Starts the emulator, the product's action server and Rasa with the trained model, and measures.

    ``rasa_pythonpath`` puts packages ahead of the venv's for the Rasa server only: how the bench
    compares another jsonschema on the same machine in the same run (see ``main``).
    """
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        emulator = EmulatorProcess(work / "form-load.sqlite3").start()
        # The limiter is not what is measured here: the save phase must not wait for its budget.
        env = {**emulator.client_env(), "CONTACT_DEFAULT_REGION": "", "KORE_RATE_LIMIT_PER_MINUTE": "100000"}
        actions = ActionServer(free_port(), env, work / "actions.log")
        rasa = None
        try:
            actions.start()
            rasa = RasaServer(free_port(), MODEL, actions.url, work, work / "rasa.log")
            if rasa_pythonpath:
                rasa.env["PYTHONPATH"] = rasa_pythonpath
            rasa.start()
            return measure(rasa.base_url)
        finally:
            if rasa:
                rasa.stop()
            actions.stop()
            emulator.stop()


def _overlay(jsonschema_version: str) -> str:
    """jsonschema at another version in a directory of its own (installed once), for PYTHONPATH."""
    target = ROOT / ".run" / f"bench-jsonschema-{jsonschema_version}"
    if not (target / "jsonschema").is_dir():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps",
                        "--target", str(target), f"jsonschema=={jsonschema_version}"], check=True)
    return str(target)


def main() -> int:
    """``python -m bench.form_load [--jsonschema VERSION]``: this figure alone, or side by side with
    the Rasa server importing another jsonschema (e.g. 4.17.3, what pip resolved before the pin)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--jsonschema", help="also measure with this jsonschema version in the Rasa server")
    args = parser.parse_args()
    lines = report(run(), f" (jsonschema {metadata.version('jsonschema')})")
    if args.jsonschema:
        label = f" (jsonschema {args.jsonschema} in the Rasa server)"
        lines += report(run(rasa_pythonpath=_overlay(args.jsonschema)), label)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
