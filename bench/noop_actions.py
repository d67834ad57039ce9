"""The product's actions plus one that does nothing: the baseline for the cost of validation.

Started as `python -m rasa_sdk --actions bench.noop_actions` by the bench only.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action

from actions import contact_actions, contact_form  # noqa: F401  (registers the product's actions)


class ActionNoop(Action):
    def name(self) -> str:
        return "action_noop"

    async def run(self, dispatcher: Any, tracker: Any, domain: Any) -> list:
        return []
