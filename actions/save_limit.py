"""How many saves one conversation may make in a minute (``CONTACT_SAVES_PER_MINUTE``, default 10).

The account's create budget (60 a minute) is shared by every caller, so one conversation must not
spend it for everyone. Ten a minute still lets an agent save one contact after another. The save
times live in the conversation's own slot ``save_times`` (times only, nothing personal), so the
limit holds on every action server replica and survives the erasure of the caller's details.
Pure: no Rasa, no I/O beyond the setting.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

SETTING = "CONTACT_SAVES_PER_MINUTE"
DEFAULT_PER_MINUTE = 10
WINDOW_SECONDS = 60.0
SLOT = "save_times"


def saves_per_minute(environ: Mapping[str, str] | None = None) -> int:
    """The setting, else 10; ValueError says what is wrong."""
    raw = (os.environ if environ is None else environ).get(SETTING, "").strip()
    if not raw:
        return DEFAULT_PER_MINUTE
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{SETTING} must be a whole number of saves, like 10 (got {raw!r})") from None
    if value < 1:
        raise ValueError(f"{SETTING} must be at least 1 (got {raw!r})")
    return value


def recent(times: Any, now: float, window: float = WINDOW_SECONDS) -> list[float]:
    """The save times of the last ``window`` seconds; anything that is not a list of numbers is none."""
    if not isinstance(times, list):
        return []
    return [float(t) for t in times if isinstance(t, (int, float)) and now - window < float(t) <= now]
