"""Held-out phrasings (placeholder until written)."""
from __future__ import annotations

from typing import Iterator

from .turn import Turn


def build(people) -> Iterator[Turn]:
    return iter(())
