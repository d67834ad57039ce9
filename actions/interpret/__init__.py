"""How a turn is read: one pure interpreter (no Rasa, no I/O) that every action asks.

Given the text of a turn, the question the bot asked, what is already known and the
NLU intent, it says what the turn means. The conversation layer only adapts it.
"""

from .common import PHONE_SLOTS, phone_slots
from .corrections import interpret_change
from .datatypes import QUESTIONS, Context, Kind, Reading, Slot
from .opening import request_of
from .turn import interpret

__all__ = [
    "PHONE_SLOTS",
    "QUESTIONS",
    "Context",
    "Kind",
    "Reading",
    "Slot",
    "interpret",
    "interpret_change",
    "phone_slots",
    "request_of",
]
