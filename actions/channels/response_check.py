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
Each event is checked against the one alternative of Rasa's `oneOf` its name selects
(`EventsByKind`: the same verdict, without trying the 22 others).

`install()` replaces the method on the class at run time (Rasa's files on disk are never
touched) and is idempotent. The Rasa server calls it when it loads the plugin's code: a module in
`actions/channels/` that Rasa loads (the voice channel) calls it on import
(`from .response_check import install as install_response_check`, then `install_response_check()`),
and `tools/rasa_cli.py` (how this repo starts `rasa run`) calls it before Rasa starts.
"""

from __future__ import annotations

import functools
import json
import os
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


class EventsByKind:
    """Rasa's answer schema, each event checked against the one alternative its name selects.

    The schema says each event is an object with a string `event` and `oneOf` 23 alternatives,
    each fixing `event` to another name (`const`). For `oneOf`, jsonschema tries all 23 on every
    event and builds an error for each of the 22 that fail: most of what is left of the check's
    time once the validator is built once. An event named X cannot satisfy an alternative that
    fixes another name, so the `oneOf` holds exactly when the event satisfies X's alternative:
    the same verdict with one alternative tried. Made only for a schema of exactly that shape
    (no `$ref`, distinct names); any other schema is checked whole.
    """

    def __init__(self, outer: Any, item: Any, kinds: dict[str, Any]) -> None:
        self.outer = outer  # the answer with `events` only required to be an array
        self.item = item  # one event, every keyword but the `oneOf`
        self.kinds = kinds  # the alternative of each event name

    @classmethod
    def of(cls, schema: dict[str, Any], validator_class: Any) -> EventsByKind | None:
        properties = schema.get("properties")
        events = properties.get("events") if isinstance(properties, dict) else None
        if not isinstance(events, dict) or set(events) != {"type", "items"} or events["type"] != "array":
            return None
        items = events["items"]
        if (
            not isinstance(items, dict)
            or "event" not in items.get("required", [])
            or items.get("properties", {}).get("event") != {"type": "string"}
            or not isinstance(items.get("oneOf"), list)
            or "$ref" in json.dumps(schema)
        ):
            return None
        kinds: dict[str, Any] = {}
        for alternative in items["oneOf"]:
            fixed = alternative.get("properties", {}).get("event") if isinstance(alternative, dict) else None
            name = fixed.get("const") if isinstance(fixed, dict) else None
            if not isinstance(name, str) or name in kinds:
                return None
            kinds[name] = validator_class(alternative)
        outer = {**schema, "properties": {**(properties or {}), "events": {"type": "array"}}}
        item = {key: value for key, value in items.items() if key != "oneOf"}
        return cls(validator_class(outer), validator_class(item), kinds)

    def is_valid(self, answer: Any) -> bool:
        if not self.outer.is_valid(answer):
            return False
        for event in answer.get("events", []):
            if not self.item.is_valid(event):
                return False
            kind = self.kinds.get(event["event"])
            if kind is None or not kind.is_valid(event):
                return False
        return True


@functools.lru_cache(maxsize=None)
def checker(spec: Spec) -> Callable[[Any], bool]:
    """Whether an answer satisfies ``spec()``: `EventsByKind` for Rasa's schema, else the whole
    validator. Built on `validator(spec)`, so the schema is checked against its metaschema once."""
    whole = validator(spec)
    by_kind = EventsByKind.of(spec(), type(whole))
    return by_kind.is_valid if by_kind else whole.is_valid


def _built_once(rasa_check: Check) -> Check:
    @functools.wraps(rasa_check)
    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if checker(type(self).action_response_format_spec)(result):
            return True
        # Refused: Rasa's own check raises its own error with its own message.
        return rasa_check(self, result)

    setattr(_validate_action_result, _MARK, True)
    return _validate_action_result


def installed() -> bool:
    """Whether RemoteAction already checks answers with the validator built once."""
    return bool(getattr(RemoteAction._validate_action_result, _MARK, False))


# Set to "true" in a Rasa server's environment to keep Rasa's own check although the plugin's
# modules are loaded: how `python -m bench.form_load --rasa-check` measures what this saves.
RASA_OWN_CHECK_SETTING = "CONTACT_RASA_OWN_RESPONSE_CHECK"


def install() -> None:
    """Make every RemoteAction check its answer with the validator built once; harmless if repeated."""
    if os.environ.get(RASA_OWN_CHECK_SETTING, "").strip().lower() == "true":
        return
    if not installed():
        check = _built_once(RemoteAction._validate_action_result)
        RemoteAction._validate_action_result = check  # type: ignore[method-assign]
