"""Contacts read with no question open: which messages start a capture, and several contacts cut apart."""

from __future__ import annotations

import pytest

from actions.interpret import Context
from actions.interpret.contacts import contact_details, count_numbers, split_contacts
from actions.normalise.vocabulary import vocabulary


@pytest.mark.parametrize(
    "text,expected",
    [
        # a number read with its country
        (
            "and Dr Amit Patel +91 98765 00303",
            {"salutation": "Dr", "first_name": "Amit", "last_name": "Patel", "phone_number": "9876500303"},
        ),
        (
            "Ms Jane Roe +91 98765 00202",
            {"salutation": "Ms", "first_name": "Jane", "phone_number": "9876500202"},
        ),
        ("hello, this is Ms Jane Roe, +44 7911 123457", {"first_name": "Jane", "country_code": "+44"}),
        ("+91 98765 00303", {"phone_number": "9876500303", "country_code": "+91"}),
        # a name with a title; a name beside a number awaiting its country
        ("Dr Amit Patel", {"salutation": "Dr", "first_name": "Amit", "last_name": "Patel"}),
        ("Amit Patel 98765 00303", {"first_name": "Amit", "pending_phone": "98765 00303"}),
    ],
)
def test_details_start_a_capture(text, expected):
    reading = contact_details(text)
    assert reading is not None, text
    assert {k: reading.slots.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # no details at all: the classifier decides
        "hello there",
        "I am sad",
        "perfect",
        "yes",
        "what's the weather in Paris",
        "",
        # a bare word read as a name, a naming phrase alone, a number that may be an order number
        "Cool",
        "Awesome",
        "I am Groot",
        "my order 123456 hasn't arrived",
        # requests with rules of their own, and commands
        "change my number to +91 98765 00303",
        "delete my contact",
        "why do you need +91 98765 43210",
        "/call_ended",
        "/save_contact",
    ],
)
def test_no_details_or_another_request_is_left_to_the_classifier(text):
    assert contact_details(text) is None


def test_a_question_open_in_the_context_does_not_change_the_opener_reading():
    assert contact_details("Dr Amit Patel", Context(asked="confirmed")) is not None


@pytest.mark.parametrize(
    "text,pieces",
    [
        (
            "save these two: Mr Alan Moore +44 20 7946 0401 and Ms Beth Orton +44 20 7946 0402",
            ["save these two: Mr Alan Moore +44 20 7946 0401", "Ms Beth Orton +44 20 7946 0402"],
        ),
        (
            "Mr John Doe, +91 98765 43210, and Ms Jane Roe, +91 98765 00202",
            ["Mr John Doe, +91 98765 43210", "Ms Jane Roe, +91 98765 00202"],
        ),
        (
            "+91 98765 43210, Mr John Doe; +91 98765 00202, Ms Jane Roe",
            ["+91 98765 43210, Mr John Doe", "+91 98765 00202, Ms Jane Roe"],
        ),
        (
            "Mr John Doe +91 98765 43210 ext 12\nMs Jane Roe +91 98765 00202\nDr Amit Patel +91 98765 00303",
            [
                "Mr John Doe +91 98765 43210 ext 12",
                "Ms Jane Roe +91 98765 00202",
                "Dr Amit Patel +91 98765 00303",
            ],
        ),
        (
            "Mr John Doe +91 98765 43210, ext 12 and Ms Jane Roe +91 98765 00202",
            ["Mr John Doe +91 98765 43210, ext 12", "Ms Jane Roe +91 98765 00202"],
        ),
        ("Mr Lee Chang & Mrs Mei Chang: +65 8123 4567 & +65 8123 4568", None),  # two names, then two numbers
    ],
)
def test_several_contacts_are_cut_one_per_contact(text, pieces):
    split = split_contacts(text)
    if pieces is None:
        assert split.uncut and split.pieces == (text,)
    else:
        assert list(split.pieces) == pieces and not split.uncut


def test_each_piece_reads_as_its_own_contact():
    split = split_contacts("Mr John Doe +91 98765 43210, ext 12 and Ms Jane Roe +91 98765 00202")
    first, second = (contact_details(piece) for piece in split.pieces)
    assert first is not None and second is not None
    assert (first.slots["first_name"], first.slots["phone_number"], first.slots["extension"]) == (
        "John",
        "9876543210",
        "12",
    )
    assert (second.slots["first_name"], second.slots["phone_number"]) == ("Jane", "9876500202")


@pytest.mark.parametrize(
    "text",
    [
        "Mr John Doe +91 98765 43210 ext 12",
        "Mr. Pierre Dubois, tel +33 6 12 34 03 09",
        "name: Maria Silva, phone: +55 11 96123 4567",
        "Ms Asha Rao | mobile: +91 98765 43210 ext 12",
        "save a contact",
        "Mr and Mrs Smith, +44 20 7946 0018",
    ],
)
def test_one_contact_is_one_piece(text):
    assert split_contacts(text).pieces == (text,) and not split_contacts(text).uncut


@pytest.mark.parametrize(
    "text",
    [
        "Mr John Doe, mobile +44 7911 123456, office +44 20 7946 0018",  # one person, two numbers
        "Mr A Moore +44 20 7946 0401 Ms B Orton +44 20 7946 0402",  # no separator between them
    ],
)
def test_several_numbers_that_cannot_be_cut_are_flagged(text):
    split = split_contacts(text)
    assert split.pieces == (text,) and split.uncut


@pytest.mark.parametrize(
    "text,count",
    [
        ("no number here", 0),
        ("+91 98765 43210", 1),
        ("+91 98765 43210 and +44 20 7946 0402", 2),
        ("call 123 at 5", 0),
        ("plus nine one nine eight seven six five four three two one zero", 1),
    ],
)
def test_numbers_are_counted(text, count):
    assert count_numbers(text, words=vocabulary("en")) == count
