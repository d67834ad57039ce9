"""Score the fourth blind set (fourth.py) and print, per category: right/total, percent, invented
names, misreads, misses and other failures (the columns of run_languages).

`.venv/bin/python -m tests.corpus.run_fourth [--examples N]`. The first run is the honest figure:
report it as it comes.
"""

from __future__ import annotations

import argparse

from . import fourth
from .run_languages import lines
from .score import score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    for line in lines("fourth", score(fourth.build(), max_wrong=max(args.examples, 30)), args.examples):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
