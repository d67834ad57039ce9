"""`python -m tools.rasa_cli ARGS`: the `rasa` command with a quiet start (see tools.quiet), closed.

Every Rasa process the project starts goes through here, so two defaults live here too:
- telemetry is off unless ``RASA_TELEMETRY_ENABLED`` is set (``true`` turns it on);
- Rasa's HTTP API (``--enable-api``) never runs open: it takes its token from ``RASA_AUTH_TOKEN``
  and adds ``--auth-token`` to the arguments inside this process, so the token is on no command
  line that ``ps`` shows. ``--enable-api`` with neither that variable nor ``--auth-token`` /
  ``--jwt-secret`` is refused, and the message says what to set.
- a command that starts a Rasa server (`run`, `shell`, `interactive`) first installs the plugin's
  response check (`actions/channels/response_check.py`: every action-server answer is checked with
  a validator built once, not `jsonschema.validate`); only those, since importing Rasa's actions
  loads TensorFlow, which `rasa data validate` does not otherwise need.
"""

from __future__ import annotations

import os
import sys

from tools.quiet import quiet_start

API_TOKEN = "RASA_AUTH_TOKEN"


def closed_arguments(args: list[str], environ: dict[str, str] | os._Environ) -> list[str]:
    """``args`` with the API token added from the environment; SystemExit if the API would be open."""
    if "--enable-api" not in args or any(a.startswith(("--auth-token", "--jwt-secret")) for a in args):
        return args
    token = environ.get(API_TOKEN, "")
    if not token:
        raise SystemExit(
            f"refusing to start Rasa's HTTP API without a token: set {API_TOKEN} in the "
            "environment (the launchers keep one in .run/secrets.env), or drop --enable-api"
        )
    # One argument, "--auth-token=...": a token_urlsafe token may begin with "-", which argparse would
    # take for an option of its own ("--auth-token: expected one argument", and Rasa exits).
    return [*args, f"--auth-token={token}"]


SERVER_COMMANDS = {"run", "shell", "interactive"}


def starts_a_server(args: list[str]) -> bool:
    """Whether ``rasa ARGS`` starts a Rasa server calling the action server (`rasa run actions` does not)."""
    return bool(args) and args[0] in SERVER_COMMANDS and args[1:2] != ["actions"]


def main() -> None:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    args = closed_arguments(sys.argv[1:], os.environ)
    quiet_start()
    if starts_a_server(args):
        from actions.channels.response_check import install

        install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *args]
    rasa_main()


if __name__ == "__main__":
    main()
