"""How every corpus turn is read, saved to a file, and two such files compared: a refactor that
must change no behaviour shows 0 differences.

The scores (`tests/unit/test_corpus.py`, `run_languages`) say how many turns are right; this says
which readings changed at all, right or wrong, so a change meant to be neutral is seen to be.

    .venv/bin/python -m tests.corpus.snapshot save before.json      # on the old tree
    .venv/bin/python -m tests.corpus.snapshot save after.json       # on the new one
    .venv/bin/python -m tests.corpus.snapshot diff before.json after.json [--show 20]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from actions.catalogue import render
from actions.interpret import interpret

from . import build, french, german, spanish
from .score import context
from .turn import Turn


def turns() -> Iterator[Turn]:
    """Every turn of the English corpora and of the Spanish, French and German sets, in a fixed order."""
    yield from build()
    for language in (spanish, french, german):
        yield from language.build()


def reading_of(turn: Turn) -> str:
    """One turn's reading as text: its kind, slots, sentences and control (a crash is a reading too)."""
    try:
        r = interpret(turn.text, context(turn))
    except Exception as exc:  # noqa: BLE001 - a crash is what the snapshot must show, not stop at
        return f"crash {type(exc).__name__}"
    said = tuple(render(m, "en") for m in r.say)  # the English sentences: a message id's text may change
    return repr((str(r.kind), sorted(r.slots.items(), key=str), said, r.control, r.refused, r.declined))


def save(path: Path) -> int:
    rows = [{"text": t.text, "asked": t.asked, "reading": reading_of(t)} for t in turns()]
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return len(rows)


def differences(before: Path, after: Path) -> list[tuple[dict[str, str], dict[str, str]]]:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    if [(r["text"], r["asked"]) for r in old] != [(r["text"], r["asked"]) for r in new]:
        raise SystemExit("the two snapshots are of different corpora: save both on the same tests/corpus")
    return [(a, b) for a, b in zip(old, new) if a["reading"] != b["reading"]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="save every turn's reading")
    saving.add_argument("path", type=Path)
    comparing = commands.add_parser("diff", help="the turns read differently in two snapshots")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=20, help="differences to print (default 20)")
    args = parser.parse_args(argv)
    if args.command == "save":
        print(f"{save(args.path)} turns read")
        return 0
    changed = differences(args.before, args.after)
    for old, new in changed[: args.show]:
        print(
            f"{old['text']!r} (asked {old['asked']})\n   before {old['reading']}\n   after  {new['reading']}"
        )
    total = len(json.loads(args.before.read_text(encoding="utf-8")))
    print(f"differences: {len(changed)} of {total}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
