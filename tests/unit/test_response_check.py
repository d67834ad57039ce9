"""The plugin's check of action-server answers in the Rasa server (actions/channels/response_check.py).

It must refuse exactly what Rasa's own `RemoteAction._validate_action_result` refuses, with the
same exception and message, and pass what it passes; the speed-up is that the schema is checked
against its metaschema once, not on every call. (Importing RemoteAction loads TensorFlow: 10-20 s.)
"""

from __future__ import annotations

import importlib.util
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction

from actions.channels import response_check
from tools.rasa_cli import starts_a_server

# The plugin's Rasa-side modules install the check when imported, and another test module may
# have imported one first: Rasa's own method is then the one the installed check wraps.
_CURRENT = RemoteAction.__dict__["_validate_action_result"]
RASA_OWN = getattr(_CURRENT, "__wrapped__", _CURRENT)

# What validate_contact_form and action_create_contact answer: slot events and a response.
VALID = {
    "events": [
        {"event": "slot", "timestamp": None, "name": "first_name", "value": "John"},
        {"event": "slot", "timestamp": None, "name": "requested_slot", "value": "last_name"},
        {"event": "active_loop", "timestamp": None, "name": "contact_form"},
    ],
    "responses": [{"response": "utter_contact_saved", "text": None, "buttons": []}],
}
INVALID: dict[str, dict[str, Any]] = {
    "events not a list": {"events": "first_name=John"},
    "an event without its kind": {"events": [{"name": "first_name", "value": "John"}]},
    "an unknown event": {"events": [{"event": "no_such_event"}]},
    "a slot event without a name": {"events": [{"event": "slot", "value": "John"}]},
    "a response that is not an object": {"events": [], "responses": ["Saved."]},
}


@pytest.fixture(autouse=True)
def rasas_own_check_afterwards() -> Iterator[None]:
    """Each test starts and ends with Rasa's own method and no validator built yet."""
    RemoteAction._validate_action_result = RASA_OWN  # type: ignore[method-assign]
    response_check.validator.cache_clear()
    response_check.checker.cache_clear()
    yield
    RemoteAction._validate_action_result = RASA_OWN  # type: ignore[method-assign]
    response_check.validator.cache_clear()
    response_check.checker.cache_clear()


def _action() -> RemoteAction:
    return RemoteAction("validate_contact_form", None)


def _refusal(response: dict[str, Any]) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        _action()._validate_action_result(response)
    return refused.value


@pytest.mark.parametrize("case", INVALID)
def test_an_invalid_answer_is_refused_as_rasa_refuses_it(case: str) -> None:
    rasas = _refusal(INVALID[case])
    response_check.install()
    ours = _refusal(INVALID[case])
    assert type(ours) is type(rasas)
    assert ours.message == rasas.message
    assert "Failed to validate Action server response from API" in ours.message
    assert list(ours.absolute_path) == list(rasas.absolute_path)
    assert ours.validator == rasas.validator


def test_a_valid_answer_passes() -> None:
    assert _action()._validate_action_result(VALID) is True
    response_check.install()
    assert _action()._validate_action_result(VALID) is True


def _count_schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    cls = validators.validator_for(RemoteAction.action_response_format_spec())
    checks: list[int] = []
    check = cls.check_schema

    def counted(schema: dict[str, Any]) -> None:
        checks.append(1)
        check(schema)

    monkeypatch.setattr(cls, "check_schema", counted)
    return checks


def test_rasas_own_check_checks_the_schema_on_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the adapter removes (and proof that the counter counts)."""
    checks = _count_schema_checks(monkeypatch)
    for _ in range(3):
        _action()._validate_action_result(VALID)
    assert len(checks) == 3


def test_the_schema_is_checked_once_however_many_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _count_schema_checks(monkeypatch)
    response_check.install()
    for action in (_action(), _action(), RemoteAction("action_create_contact", None)):
        assert action._validate_action_result(VALID) is True
    assert len(checks) == 1


def test_a_refusal_after_install_still_refuses_and_later_answers_still_pass() -> None:
    response_check.install()
    _refusal(INVALID["an unknown event"])
    assert _action()._validate_action_result(VALID) is True


def test_installing_twice_is_harmless() -> None:
    response_check.install()
    installed = RemoteAction._validate_action_result
    response_check.install()
    assert RemoteAction._validate_action_result is installed
    assert installed.__wrapped__ is RASA_OWN  # type: ignore[attr-defined]
    assert response_check.installed()


def test_a_second_copy_of_the_module_does_not_wrap_again() -> None:
    """As `actions.channels` and as `contact_capture.channels` in one process."""
    response_check.install()
    installed = RemoteAction._validate_action_result
    spec = importlib.util.spec_from_file_location("contact_capture_copy", response_check.__file__)
    assert spec and spec.loader
    copy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy)
    copy.install()
    assert RemoteAction._validate_action_result is installed


def test_a_subclass_with_its_own_schema_gets_its_own_validator() -> None:
    class Strict(RemoteAction):
        @staticmethod
        def action_response_format_spec() -> dict[str, Any]:
            return {"type": "object", "required": ["events"]}

    response_check.install()
    assert _action()._validate_action_result({}) is True
    with pytest.raises(ValidationError):
        Strict("validate_contact_form", None)._validate_action_result({})


@pytest.mark.parametrize(
    ("args", "server"),
    [
        (["run", "--enable-api", "-m", "models/x.tar.gz"], True),
        (["shell"], True),
        (["run", "actions"], False),
        (["train"], False),
        (["data", "validate"], False),
        ([], False),
    ],
)
def test_the_launcher_installs_the_check_for_server_commands_only(args: list[str], server: bool) -> None:
    assert starts_a_server(args) is server


def test_rasas_schema_is_checked_event_by_kind() -> None:
    """The fast path exists for Rasa 3.6's own schema (else every answer would take the whole schema)."""
    spec = RemoteAction.action_response_format_spec
    by_kind = response_check.EventsByKind.of(spec(), type(response_check.validator(spec)))
    assert by_kind is not None
    assert {"slot", "user", "bot", "action", "active_loop", "followup"} <= set(by_kind.kinds)


