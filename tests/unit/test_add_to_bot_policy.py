"""add_to_bot adds the plugin's policy to a bot's config.yml, the one line it writes into a bot's own file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from actions.add_to_bot import POLICY, add_policy, main

STARTER = Path(__file__).resolve().parents[2] / ".venv/lib/python3.10/site-packages/rasa/cli/initial_project"
RASA_DEFAULTS = ["MemoizationPolicy", "RulePolicy", "UnexpecTEDIntentPolicy", "TEDPolicy"]


def policies(config: Path) -> list[str]:
    return [p["name"] for p in yaml.safe_load(config.read_text())["policies"]]


def test_a_starter_bot_gets_rasas_default_policies_written_out_and_the_plugins(tmp_path):
    config = tmp_path / "config.yml"
    config.write_text((STARTER / "config.yml").read_text())
    assert yaml.safe_load(config.read_text())["policies"] is None  # Rasa chooses them
    assert add_policy(config)
    assert policies(config) == [*RASA_DEFAULTS, POLICY]
    assert yaml.safe_load(config.read_text())["pipeline"] is None  # the pipeline is still Rasa's to choose
    assert not add_policy(config)  # again: nothing to do
    assert policies(config) == [*RASA_DEFAULTS, POLICY]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            (
                "recipe: default.v1\npolicies:\n  - name: RulePolicy\n    core_fallback_threshold: 0.3\n"
                "\n# mine\nassistant_id: x\n"
            ),
            ["RulePolicy", POLICY],
        ),
        (
            "policies:\n- name: MemoizationPolicy\n- name: TEDPolicy\n  epochs: 5\n",
            ["MemoizationPolicy", "TEDPolicy", POLICY],
        ),
        ("recipe: default.v1\nlanguage: en\npipeline: []\n", [*RASA_DEFAULTS, POLICY]),
        ("recipe: default.v1\npolicies: []\nlanguage: en\n", [*RASA_DEFAULTS, POLICY]),
    ],
)
def test_the_policy_goes_last_in_the_bots_own_policies(tmp_path, text, expected):
    config = tmp_path / "config.yml"
    config.write_text(text)
    assert add_policy(config)
    assert policies(config) == expected
    loaded = yaml.safe_load(config.read_text())
    before = yaml.safe_load(text)
    assert {k: v for k, v in loaded.items() if k != "policies"} == {
        k: v for k, v in before.items() if k != "policies"
    }
    if before.get("policies"):
        assert loaded["policies"][:-1] == before["policies"]  # settings of the bot's policies kept


def test_no_config_leaves_the_file_alone_and_prints_the_line(tmp_path, capsys):
    (tmp_path / "config.yml").write_text("policies:\n  - name: RulePolicy\n")
    assert main([str(tmp_path), "--no-config"]) == 0
    assert POLICY not in (tmp_path / "config.yml").read_text()
    assert f"- name: {POLICY}" in capsys.readouterr().out
    assert main([str(tmp_path)]) == 0
    assert policies(tmp_path / "config.yml") == ["RulePolicy", POLICY]
