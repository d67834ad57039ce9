"""Issue 26: every field synonym followed by a comma (or colon, or dash) and a value is a correction
of that field, said wrong or not: "wrong surname, it's Dough", "the given name: Jon"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret

KNOWN = {
    "salutation": "Mr",
    "first_name": "John",
    "last_name": "Doe",
    "phone_number": "9876543210",
    "country_code": "+91",
    "extension": "",
    "phone_e164": "+919876543210",
}
SYNONYMS = {
    "first_name": ["first name", "given name", "forename", "firstname", "First Name"],
    "last_name": ["surname", "last name", "family name", "lastname", "Surname"],
}
NAMES = ["Dough", "Jon", "Teresa", "Volterra", "Anne-Marie", "O'Neill", "Kiška", "Nguyen"]


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(sorted(SYNONYMS)),
    index=st.integers(min_value=0, max_value=4),
    lead=st.sampled_from(
        ["", "wrong ", "Wrong ", "the ", "my ", "wrong ", "bad ", "no, the ", "sorry, wrong "]
    ),
    mark=st.sampled_from([", ", ": ", " - ", ",", " : "]),
    link=st.sampled_from(["", "it's ", "it is ", "it should be ", "should be "]),
    value=st.sampled_from(NAMES),
    end=st.sampled_from(["", ".", " please", "!"]),
)
def test_a_field_then_a_comma_then_its_value(field, index, lead, mark, link, value, end):
    text = f"{lead}{SYNONYMS[field][index]}{mark}{link}{value}{end}"
    reading = interpret(text, Context(asked="confirmed", known=KNOWN))
    assert reading.kind == "correction", text
    assert reading.slots.get(field) == value, text
