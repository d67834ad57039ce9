"""Masking for logs: a full phone number, a caller's name or a forged line break never reaches a log line."""

from __future__ import annotations

import re
from typing import Iterable

# A run of digits with the separators numbers are written with (+91 98765-43210, (202) 555 0143).
_NUMBERISH = re.compile(r"\+?\d(?:[ ().\-/]?\d){4,}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")
MAX_LOGGED_TEXT = 300


def mask_number(national: str, country_code: str = "") -> str:
    """``+91******3210``: keep the country code and the last four digits only."""
    digits = "".join(ch for ch in str(national) if ch.isdigit())
    keep = 4 if len(digits) > 6 else 2
    visible = digits[-keep:] if digits else ""
    return f"{country_code}{'*' * (len(digits) - len(visible))}{visible}"


def mask_text(text: str, names: Iterable[str] = ()) -> str:
    """Text from outside (an API's error message) fit for one log line.

    Every run of five or more digits (separators allowed) is masked like a number, every word of
    ``names`` (the caller's names, any case) becomes its initial and asterisks, line breaks and
    other control characters become `` | `` (no forged log lines), and the text is cut at
    300 characters.
    """

    def number(match: re.Match[str]) -> str:
        digits = "".join(ch for ch in match.group() if ch.isdigit())
        if len(digits) < 5:
            return match.group()
        return ("+" if match.group().startswith("+") else "") + mask_number(digits)

    out = _CONTROL.sub(" | ", str(text))
    out = _NUMBERISH.sub(number, out)
    for name in {n.strip() for n in names if n and len(n.strip()) > 1}:
        out = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", name[0] + "*" * (len(name) - 1), out, flags=re.I)
    return out[:MAX_LOGGED_TEXT] + ("..." if len(out) > MAX_LOGGED_TEXT else "")
