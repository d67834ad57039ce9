"""Run every benchmark, print one report and write it to bench/latest-report.txt."""

from __future__ import annotations

import platform
import sys
import time
from importlib import metadata
from pathlib import Path

from . import (
    cluster,
    concurrent_saves,
    corpus,
    form_load,
    language_corpora,
    language_cost,
    long_chat,
    name_split,
    parse_speed,
    response_check,
    servers,
)


def main() -> int:
    lines = [
        f"# contact-capture bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"Python {platform.python_version()}, {platform.machine()}"
    ]
    saves = concurrent_saves.run()
    lines.append(
        f"concurrent saves (async entry point): {saves['saves']} saves"
        f" at {saves['latency_ms']:.0f} ms API latency"
        f" took {saves['wall_s'] * 1000:.0f} ms = {saves['ratio']:.2f} x latency (target <= 1.5)"
    )
    lines += form_load.report(form_load.run(), form_load.label(None, rasa_check=False))
    # issue 22: one agent chat of 100 contacts, first ten against last ten, and the callers one pair holds
    lines += long_chat.report(long_chat.run())
    lines.append(response_check.report(metadata.version("jsonschema"), response_check.measure()))
    measured = servers.run()
    v, c, r = measured["validation"], measured["concurrent"], measured["rate_limit"]
    lines += [
        "validate_contact_form vs a no-op custom action on the same action server:"
        f" {v['validate_ms']:.2f} ms vs"
        f" {v['noop_ms']:.2f} ms median = {v['ratio']:.2f} (target <= 1.5)",
        f"concurrent saves through the action server: 50 at 300 ms API latency took {c['wall_ms']:.0f} ms"
        f" = {c['ratio']:.2f} x latency (target <= 1.5), in {c['calls']} API calls",
        f"saving past the rate limit: {r['callers']} callers over 10 s, emulator limited to 60 calls/min:"
        f" {r['calls']} calls, {r['per_call']:.1f} contacts per call,"
        f" caller wait p50 {r['p50_wait_ms']:.0f} ms,"
        f" max {r['max_wait_s']:.2f} s (rasa shell gives up at 10 s)",
    ]
    throughput = cluster.run()
    for name, label in (
        ("single", "one Rasa + one action server"),
        ("cluster", "make cluster (nginx, 2 Rasa on PostgreSQL/Redis, 2 action servers)"),
    ):
        f = throughput[name]
        lines.append(
            f"whole conversations, {f['callers']} callers at once through {label}: {f['saved']} saved in"
            f" {f['wall_s']:.1f} s = {f['per_second']:.2f} callers/s"
            f" ({f['turns']} turns, {f['repeats']} repeated;"
            f" {f['contacts_created']} contacts in {f['create_calls']} create calls,"
            f" {f['rate_limited']} answered 429"
            f" by the emulator limited to {cluster.LIMIT} calls/min)"
        )
    lines.append(
        f"cluster / single: {throughput['cluster']['per_second'] / throughput['single']['per_second']:.2f}"
        " (two cores shared by every process: the replicas add resilience, not CPU)"
    )
    parse = parse_speed.run()
    lines.append(
        f"phone parsing: {parse['cases']} written and spoken forms of every region's example numbers,"
        f" {parse['accuracy'] * 100:.2f}% correct (target >= 99%), median {parse['median_ms']:.3f} ms"
        f" per parse (target < 1 ms), p99 {parse['p99_ms']:.3f} ms"
    )
    if parse["wrong_examples"]:
        lines.append(f"  e.g. wrong: {parse['wrong_examples']}")
    # generated corpus (issue 8): accuracy of the turn interpreter per category
    lines += corpus.report_lines(corpus.run())
    split = name_split.run()
    lines.append(
        f"whole names split into first and last ({split['names']:.0f} Faker names, 23 locales):"
        " this project's"
        f" splitter {split['ours'] * 100:.1f}%, nameparser {split['nameparser'] * 100:.1f}%; names with a"
        f" multi-word part ({split['multi']:.0f}): {split['ours_multi'] * 100:.1f}%"
        f" vs {split['nameparser_multi'] * 100:.1f}%"
    )
    lines += language_cost.report(language_cost.run())  # issue 27: a Spanish turn against an English one
    lines += language_corpora.report(language_corpora.run())  # issues 26, 28: every blind set, first run
    report = "\n".join(lines) + "\n"
    print(report, end="")
    Path(__file__).with_name("latest-report.txt").write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
