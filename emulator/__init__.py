"""A local stand-in for the Kore.ai Agent Assist contacts API, run as its own program.

It honours the documented contract (JWT, headers, array body, duplicate rule)
and persists contacts in SQLite, with switches for faults. It imports nothing
from ``actions``: it plays the other side of the wire.
"""
