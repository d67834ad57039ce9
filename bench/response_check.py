"""CPU per call of the Rasa server's check of an action-server answer, per jsonschema version.

``python -m bench.response_check [--jsonschema VERSION ...]`` measures
`RemoteAction._validate_action_result` with Rasa's own `jsonschema.validate` and with the plugin's
response check (actions/channels/response_check.py, the validator built once), for the jsonschema
in the venv and for each VERSION installed under .run/ (bench.form_load's overlay), each in a
process of its own. The answers are the form's: a step (two slots) and the form's start as it was
before it cleared only the slots that were set (21 slot events, the largest answer it sent).
CPU time (process_time), median of rounds: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from importlib import metadata

from tools.stack import ROOT

CALLS = 100
ROUNDS = 5

STEP = {
    "events": [
        {"event": "slot", "timestamp": None, "name": "first_name", "value": "John"},
        {"event": "slot", "timestamp": None, "name": "requested_slot", "value": "last_name"},
    ],
    "responses": [],
}
START = {
    "events": [{"event": "slot", "timestamp": None, "name": f"slot_{i}", "value": None} for i in range(19)]
    + [
        {"event": "slot", "timestamp": None, "name": "question", "value": "What title should I use?"},
        {"event": "slot", "timestamp": None, "name": "requested_slot", "value": "salutation"},
    ],
    "responses": [],
}


def _per_call_ms(check, answer) -> float:  # type: ignore[no-untyped-def]
    rounds = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for _ in range(CALLS):
            check(answer)
        rounds.append((time.process_time() - started) * 1000 / CALLS)
    return statistics.median(rounds)


def measure_here() -> dict[str, float]:
    """In this process: ms per call for each answer, Rasa's own check and then the plugin's."""
    from rasa.core.actions.action import RemoteAction

    from actions.channels import response_check

    check = RemoteAction("validate_contact_form", None)._validate_action_result
    answers = (("step", STEP), ("start", START))
    figures = {f"rasa {name}": _per_call_ms(check, answer) for name, answer in answers}
    response_check.install()
    check = RemoteAction("validate_contact_form", None)._validate_action_result
    figures.update({f"plugin {name}": _per_call_ms(check, answer) for name, answer in answers})
    return figures


def measure(jsonschema_version: str | None = None) -> dict[str, float]:
    """The figures from a fresh process, with another jsonschema ahead of the venv's if given."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"}
    if jsonschema_version:
        from bench.form_load import _overlay

        env["PYTHONPATH"] = f"{_overlay(jsonschema_version)}{os.pathsep}{ROOT}"
    done = subprocess.run(
        [sys.executable, "-m", "bench.response_check", "--here"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(version: str, figures: dict[str, float]) -> str:
    return (
        f"check of an action-server answer in the Rasa server, jsonschema {version}, CPU ms per call:"
        f" Rasa's own {figures['rasa step']:.2f} (form step) / {figures['rasa start']:.2f} (21 events);"
        f" plugin's {figures['plugin step']:.2f} / {figures['plugin start']:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jsonschema", nargs="*", default=[], help="also measure these versions")
    parser.add_argument("--here", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        import jsonschema

        print(json.dumps({**measure_here(), "version": jsonschema.__version__}))  # type: ignore[attr-defined]
        return 0
    print(report(metadata.version("jsonschema"), measure()))
    for version in args.jsonschema:
        figures = measure(version)
        print(report(str(figures.pop("version")), figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