# Answers drawn at random, valid and not: the check by kind must give the whole schema's verdict on each.
_KINDS = [
    "slot",
    "user",
    "bot",
    "action",
    "active_loop",
    "followup",
    "reminder",
    "restart",
    "no_such_event",
    3,
    None,
]
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["a", "text"]), st.integers(), max_size=2),
)
_ODD_TIME = st.one_of(st.none(), st.floats(allow_nan=False), st.text(max_size=2))
_ODD_METADATA = st.one_of(st.none(), st.dictionaries(st.text(max_size=2), st.integers()), st.text(max_size=2))
_PLAUSIBLE = st.fixed_dictionaries(
    {"event": st.sampled_from(_KINDS[:8])},
    optional={
        "timestamp": _ODD_TIME,
        "name": st.one_of(st.text(max_size=5), st.none(), st.integers()),
        "value": _VALUES,
        "metadata": _ODD_METADATA,
        "text": st.one_of(st.text(max_size=5), st.none(), st.integers()),
    },
)
_FIELDS = [
    "event",
    "name",
    "value",
    "timestamp",
    "metadata",
    "text",
    "policy",
    "confidence",
    "entities",
    "data",
    "intent_name",
]
_RANDOM = st.dictionaries(st.sampled_from(_FIELDS), st.one_of(st.sampled_from(_KINDS), _VALUES), max_size=6)
_EVENTS = st.one_of(_PLAUSIBLE, _PLAUSIBLE, _RANDOM)
# Mostly valid events, so that valid answers with events are drawn too (one odd field makes them invalid).
_GOOD = st.fixed_dictionaries(
    {"event": st.sampled_from(_KINDS[:8])},
    optional={
        "timestamp": st.one_of(st.none(), st.floats(allow_nan=False)),
        "name": st.text(max_size=5),
        "value": _VALUES,
        "text": st.text(max_size=5),
    },
)
_RESPONSES = st.one_of(
    st.lists(_VALUES, max_size=2), st.lists(st.dictionaries(st.text(max_size=3), _VALUES), max_size=2)
)
_ANSWERS = st.one_of(
    st.fixed_dictionaries(
        {"events": st.lists(st.one_of(_GOOD, _GOOD, _GOOD, _EVENTS), min_size=1, max_size=4)}
    ),
    st.fixed_dictionaries(
        {}, optional={"events": st.one_of(st.lists(_EVENTS, max_size=4), _VALUES), "responses": _RESPONSES}
    ),
    _VALUES,
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(_ANSWERS)
def test_the_check_by_kind_gives_the_whole_schemas_verdict(answer: Any) -> None:
    spec = RemoteAction.action_response_format_spec
    assert response_check.checker(spec)(answer) == response_check.validator(spec).is_valid(answer)


@pytest.mark.parametrize("answer", [VALID, *INVALID.values()])
def test_the_check_by_kind_agrees_on_the_examples(answer: dict[str, Any]) -> None:
    spec = RemoteAction.action_response_format_spec
    assert response_check.checker(spec)(answer) == response_check.validator(spec).is_valid(answer)


@pytest.mark.parametrize(
    "module", ["actions.channels.contact_details_policy", "actions.channels.twilio_voice"]
)
def test_the_plugins_rasa_side_modules_install_the_check_on_import(module: str) -> None:
    """A bot's own `rasa run` loads the policy (config.yml) or the voice channel (credentials.yml)."""
    import subprocess
    import sys

    probe = (
        "import rasa.core.actions.action as a; before = a.RemoteAction._validate_action_result; "
        f"import {module}; print(a.RemoteAction._validate_action_result is not before)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "True"


def test_a_rasa_server_told_to_keep_rasas_own_check_keeps_it() -> None:
    """How `bench.form_load --rasa-check` measures Rasa's own check although the model loads the policy."""
    import os
    import subprocess
    import sys

    probe = (
        "import rasa.core.actions.action as a; before = a.RemoteAction._validate_action_result; "
        "import actions.channels.contact_details_policy; "
        "print(a.RemoteAction._validate_action_result is before)"
    )
    env = {**os.environ, response_check.RASA_OWN_CHECK_SETTING: "true"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=True, env=env
    )
    assert out.stdout.strip().splitlines()[-1] == "True"
