"""rasa-sdk's plugin package: the action server's guard (``action_server_guard``).

rasa-sdk 3.6 looks for a top-level package named ``rasa_sdk_plugins`` when its action server
starts (``rasa_sdk/plugin.py``) and calls ``init_hooks(manager)``; every hook implementation
registered there gets ``attach_sanic_app_extensions(app)`` before the server binds its socket
(and before it reads ``SANIC_HOST``). This repo's action servers find this package because they
start in the repo's folder; an adopting bot gets it with ``pip install rasa-contact-capture``.
A bot that has its own ``rasa_sdk_plugins`` registers ``rasa_sdk_plugins.action_server_guard``
from its ``init_hooks`` (docs/security.md).
"""

from __future__ import annotations

from typing import Any


def init_hooks(manager: Any) -> None:
    """Registers the guard: bearer-token authentication and a loopback default address."""
    from . import action_server_guard

    manager.register(action_server_guard)
