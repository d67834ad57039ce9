"""Issue 26: noise never starts a capture, and an over-long name loses nothing else of its message.

``says_nothing`` (interpret/contacts.py) is what the plugin's policy asks before it answers a first
message with the greeting; the readers refuse a run of digits longer than any number and a word longer
than any name, each with its reason.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from actions.interpret import Context, interpret
from actions.interpret.contacts import says_nothing
from actions.normalise.names import MAX_NAME
from actions.normalise.phone import MAX_NATIONAL_DIGITS

# Characters no reader takes for a word or a digit: punctuation, blanks, direction marks, emoji.
NOTHING_READ = string.punctuation + " \t\n\u200e\u200f\u00a0" + "😀🎉👋🙂❤️✨"


@settings(deadline=None)
@given(st.text(alphabet=NOTHING_READ, max_size=60))
def test_symbols_blanks_and_emoji_say_nothing(text):
    assert says_nothing(text)


@settings(deadline=None)
@given(st.sampled_from(["b", "i", "div", "p", "span"]), st.text(alphabet="+-*=;.!?", max_size=8))
def test_an_empty_markup_tag_says_nothing(tag, inside):
    assert says_nothing(f"<{tag}>{inside}</{tag}>")


@settings(deadline=None)
@given(st.integers(min_value=MAX_NATIONAL_DIGITS + 1, max_value=400), st.sampled_from("123456789"))
def test_more_digits_than_any_number_say_nothing_and_are_refused_as_too_long(length, digit):
    run = digit * length  # (a run of zeros starts with the exit code 00: its country code is refused)
    assert says_nothing(run)
    asked = interpret(run, Context(asked="phone_number"))
    assert asked.kind == "refusal"
    assert [m.id for m in asked.say] == ["number_too_long"]
    assert not asked.slots.get("pending_phone")


def test_what_reads_as_something_is_no_noise():
    for text in ("John Smith", "save a contact", "yes", "no", "why", "cancel", "+44 7911 123456", "/greet"):
        assert not says_nothing(text), text


@settings(deadline=None, max_examples=50)
@given(
    st.text(alphabet=string.ascii_letters, min_size=MAX_NAME + 1, max_size=5000),
    st.sampled_from(["Mr ", "Dr ", ""]),
)
def test_a_name_longer_than_any_name_is_refused_and_the_rest_of_the_message_kept(long_word, title):
    reading = interpret(f"{title}{long_word.capitalize()} Smith +44 7911 123456", Context())
    assert [m.id for m in reading.say] == ["name_too_long"]
    assert reading.say[0].values == {"limit": MAX_NAME}
    assert reading.slots["last_name"] == "Smith"
    assert not reading.slots.get("first_name")
    assert (reading.slots["country_code"], reading.slots["phone_number"]) == ("+44", "7911123456")
    assert reading.slots.get("salutation") == (title.strip() or None)
