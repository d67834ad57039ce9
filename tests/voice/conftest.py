"""The voice stack (emulator, action server, `rasa run` with the plugin's Twilio channel) for tests/voice."""

from __future__ import annotations

from typing import Callable, Iterator

import pytest

from tools.phone_call import TwilioPhone
from tools.voice_stack import MODEL, VoiceStack


@pytest.fixture(scope="session")
def voice_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VoiceStack]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: `make test` trains it first (or run `make train`)")
    stack = VoiceStack(tmp_path_factory.mktemp("voice")).start()
    yield stack
    stack.close()


@pytest.fixture
def call(voice_stack: VoiceStack) -> Callable[..., TwilioPhone]:
    """A new call from ``caller`` (Twilio's ``From``), on an emulator with no contacts."""
    voice_stack.emulator.reset()

    def dial(caller: str = "anonymous") -> TwilioPhone:
        return TwilioPhone(
            voice_stack.webhook_url, voice_stack.status_url, voice_stack.twilio_token, caller=caller
        )

    return dial
