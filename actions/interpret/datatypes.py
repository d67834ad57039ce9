"""What the interpreter is told about a turn, and what it answers.

Both are plain data so the whole decision can be tested (and measured on a
generated corpus) without Rasa: the action layer builds a ``Context`` from the
tracker and turns a ``Reading`` into slot events and messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping

from ..normalise import DEFAULT_SALUTATIONS
from ..normalise.message import Message
from ..normalise.vocabulary import DEFAULT_LANGUAGE, Vocabulary, vocabulary


class Slot:
    """The names of the slots a reading sets (Rasa's slots of the same names, mapped by the adapter)."""

    SALUTATION = "salutation"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE_NUMBER = "phone_number"  # national significant digits
    COUNTRY_CODE = "country_code"  # "+91"
    EXTENSION = "extension"  # digits, "" for none
    PHONE_E164 = "phone_e164"
    PENDING_PHONE = "pending_phone"  # a national number waiting for its country
    COUNTRY = "country"  # ISO region
    USE_CALLER_NUMBER = "use_caller_number"
    CONFIRMED = "confirmed"
    AWAITING_CHANGE = "awaiting_change"
    CHANGE_REQUEST = "change_request"


class Kind(str, Enum):
    """What a reading is; a ``str`` so that ``reading.kind == "answer"`` keeps working for the adapters."""

    ANSWER = "answer"
    CORRECTION = "correction"
    CONFIRM = "confirm"
    DENY = "deny"
    CONTROL = "control"
    REFUSAL = "refusal"
    NOTHING = "nothing"

    def __str__(self) -> str:
        return self.value


# What the bot last asked: a slot of the form, or None when no question is open
# (the message that starts the form, or a turn outside it).
QUESTIONS = (
    "salutation",
    "first_name",
    "last_name",
    "phone_number",
    "country",
    "use_caller_number",
    "confirmed",
    "change_request",
)


@dataclass(frozen=True)
class Context:
    """Everything a turn is read against; nothing here is looked up by the interpreter itself."""

    asked: str | None = None
    known: Mapping[str, Any] = field(default_factory=dict)  # current slot values
    intent: str = ""
    confidence: float = 0.0
    default_region: str | None = None  # CONTACT_DEFAULT_REGION
    salutations: tuple[str, ...] = DEFAULT_SALUTATIONS
    language: str = DEFAULT_LANGUAGE  # whose pack the turn is read with

    @property
    def words(self) -> Vocabulary:
        """The lexicon of the conversation's language: every reader takes its words from here."""
        return vocabulary(self.language)


@dataclass(frozen=True)
class Reading:
    """What one turn means.

    ``kind`` is one of:
      - ``answer``: values for slots (``slots``), possibly with sentences to say first;
      - ``correction``: a named field with a new value, or named with no value (its slots cleared
        so the form asks for it again);
      - ``confirm`` / ``deny``: yes or no to the read-back or the caller-id offer;
      - ``control``: not an answer; ``control`` names what was asked for (``cancel``, ``ask_why``,
        ``bot_challenge``, ``goodbye``, ``greet``, ``out_of_scope``, ``save_contact``,
        ``delete_contact``, ``change_field``) and the rules reply;
      - ``refusal``: what the caller gave cannot be used; ``say`` holds why and ``refused`` the
        slot whose refusal it counts against;
      - ``nothing``: the turn carries nothing this context can use.
    ``slots`` maps slot names (``Slot``) to new values; None clears a slot. ``declined`` names a field
    the caller said they will not give ("I don't want to give my number").
    """

    kind: Kind | str
    slots: dict[str, Any] = field(default_factory=dict)
    say: tuple[Message, ...] = ()
    control: str | None = None
    refused: str | None = None
    declined: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))
