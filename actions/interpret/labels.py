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
    re.IGNORECASE,
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


# A spreadsheet's header row names the columns of the row under it: "Title\tFirst\tLast\tPhone\nMx.\tZoe\t...".
_COLUMN = {**{field: re.compile(rf"(?:{pattern})", re.IGNORECASE) for field, pattern in LABELS.items()},
           "first_name": re.compile(rf"(?:{LABELS['first_name']}|first|given|forename)", re.IGNORECASE),
           "last_name": re.compile(rf"(?:{LABELS['last_name']}|last|surname|family)", re.IGNORECASE)}
_CELLS = re.compile(r"\t|\s*[|;]\s*|\s*,\s*")


def _column_of(header: str) -> str | None:
    cell = header.strip(" *:#").casefold()
    return next((field for field, pattern in _COLUMN.items() if pattern.fullmatch(cell)), None)


def table_fields(text: str) -> dict[str, str]:
    """The fields of a header row and the row under it, when every header cell is a field's label."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return {}
    for separator in ("\t", "|", ";", ","):
        header = lines[0].split(separator)
        row = lines[1].split(separator)
        if len(header) >= 2 and len(header) == len(row):
            columns = [_column_of(cell) for cell in header]
            if all(columns) and len(set(columns)) == len(columns):
                return {str(column): value.strip() for column, value in zip(columns, row) if value.strip()}
    return {}
