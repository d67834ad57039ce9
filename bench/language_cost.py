"""What a conversation's language costs: the same turns in Spanish and in English, CPU per turn.

Issue 27: a turn in Spanish must cost the Rasa server and the action server no more CPU than the
same turn in English. The callers here give the same words in both (the readers are English's until
the Spanish pack lands); the language is set by the channel (``metadata.language``), so what differs
is what the language adds: the policy's language step, the catalogue each reply is rendered from,
Rasa's responses through the catalogue. One more phase measures the one turn that detects the
language (a Spanish opener, lingua), which a conversation pays once.

CPU comes from /proc for each server process (``form_load.ProcessClock``): the machine is shared,
so wall time moves with the neighbours while CPU per turn does not. Every reply is checked against
the catalogue's sentence in the conversation's language, so a wrong language cannot pass.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import uuid
from pathlib import Path

import requests

from actions.catalogue import say
from actions.normalise.salutation import DEFAULT_SALUTATIONS, titles_choice
from bench.form_load import ProcessClock, bench_servers

CONVERSATIONS = 30
STEPS = ("save a contact", "Mr", "John", "Doe", "+91 98765 {n:05d}", "yes")
LANGUAGES = ("en", "es")
OPENER = "Buenos días, me gustaría dar de alta a un cliente nuevo"


def _said(url: str, sender: str, text: str, language: str | None) -> list[str]:
    body: dict = {"sender": sender, "message": text}
    if language:
        body["metadata"] = {"language": language}
    answer = requests.post(url, json=body, timeout=60)
    answer.raise_for_status()
    return [str(m.get("text")) for m in answer.json()]


def _conversation(url: str, language: str, n: int, clocks: tuple[ProcessClock, ProcessClock]) -> list[float]:
    """One save in ``language``: the CPU seconds it cost the Rasa server and the action server."""
    before = [c.cpu_s() for c in clocks]
    sender = f"bench-{language}-{uuid.uuid4().hex[:8]}"
    for step in STEPS:
        replies = _said(url, sender, step.format(n=n), language)
    saved = say("saved", language, contact_id="")
    if not any(r.startswith(saved.strip()[:12]) for r in replies):
        raise AssertionError(f"{language}: the save was answered {replies!r}")
    return [c.cpu_s() - b for c, b in zip(clocks, before)]


def _conversations(url: str, clocks: tuple[ProcessClock, ProcessClock]) -> dict[str, tuple[float, float]]:
    """Per language, CPU ms per turn of the Rasa server and of the action server over CONVERSATIONS saves.

    English and Spanish conversations alternate, so both meet the same server state (the conversations
    the store already holds grow with the run, and a later phase would pay for that, not its language).
    """
    spent = {language: [0.0, 0.0] for language in LANGUAGES}
    for n in range(CONVERSATIONS):
        for index, language in enumerate(LANGUAGES):
            cost = _conversation(url, language, n * len(LANGUAGES) + index, clocks)
            spent[language] = [a + b for a, b in zip(spent[language], cost)]
    turns = CONVERSATIONS * len(STEPS)
    return {language: (r * 1000 / turns, a * 1000 / turns) for language, (r, a) in spent.items()}


def _detection(url: str, clocks: tuple[ProcessClock, ProcessClock]) -> tuple[float, float]:
    """CPU ms of a first turn that detects Spanish, median over conversations."""
    rasa_ms, action_ms = [], []
    for _ in range(CONVERSATIONS):
        before = [c.cpu_s() for c in clocks]
        replies = _said(url, f"bench-detect-{uuid.uuid4().hex[:8]}", OPENER, None)
        after = [c.cpu_s() for c in clocks]
        if replies != [say("ask_salutation", "es", titles=titles_choice(DEFAULT_SALUTATIONS))]:
            raise AssertionError(f"the Spanish opener was answered {replies!r}")
        rasa_ms.append((after[0] - before[0]) * 1000)
        action_ms.append((after[1] - before[1]) * 1000)
    return statistics.median(rasa_ms), statistics.median(action_ms)


def run() -> dict[str, tuple[float, float]]:
    with tempfile.TemporaryDirectory() as tmp, bench_servers(Path(tmp)) as (rasa, actions):
        assert rasa.proc is not None and actions.proc is not None
        clocks = (ProcessClock(rasa.proc.pid), ProcessClock(actions.proc.pid))
        url = f"{rasa.base_url}/webhooks/rest/webhook"
        for language in LANGUAGES:  # warm-up: imports, first runs, the catalogues' first reads
            _conversation(url, language, 99_999, clocks)
        figures = _conversations(url, clocks)
        figures["detect"] = _detection(url, clocks)
        return figures


def report(figures: dict[str, tuple[float, float]]) -> list[str]:
    (en_rasa, en_actions), (es_rasa, es_actions) = figures["en"], figures["es"]
    det_rasa, det_actions = figures["detect"]
    return [
        f"a turn in Spanish against the same turn in English ({CONVERSATIONS} saves of {len(STEPS)} turns"
        f" each, language from the channel): Rasa server {es_rasa:.1f} vs {en_rasa:.1f} ms CPU"
        f" = x{es_rasa / en_rasa:.2f}, action server {es_actions:.1f} vs {en_actions:.1f} ms"
        f" = x{es_actions / en_actions:.2f} (target: no more)",
        f"  the one turn that detects the language (a Spanish opener): Rasa server {det_rasa:.1f} ms,"
        f" action server {det_actions:.1f} ms CPU (median)",
    ]


def main() -> int:
    print("\n".join(report(run())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
