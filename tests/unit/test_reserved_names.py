"""docs/plugin.md's table of reserved names is the plugin's domain fragment, name for name.

A bot's author greps for these names before adding the plugin (Rasa merges clashing domain
files silently), so a name the fragment adds and the table leaves out is a clash nobody checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
FRAGMENT = ROOT / "actions" / "fragments" / "domain" / "contact_capture.yml"
TABLE = ROOT / "docs" / "plugin.md"


def _row(kind: str) -> set[str]:
    line = next(line for line in TABLE.read_text().splitlines() if line.startswith(f"| {kind} |"))
    return set(re.findall(r"`([a-z0-9_*]+)`", line))


def test_every_name_the_fragment_defines_is_in_the_table() -> None:
    domain = yaml.safe_load(FRAGMENT.read_text())
    assert set(domain["intents"]) <= _row("intents")
    assert set(domain["slots"]) <= _row("slots")
    assert set(domain["actions"]) <= _row("actions")
    assert set(domain["forms"]) <= _row("form")
    responses = _row("responses")
    asked = {name for name in domain["responses"] if name.startswith("utter_ask_")}
    assert "utter_ask_*" in responses
    assert set(domain["responses"]) - asked <= responses
    assert {name[len("utter_ask_") :] for name in asked} <= responses


def test_the_table_names_nothing_the_plugin_lacks() -> None:
    domain = yaml.safe_load(FRAGMENT.read_text())
    for kind, names in (
        ("intents", domain["intents"]),
        ("slots", domain["slots"]),
        ("actions", domain["actions"]),
    ):
        assert _row(kind) <= set(names), kind
