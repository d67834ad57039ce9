"""`python -m contact_capture.add_to_bot BOT_DIR`: write the plugin's Rasa fragments into a bot.

A bot adopts the plugin without merging anything into its own files: Rasa reads
every file of a domain folder and every file under `data/`, so the plugin's domain
goes to `BOT_DIR/domain/contact_capture.yml` and its NLU data, rules and stories to
`BOT_DIR/data/contact_capture/`. Running it again after an upgrade replaces them.
The same files train this repository's own bot (see the Makefile), so there is
one copy of each fragment to keep up to date.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

FRAGMENTS = Path(__file__).resolve().parent / "fragments"
DOMAIN_FRAGMENTS = FRAGMENTS / "domain"
DATA_FRAGMENTS = FRAGMENTS / "data"
DATA_FOLDER = "contact_capture"


def add_to_bot(bot: Path) -> list[Path]:
    """Copy every fragment into ``bot``; returns the files written."""
    if not (bot / "config.yml").is_file():
        raise FileNotFoundError(f"{bot} has no config.yml: is it a Rasa bot's folder?")
    targets = [(DOMAIN_FRAGMENTS, bot / "domain"), (DATA_FRAGMENTS, bot / "data" / DATA_FOLDER)]
    written: list[Path] = []
    for source, target in targets:
        target.mkdir(parents=True, exist_ok=True)
        for fragment in sorted(source.glob("*.yml")):
            written.append(Path(shutil.copyfile(fragment, target / fragment.name)))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contact_capture.add_to_bot", description=__doc__.splitlines()[0])
    parser.add_argument("bot", type=Path, nargs="?", default=Path("."), help="the bot's folder (default: here)")
    args = parser.parse_args(argv)
    try:
        written = add_to_bot(args.bot)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    if (args.bot / "domain.yml").is_file():
        print("Your domain is still domain.yml: move it into the domain folder (mkdir -p domain && "
              "mv domain.yml domain/) and train with --domain domain, so Rasa reads both.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
