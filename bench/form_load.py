"""Form turns against rule turns on one Rasa server: 40 callers at once, and one caller at a time.

Why this figure exists: every custom action answer costs the Rasa server a check of the answer
(`RemoteAction._validate_action_result`, jsonschema), and a form step used to make two such calls,
so under load a form step cost the server 5-10 plain turns. Each phase here is one step of every
caller's conversation sent at the same moment; it is compared with a rule phase ("hi", a rule
reply with no custom action) of the same callers on the same server.

The steady figure is the Rasa server process's CPU time per turn (read from /proc before and
after each phase): the machine is shared, so wall time moves with the neighbours' load while the
CPU a turn costs the server does not. Wall time, turns per second and one caller's p50/p99 come
from the same run.
Every reply is checked: wrong or lost replies are counted and reported, so an error
path cannot pass for a fast one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterator

import aiohttp

from emulator.process import EmulatorProcess
from tools.stack import ROOT, ActionServer, RasaServer, free_port

CALLERS = 40
ROUNDS = 5
SINGLE_SAMPLES = 60
# Targets of issue 17: Rasa's CPU per turn against a rule turn's.
FORM_STEP_TARGET = 1.3
SAVE_TARGET = 2.0


class ProcessClock:
    """CPU seconds (user + system, every thread) a process has used so far, from /proc/PID/stat."""

    TICKS = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid: int) -> None:
        self.path = Path(f"/proc/{pid}/stat")

    def cpu_s(self) -> float:
        # Fields after the command name (which may hold spaces, so split after its closing parenthesis):
        # utime and stime are the 14th and 15th fields of the line, the 12th and 13th after it.
        fields = self.path.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / self.TICKS


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
# "hi" again after the save: a rule turn on the tracker the form left, not a target, but the measure of
# how much of a form step's cost is only the longer conversation every later turn reads back and replays.
LATE_RULE = Step("rule, after", lambda n: "hi", "Hello!")
PHASES = (RULE, *FORM, LATE_RULE)


class Caller:
    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http = http
        self.url = url
        self.sender = f"bench-{uuid.uuid4().hex[:12]}"
        self.number = next(_numbers)

    async def say(self, step: Step) -> tuple[float, bool]:
        """Sends the step's message; returns the seconds the turn took and whether the
        reply was the expected one."""
        started = time.perf_counter()
        async with self.http.post(
            self.url, json={"sender": self.sender, "message": step.text(self.number)}
        ) as answer:
            answer.raise_for_status()
            replies = await answer.json()
        took = time.perf_counter() - started
        said = " | ".join(str(r.get("text")) for r in replies)
        return took, said.startswith(step.reply_starts)


@dataclass(frozen=True)
class Phase:
    wall_s: float  # median over rounds
    cpu_ms: float  # the Rasa server's CPU per turn, median over rounds
    wrong: int  # wrong or lost replies, all rounds together


async def _phase(callers: list[Caller], step: Step, clock: ProcessClock) -> tuple[float, float, int]:
    """One step of every caller at once: wall seconds, the server's CPU seconds, and how many replies
    were not the expected one."""
    cpu = clock.cpu_s()
    started = time.perf_counter()
    answers = await asyncio.gather(*(caller.say(step) for caller in callers))
    return time.perf_counter() - started, clock.cpu_s() - cpu, sum(not ok for _, ok in answers)


async def _concurrent(url: str, clock: ProcessClock) -> dict[str, Phase]:
    """Per phase, with CALLERS callers at once: median wall time and CPU per turn over rounds, wrong replies
    in all.

    A wrong reply is counted, not raised: under the old cost Rasa lost action calls (its busy event loop
    opened the connection to the action server but wrote the request more than 5 s later, after Sanic's
    keep-alive timeout had closed it: "Cannot write to closing transport"), and that is part of the figure."""
    walls: dict[str, list[float]] = {step.name: [] for step in PHASES}
    cpus: dict[str, list[float]] = {step.name: [] for step in PHASES}
    wrong: dict[str, int] = {step.name: 0 for step in PHASES}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        # A few whole conversations first, not measured: the first form call and the first save pay
        # one-off costs (imports, TensorFlow's first run of a shape, connection pools) no later turn pays.
        for caller in [Caller(http, url) for _ in range(2)]:
            for step in (RULE, RULE, *FORM):
                await caller.say(step)
        for _ in range(ROUNDS):
            callers = [Caller(http, url) for _ in range(CALLERS)]
            # the session start, not measured: every later turn is mid-conversation
            await _phase(callers, RULE, clock)
            for step in PHASES:
                wall, cpu, failed = await _phase(callers, step, clock)
                walls[step.name].append(wall)
                cpus[step.name].append(cpu * 1000 / CALLERS)
                wrong[step.name] += failed
    return {
        name: Phase(statistics.median(walls[name]), statistics.median(cpus[name]), wrong[name])
        for name in walls
    }


async def _single(url: str) -> dict[str, list[float]]:
    """One caller at a time through the same conversation, SINGLE_SAMPLES times."""
    timings: dict[str, list[float]] = {step.name: [] for step in PHASES}
    async with aiohttp.ClientSession() as http:
        for _ in range(SINGLE_SAMPLES):
            caller = Caller(http, url)
            await caller.say(RULE)
            for step in PHASES:
                took, ok = await caller.say(step)
                if not ok:
                    raise AssertionError(f"single caller, {step.name}: not the expected reply")
                timings[step.name].append(took)
    return timings


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def measure(rasa_url: str, pid: int) -> dict[str, dict[str, float]]:
    """Per phase: the Rasa server's CPU ms per turn and its ratio to the rule phase's, wall time, its
    ratio and turns per second with CALLERS callers; single-caller p50/p99 in ms."""
    url = f"{rasa_url}/webhooks/rest/webhook"
    phases = asyncio.run(_concurrent(url, ProcessClock(pid)))
    single = asyncio.run(_single(url))
    rule = phases[RULE.name]
    return {
        name: {
            "cpu_ms": p.cpu_ms,
            "cpu_ratio": p.cpu_ms / rule.cpu_ms,
            "wall_s": p.wall_s,
            "ratio": p.wall_s / rule.wall_s,
            "turns_per_s": CALLERS / p.wall_s,
            "wrong": p.wrong,
            "p50_ms": statistics.median(single[name]) * 1000,
            "p99_ms": _percentile(single[name], 0.99) * 1000,
        }
        for name, p in phases.items()
    }


def target(name: str) -> float:
    return SAVE_TARGET if name == FORM[-1].name else FORM_STEP_TARGET


def report(figures: dict[str, dict[str, float]], label: str = "") -> list[str]:
    lines = [
        f"form phases against a rule phase{label}: {CALLERS} callers at once on one Rasa server"
        f" (REST channel, real action server, emulator answering at once), median of {ROUNDS} rounds;"
        f" Rasa server CPU ms per turn and its ratio to the rule phase's, wall time and its ratio;"
        f" single caller p50/p99 over {SINGLE_SAMPLES} conversations"
    ]
    for name, f in figures.items():
        lines.append(
            f"  {name:<12} cpu {f['cpu_ms']:5.1f} ms/turn  x{f['cpu_ratio']:4.2f}"
            f"   wall {f['wall_s']:5.2f} s  x{f['ratio']:4.2f}  {f['turns_per_s']:5.1f} turns/s"
            f"   single p50 {f['p50_ms']:6.1f} ms  p99 {f['p99_ms']:6.1f} ms"
            + (f"   {f['wrong']:.0f} of {CALLERS * ROUNDS} replies wrong or lost" if f["wrong"] else "")
        )
    missed = [
        f"{name} x{f['cpu_ratio']:.2f}"
        for name, f in figures.items()
        if name not in (RULE.name, LATE_RULE.name) and f["cpu_ratio"] > target(name)
    ]
    lines.append(
        f"  CPU per turn against the rule phase: targets form steps <= {FORM_STEP_TARGET},"
        f" save <= {SAVE_TARGET}: " + (f"missed by {', '.join(missed)}" if missed else "all met")
    )
    return lines


MODEL = ROOT / "models" / "contact-bot.tar.gz"


@contextlib.contextmanager
def bench_stack(
    work: Path, rasa_check: bool = False, plugin_store: bool = True, rasa_pythonpath: str | None = None
) -> Iterator[RasaServer]:
    """``bench_servers``' Rasa server alone."""
    with bench_servers(work, rasa_check, plugin_store, rasa_pythonpath) as (rasa, _):
        yield rasa


