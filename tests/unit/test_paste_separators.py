"""Issue 26, never misread: an agent's labelled paste reads the same whatever one-character separator
stands between its fields ("Title: Dr | First name: Wei / Last name: Zhang; Phone: +86 ...") as it
reads with a line per field. A CRM, a chat tool or a hand-typed note picks its own separator; which one
it picked says nothing about the contact, so it must change nothing that is read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret

LABELS = {
    "salutation": ["Title", "Salutation", "Prefix", "title"],
    "first_name": ["First name", "Given name", "Forename", "FName", "first name"],
    "last_name": ["Last name", "Surname", "Family name", "LName", "surname"],
    "phone": ["Phone", "Mobile", "Tel", "Mob", "Cell", "Phone number", "phone"],
    "extension": ["Ext", "Extension", "ext."],
}
VALUES = {
    "salutation": ["Dr", "Ms", "Mr", "Prof", "Mrs"],
    "first_name": ["Wei", "Anne-Marie", "Josefina", "Ngozi", "Zoë", "Jean Luc"],
    "last_name": ["Zhang", "O'Neill", "Fajardo", "Raman-Iyer", "van der Berg", "Nguyen"],
    "phone": [
        "+86 139 1234 2309",
        "+44 20 7946 0018",
        "+1 415-555-0132",
        "+49 30 1234567",
        "+33 6 12 34 56 78",
    ],
    "extension": ["12", "204", "7116"],
}
# One character between two fields, with or without spaces around it, and " - " (a dash needs its
# spaces: inside a word it is a hyphen).
SEPARATORS = [",", ";", "|", "/", "\t", "\n", "\u2022"]
MARKS = [": ", ":", " : ", " = ", " - "]

_FIELDS = st.lists(st.sampled_from(sorted(LABELS)), min_size=2, max_size=5, unique=True).filter(
    lambda fields: fields != ["extension", "phone"] and set(fields) != {"extension", "phone"}
)


@st.composite
def _gap(draw: st.DrawFn) -> str:
    if draw(st.booleans()) and draw(st.booleans()):
        return " - "
    before, after = draw(st.sampled_from(["", " "])), draw(st.sampled_from(["", " ", "  "]))
    return before + draw(st.sampled_from(SEPARATORS)) + after


@st.composite
def _paste(draw: st.DrawFn) -> tuple[dict[str, str], list[str], list[str]]:
    fields = draw(_FIELDS)
    if "extension" in fields and "phone" not in fields:
        fields.append("phone")
    mark = draw(st.sampled_from(MARKS))
    values = {field: draw(st.sampled_from(VALUES[field])) for field in fields}
    parts = [f"{draw(st.sampled_from(LABELS[field]))}{mark}{values[field]}" for field in fields]
    return values, parts, [draw(_gap()) for _ in parts[1:]]


def _joined(parts: list[str], gaps: list[str]) -> str:
    return parts[0] + "".join(gap + part for gap, part in zip(gaps, parts[1:]))


@settings(max_examples=400, deadline=None)
@given(paste=_paste(), asked=st.sampled_from([None, "salutation", "first_name", "last_name", "phone_number"]))
def test_any_separator_reads_as_lines(paste, asked):
    values, parts, gaps = paste
    text = _joined(parts, gaps)
    lines = "\n".join(parts)
    ctx = Context(asked=asked)
    seen, expected = interpret(text, ctx), interpret(lines, ctx)
    assert (seen.kind, seen.slots, seen.say) == (expected.kind, expected.slots, expected.say), text
    for field in ("first_name", "last_name"):  # and the lines read each name as written
        if field in values:
            assert expected.slots.get(field) == values[field], lines


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Dr.", "Dr", "Prof.", "Mr", "Ms"]),
    st.sampled_from(["Renner", "Zhang", "O'Neill", "Fajardo"]),
    st.sampled_from(["Romuald", "Wei", "Ngozi", "Anne-Marie"]),
)
def test_a_title_before_a_surname_first_paste_keeps_the_first_name(title, last, first):
    """ "Dr. Renner, Romuald – phone ...": the title and one name are the CRM's "Last, First"."""
    slots = interpret(f"Please add: {title} {last}, {first} – phone +44 20 7946 0018", Context()).slots
    assert (slots.get("first_name"), slots.get("last_name")) == (first, last)
    assert slots.get("salutation") == title.rstrip(".")


def test_without_the_comma_a_title_and_one_name_stay_a_surname():
    """ "put Mrs Gonzalez" names no first name: only "Last, First" gives one."""
    slots = interpret("put Mrs Gonzalez", Context(asked="salutation")).slots
    assert "first_name" not in slots and slots.get("last_name") == "Gonzalez"
