"""The Rasa server checks every action-server answer with ``jsonschema.validate``.

jsonschema 4.x checks Rasa's response schema against the 2020-12 metaschema on every call;
jsonschema 3.2.0, inside Rasa 3.6.21's own range, checks it against draft 7, far cheaper.
The plugin's response check (actions/channels/response_check.py) builds the validator once, so
with it the schema check is gone in either version, but 3.2.0 still checks an answer faster, and
a Rasa server started without the plugin's code (plain `rasa run`) still pays Rasa's own check:
`python -m bench.response_check --jsonschema 4.17.3` gives both (figures in docs/benchmarks.md).
requirements-dev.txt pins 3.2.0; these tests fail if that pin is lost or drifts, without timing anything.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from jsonschema import Draft7Validator, validators
from packaging.requirements import Requirement
from rasa.shared.utils.schemas.events import EVENTS_SCHEMA

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements-dev.txt"


def _pinned_jsonschema() -> str:
    match = re.search(r"^jsonschema==(\S+)", REQUIREMENTS.read_text(), re.MULTILINE)
    assert match, "requirements-dev.txt no longer pins jsonschema"
    return match.group(1)


def test_the_installed_jsonschema_is_the_pinned_one() -> None:
    assert metadata.version("jsonschema") == _pinned_jsonschema()


def test_the_pin_is_inside_rasas_own_range() -> None:
    wanted = [Requirement(r) for r in metadata.requires("rasa") or [] if Requirement(r).name == "jsonschema"]
    assert wanted, "rasa no longer declares jsonschema"
    assert all(r.specifier.contains(_pinned_jsonschema()) for r in wanted)


def test_rasas_answer_check_uses_the_draft_7_metaschema() -> None:
    """Rasa's schema (``RemoteAction.action_response_format_spec``: an object around EVENTS_SCHEMA) has no
    ``$schema``, so jsonschema checks it against its newest draft: 2020-12 in 4.x, whose check is the cost.
    (Built here from EVENTS_SCHEMA: importing RemoteAction loads TensorFlow, 10-20 s.)"""
    assert "$schema" not in EVENTS_SCHEMA
    schema = {"type": "object", "properties": {"events": EVENTS_SCHEMA}}
    assert validators.validator_for(schema) is Draft7Validator
