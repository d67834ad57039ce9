"""The cluster for these tests: Redis, PostgreSQL, the emulator, two action servers, two Rasa servers, nginx.

Started once (loading two Rasa servers takes a minute on two cores) in a throw-away folder on
free ports; every test gets it with no contacts, no fault switched on, an empty rate budget
and both replicas of each kind running.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The cluster's tests run together at the end of the session, the one that kills replicas last.

    The cluster starts with the first of them and stops with the session; together at the end,
    it is not left idle (two Rasa servers' memory) while every other test runs, and no other
    test waits for killed replicas to load again.
    """
    items.sort(key=lambda item: (item.get_closest_marker("cluster") is not None, "killed" in item.name))


# The cluster fixtures (cluster_process, cluster) live in tests/conftest.py: tests/security/ uses the
# same session's cluster, so there is only ever one.
