"""The slots that hold one contact, and conversions between them and the other layers."""
from __future__ import annotations

from typing import Any

from rasa_sdk.events import SlotSet

from .agentassist import ContactDetails
from .normalise import PhoneNumber

PHONE_SLOTS = ("phone_number", "country_code", "extension", "phone_e164", "pending_phone")
CONTACT_SLOTS = ("salutation", "first_name", "last_name", *PHONE_SLOTS, "country", "use_caller_number",
                 "awaiting_change", "confirmed", "refusals", "pending_save")


def phone_slots(number: PhoneNumber) -> dict[str, Any]:
    return {
        "phone_number": number.national,
        "country_code": number.country_code,
        "extension": number.extension,
        "phone_e164": number.e164,
        "pending_phone": None,
    }


def cleared(slots: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {slot: None for slot in slots}


def details_from(slots: dict[str, Any]) -> ContactDetails:
    return ContactDetails(
        salutation=slots["salutation"],
        first_name=slots["first_name"],
        last_name=slots["last_name"],
        phone_number=slots["phone_number"],
        country_code=slots["country_code"],
        extension=slots.get("extension") or "",
    )


def as_events(values: dict[str, Any]) -> list[SlotSet]:
    return [SlotSet(key, value) for key, value in values.items()]


def forget_contact() -> list[SlotSet]:
    """Every slot of the contact in progress, and the saved id, back to empty."""
    return as_events(cleared([*CONTACT_SLOTS, "contact_id"]))
