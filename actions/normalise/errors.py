"""The one error type of the normalisation layer."""

from __future__ import annotations


class NormalisationError(ValueError):
    """What the caller gave cannot be used; ``str(err)`` is a sentence that can be said to them.

    ``code`` lets the conversation react without parsing the sentence (``need_country``
    makes the form ask for the country instead of repeating the question).
    """

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code
