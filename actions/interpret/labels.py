"""An agent's paste whose fields are labelled: "First name: Josefina / Surname: Fajardo / Mobile: +503 ...".

CRMs, spreadsheets and e-mail signatures say which value is which; when they do, nothing
has to be guessed from word order. Read on the raw text, where line breaks and tabs still
separate the fields.
"""
from __future__ import annotations

import re

from ..normalise.vocabulary import FIELD_LABELS

LABELS = {field: "|".join(labels) for field, labels in FIELD_LABELS.items()}
_LABEL = re.compile(
    r"(?:^|[\n\t,|;\u2022\[(]| {2,})[ \t]*[*\u2022-]?[ \t]*(?:"
    + "|".join(f"(?P<{field}>{pattern})" for field, pattern in LABELS.items())
    + r")[ \t]*(?:[:#=]+|\t| +-+ +)[ \t]*",
    re.I,
)
_EDGES = " \t\n,;|[]()\u2022*-"


def labelled_fields(text: str) -> dict[str, str]:
    """Each labelled field's value, first label of a field wins; empty unless two or more fields are labelled."""
    matches = list(_LABEL.finditer(text))
    fields: dict[str, str] = {}
    for match, following in zip(matches, [*matches[1:], None]):
        field = next(name for name in LABELS if match.group(name))
        value = text[match.end(): following.start() if following else len(text)].strip(_EDGES)
        if value and field not in fields:
            fields[field] = value
    return fields if len(fields) >= 2 else {}
