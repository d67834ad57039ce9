"""A quiet start: what the bot prints before its prompt is what the user needs, not library noise.

Rasa 3.6's dependencies warn about their own dependencies (jax, matplotlib's use of pyparsing,
sanic_cors's use of distutils, pkg_resources); Sanic resets DeprecationWarning to "once" when
it is imported, which undoes PYTHONWARNINGS. So the filters are set here, after that import,
in the process that starts the bot. Deprecations are for the authors of those libraries;
Rasa's own UserWarnings about the bot's data, and every error, stay visible.
"""

from __future__ import annotations

import os
import warnings

# TensorFlow's C++ log: 2 hides its INFO and WARNING lines (no CUDA, CPU features, TensorRT)
# and keeps its errors. SQLAlchemy's 2.0 migration notice concerns Rasa's code, not the user.
QUIET_ENV = {
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONWARNINGS": "ignore::DeprecationWarning,ignore::PendingDeprecationWarning",
}


LIBRARY_NOISE = (DeprecationWarning, PendingDeprecationWarning)


def quiet_start() -> None:
    """Set this process's environment and warning filters; call before importing Rasa."""
    for name, value in QUIET_ENV.items():
        os.environ.setdefault(name, value)
    import sanic  # noqa: F401  (its import sets DeprecationWarning to "once": filter after it)

    for category in LIBRARY_NOISE:
        warnings.filterwarnings("ignore", category=category)
    # Rasa's start puts "once" for every UserWarning in front of these filters, and pyparsing's
    # deprecations (matplotlib uses them) are UserWarnings too; so deprecations are also dropped
    # where warnings are shown, whatever the filters say. Every other warning is shown as before.
    show = warnings.showwarning

    def show_unless_deprecation(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        if not issubclass(category, LIBRARY_NOISE):
            show(message, category, filename, lineno, file, line)

    warnings.showwarning = show_unless_deprecation
