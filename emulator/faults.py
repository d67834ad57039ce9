"""Switches that make the emulator misbehave on purpose, set over its control endpoint."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Faults:
    latency_ms: int = 0
    fail_count: int = 0
    fail_status: int = 503
    fail_body: Any = None
    fail_retry_after: str = ""
    hang_count: int = 0
    hang_seconds: float = 30.0
    hang_after_save: bool = False
    malformed_count: int = 0
    rate_limit_per_minute: int = 0
    rate_limit_retry_after: bool = True
    duplicate_status: int = 409
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _creates: deque = field(default_factory=deque, repr=False)

    def set(self, spec: dict[str, Any]) -> None:
        with self.lock:
            for key, value in spec.items():
                if key.startswith("_") or key == "lock" or not hasattr(self, key):
                    raise ValueError(f"unknown switch {key!r}")
                setattr(
                    self, key, type(getattr(self, key))(value) if getattr(self, key) is not None else value
                )

    def reset(self) -> None:
        with self.lock:
            fresh = Faults()
            for key in self.public():
                setattr(self, key, getattr(fresh, key))
            self._creates.clear()

    def public(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_") and k != "lock"}

    def take(self, name: str) -> bool:
        """Consume one of the next-N faults called ``name``."""
        with self.lock:
            count = getattr(self, f"{name}_count")
            if count > 0:
                setattr(self, f"{name}_count", count - 1)
                return True
            return False

    def rate_limited(self) -> float | None:
        """Seconds until a create is allowed again, or None when this one may go."""
        with self.lock:
            if self.rate_limit_per_minute <= 0:
                return None
            now = time.monotonic()
            while self._creates and now - self._creates[0] >= 60:
                self._creates.popleft()
            if len(self._creates) >= self.rate_limit_per_minute:
                return 60 - (now - self._creates[0])
            self._creates.append(now)
            return None
