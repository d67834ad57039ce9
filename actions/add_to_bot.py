"""`python -m contact_capture.add_to_bot BOT_DIR`: write the plugin's Rasa fragments into a bot.

A bot adopts the plugin without merging anything into its own files: Rasa reads
every file of a domain folder and every file under `data/`, so the plugin's domain
goes to `BOT_DIR/domain/contact_capture.yml` and its NLU data, rules and stories to
`BOT_DIR/data/contact_capture/`. Running it again after an upgrade replaces them.
The same files train this repository's own bot (see the Makefile), so there is
one copy of each fragment to keep up to date.

It adds the plugin's response generator to the bot's `endpoints.yml` (``nlg``: the plugin's
sentences in the caller's language, docs/messages.md), and one line to `config.yml`: the plugin's policy
(`ContactDetailsPolicy`: a message with contact details starts the contact form whatever
the intent, docs/capture.md). A bot whose policies Rasa chooses automatically (an empty
`policies:`, as `rasa init` writes it) gets Rasa's own default policies written out with
it, since Rasa configures only an empty key. `--no-config` leaves config.yml alone and
prints the line instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import sys
from pathlib import Path

FRAGMENTS = Path(__file__).resolve().parent / "fragments"
DOMAIN_FRAGMENTS = FRAGMENTS / "domain"
DATA_FRAGMENTS = FRAGMENTS / "data"
DATA_FOLDER = "contact_capture"
POLICY = "contact_capture.channels.contact_details_policy.ContactDetailsPolicy"
POLICY_LINE = f"  - name: {POLICY}"
RESPONSES = "contact_capture.channels.catalogue_responses.CatalogueResponses"
RESPONSES_BLOCK = (
    "# The plugin's sentences in the conversation's language (its message catalogues); a response of\n"
    "# your own domain is said as Rasa says it.\n"
    f"nlg:\n  type: {RESPONSES}\n"
)
_NLG_KEY = re.compile(r"^nlg:", re.MULTILINE)
_POLICIES_KEY = re.compile(r"^policies:\s*(?:\[\s*\]|null|~)?\s*(?:#.*)?$")
_TOP_LEVEL_KEY = re.compile(r"^[^\s#-]")
_ENTRY = re.compile(r"^(\s*)-\s")


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


def _rasa_default_policies() -> list[str]:
    """The policies Rasa chooses for an empty ``policies:`` (its own default_config.yml), as config lines."""
    spec = importlib.util.find_spec("rasa")
    locations = list(spec.submodule_search_locations or []) if spec else []
    defaults = [Path(p) / "engine" / "recipes" / "config_files" / "default_config.yml" for p in locations]
    found = next((p for p in defaults if p.is_file()), None)
    if found is None:
        raise FileNotFoundError(
            "config.yml lets Rasa choose the policies, and Rasa is not installed here to say "
            f"which: list your policies in config.yml and add the line {POLICY_LINE.strip()!r}"
        )
    lines = found.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if _POLICIES_KEY.match(line)) + 1
    end = next((i for i in range(start, len(lines)) if _TOP_LEVEL_KEY.match(lines[i])), len(lines))
    return [line for line in lines[start:end] if line.strip() and not line.lstrip().startswith("#")]


def add_policy(config: Path) -> bool:
    """Add the plugin's policy to ``config``'s policies; False when it is there already."""
    text = config.read_text()
    if POLICY in text:
        return False
    lines = text.splitlines()
    key = next((i for i, line in enumerate(lines) if _POLICIES_KEY.match(line)), None)
    if key is None:
        lines += ["", "policies:", *_rasa_default_policies(), POLICY_LINE]
    else:
        end = next((i for i in range(key + 1, len(lines)) if _TOP_LEVEL_KEY.match(lines[i])), len(lines))
        section = lines[key + 1 : end]
        entries = [i for i, line in enumerate(section) if _ENTRY.match(line)]
        if entries:
            indent = _ENTRY.match(section[entries[0]]).group(1)  # type: ignore[union-attr]
            last = max(
                i for i, line in enumerate(section) if line.strip() and not line.lstrip().startswith("#")
            )
            lines.insert(key + 2 + last, f"{indent}- name: {POLICY}")
        else:  # Rasa chose the policies: write its choice out, or it would configure no other policy
            lines[key:end] = [
                "policies:",
                "# Rasa's default policies, written out by contact_capture.add_to_bot so that the",
                "# plugin's policy can be added (Rasa chooses the policies only when this key is empty).",
                *_rasa_default_policies(),
                POLICY_LINE,
                *([""] if end < len(lines) else []),
            ]
    config.write_text("\n".join(lines) + "\n")
    return True


def add_responses(endpoints: Path) -> bool:
    """Name the plugin's response generator in ``endpoints`` (Rasa's ``nlg``); False when it is there.

    Raises ValueError when the bot has a response generator of its own: Rasa takes one, so the bot's
    owner chooses (docs/messages.md).
    """
    text = endpoints.read_text() if endpoints.is_file() else ""
    if RESPONSES in text:
        return False
    if _NLG_KEY.search(text):
        raise ValueError(
            f"{endpoints} names a response generator (nlg) of its own; the plugin's says its sentences "
            f"in the caller's language: use type {RESPONSES}, or subclass it"
        )
    endpoints.write_text(text + ("\n" if text and not text.endswith("\n") else "") + RESPONSES_BLOCK)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m contact_capture.add_to_bot", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "bot", type=Path, nargs="?", default=Path("."), help="the bot's folder (default: here)"
    )
    parser.add_argument(
        "--no-config",
        action="store_true",
        help="leave config.yml alone; print the policy line to add to it instead",
    )
    args = parser.parse_args(argv)
    try:
        written = add_to_bot(args.bot)
        added = False if args.no_config else add_policy(args.bot / "config.yml")
        responses = False if args.no_config else add_responses(args.bot / "endpoints.yml")
    except (FileNotFoundError, ValueError) as error:
        print(error, file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    if added:
        print(f"added {POLICY} to the policies in {args.bot / 'config.yml'}")
    elif args.no_config:
        print(f"Add this line to the policies in config.yml:\n{POLICY_LINE}")
        print(f"and this to endpoints.yml:\n{RESPONSES_BLOCK}")
    if responses:
        print(f"added the plugin's response generator to {args.bot / 'endpoints.yml'}")
    if (args.bot / "domain.yml").is_file():
        print(
            "Your domain is still domain.yml: move it into the domain folder (mkdir -p domain && "
            "mv domain.yml domain/) and train with --domain domain, so Rasa reads both."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
