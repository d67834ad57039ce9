"""The slots that hold one contact, and conversions between them and the other layers."""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet

from . import catalogue
from .agentassist import ContactDetails
from .interpret import PHONE_SLOTS, phone_slots

# The contacts still waiting after this one when a message held several (``contact_queue``), and the
# one the form reads next (``next_contact``): forgotten with the contact in progress.
QUEUE_SLOTS = ("contact_queue", "next_contact")
CONTACT_SLOTS = (
    "salutation",
    "first_name",
    "last_name",
    *PHONE_SLOTS,
    "country",
    "use_caller_number",
    "awaiting_change",
    "confirmed",
    "refusals",
    "pending_save",
    "save_failed",
    *QUEUE_SLOTS,
)


def cleared(slots: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {slot: None for slot in slots}


def emptied(slots: tuple[str, ...] | list[str], current: dict[str, Any]) -> dict[str, Any]:
    """The slots among ``slots`` that hold a value in ``current``, set back to empty.

    A slot already empty needs no event, and every event costs the Rasa server on every later
    turn of the conversation: it is checked in the action server's answer, stored, read back from
    the tracker store, replayed, and sent in every later action call (bench.profile_rasa)."""
    return {slot: None for slot in slots if current.get(slot) is not None}


def details_from(slots: dict[str, Any]) -> ContactDetails:
    """What is saved: the slots, the title canonical unless a setting keeps the language's form."""
    return ContactDetails(
        salutation=catalogue.saved_title(slots["salutation"], slots.get("language")),
        first_name=slots["first_name"],
        last_name=slots["last_name"],
        phone_number=slots["phone_number"],
        country_code=slots["country_code"],
        extension=slots.get("extension") or "",
    )


__all__ = [
    "CONTACT_SLOTS",
    "PHONE_SLOTS",
    "QUEUE_SLOTS",
    "as_events",
    "cleared",
    "details_from",
    "emptied",
    "forget_contact",
    "phone_slots",
]


def as_events(values: dict[str, Any]) -> list[SlotSet]:
    return [SlotSet(key, value) for key, value in values.items()]


def forget_contact() -> list[SlotSet]:
    """Every slot of the contact in progress, and the saved id, back to empty."""
    return as_events(cleared([*CONTACT_SLOTS, "contact_id"]))
