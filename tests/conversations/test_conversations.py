"""Every conversation in tests/conversations/*.yml, on a trained Rasa with the real action server."""

from __future__ import annotations

import pytest

from tests.conversations.runner import Player, load_cases

CASES = load_cases()


def test_there_are_at_least_thirty_conversations():
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES), "test case names must be unique"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_conversation(stack, case):
    if not stack.emulator.running:  # a case that stopped it and failed before starting it again
        stack.emulator.start()
    stack.emulator.reset()
    Player(stack.rasa.base_url, stack.emulator, stack.seed, stack.twilio_token).play(case)
