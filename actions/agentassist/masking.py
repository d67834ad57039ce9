"""Masking for logs: a full phone number never reaches a log line."""
from __future__ import annotations


def mask_number(national: str, country_code: str = "") -> str:
    """``+91******3210``: keep the country code and the last four digits only."""
    digits = "".join(ch for ch in str(national) if ch.isdigit())
    keep = 4 if len(digits) > 6 else 2
    visible = digits[-keep:] if digits else ""
    return f"{country_code}{'*' * (len(digits) - len(visible))}{visible}"
