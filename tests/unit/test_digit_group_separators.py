"""Issue 26, never misread: a number said or typed in groups reads the same whatever separates the
groups ("nine eight seven, six five four; three two one zero", "98765-43210", "nine eight seven. six
five four." as speech recognisers write their full stops) as it reads with spaces, and every digit said
is in it: no digit dropped, none joined from elsewhere."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret

DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Valid numbers of a few regions, each written national (the region known) or international.
REGIONS = ("IN", "GB", "US", "DE", "FR", "AU", "BR", "NG")
NUMBERS = [
    number
    for region in REGIONS
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    if (number := phonenumbers.example_number_for_type(region, kind)) is not None
]
# One mark between two groups, with or without spaces round it, as typed or transcribed.
MARKS = [" ", ",", ";", ".", "-", "/", "|"]
FIELD_MARKS = ";|"


@st.composite
def _separator(draw: st.DrawFn) -> str:
    mark = draw(st.sampled_from(MARKS))
    if mark == " ":
        return " "
    before = draw(st.sampled_from(["", " "]))
    after = draw(st.sampled_from(["", " "]))
    return before + mark + after


@st.composite
def _said(draw: st.DrawFn) -> tuple[phonenumbers.PhoneNumber, bool, list[str], list[str]]:
    number = draw(st.sampled_from(NUMBERS))
    national = draw(st.booleans())
    digits = (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if national
        else phonenumbers.national_significant_number(number)
    )
    digits = "".join(ch for ch in digits if ch.isdigit())
    if national and phonenumbers.national_significant_number(number) not in digits:
        national = False
    # Groups of up to five digits, as people group a number: a group of six could be a number alone,
    # and across a ";" or "|" it is kept apart ("+44 20 7946 0018; 12" is a number and something else).
    groups, at = [], 0
    while at < len(digits):
        size = draw(st.integers(1, min(5, len(digits) - at)))
        groups.append(digits[at : at + size])
        at += size
    spoken = draw(st.booleans())
    words = [" ".join(DIGIT_NAMES[int(d)] for d in group) if spoken else group for group in groups]
    if not national:
        code = str(number.country_code)
        words.insert(0, ("plus " + " ".join(DIGIT_NAMES[int(d)] for d in code)) if spoken else "+" + code)
    separators = [draw(_separator()) for _ in words[1:]]
    if not spoken and any(mark in sep for sep in separators for mark in FIELD_MARKS):
        # Typed figures with a ";" or "|" between groups use it between all of them: "+91 8; 1234 56789"
        # may be a code and a national number of its own, and is left apart (a reading of two ways).
        separators = [separators[0]] * len(separators) if separators[0].strip() else [";"] * len(separators)
    return number, national, words, separators


@settings(max_examples=500, deadline=None)
@given(said=_said(), end=st.sampled_from(["", ".", "!"]))
def test_any_separator_between_groups_reads_the_same_digits(said, end):
    number, national, groups, separators = said
    region = phonenumbers.region_code_for_number(number) if national else None
    text = groups[0] + "".join(sep + group for sep, group in zip(separators, groups[1:])) + end
    spaced = " ".join(groups) + end
    ctx = Context(asked="phone_number", default_region=region)
    seen, expected = interpret(text, ctx), interpret(spaced, ctx)
    assert expected.slots.get("phone_e164") == phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.E164
    ), spaced
    assert (seen.kind, seen.slots, seen.say) == (expected.kind, expected.slots, expected.say), text
