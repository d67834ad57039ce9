"""Where the Rasa server's CPU goes during form turns: py-spy over 40 callers at once.

``python -m bench.profile_rasa [--rounds N] [--rasa-check] [--py-spy PATH]`` starts the same stack
as bench.form_load (emulator, the product's action server, Rasa with the trained model and the
plugin's response check, or Rasa's own check with ``--rasa-check``), records the Rasa process
with py-spy (`pip install py-spy`; not a dependency of the project) while CALLERS callers go
through the form ROUNDS times, and prints the functions holding the most samples, inclusive
(the time under them) and self. The raw stacks stay in .run/profile-rasa.txt.

It is a tool for finding the next cost, not a figure: sampling at 100 Hz on a shared machine
moves a few percent between runs; bench.form_load's CPU per turn is the figure.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import aiohttp

from bench.form_load import CALLERS, FORM, RULE, Caller, bench_stack
from tools.stack import ROOT

OUT = ROOT / ".run" / "profile-rasa.txt"


async def _load(url: str, rounds: int, callers: list[Caller] | None = None) -> int:
    """Every caller through the form, all at once, ``rounds`` times; returns the wrong replies.
    With ``callers`` (who have been through the form), they say only "hi", ``rounds`` times."""
    wrong = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        for _ in range(rounds):
            steps = (RULE,) if callers else (RULE, RULE, *FORM)
            group = callers or [Caller(http, url) for _ in range(CALLERS)]
            for caller in group:
                caller.http = http
            for step in steps:
                answers = await asyncio.gather(*(caller.say(step) for caller in group))
                wrong += sum(not ok for _, ok in answers)
    return wrong


async def _through_the_form(url: str) -> list[Caller]:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        callers = [Caller(http, url) for _ in range(CALLERS)]
        for step in (RULE, RULE, *FORM):
            await asyncio.gather(*(caller.say(step) for caller in callers))
    return callers


def summary(stacks: Path, top: int = 40) -> list[str]:
    """Functions by inclusive and by self share of all samples, from py-spy's collapsed stacks."""
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    total = 0
    for line in stacks.read_text().splitlines():
        frames, _, count = line.rpartition(" ")
        if not frames:
            continue
        samples = int(count)
        total += samples
        names = [re.sub(r":\d+\)$", ")", frame) for frame in frames.split(";")]
        for name in set(names):
            inclusive[name] += samples
        own[names[-1]] += samples
    lines = [f"{total} samples; inclusive (time under the function):"]
    lines += [f"  {100 * n / total:5.1f} %  {name}" for name, n in inclusive.most_common(top)]
    lines.append("self (time in the function itself):")
    lines += [f"  {100 * n / total:5.1f} %  {name}" for name, n in own.most_common(top // 2)]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--rasa-check", action="store_true", help="Rasa's own jsonschema.validate")
    parser.add_argument("--py-spy", default=shutil.which("py-spy") or "py-spy")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--late-rule",
        action="store_true",
        help='record only "hi" turns of callers who have been through the form',
    )
    args = parser.parse_args()
    spy = None
    with tempfile.TemporaryDirectory() as tmp, bench_stack(Path(tmp), args.rasa_check) as rasa:
        try:
            assert rasa.proc is not None
            url = f"{rasa.base_url}/webhooks/rest/webhook"
            asyncio.run(_load(url, 1))  # one-off costs first, not recorded
            late = asyncio.run(_through_the_form(url)) if args.late_rule else None
            OUT.parent.mkdir(parents=True, exist_ok=True)
            spy = subprocess.Popen(
                [
                    args.py_spy,
                    "record",
                    "--pid",
                    str(rasa.proc.pid),
                    "--format",
                    "raw",
                    "--rate",
                    "100",
                    "--output",
                    str(OUT),
                ],
                stdout=subprocess.DEVNULL,
            )
            wrong = asyncio.run(_load(url, args.rounds, late))
        finally:
            if spy:
                spy.send_signal(2)  # py-spy writes its file on Ctrl-C
                spy.wait(timeout=60)
    print(f"{wrong} wrong or lost replies")
    print("\n".join(summary(OUT, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
