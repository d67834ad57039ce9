"""Accuracy of the turn interpreter on the generated corpus (tests/corpus), per category.

Tuning categories are what the interpreter is built against; ``heldout_*`` ones use sentences
written apart, so a gap between the two shows fitting to the templates.
"""
from __future__ import annotations

import time
from typing import Any

from tests.corpus import HELDOUT_PREFIX, build
from tests.corpus.score import score


def run(examples: int = 2) -> dict[str, Any]:
    started = time.perf_counter()
    turns = build()
    built = time.perf_counter()
    scores = score(turns, max_wrong=examples)
    finished = time.perf_counter()
    categories = {
        name: {"total": s.total, "correct": s.correct, "accuracy": s.accuracy, "invented": s.invented,
               "wrong_examples": [f"{w.text!r}: {'; '.join(w.problems)}" for w in s.wrong]}
        for name, s in scores.items()
    }
    tuning = [c for n, c in categories.items() if not n.startswith(HELDOUT_PREFIX)]
    heldout = [c for n, c in categories.items() if n.startswith(HELDOUT_PREFIX)]

    def overall(group: list[dict[str, Any]]) -> float:
        return sum(c["correct"] for c in group) / max(1, sum(c["total"] for c in group))

    return {"turns": len(turns), "build_s": built - started, "score_ms_per_turn": (finished - built) / len(turns) * 1000,
            "categories": categories, "tuning_accuracy": overall(tuning), "heldout_accuracy": overall(heldout),
            "invented": sum(c["invented"] for c in categories.values())}
