"""Issue 26, never misread: a partial correction of a number ("it ends in 45", "the last two digits are
07", "it ends in 11 not 10") applies only to a number the bot has read back and replaces exactly the
digits it names; "it's 21 not 12" with 12 the extension corrects the extension; digits that fit both
the extension and the number's end are asked about, naming both. Every other field stays as it was."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret
from tests.said import english

NUMBERS = (("+91", "9876543210"), ("+44", "7911123456"), ("+1", "2025550143"))
WORDS = "zero one two three four five six seven eight nine".split()
FRAMES = ("it ends in {d}", "no, it ends in {d}", "the last digits are {d}", "it should end with {d}")


def known(code: str, national: str, extension: str = "") -> dict[str, str]:
    return {
        "salutation": "Mr",
        "first_name": "John",
        "last_name": "Doe",
        "phone_number": national,
        "country_code": code,
        "extension": extension,
        "phone_e164": f"{code}{national}",
    }


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(NUMBERS),
    st.text("0123456789", min_size=1, max_size=3),
    st.sampled_from(FRAMES),
    st.booleans(),
    st.sampled_from(("confirmed", "change_request")),
    st.sampled_from(("", "55")),
)
def test_an_ending_replaces_exactly_the_digits_it_names(number, new, frame, spoken, asked, extension):
    code, national = number
    said = " ".join(WORDS[int(d)] for d in new) if spoken else new
    reading = interpret(frame.format(d=said), Context(asked=asked, known=known(code, national, extension)))
    assert reading.slots.get("phone_number") == national[: -len(new)] + new, (frame, said, reading)
    assert reading.slots.get("country_code") == code
    assert reading.slots.get("extension", extension) == extension  # not named, not changed
    assert "first_name" not in reading.slots and "last_name" not in reading.slots


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(NUMBERS), st.text("0123456789", min_size=2, max_size=2))
def test_new_not_old_for_the_number_s_end(number, new):
    code, national = number
    reading = interpret(f"it ends in {new} not {national[-2:]}", Context("confirmed", known(code, national)))
    assert reading.slots.get("phone_number") == national[:-2] + new, reading


def test_new_not_old_for_the_extension():
    reading = interpret("it's 21 not 12", Context("confirmed", known("+91", "9876543210", "12")))
    assert reading.slots.get("extension") == "21" and "phone_number" not in reading.slots


def test_digits_that_fit_the_extension_and_the_number_s_end_are_asked_about():
    reading = interpret("it's 11 not 10", Context("confirmed", known("+91", "9876543210", "10")))
    assert reading.kind == "refusal" and not reading.slots
    assert "11" in english(reading.say) and "10" in english(reading.say)


def test_a_first_statement_is_not_a_correction():
    reading = interpret("it ends in 45", Context("phone_number", {}))
    assert "phone_number" not in reading.slots and "phone_e164" not in reading.slots
