"""Held-out phrasings: written apart from phrases.py and not to be tuned on.

Same inputs and ground truth as the tuning corpus, other sentences. A category that scores
well in tuning and badly here has been fitted to the templates rather than to callers.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .generate import SPOKEN_TITLES, spoken, typed
from .numbers import (
    Example,
    examples,
    say_extension,
    spoken_international,
    typed_international,
    typed_national,
)
from .people import TITLE_FORMS, TITLES, Person
from .places import country_names, in_sentence
from .turn import NAME_SLOTS, Turn

SEED = 88
CATEGORIES = tuple(
    f"heldout_{name}"
    for name in (
        "phone_typed",
        "phone_spoken",
        "phone_extension",
        "phone_national_country_named",
        "country_answer",
        "first_name_answer",
        "last_name_answer",
        "x_is_my_y",
        "opener_request_only",
        "opener_with_details",
        "paste",
        "readback_yes_no",
        "readback_correction",
    )
)

H_PHONE_TYPED = (
    "the best number to get me is {n}",
    "{n} (mobile)",
    "ring me on {n}",
    "Here you go: {n}",
    "my cell phone's {n}",
    "{n} would be best",
    "it'd be {n}",
    "got it, {n}",
    "I can be reached at {n}",
    "{n} - cell",
    "it's {n} if that helps",
    "alright, {n}",
    "daytime number is {n}",
    "{n}, cheers",
)
H_PHONE_SPOKEN = (
    "ring me on {n}",
    "the digits are {n}",
    "erm it's {n}",
    "alright {n}",
    "my cell phone's {n}",
    "you can get me on {n}",
    "it'd be {n}",
    "{n} cheers",
)
H_EXTENSION = (
    "{n} extn {e}",
    "{n} ext #{e}",
    "{n}, then extension {e}",
    "{n} and ext {e}",
    "{n} (ext {e})",
    "direct line {n} extension {e}",
)
H_NATIONAL_NAMED = (
    "{n} - that's in {cs}",
    "I live in {cs}, number {n}",
    "{n} ({cs} number)",
    "based in {cs}: {n}",
    "{cs} mobile {n}",
    "my number in {cs} is {n}",
    "{n}, country is {c}",
)
H_COUNTRY = (
    "that'd be {c}",
    "{c}, I think",
    "the country is {c} please",
    "{cs} it is",
    "oh, {c}",
    "it's registered in {cs}",
    "{c} of course",
    "I'm calling from {cs}",
)
H_TITLE = (
    "I go by {t}",
    "{t} would be great",
    "put down {t}",
    "{t} is fine thanks",
    "{t} if you would",
    "erm {t}",
    "{t} for me",
    "definitely {t}",
)
H_FIRST = (
    "first name's {f}",
    "{f} is the first name",
    "erm {f}",
    "I'm called {f}",
    "{f} if you please",
    "the name I use is {f}",
    "they call me {f}",
    "given name {f}",
)
H_LAST = (
    "surname's {l}",
    "{l} is the surname",
    "erm {l}",
    "{l} if you please",
    "the family name is {l}",
    "it's {l} as in the surname",
)
H_X_IS_MY_Y = (
    ("phone_number", "{n} is my direct line"),
    ("phone_number", "{n} is the number"),
    ("first_name", "{f} is what I go by"),
    ("last_name", "{l} is the last name"),
    ("salutation", "{t} is what I go by"),
)
H_OPENERS = (
    "I've got a new client to put in",
    "need to log a caller",
    "got someone's details to enter",
    "can we set up a new record",
    "I'm calling to give you my contact info",
    "I'd like you to keep my number on file",
    "new contact please",
    "put a number on file for me",
    "can you jot down a customer's details",
    "I've a new customer for you",
    "log my details please",
    "file a new contact",
    "I need to pass on my details",
    "good evening, I'd like my number saved",
    "is it possible to add a contact?",
    "setting up a new customer",
    "I'm here to register",
    "quick one, new contact for the CRM",
    "could I leave my details with you",
    "adding someone to the database",
    "please make a new contact card",
    "I need this caller in the system",
    "can I give you my number",
    "want to leave a number",
    "there's a new contact to add",
)
H_OPENER_NUMBER = ("keep {n} on file please", "new one: {n}", "log {n} for me", "file {n} as a new contact")
H_OPENER_DETAILS = (
    "{t} {f} {l} calling, please take my number",
    "you're speaking with {t} {f} {l}",
    "it's {t} {f} {l} here",
    "this is {t} {f} {l} from accounts, can you save me",
)
H_OPENER_DETAILS_NAME = (
    "{f} {l} calling, please take my number",
    "you're speaking with {f} {l}",
    "{f} {l} here, I'd like to leave my number",
)
H_PASTES = (
    "{tt}{f} {l} :: {n}",
    "{tt}{f} {l} — {n}",
    "{tt}{f} {l}, tel. {n}",
    "{tt}{f} {l}, cell {n}",
    "{tt}{f} {l} T: {n}",
    "{tt}{f} {l} >> {n}",
    "Contact: {tt}{f} {l} / Phone: {n}",
    "{tt}{f} {l} (tel {n})",
)
H_YES = (
    "yes that's all fine",
    "spot on",
    "that's it, save it",
    "yes go on",
    "correct, thank you",
    "bang on",
    "yep all good",
    "that's perfect",
    "yeah save that",
)
H_NO = (
    "no that's not it",
    "nope, not right",
    "no, that's not correct",
    "not really",
    "no, there's a mistake",
    "that's not quite right",
)
H_CORRECTIONS = (
    ("title", "Sorry, {t} not {t0}"),
    ("title", "should be {t} actually"),
    ("extension", "put extension {e} on it"),
    ("extension", "there's an extension: {e}"),
    ("no_extension", "lose the extension"),
    ("no_extension", "get rid of the extension"),
    ("last", "surname's wrong, it's {l}"),
    ("last", "the last name should read {l}"),
    ("first", "first name's wrong, it's {f}"),
    ("first", "my first name should read {f}"),
    ("phone", "the right number is {n}"),
    ("phone", "number's wrong, should be {n}"),
)


def _person(people: tuple[Person, ...], i: int) -> Person:
    return people[(i * 104729 + 17) % len(people)]


def _ex(i: int) -> Example:
    all_examples = examples()
    return all_examples[(i * 31 + 3) % len(all_examples)]


def _number(ex: Example, i: int) -> str:
    forms = list(typed_international(ex).values())
    return forms[i % len(forms)]


def _names(p: Person) -> dict[str, str]:
    return {"salutation": p.title, "first_name": p.first, "last_name": p.last}


def build(people: tuple[Person, ...]) -> Iterator[Turn]:
    rng = random.Random(SEED)
    pick = lambda seq, i: seq[i % len(seq)]
    for i in range(280):
        ex, p = _ex(i), _person(people, i)
        yield Turn(
            "heldout_phone_typed",
            typed(rng, pick(H_PHONE_TYPED, i), n=_number(ex, i)),
            "phone_number",
            _names(p),
            expect=ex.expect(),
        )
        spoken_form = pick(list(spoken_international(ex).values()), i)
        yield Turn(
            "heldout_phone_spoken",
            spoken(rng, pick(H_PHONE_SPOKEN, i), n=spoken_form),
            "phone_number",
            _names(p),
            expect=ex.expect(),
        )
        ext = str(rng.randint(1, 9999))
        e = say_extension(ext) if i % 3 == 0 else ext
        n = spoken_form if i % 3 == 0 else _number(ex, i)
        say = spoken if i % 3 == 0 else typed
        yield Turn(
            "heldout_phone_extension",
            say(rng, pick(H_EXTENSION, i), n=n, e=e),
            "phone_number",
            _names(p),
            expect=ex.expect(ext),
        )
        if in_sentence(ex.region):
            nat = pick(list(typed_national(ex).values()), i)
            c, cs = pick(country_names()[ex.region], i), pick(in_sentence(ex.region), i)
            yield Turn(
                "heldout_phone_national_country_named",
                typed(rng, pick(H_NATIONAL_NAMED, i), n=nat, c=c, cs=cs),
                "phone_number",
                _names(p),
                expect={**ex.expect(), "country": ex.region},
            )
            yield Turn(
                "heldout_country_answer",
                typed(rng, pick(H_COUNTRY, i), c=c, cs=cs),
                "country",
                {**_names(p), "pending_phone": nat},
                expect={"phone_number": ex.nsn, "country_code": ex.country_code, "country": ex.region},
            )
        say = spoken if i % 3 == 0 else typed
        yield Turn(
            "heldout_first_name_answer",
            say(rng, pick(H_FIRST, i), f=p.first),
            "first_name",
            {"salutation": p.title},
            expect={"first_name": p.first},
            absent=("last_name",),
        )
        yield Turn(
            "heldout_last_name_answer",
            say(rng, pick(H_LAST, i), l=p.last),
            "last_name",
            {"salutation": p.title, "first_name": p.first},
            expect={"last_name": p.last},
        )
        slot, template = pick(H_X_IS_MY_Y, i)
        title_form = pick(TITLE_FORMS[p.title], i)
        known = {
            "first_name": {"salutation": p.title},
            "last_name": {"salutation": p.title, "first_name": p.first},
            "salutation": {},
            "phone_number": _names(p),
        }[slot]
        value = {
            "phone_number": ex.expect(),
            "first_name": {"first_name": p.first},
            "last_name": {"last_name": p.last},
            "salutation": {"salutation": p.title},
        }[slot]
        yield Turn(
            "heldout_x_is_my_y",
            typed(rng, template, n=_number(ex, i), f=p.first, l=p.last, t=title_form),
            slot,
            known,
            expect=value,
        )
        # openers and pastes
        opener = pick(H_OPENERS, i)
        yield Turn(
            "heldout_opener_request_only",
            spoken(rng, opener) if i % 3 == 0 else opener,
            None,
            absent=(*NAME_SLOTS, "phone_number"),
        )
        if i % 4 == 0:
            yield Turn(
                "heldout_opener_request_only",
                typed(rng, pick(H_OPENER_NUMBER, i), n=_number(ex, i)),
                None,
                expect=ex.expect(),
                absent=NAME_SLOTS,
            )
        if i % 2:
            written = pick(SPOKEN_TITLES[p.title], i) if i % 3 == 0 else p.title
            say = spoken if i % 3 == 0 else typed
            yield Turn(
                "heldout_opener_with_details",
                say(rng, pick(H_OPENER_DETAILS, i), t=written, f=p.first, l=p.last),
                None,
                expect={"salutation": p.title, "first_name": p.first, "last_name": p.last},
            )
        else:
            yield Turn(
                "heldout_opener_with_details",
                typed(rng, pick(H_OPENER_DETAILS_NAME, i), f=p.first, l=p.last),
                None,
                expect={"first_name": p.first, "last_name": p.last},
                absent=("salutation",),
            )
        titled = i % 3 != 0
        tt = f"{p.title}{'.' if i % 2 else ''} " if titled else ""
        expect = {"first_name": p.first, "last_name": p.last, **ex.expect()}
        yield Turn(
            "heldout_paste",
            pick(H_PASTES, i).format(tt=tt, f=p.first, l=p.last, n=_number(ex, i)),
            None,
            expect={**expect, "salutation": p.title} if titled else expect,
            absent=() if titled else ("salutation",),
        )
    yield from _readback(rng, people)


def _readback(rng: random.Random, people: tuple[Person, ...]) -> Iterator[Turn]:
    for i in range(240):
        p, ex = _person(people, i + 1000), _ex(i + 1000)
        known = {**_names(p), "phone_number": ex.nsn, "country_code": ex.country_code, "extension": ""}
        forms, expect, absent = (
            (H_YES, {"confirmed": True}, ("awaiting_change",))
            if i % 2
            else (H_NO, {"awaiting_change": True}, ("confirmed",))
        )
        text = forms[(i // 2) % len(forms)]
        yield Turn(
            "heldout_readback_yes_no",
            spoken(rng, text) if i % 3 == 0 else typed(rng, text),
            "confirmed",
            known,
            expect=expect,
            absent=absent,
        )
        kind, template = H_CORRECTIONS[i % len(H_CORRECTIONS)]
        other, new_ex = _person(people, i + 2000), _ex(i + 2000)
        ext = str(rng.randint(1, 999))
        title = next(t for t in TITLES[i % len(TITLES) :] + TITLES if t != p.title)
        change = {
            "title": ({"salutation": title}, {}),
            "extension": ({"extension": ext}, {}),
            "no_extension": ({"extension": ""}, {"extension": "12"}),
            "last": ({"last_name": other.last}, {}),
            "first": ({"first_name": other.first}, {}),
            "phone": ({"phone_number": new_ex.nsn, "country_code": new_ex.country_code}, {}),
        }[kind]
        if kind in ("last", "first") and (other.last == p.last or other.first == p.first):
            continue
        if kind == "phone" and new_ex.nsn == ex.nsn:
            continue
        text = typed(
            rng, template, t=title, t0=p.title, e=ext, l=other.last, f=other.first, n=_number(new_ex, i)
        )
        yield Turn(
            "heldout_readback_correction",
            text,
            "confirmed",
            {**known, **change[1]},
            expect=change[0],
            absent=("confirmed",),
        )
