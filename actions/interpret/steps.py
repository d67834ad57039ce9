"""A reader's precedence, written down: an ordered list of named steps, each with a turn it reads.

The first step whose reading is not None wins, so the order of the list is the order of
precedence, and nothing else decides it. ``docs/understanding.md`` prints these lists; a test
reads each step's example and checks that this very step is the one that reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .datatypes import Context, Reading


@dataclass(frozen=True)
class Step:
    """One step of a reader: its name, a turn it reads (with the context it needs), and how it reads."""

    name: str
    example: str
    read: Callable[[str, Context], Reading | None]
    context: Mapping[str, Any] = field(default_factory=dict)  # e.g. {"intent": "affirm", "confidence": 0.9}


def first_reading(steps: tuple[Step, ...], text: str, ctx: Context) -> Reading:
    """The reading of the first step that reads the turn; the last step of every list always does."""
    for step in steps:
        reading = step.read(text, ctx)
        if reading is not None:
            return reading
    raise AssertionError(f"no step read {text!r}")  # every list ends with a step that always answers


def reading_step(steps: tuple[Step, ...], text: str, ctx: Context) -> Step | None:
    """Which step reads ``text`` (for the tests and the docs)."""
    return next((step for step in steps if step.read(text, ctx) is not None), None)
