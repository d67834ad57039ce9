"""Issue 26: nothing invented. A national number with a short area code ("(01) 1234501") is not read
through North America's exit code 011 unless the caller is in North America: without a country it
asks which one, and never names a country nobody said."""

from __future__ import annotations

import pytest

from actions.interpret import Context, interpret


@pytest.mark.parametrize(
    "text", ["(01) 1234501", "01 1234501", "011-2341-3302", "so that's oh one one two three four five six"]
)
def test_a_national_number_with_no_country_asks_for_it(text):
    reading = interpret(text, Context(asked="phone_number"))
    assert reading.slots.get("pending_phone"), reading
    assert "phone_number" not in reading.slots and not reading.say


def test_in_north_america_011_still_dials_out():
    reading = interpret("011 44 20 7946 0958", Context(asked="phone_number", default_region="US"))
    assert reading.slots["phone_e164"] == "+442079460958"
