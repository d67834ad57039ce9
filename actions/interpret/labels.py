"""An agent's paste whose fields are labelled: "First name: Josefina / Surname: Fajardo / Mobile: +503 ...".

CRMs, spreadsheets and e-mail signatures say which value is which; when they do, nothing
has to be guessed from word order. Read on the raw text, where line breaks and tabs still
separate the fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..normalise.salutation import lookup_salutation
from ..normalise.text import SEPARATOR_MARKS, SPACED_DASH
from ..normalise.vocabulary import Vocabulary
from .lexicon import WORD

# A vCard's typed property ("TEL;TYPE=CELL:"): the format's syntax, not a word of any language.
_VCARD_TYPES = r"(?:;[\w=,-]+)+"


@dataclass(frozen=True)
class _Patterns:
    labels: Mapping[str, str]  # each field's labels as one alternation, in the pack's order of fields
    label: re.Pattern[str]  # a labelled field: "Mob: ", "| Surname = ", "TEL;TYPE=CELL:"
    columns: Mapping[str, re.Pattern[str]]  # a spreadsheet's header cell naming a field


def _build(words: Vocabulary) -> _Patterns:
    """The labels of the language (``field_labels``), and the header cells of a spreadsheet's
    columns (those labels, and the words ``first_name_headers_frames``, ``last_name_headers_frames``)."""
    labels = {field: "|".join(labels) for field, labels in words.field_labels.items()}
    labels["phone"] += "|" + "|".join(f"(?:{label}){_VCARD_TYPES}" for label in words.field_labels["phone"])
    label = re.compile(
        rf"(?:^|[{re.escape(SEPARATOR_MARKS)}\[(]|{SPACED_DASH}| {{2,}})[ \t]*[*\u2022-]?[ \t]*(?:"
        + "|".join(f"(?P<{field}>{pattern})" for field, pattern in labels.items())
        # a form's plural in brackets after the label ("Nombre(s):", "Prénom(s) :") is the form's, not a word
        + r")(?:\([^\W\d_]{1,3}\))?[ \t]*(?:[:#=]+|\t| +-+ +)[ \t]*",
        re.IGNORECASE,
    )
    first = "|".join(words.frames("first_name_headers_frames"))
    last = "|".join(words.frames("last_name_headers_frames"))
    columns = {
        **{field: re.compile(rf"(?:{pattern})", re.IGNORECASE) for field, pattern in labels.items()},
        "first_name": re.compile(rf"(?:{labels['first_name']}|{first})", re.IGNORECASE),
        "last_name": re.compile(rf"(?:{labels['last_name']}|{last})", re.IGNORECASE),
    }
    return _Patterns(labels, label, columns)


_EDGES = f" []()*-\u2013\u2014{SEPARATOR_MARKS}"


def labelled_fields(text: str, *, words: Vocabulary) -> dict[str, str]:
    """Each labelled field's value, first label of a field wins; empty unless two
    or more fields are labelled."""
    patterns = words.patterns(_build)
    matches = list(patterns.label.finditer(text))
    fields: dict[str, str] = {}
    for match, following in zip(matches, [*matches[1:], None]):
        field = next(name for name in patterns.labels if match.group(name))
        value = text[match.end() : following.start() if following else len(text)].strip(_EDGES)
        if value and field not in fields:
            fields[field] = value
    return fields if len(fields) >= 2 else {}


# A spreadsheet's header row names the columns of the row under it:
# "Title\tFirst\tLast\tPhone\nMx.\tZoe\t...". Its cells are split by any mark that separates fields,
# one per row (a line break ends the row).
_CELL_SEPARATORS = tuple(mark for mark in SEPARATOR_MARKS if mark != "\n")


def _column_of(header: str, words: Vocabulary) -> str | None:
    cell = header.strip(" *:#").casefold()
    columns = words.patterns(_build).columns
    return next((field for field, pattern in columns.items() if pattern.fullmatch(cell)), None)


def table_fields(text: str, *, words: Vocabulary) -> dict[str, str]:
    """The fields of a header row and the row under it, when every header cell is a field's label
    (the header may follow a line of the agent's own: "can you save the person below")."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    for header_line, row_line in zip(lines, lines[1:]):
        for separator in _CELL_SEPARATORS:
            header = header_line.split(separator)
            row = row_line.split(separator)
            if len(header) >= 2 and len(header) == len(row):
                columns = [_column_of(cell, words) for cell in header]
                if all(columns) and len(set(columns)) == len(columns):
                    return {
                        str(column): value.strip() for column, value in zip(columns, row) if value.strip()
                    }
    return {}


_NAME_CELL = re.compile(rf"{WORD}(?:\s{WORD})?")


def _number_cell(cell: str) -> bool:
    return sum(ch.isdigit() for ch in cell) >= 7 and not re.search(r"[^\d\s+().\-/]", cell)


def row_fields(text: str, titles: tuple[str, ...], *, words: Vocabulary) -> dict[str, str]:
    """A CRM or spreadsheet row without a header:
    "18579<tab>Miss<tab>Olaf<tab>Ouwel<tab>+267-240-1234<tab>...", "Ms,Marie,Dahl,+297-560-1234": a title
    cell, then the first and the last name, and a number cell."""
    for line in text.strip().splitlines():
        for separator in _CELL_SEPARATORS:
            cells = [cell.strip() for cell in line.split(separator)]
            if len(cells) < 4:
                continue
            number = next((cell for cell in cells if _number_cell(cell)), None)
            for i, cell in enumerate(cells[:-2]):
                title = lookup_salutation(cell, titles, words=words)
                first, last = cells[i + 1], cells[i + 2]
                if title and number and _NAME_CELL.fullmatch(first) and _NAME_CELL.fullmatch(last):
                    return {"salutation": cell, "first_name": first, "last_name": last, "phone": number}
    return {}
