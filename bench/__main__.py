"""Run every benchmark, print one report and write it to bench/latest-report.txt."""
from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from . import concurrent_saves, corpus, name_split, parse_speed, servers


def main() -> int:
    lines = [f"# contact-capture bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"Python {platform.python_version()}, {platform.machine()}"]
    saves = concurrent_saves.run()
    lines.append(
        f"concurrent saves (async entry point): {saves['saves']} saves at {saves['latency_ms']:.0f} ms API latency"
        f" took {saves['wall_s'] * 1000:.0f} ms = {saves['ratio']:.2f} x latency (target <= 1.5)"
    )
    measured = servers.run()
    t, v, c, r = measured["turns"], measured["validation"], measured["concurrent"], measured["rate_limit"]
    lines += [
        f"turn latency through Rasa's REST channel ({servers.SAMPLES} turns each): form step p50 {t['form_p50']:.1f} ms,"
        f" p99 {t['form_p99']:.1f} ms; step with no custom action p50 {t['plain_p50']:.1f} ms, p99 {t['plain_p99']:.1f} ms;"
        f" ratio of medians {t['ratio']:.2f}",
        f"validate_contact_form vs a no-op custom action on the same action server: {v['validate_ms']:.2f} ms vs"
        f" {v['noop_ms']:.2f} ms median = {v['ratio']:.2f} (target <= 1.5)",
        f"concurrent saves through the action server: 50 at 300 ms API latency took {c['wall_ms']:.0f} ms"
        f" = {c['ratio']:.2f} x latency (target <= 1.5), in {c['calls']} API calls",
        f"saving past the rate limit: {r['callers']} callers over 10 s, emulator limited to 60 calls/min:"
        f" {r['calls']} calls, {r['per_call']:.1f} contacts per call, caller wait p50 {r['p50_wait_ms']:.0f} ms,"
        f" max {r['max_wait_s']:.2f} s (rasa shell gives up at 10 s)",
    ]
    parse = parse_speed.run()
    lines.append(
        f"phone parsing: {parse['cases']} written and spoken forms of every region's example numbers,"
        f" {parse['accuracy'] * 100:.2f}% correct (target >= 99%), median {parse['median_ms']:.3f} ms"
        f" per parse (target < 1 ms), p99 {parse['p99_ms']:.3f} ms"
    )
    if parse["wrong_examples"]:
        lines.append(f"  e.g. wrong: {parse['wrong_examples']}")
    # generated corpus (issue 8): accuracy of the turn interpreter per category
    measured_corpus = corpus.run()
    lines.append(
        f"generated corpus: {measured_corpus['turns']} turns, tuning {measured_corpus['tuning_accuracy'] * 100:.2f}%,"
        f" held-out {measured_corpus['heldout_accuracy'] * 100:.2f}% (target >= 99.5% per category, 100% on"
        f" opener_request_only), invented names {measured_corpus['invented']} (target 0),"
        f" {measured_corpus['score_ms_per_turn']:.2f} ms per turn"
    )
    for name, figures in measured_corpus["categories"].items():
        lines.append(f"  {name:38} {figures['correct']:5}/{figures['total']:<5} {figures['accuracy'] * 100:6.2f}%"
                     + (f"  invented names {figures['invented']}" if figures["invented"] else "")
                     + (f"  e.g. {figures['wrong_examples'][0]}" if figures["wrong_examples"] else ""))
    split = name_split.run()
    lines.append(
        f"whole names split into first and last ({split['names']:.0f} Faker names, 23 locales): this project's"
        f" splitter {split['ours'] * 100:.1f}%, nameparser {split['nameparser'] * 100:.1f}%; names with a"
        f" multi-word part ({split['multi']:.0f}): {split['ours_multi'] * 100:.1f}% vs {split['nameparser_multi'] * 100:.1f}%"
    )
    report = "\n".join(lines) + "\n"
    print(report, end="")
    Path(__file__).with_name("latest-report.txt").write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
