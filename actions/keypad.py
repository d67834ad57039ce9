"""What digits typed on a phone's keypad mean. Pure: no Rasa, no I/O.

A keypad has no "+": a number typed with the international prefix is international, one typed
without it is national. Which prefix: ``00`` everywhere, and ``011`` in North America (country
code 1), where ``00`` is not the exit code. The region a national number is read in is, in order:

1. the country the caller already named for this number (the interpreter's ``country`` slot);
2. the caller's own country: the region of the number they are calling from, when the channel
   vouched for it;
3. ``CONTACT_DEFAULT_REGION``;
4. none: the bot asks which country.
"""

from __future__ import annotations

import phonenumbers

NORTH_AMERICA_EXIT = "011"
EXIT = "00"


def in_north_america(region: str | None) -> bool:
    return bool(region) and phonenumbers.country_code_for_region(region or "") == 1


def exit_code(region: str | None) -> str:
    """The international prefix a caller in ``region`` types: "011" in North America, else "00"."""
    return NORTH_AMERICA_EXIT if in_north_america(region) else EXIT


def as_number_text(digits: str, region: str | None) -> str:
    """The typed digits as the interpreter reads a number: the exit code becomes "+".

    >>> as_number_text("00447911123456", "IN"), as_number_text("011447911123456", "US")
    ('+447911123456', '+447911123456')
    >>> as_number_text("9876543210", "IN")
    '9876543210'
    """
    if digits.startswith(EXIT):
        return "+" + digits[len(EXIT) :]
    if digits.startswith(NORTH_AMERICA_EXIT) and (region is None or in_north_america(region)):
        return "+" + digits[len(NORTH_AMERICA_EXIT) :]
    return digits


def region_for_typed_number(caller_region: str | None, default_region: str | None) -> str | None:
    """Steps 2 and 3 of the module's order (the interpreter applies step 1 itself)."""
    return caller_region or default_region
