"""`make purge` / `python -m tools.purge`: delete conversations idle longer than the retention time.

Reads the tracker store of an endpoints file (default: cluster/endpoints.yml, with the
``CLUSTER_POSTGRES_*`` values from the environment) and asks the plugin's store to delete every
conversation whose last event is older than ``CONTACT_RETENTION_DAYS`` (default 30). The cluster
runs this at start and every ``CONTACT_PURGE_EVERY_SECONDS``; run it by hand, or from cron, in a
deployment. ``--now`` (epoch seconds) purges as if it were that time: what tests use to see an
idle conversation go without waiting a month.

An in-memory store (``make run``, ``make web``) lives inside its Rasa server, which purges it itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

from tools.quiet import quiet_start

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ENDPOINTS = ROOT / "cluster" / "endpoints.yml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.purge", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--endpoints",
        type=Path,
        default=DEFAULT_ENDPOINTS,
        help="the endpoints file whose tracker_store to purge (default: cluster/endpoints.yml)",
    )
    parser.add_argument(
        "--now", type=float, default=None, help="purge as if it were this time (epoch seconds)"
    )
    args = parser.parse_args(argv)
    quiet_start()
    from rasa.core.tracker_store import create_tracker_store
    from rasa.utils.endpoints import read_endpoint_config

    from actions.erasure import RETENTION_SETTING, retention_days

    try:
        days = retention_days(os.environ)
    except ValueError as exc:
        print(f"purge: {exc}", file=sys.stderr)
        return 2
    config = read_endpoint_config(str(args.endpoints), "tracker_store")
    if config is None:
        print(
            f"purge: {args.endpoints} names no tracker_store: conversations live in the Rasa server's "
            "memory, "
            "which deletes idle ones itself",
            file=sys.stderr,
        )
        return 0
    # The endpoints' event broker too (docs/security.md): the masking wrapper publishes an erasure
    # event for each conversation the purge deletes, so a downstream store deletes its copy.
    from rasa.core.brokers.broker import EventBroker

    loop = asyncio.new_event_loop()
    broker_config = read_endpoint_config(str(args.endpoints), "event_broker")
    try:
        broker = loop.run_until_complete(EventBroker.create(broker_config, loop)) if broker_config else None
        store = create_tracker_store(config, event_broker=broker)  # no fall-back to memory
    except Exception as exc:  # noqa: BLE001  (any driver's error: say it, in one line)
        print(
            f"purge: cannot open the tracker store or event broker of {args.endpoints}: "
            f"{type(exc).__name__}: {exc}",
            file=sys.stderr,
        )
        return 2
    inner = getattr(store, "_tracker_store", store)
    purge = getattr(inner, "purge_idle", None)
    if purge is None:
        print(
            f"purge: the tracker store {config.type} cannot purge; name "
            "actions.channels.erasing_tracker_store.ErasingSQLTrackerStore in the endpoints file",
            file=sys.stderr,
        )
        return 2
    now = time.time() if args.now is None else args.now
    deleted = purge(days * 86400.0, now)
    if asyncio.iscoroutine(deleted):
        deleted = loop.run_until_complete(deleted)
    if broker is not None:
        loop.run_until_complete(broker.close())
    loop.close()
    print(f"purge: deleted {deleted} conversations idle over {days:g} days ({RETENTION_SETTING})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
