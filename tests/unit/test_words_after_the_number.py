"""Issue 26, never misread: words after the number that are not a name (a city, a place, a note) never
join a name that was whole before the number ("mr tom o'neill 0161 496 0018 manchester" read back as
"Mr Tom O'Neill Manchester" was saved so). A name that is not whole before the number still takes its
surname from after it ("Mr Tom +44 161 496 0018 Smith")."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret

TITLES = ("mr", "Mr", "Ms", "Dr.", "Mrs")
FIRST = ("Tom", "Aoife", "Wei", "Priya", "tom")
LAST = ("O'Neill", "Zhang", "Smith", "Okafor", "Lee")
NUMBERS = ("0161 496 0018", "+44 161 496 0018", "+91 98765 43210", "020 7946 0018")
AFTER = ("manchester", "Manchester", "London office", "Dublin", "home", "Leeds, UK", "at work")
LEADS = ("", "new contact: ", "save ", "please add ")


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(LEADS),
    st.sampled_from(TITLES),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(NUMBERS),
    st.sampled_from(AFTER),
    st.sampled_from((" ", ", ", " - ")),
)
def test_a_whole_name_before_the_number_takes_nothing_after_it(lead, title, first, last, number, after, gap):
    text = f"{lead}{title} {first} {last} {number}{gap}{after}"
    slots = interpret(text, Context()).slots
    assert slots.get("first_name", "").casefold() == first.casefold(), (text, slots)
    assert slots.get("last_name", "").casefold() == last.casefold(), (text, slots)


def test_a_surname_after_the_number_still_completes_a_first_name():
    slots = interpret("Mr Tom +44 161 496 0018 Smith", Context()).slots
    assert (slots.get("first_name"), slots.get("last_name")) == ("Tom", "Smith")
