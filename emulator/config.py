"""The emulator's credentials: fixed local test values unless overridden, so `make run` needs no setup."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_PORT = 5056


@dataclass(frozen=True)
class EmulatorConfig:
    stream_id: str = "st-local-emulator"
    account_id: str = "local-account"
    client_id: str = "cs-local-emulator"
    client_secret: str = "local-emulator-secret-not-for-production"
    enforce_jti: bool = True

    @classmethod
    def from_env(cls) -> EmulatorConfig:
        base = cls()
        return cls(
            stream_id=os.environ.get("EMULATOR_STREAM_ID", base.stream_id),
            account_id=os.environ.get("EMULATOR_ACCOUNT_ID", base.account_id),
            client_id=os.environ.get("EMULATOR_CLIENT_ID", base.client_id),
            client_secret=os.environ.get("EMULATOR_CLIENT_SECRET", base.client_secret),
            enforce_jti=os.environ.get("EMULATOR_ENFORCE_JTI", "1") != "0",
        )

    def client_env(self, base_url: str) -> dict[str, str]:
        """The KORE_* settings that point the action server at this emulator."""
        return {
            "KORE_HOST": base_url,
            "KORE_STREAM_ID": self.stream_id,
            "KORE_ACCOUNT_ID": self.account_id,
            "KORE_CLIENT_ID": self.client_id,
            "KORE_CLIENT_SECRET": self.client_secret,
        }
