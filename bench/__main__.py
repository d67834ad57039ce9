"""Run every benchmark, print one report and write it to bench/latest-report.txt."""
from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from . import concurrent_saves, parse_speed


def main() -> int:
    lines = [f"# contact-capture bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"Python {platform.python_version()}, {platform.machine()}"]
    saves = concurrent_saves.run()
    lines.append(
        f"concurrent saves (async entry point): {saves['saves']} saves at {saves['latency_ms']:.0f} ms API latency"
        f" took {saves['wall_s'] * 1000:.0f} ms = {saves['ratio']:.2f} x latency (target <= 1.5)"
    )
    parse = parse_speed.run()
    lines.append(
        f"phone parsing: {parse['cases']} written and spoken forms of every region's example numbers,"
        f" {parse['accuracy'] * 100:.2f}% correct (target >= 99%), median {parse['median_ms']:.3f} ms"
        f" per parse (target < 1 ms), p99 {parse['p99_ms']:.3f} ms"
    )
    if parse["wrong_examples"]:
        lines.append(f"  e.g. wrong: {parse['wrong_examples']}")
    report = "\n".join(lines) + "\n"
    print(report, end="")
    Path(__file__).with_name("latest-report.txt").write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
