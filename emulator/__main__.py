"""`python -m emulator [--port N] [--db PATH]`: serve the Agent Assist emulator on loopback."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from .config import DEFAULT_PORT, EmulatorConfig
from .server import Emulator, EmulatorServer
from .store import ContactStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 picks a free port")
    parser.add_argument("--db", default=".emulator/contacts.sqlite3", help="SQLite file holding the contacts")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s emulator %(levelname)s %(message)s",
    )
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("the emulator serves loopback only")

    config = EmulatorConfig.from_env()
    server = EmulatorServer((args.host, args.port), Emulator(config, ContactStore(args.db)))
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True).start()
    print(
        f"Agent Assist emulator listening on {server.base_url} "
        f"(stream {config.stream_id}, account {config.account_id}, db {args.db})",
        flush=True,
    )
    while not stop.wait(1.0):
        pass
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
