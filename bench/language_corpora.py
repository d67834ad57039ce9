"""The blind sets that are read per language, each with its first-run figure beside today's: misreads
(a value the person did not say) apart from misses (the bot asks again).

- the first language sets (tests/corpus/spanish.py, french.py, german.py), first run before any pack
  (issue 28): es 23.42 %, fr 21.32 %, de 21.56 % (misreads as counted then, a wrong kind among them);
- the second language sets (second_*.py), written by someone who had read neither the packs nor the
  first sets; first run on the packs as they landed (issue 28);
- the fourth English set (fourth.py, issue 26), first run on the interpreter of commit 40bac17.
"""

from __future__ import annotations

from types import ModuleType

from tests.corpus import fourth
from tests.corpus.run_languages import SECOND_SETS, SETS, Tally, summed, tally
from tests.corpus.score import score

# (right, total, misreads, misses) of each set's first run, as it came.
FIRST_RUNS: dict[str, tuple[int, int, int, int]] = {
    "es": (260, 1110, 359, 491),
    "fr": (232, 1088, 466, 390),
    "de": (235, 1090, 501, 354),
    "es2": (889, 1080, 77, 114),
    "fr2": (956, 1130, 28, 146),
    "de2": (991, 1260, 113, 156),  # as written; "Frau" was Mrs in it then (now Ms, as in the first set)
    "fourth": (1905, 2244, 33, 306),
}


def _measure(module: ModuleType) -> Tally:
    return summed(tally(result) for result in score(module.build(), max_wrong=0).values())


def run() -> dict[str, Tally]:
    sets = {**SETS, **{f"{code}2": module for code, module in SECOND_SETS.items()}, "fourth": fourth}
    return {name: _measure(module) for name, module in sets.items()}


def report(measured: dict[str, Tally]) -> list[str]:
    lines = ["blind sets per language (right/total, misreads, misses): first run -> now"]
    for name, now in measured.items():
        right, total, misreads, misses = FIRST_RUNS[name]
        lines.append(
            f"  {name:7} {right}/{total} = {100 * right / total:.2f} %, {misreads} misreads, {misses} misses"
            f" -> {now.right}/{now.total} = {now.percent:.2f} %, {now.misreads} misreads, {now.misses} misses"
        )
    return lines
