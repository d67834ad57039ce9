"""The contact as the API takes it and as it answers it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The vendor's own sample sends "+" for a contact without an extension, and every
# field is documented as a required string, so "no extension" travels as "+".
NO_EXTENSION = "+"


@dataclass(frozen=True)
class ContactDetails:
    """What the caller confirmed: national significant digits and ``+CC`` kept apart."""

    salutation: str
    first_name: str
    last_name: str
    phone_number: str
    country_code: str
    extension: str = ""

    def to_api(self) -> dict[str, Any]:
        return {
            "firstName": self.first_name,
            "lastName": self.last_name,
            "salutation": self.salutation,
            "cellPhone": {
                "phoneNumber": self.phone_number,
                "countryCode": self.country_code,
                "extension": self.extension or NO_EXTENSION,
            },
        }


@dataclass(frozen=True)
class SavedContact:
    """A contact as the API holds it; ``phone_number`` is the stored ``+CC...`` form."""

    id: str
    salutation: str
    first_name: str
    last_name: str
    phone_number: str
    country_code: str
    extension: str
    status: str
    created_at: str
    updated_at: str

    @classmethod
    def from_api(cls, item: Any) -> SavedContact:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise ValueError("contact without an id")  # noqa: TRY004 - a bad API answer, not a caller's type error
        cell = item.get("cellPhone")
        phone: dict[str, Any] = cell if isinstance(cell, dict) else {}
        ext = str(phone.get("extension") or "")
        return cls(
            id=item["id"],
            salutation=str(item.get("salutation", "")),
            first_name=str(item.get("firstName", "")),
            last_name=str(item.get("lastName", "")),
            phone_number=str(phone.get("phoneNumber", "")),
            country_code=str(phone.get("countryCode", "")),
            extension="" if ext == NO_EXTENSION else ext,
            status=str(item.get("status", "")),
            created_at=str(item.get("createdAt", "")),
            updated_at=str(item.get("updatedAt", "")),
        )

    def holds_number(self, details: ContactDetails) -> bool:
        """The API stores ``+CC`` + the number it was given; accept either form."""
        stored = self.phone_number
        return stored in (details.phone_number, details.country_code + details.phone_number) and (
            not self.country_code or self.country_code == details.country_code
        )

    def same_person(self, details: ContactDetails) -> bool:
        return (
            self.first_name.casefold() == details.first_name.casefold()
            and self.last_name.casefold() == details.last_name.casefold()
            and self.holds_number(details)
        )


def earlier_save(holder: SavedContact | None, details: ContactDetails) -> SavedContact | None:
    """The contact holding the number when it is this very person: the save of an earlier attempt.

    A create refused because the number is taken can mean that an earlier attempt of the same
    save got through and its answer was lost (a timed-out request, a replica that died after the
    API saved, a channel that re-sent the message). The same name on the same number is that save;
    anyone else holding it is a real duplicate. The one place that decides it.
    """
    return holder if holder is not None and holder.same_person(details) else None