@contextlib.contextmanager
def bench_servers(
    work: Path, rasa_check: bool = False, plugin_store: bool = True, rasa_pythonpath: str | None = None
) -> Iterator[tuple[RasaServer, ActionServer]]:
    """The emulator, the product's action server and Rasa with the trained model, started; stopped after.

    ``rasa_check`` starts Rasa as plain `python -m rasa` with only the REST channel, Rasa's own
    tracker store and Rasa's own answer check (the model's policy still loads the plugin's code, so
    the check is kept off with ``CONTACT_RASA_OWN_RESPONSE_CHECK``): none of the plugin's server-side
    savings. ``plugin_store=False`` keeps the plugin's response check but Rasa's own tracker store.
    ``rasa_pythonpath`` puts packages ahead of the venv's for the Rasa server only: how the bench
    compares another jsonschema on the same machine in the same run (see ``main``).
    Shared by this bench and ``bench.profile_rasa``, so both measure the same servers.
    """
    emulator = EmulatorProcess(work / "bench.sqlite3").start()
    # The limiter is not what is measured here: the save phase must not wait for its budget.
    env = {**emulator.client_env(), "CONTACT_DEFAULT_REGION": "", "KORE_RATE_LIMIT_PER_MINUTE": "100000"}
    actions = ActionServer(free_port(), env, work / "actions.log")
    rasa = None
    try:
        actions.start()
        if rasa_check:
            # Imported here: it imports Rasa, which the other modes need not load into the bench.
            from actions.channels.response_check import RASA_OWN_CHECK_SETTING

            credentials = work / "credentials-rest.yml"
            credentials.write_text("rest:\n")
            rasa = RasaServer(
                free_port(),
                MODEL,
                actions.url,
                work,
                work / "rasa.log",
                credentials=credentials,
                python=Path(sys.executable),
                tracker_store=None,
                env={RASA_OWN_CHECK_SETTING: "true"},
            )
        elif not plugin_store:
            rasa = RasaServer(free_port(), MODEL, actions.url, work, work / "rasa.log", tracker_store=None)
        else:
            rasa = RasaServer(free_port(), MODEL, actions.url, work, work / "rasa.log")
        if rasa_pythonpath:
            rasa.env["PYTHONPATH"] = rasa_pythonpath
        rasa.start()
        yield rasa, actions
    finally:
        if rasa:
            rasa.stop()
        actions.stop()
        emulator.stop()


