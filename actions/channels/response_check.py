"""The Rasa server's check of every action-server answer, with the validator built once.

Why: `RemoteAction._validate_action_result` calls `jsonschema.validate(result, spec)` on every
custom action call, and `validate()` first checks the *schema* against its metaschema each time
(`check_schema`), then builds a new validator: in jsonschema 3.2.0 that is most of the check's
cost (about 10 ms of a 14 ms call on these machines), in 4.x far more. The schema is a constant
(`RemoteAction.action_response_format_spec`, an object around Rasa's `EVENTS_SCHEMA`), so it is
checked once and its validator kept.

Same schema, same draft, same refusals: the validator is `validator_for(spec)(spec)`, exactly the
class `validate()` picks for the same spec; an answer it finds valid passes, and an answer it finds
invalid is handed to Rasa's own `_validate_action_result`, which raises its own `ValidationError`
with its own message. So the error path *is* Rasa's code, and only the valid path is faster.

`install()` replaces the method on the class at run time (Rasa's files on disk are never
touched) and is idempotent. The Rasa server calls it when it loads the plugin's code: modules in
`actions/channels/` (the voice channel) call it on import, and `tools/rasa_cli.py` (how this repo
starts `rasa run`) calls it before Rasa starts.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from jsonschema import validators
from rasa.core.actions.action import RemoteAction

Spec = Callable[[], dict[str, Any]]
Check = Callable[[RemoteAction, dict[str, Any]], bool]

# Set on the installed method, so that a second install (or a second copy of this module, e.g.
# imported as `actions.channels` and as `contact_capture.channels`) sees it is already there.
_MARK = "contact_capture_response_check"


@functools.lru_cache(maxsize=None)
def validator(spec: Spec) -> Any:
    """The validator of the answer schema ``spec()``, built and checked against its metaschema once.

    Keyed by the spec function, so a subclass of RemoteAction with its own spec gets its own
    validator. A broken schema raises `SchemaError` here, as `validate()` would on every call
    (lru_cache keeps no exception, so it is raised again on the next call too)."""
    schema = spec()
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _built_once(rasa_check: Check) -> Check:
    @functools.wraps(rasa_check)
    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if validator(type(self).action_response_format_spec).is_valid(result):
            return True
        # Refused: Rasa's own check raises its own error with its own message.
        return rasa_check(self, result)

    setattr(_validate_action_result, _MARK, True)
    return _validate_action_result


def installed() -> bool:
    """Whether RemoteAction already checks answers with the validator built once."""
    return bool(getattr(RemoteAction._validate_action_result, _MARK, False))


def install() -> None:
    """Make every RemoteAction check its answer with the validator built once; harmless if repeated."""
    if not installed():
        check = _built_once(RemoteAction._validate_action_result)
        RemoteAction._validate_action_result = check  # type: ignore[method-assign]
