"""`python -m tools.rasa_cli ARGS`: the `rasa` command with a quiet start (see tools.quiet)."""
from __future__ import annotations

import sys

from tools.quiet import quiet_start


def main() -> None:
    quiet_start()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