def run(
    rasa_pythonpath: str | None = None, rasa_check: bool = False, plugin_store: bool = True
) -> dict[str, dict[str, float]]:
    """Starts the stack (``bench_stack``, which says what each option changes) and measures."""
    with tempfile.TemporaryDirectory() as tmp:
        with bench_stack(Path(tmp), rasa_check, plugin_store, rasa_pythonpath) as rasa:
            assert rasa.proc is not None
            return measure(rasa.base_url, rasa.proc.pid)


def _overlay(jsonschema_version: str) -> str:
    """jsonschema at another version in a directory of its own (installed once), for PYTHONPATH."""
    target = ROOT / ".run" / f"bench-jsonschema-{jsonschema_version}"
    if not (target / "jsonschema").is_dir():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                "--no-deps",
                "--target",
                str(target),
                f"jsonschema=={jsonschema_version}",
            ],
            check=True,
        )
    return str(target)


def label(jsonschema_version: str | None, rasa_check: bool, plugin_store: bool = True) -> str:
    version = jsonschema_version or metadata.version("jsonschema")
    if rasa_check:
        parts = "Rasa's own answer check and tracker store"
    else:
        store = "tracker store" if plugin_store else "Rasa's tracker store"
        parts = f"the plugin's response check and {store}"
    return f" (jsonschema {version} in the Rasa server, {parts})"


def main() -> int:
    """``python -m bench.form_load [--jsonschema VERSION] [--rasa-check] [--rasa-store]``: this figure
    alone, or side by side with the Rasa server importing another jsonschema (e.g. 4.17.3, what pip
    resolved before the pin) and/or without the plugin's server-side code (Rasa's own answer check
    and tracker store), and/or with Rasa's own tracker store only."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--jsonschema", help="also measure with this jsonschema version in the Rasa server")
    parser.add_argument(
        "--rasa-check",
        action="store_true",
        help="also measure each with Rasa's own answer check and tracker store",
    )
    parser.add_argument(
        "--rasa-store",
        action="store_true",
        help="also measure each with the plugin's response check, Rasa's tracker store",
    )
    args = parser.parse_args()
    variants = [
        (False, True),
        *([(False, False)] if args.rasa_store else []),
        *([(True, False)] if args.rasa_check else []),
    ]
    lines: list[str] = []
    for version in [None, *([args.jsonschema] if args.jsonschema else [])]:
        for rasa_check, plugin_store in variants:
            figures = run(
                rasa_pythonpath=_overlay(version) if version else None,
                rasa_check=rasa_check,
                plugin_store=plugin_store,
            )
            lines += report(figures, label(version, rasa_check, plugin_store))
            print("\n".join(lines[-len(figures) - 2 :]), flush=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
