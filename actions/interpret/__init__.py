"""How a turn is read: one pure interpreter (no Rasa, no I/O) that every action asks.

Given the text of a turn, the question the bot asked, what is already known and the
NLU intent, it says what the turn means. The conversation layer only adapts it.
"""
from .reading import QUESTIONS, Context, Reading
from .turn import PHONE_SLOTS, interpret, interpret_change, phone_slots, request_of

__all__ = ["PHONE_SLOTS", "QUESTIONS", "Context", "Reading", "interpret", "interpret_change", "phone_slots", "request_of"]
