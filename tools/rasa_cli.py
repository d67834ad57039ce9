"""`python -m tools.rasa_cli ARGS`: the `rasa` command with a quiet start (see tools.quiet).

A command that starts a Rasa server (`run`, `shell`, `interactive`) first installs the plugin's
response check (`actions/channels/response_check.py`: every action-server answer is checked with
a validator built once, not `jsonschema.validate`). Only those: importing Rasa's actions loads
TensorFlow, which `rasa data validate` does not otherwise need.
"""
from __future__ import annotations

import sys

from tools.quiet import quiet_start

SERVER_COMMANDS = {"run", "shell", "interactive"}


def starts_a_server(args: list[str]) -> bool:
    """Whether ``rasa ARGS`` starts a Rasa server calling the action server (`rasa run actions` does not)."""
    return bool(args) and args[0] in SERVER_COMMANDS and args[1:2] != ["actions"]


def main() -> None:
    quiet_start()
    if starts_a_server(sys.argv[1:]):
        from actions.channels.response_check import install

        install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
