"""Run the corpus through the interpreter and say, per category, how much it got right.

A turn is right when every expected slot holds its value, no ``absent`` slot got a value,
every ``present`` slot got one, the ``digits`` match and the kind (when given) is right.
Apart from that, any title or name the turn did not expect and the context did not already
hold counts as invented: the one mistake that must never happen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from actions.interpret import Context, Reading
from actions.normalise.vocabulary import DEFAULT_LANGUAGE, languages

from .turn import NAME_SLOTS, Turn

CASE_BLIND = frozenset({"first_name", "last_name"})
Interpret = Callable[[str, Context], Reading]


@dataclass
class Wrong:
    text: str
    category: str
    asked: str | None
    problems: tuple[str, ...]  # e.g. "first_name: expected 'Helen', got None"
    expected: dict[str, Any]
    got: dict[str, Any]


@dataclass
class CategoryScore:
    total: int = 0
    correct: int = 0
    invented: int = 0  # turns where a name or title was produced that the text did not give
    wrong: list[Wrong] = field(default_factory=list)
    problem_kinds: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def _empty(value: Any) -> bool:
    return value is None or value == "" or value is False


def _same(slot: str, expected: Any, got: Any) -> bool:
    if slot == "extension" and expected == "":
        return got in ("", None)
    if slot in CASE_BLIND and isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    return got == expected


def _known_same(slot: str, got: Any, known: Any) -> bool:
    return isinstance(got, str) and isinstance(known, str) and got.casefold() == known.casefold()


def context(turn: Turn) -> Context:
    return Context(
        asked=turn.asked,
        known=dict(turn.known),
        intent=turn.intent,
        confidence=1.0 if turn.intent else 0.0,
        default_region=turn.default_region,
        # read as the bot reads it: with the turn's language pack once that pack is complete
        language=turn.language if turn.language in languages() else DEFAULT_LANGUAGE,
    )


def judge(turn: Turn, reading: Reading) -> tuple[list[str], list[str]]:
    """(problems, invented slots) of one reading; no problems means right."""
    slots = reading.slots or {}
    problems = []
    for slot, value in turn.expect.items():
        if slot not in slots or not _same(slot, value, slots[slot]):
            problems.append(f"{slot}: expected {value!r}, got {slots.get(slot, '<unset>')!r}")
    for slot in turn.absent:
        if not _empty(slots.get(slot)):
            problems.append(f"{slot}: expected nothing, got {slots[slot]!r}")
    for slot in turn.present:
        if _empty(slots.get(slot)):
            problems.append(f"{slot}: expected a value, got {slots.get(slot, '<unset>')!r}")
    for slot, digits in turn.digits.items():
        if not _empty(slots.get(slot)) and re.sub(r"\D", "", str(slots[slot])) != digits:
            problems.append(f"{slot}: expected digits {digits}, got {slots[slot]!r}")
    if turn.kind is not None and reading.kind != turn.kind:
        problems.append(f"kind: expected {turn.kind}, got {reading.kind}")
    invented = [
        slot
        for slot in NAME_SLOTS
        if not _empty(slots.get(slot))
        and slot not in turn.expect
        and not _known_same(slot, slots[slot], turn.known.get(slot))
    ]
    for slot in invented:
        if not any(p.startswith(f"{slot}:") for p in problems):
            problems.append(f"{slot}: invented {slots[slot]!r}")
    return problems, invented


def _kind_of(problem: str) -> str:
    """ "first_name: expected 'X', got 'Y'" -> "first_name: wrong value" (for grouping)."""
    slot, _, rest = problem.partition(": ")
    if rest.startswith("invented"):
        return f"{slot}: invented"
    if rest.startswith("expected nothing"):
        return f"{slot}: set but should not be"
    if rest.endswith(("got '<unset>'", "got None")):
        return f"{slot}: missing"
    if slot == "kind" and rest.endswith(("got refusal", "got nothing")):
        return "kind: missing"  # the bot says it did not get it and asks again: a miss, not a misread
    return f"{slot}: wrong value"


def score(
    turns: Iterable[Turn], interpret: Interpret | None = None, max_wrong: int = 30
) -> dict[str, CategoryScore]:
    """Per category: totals, right answers, invented names and up to ``max_wrong`` wrong turns."""
    if interpret is None:
        from actions.interpret import interpret  # type: ignore[attr-defined]
    scores: dict[str, CategoryScore] = {}
    for turn in turns:
        result = scores.setdefault(turn.category, CategoryScore())
        result.total += 1
        try:
            reading = interpret(turn.text, context(turn))
        except Exception as error:  # noqa: BLE001 - a crash is a wrong answer, reported like one
            problems, invented, got = [f"raised: {type(error).__name__}: {error}"], [], {}
        else:
            problems, invented = judge(turn, reading)
            got = {"kind": reading.kind, **(reading.slots or {})}
            if reading.control:
                got["control"] = reading.control
        result.invented += bool(invented)
        if not problems:
            result.correct += 1
            continue
        kinds = tuple(sorted({_kind_of(p) for p in problems}))
        result.problem_kinds[" + ".join(kinds)] += 1
        if len(result.wrong) < max_wrong:
            result.wrong.append(
                Wrong(turn.text, turn.category, turn.asked, tuple(problems), dict(turn.expect), got)
            )
    return scores


def report(scores: dict[str, CategoryScore], examples: int = 3) -> list[str]:
    """One line per category (accuracy, invented names), then a few wrong turns each."""
    lines = []
    for category, result in scores.items():
        lines.append(
            f"{category:34} {result.correct:6}/{result.total:<6} {result.accuracy * 100:7.2f}%"
            f"  invented names: {result.invented}"
        )
    for category, result in scores.items():
        for wrong in result.wrong[:examples]:
            lines.append(f"  {category} (asked {wrong.asked}): {wrong.text!r}: {'; '.join(wrong.problems)}")
    return lines
