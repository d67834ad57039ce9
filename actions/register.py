"""Importing this module registers every action of the plugin with rasa-sdk.

rasa-sdk serves every `Action` subclass imported in its process, but takes one package with
`--actions`. A bot that has its own `actions` package keeps starting the server with it and
adds one line to its `actions/__init__.py`: `import contact_capture.register`.
"""

from __future__ import annotations

import importlib
import pkgutil

_PACKAGE = __name__.rpartition(".")[0]

for _module in pkgutil.walk_packages(importlib.import_module(_PACKAGE).__path__, prefix=f"{_PACKAGE}."):
    if _module.name != __name__:
        importlib.import_module(_module.name)
