"""The one error type of the normalisation layer."""

from __future__ import annotations

from typing import Any

from .message import Message


class NormalisationError(ValueError):
    """What the caller gave cannot be used; ``message`` says why, as a message id and its values.

    ``code`` lets the conversation react without reading the message (``need_country`` makes the
    form ask for the country instead of repeating the question). ``str(err)`` is the id, for logs.
    """

    def __init__(self, message_id: str, code: str = "invalid", **values: Any) -> None:
        super().__init__(message_id)
        self.code = code
        self.message = Message(message_id, values)
