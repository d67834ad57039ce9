"""Issue 26's first class: an extension label followed by punctuation or an abbreviation for
"number" ("ext. no. 8452") gives the extension, and never replaces the number's own digits."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret

NUMBERS = [
    phonenumbers.format_number(
        phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE),
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    )
    for region in ("GB", "IN", "US", "DE", "CN", "AU", "BR", "ZA")
]


@settings(max_examples=300, deadline=None)
@given(
    number=st.sampled_from(NUMBERS),
    label=st.sampled_from(["ext", "ext.", "Ext.", "EXT", "extension", "extn", "x", "#"]),
    abbreviation=st.sampled_from(["", " no", " no.", " No.", " num.", " nr.", " number"]),
    mark=st.sampled_from(["", ":", " :", " -", " ="]),
    digits=st.from_regex(r"[1-9][0-9]{1,4}", fullmatch=True),
    comma=st.sampled_from(["", ","]),
)
def test_a_labelled_extension_keeps_the_number(number, label, abbreviation, mark, digits, comma):
    text = f"{number}{comma} {label}{abbreviation}{mark} {digits}"
    reading = interpret(text, Context(asked="phone_number"))
    expected = phonenumbers.format_number(phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.E164)
    assert reading.slots.get("phone_e164") == expected, text
    assert reading.slots.get("extension") == digits, text


def test_a_whole_contact_with_an_abbreviated_extension_label():
    reading = interpret("Dr. Wei Zhang, mobile +86 139 1234 2309, ext. no. 44", Context())
    assert reading.slots["phone_e164"] == "+8613912342309"
    assert reading.slots["extension"] == "44"


def test_a_correction_after_a_number_still_replaces_it():
    reading = interpret("+965 22345679 no wait +965 22345678", Context(asked="phone_number"))
    assert reading.slots["phone_e164"] == "+96522345678"
