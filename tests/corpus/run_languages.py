"""Score the three blind language sets (spanish.py, french.py, german.py) and print, per language
and category: right/total, percent, invented names, misreads (a slot given a value other than the
expected one, a slot set that had to stay empty, or an invented name) apart from misses (a slot
left unset, so the bot asks again), and other failures (a wrong kind only, or a crash).

`.venv/bin/python -m tests.corpus.run_languages` (optionally a language code: es, fr, de, and
`--examples N` for wrong turns per category). The first run is the honest figure: report it as it
comes.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType

from . import french, german, second_french, second_german, second_spanish, spanish
from .score import CategoryScore, score

SETS: Mapping[str, ModuleType] = {"es": spanish, "fr": french, "de": german}
# The second blind sets (issue 28), written by someone who had read neither the packs nor the first sets.
SECOND_SETS: Mapping[str, ModuleType] = {"es": second_spanish, "fr": second_french, "de": second_german}
MISREAD_MARKS = ("wrong value", "invented", "set but should not be")


@dataclass(frozen=True)
class Tally:
    right: int
    total: int
    invented: int
    misreads: int
    misses: int
    other: int

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 0.0


def tally(result: CategoryScore) -> Tally:
    """Split a category's wrong turns into misreads, misses and the rest, from score()'s
    per-turn problem kinds (each key is one wrong turn's sorted problem kinds joined by " + ")."""
    misreads = misses = other = 0
    for key, count in result.problem_kinds.items():
        parts = key.split(" + ")
        if any(part.endswith(MISREAD_MARKS) for part in parts):
            misreads += count
        elif any(part.endswith("missing") for part in parts):
            misses += count
        else:
            other += count
    return Tally(result.correct, result.total, result.invented, misreads, misses, other)


def summed(tallies: Iterable[Tally]) -> Tally:
    """Tallies added field by field (a language's categories into its total)."""
    total = Tally(0, 0, 0, 0, 0, 0)
    for t in tallies:
        total = Tally(*(a + b for a, b in zip(vars(total).values(), vars(t).values())))
    return total


def row(label: str, t: Tally) -> str:
    return (
        f"{label:34} {t.right:6}/{t.total:<6} {t.percent:7.2f}% {t.invented:9} {t.misreads:9}"
        f" {t.misses:7} {t.other:6}"
    )


def lines(code: str, scores: Mapping[str, CategoryScore], examples: int) -> Iterable[str]:
    yield f"== {code} =="
    yield (
        f"{'category':34} {'right/total':>13} {'%':>8} {'invented':>9} {'misreads':>9}"
        f" {'misses':>7} {'other':>6}"
    )
    for category, result in scores.items():
        yield row(category, tally(result))
    yield row(f"{code} all", summed(tally(result) for result in scores.values()))
    for category, result in scores.items():
        for wrong in result.wrong[:examples]:
            yield f"  {category} (asked {wrong.asked}): {wrong.text!r}: {'; '.join(wrong.problems)}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="es, fr, de (default: all three)")
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--second", action="store_true", help="score the second blind sets instead")
    args = parser.parse_args(argv)
    sets = SECOND_SETS if args.second else SETS
    unknown = [code for code in args.languages if code not in sets]
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}: choose from {', '.join(sets)}")
    for code in args.languages or list(sets):
        module = sets[code]
        for line in lines(code, score(module.build(), max_wrong=max(args.examples, 30)), args.examples):
            print(line)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
