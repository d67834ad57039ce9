"""What a message id says in English, for tests that check a reason's words (``actions.catalogue``)."""

from __future__ import annotations

from actions.catalogue import render
from actions.normalise.errors import NormalisationError
from actions.normalise.message import Message


def english(said: Message | NormalisationError | tuple[Message, ...]) -> str:
    """The English sentence of a message, an error's message, or several messages said as one."""
    if isinstance(said, NormalisationError):
        said = said.message
    if isinstance(said, tuple):
        return " ".join(render(m, "en") for m in said)
    return render(said, "en")
