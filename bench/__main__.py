"""Run every benchmark, print one report and write it to bench/latest-report.txt."""
from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from . import concurrent_saves


def main() -> int:
    lines = [f"# contact-capture bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"Python {platform.python_version()}, {platform.machine()}"]
    saves = concurrent_saves.run()
    lines.append(
        f"concurrent saves (async entry point): {saves['saves']} saves at {saves['latency_ms']:.0f} ms API latency"
        f" took {saves['wall_s'] * 1000:.0f} ms = {saves['ratio']:.2f} x latency (target <= 1.5)"
    )
    report = "\n".join(lines) + "\n"
    print(report, end="")
    Path(__file__).with_name("latest-report.txt").write_text(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
