"""The tuning corpus: every category of turn, generated from fixed seeds.

Each generator walks the inputs (every region's example numbers, every person, every title
form) and cycles through the templates, so each template meets many values and each value a
few templates. Speech recognition's style (lower case, no punctuation, digits as words) is
produced here from the same inputs, so its ground truth is the typed one.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import phrases as P
from .numbers import (
    Example,
    examples,
    say_extension,
    spoken_international,
    spoken_national,
    typed_international,
    typed_national,
)
from .people import TITLE_FORMS, TITLES, Person
from .places import ADJECTIVES, country_names, dialling_codes, in_sentence, iso_codes
from .turn import NAME_SLOTS, Turn

SEED = 8
_PUNCT = re.compile(r"[.,!?;:()|/\"]")
# Spoken titles as speech recognition writes them.
SPOKEN_TITLES = {
    "Mr": ("mister", "mr"),
    "Mrs": ("missus", "mrs"),
    "Ms": ("miz", "ms"),
    "Miss": ("miss",),
    "Mx": ("mx",),
    "Dr": ("doctor", "dr"),
    "Prof": ("professor", "prof"),
}


def typed(rng: random.Random, template: str, **values: str) -> str:
    """A typed turn: maybe a filler before it, maybe all in lower case, values as given."""
    if rng.random() < 0.15:
        template = template.lower()
    return rng.choice(P.FILLERS_TYPED) + template.format(**values)


def spoken(rng: random.Random, template: str, **values: str) -> str:
    """Speech recognition's transcript: lower case, no punctuation, maybe a filler first."""
    template = _PUNCT.sub("", template.lower())
    values = {k: _PUNCT.sub("", v.lower()) if k != "n" else v for k, v in values.items()}
    return re.sub(r"\s+", " ", rng.choice(P.FILLERS_SPOKEN) + template.format(**values)).strip()


def _pick(seq: tuple[Any, ...] | list[Any], i: int) -> Any:
    return seq[i % len(seq)]


def _extension(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 4)))


def _names_known(person: Person) -> dict[str, str]:
    return {"salutation": person.title, "first_name": person.first, "last_name": person.last}


def _contact(person: Person, ex: Example, extension: str = "") -> dict[str, str]:
    return {
        **_names_known(person),
        "phone_number": ex.nsn,
        "country_code": ex.country_code,
        "extension": extension,
    }


CATEGORIES = (
    "phone_typed",
    "phone_spoken",
    "phone_extension",
    "phone_national_country_named",
    "phone_national_default_region",
    "phone_national_no_region",
    "country_answer",
    "title_answer",
    "first_name_answer",
    "last_name_answer",
    "opener_request_only",
    "opener_with_details",
    "paste",
    "readback_yes",
    "readback_no",
    "readback_correction",
    "x_is_my_y",
)


class Corpus:
    """Holds the inputs every category draws on; ``turns()`` yields the whole corpus."""

    def __init__(self, people: tuple[Person, ...]) -> None:
        self.examples = examples()
        self.people = people
        self.named = [ex for ex in self.examples if in_sentence(ex.region)]

    def person(self, i: int) -> Person:
        return self.people[(i * 7919) % len(self.people)]

    def turns(self) -> Iterator[Turn]:
        for category in CATEGORIES:
            yield from getattr(self, category)(random.Random(f"{SEED}-{category}"))

    # --- phone numbers -------------------------------------------------------------------------
    def phone_typed(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for i, ex in enumerate(self.examples):
            forms = list(typed_international(ex).values())
            for j in range(6):
                k += 1
                text = typed(rng, _pick(P.PHONE_TYPED, k), n=_pick(forms, i + j))
                yield Turn(
                    "phone_typed", text, "phone_number", _names_known(self.person(k)), expect=ex.expect()
                )

    def phone_spoken(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for ex in self.examples:
            for form in spoken_international(ex).values():
                k += 1
                text = spoken(rng, _pick(P.PHONE_SPOKEN, k), n=form)
                yield Turn(
                    "phone_spoken", text, "phone_number", _names_known(self.person(k)), expect=ex.expect()
                )

    def phone_extension(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for i, ex in enumerate(self.examples):
            forms = list(typed_international(ex).values())
            for j in range(2):
                k += 1
                ext = _extension(rng)
                x = _pick(P.EXTENSION_TYPED, k + i).format(e=ext)
                text = typed(rng, _pick(P.EXTENSION_TEMPLATES, k), n=_pick(forms, k), x=x, e=ext)
                yield Turn(
                    "phone_extension",
                    text,
                    "phone_number",
                    _names_known(self.person(k)),
                    expect=ex.expect(ext),
                )
            k += 1
            ext = _extension(rng)
            text = spoken(
                rng,
                _pick(P.EXTENSION_SPOKEN, k),
                n=_pick(list(spoken_international(ex).values()), k),
                e=say_extension(ext),
            )
            yield Turn(
                "phone_extension", text, "phone_number", _names_known(self.person(k)), expect=ex.expect(ext)
            )

    def phone_national_country_named(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for ex in self.named:
            forms = list(typed_national(ex).values())
            countries = in_sentence(ex.region)
            expect = {**ex.expect(), "country": ex.region}
            for j in range(2):
                k += 1
                text = typed(rng, _pick(P.NATIONAL_NAMED, k), n=_pick(forms, k), cs=_pick(countries, k + j))
                yield Turn(
                    "phone_national_country_named",
                    text,
                    "phone_number",
                    _names_known(self.person(k)),
                    expect=expect,
                )
            k += 1
            if ex.region in ADJECTIVES:
                text = typed(
                    rng,
                    _pick(P.NATIONAL_NAMED_ADJ, k),
                    n=_pick(forms, k),
                    adj=_pick(ADJECTIVES[ex.region], k),
                )
            else:
                text = spoken(
                    rng, _pick(P.NATIONAL_NAMED_SPOKEN, k), n=spoken_national(ex), cs=_pick(countries, k)
                )
            yield Turn(
                "phone_national_country_named",
                text,
                "phone_number",
                _names_known(self.person(k)),
                expect=expect,
            )

    def phone_national_default_region(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for ex in self.examples:
            forms = list(typed_national(ex).values())
            for j in range(2):
                k += 1
                text = typed(rng, _pick(P.PHONE_TYPED, k), n=_pick(forms, k + j))
                yield Turn(
                    "phone_national_default_region",
                    text,
                    "phone_number",
                    _names_known(self.person(k)),
                    default_region=ex.region,
                    expect=ex.expect(),
                )
            k += 1
            text = spoken(
                rng, _pick(P.PHONE_SPOKEN, k), n=spoken_national(ex, "oh" if k % 2 else "zero", k % 3 > 0)
            )
            yield Turn(
                "phone_national_default_region",
                text,
                "phone_number",
                _names_known(self.person(k)),
                default_region=ex.region,
                expect=ex.expect(),
            )

    def phone_national_no_region(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        absent = ("phone_number", "country_code")
        for i, ex in enumerate(self.examples):
            if re.sub(r"\D", "", ex.national).startswith("011"):
                # North America's international prefix: with no country known it is not clearly national
                continue
            forms = list(typed_national(ex).values())
            for j in range(2):
                k += 1
                number = _pick(forms, k + j)
                text = typed(rng, _pick(P.PHONE_TYPED, k), n=number)
                yield Turn(
                    "phone_national_no_region",
                    text,
                    "phone_number",
                    _names_known(self.person(k)),
                    absent=absent,
                    present=("pending_phone",),
                    digits={"pending_phone": re.sub(r"\D", "", number)},
                )
            if i % 2 == 0:
                k += 1
                text = spoken(rng, _pick(P.PHONE_SPOKEN, k), n=spoken_national(ex))
                yield Turn(
                    "phone_national_no_region",
                    text,
                    "phone_number",
                    _names_known(self.person(k)),
                    absent=absent,
                    present=("pending_phone",),
                )
        # The issue's own examples: North American numbers and digits that look like a country code.
        for number in (
            "6095778100",
            "(670) 234-5678",
            "(609) 577-8100",
            "609-577-8100",
            "66 7397-0934",
            "021 123 4567",
            "(212) 555-0187",
            "4915112345678",
        ):
            for template in ("{n}", "it's {n}", "my number is {n}", "{n} is my cell"):
                k += 1
                yield Turn(
                    "phone_national_no_region",
                    template.format(n=number),
                    "phone_number",
                    _names_known(self.person(k)),
                    absent=absent,
                    present=("pending_phone",),
                    digits={"pending_phone": re.sub(r"\D", "", number)},
                )

    def country_answer(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for ex in self.named:
            names, sentence_forms = country_names()[ex.region], in_sentence(ex.region)
            pending = _pick(list(typed_national(ex).values()), k)
            expect = {"phone_number": ex.nsn, "country_code": ex.country_code, "country": ex.region}
            texts = []
            for j in range(2):
                k += 1
                texts.append(
                    typed(rng, _pick(P.COUNTRY_ANSWER, k), c=_pick(names, k + j), cs=_pick(sentence_forms, k))
                )
            k += 1
            texts.append(
                spoken(rng, _pick(P.COUNTRY_ANSWER, k), c=_pick(names, k), cs=_pick(sentence_forms, k))
            )
            codes, dials, adjectives = (
                iso_codes(ex.region),
                dialling_codes(ex.region),
                ADJECTIVES.get(ex.region, ()),
            )
            if codes:
                texts.append(typed(rng, _pick(P.COUNTRY_ANSWER_CODE, k), code=codes[0]))
            if dials:
                texts.append(typed(rng, _pick(P.COUNTRY_ANSWER_DIAL, k), dial=_pick(dials, k)))
            if adjectives:
                texts.append(typed(rng, _pick(P.COUNTRY_ANSWER_ADJ, k), adj=_pick(adjectives, k)))
            for text in texts:
                person = self.person(k)
                yield Turn(
                    "country_answer",
                    text,
                    "country",
                    {**_names_known(person), "pending_phone": pending},
                    expect=expect,
                )

    # --- names and titles ------------------------------------------------------------------------
    def title_answer(self, rng: random.Random) -> Iterator[Turn]:
        k = 0
        for title in TITLES:
            for form in TITLE_FORMS[title]:
                for template in P.TITLE_ANSWER:
                    k += 1
                    say = spoken if form.islower() and k % 3 == 0 else typed
                    yield Turn(
                        "title_answer",
                        say(rng, template, t=form),
                        "salutation",
                        {},
                        expect={"salutation": title},
                    )

    def first_name_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k, person in enumerate(self.people):
            say = spoken if k % 3 == 0 else typed
            known = {"salutation": person.title}
            yield Turn(
                "first_name_answer",
                say(rng, _pick(P.FIRST_ONLY, k), f=person.first),
                "first_name",
                known,
                expect={"first_name": person.first},
                absent=("last_name",),
            )
            if k % 3 == 1:
                yield Turn(
                    "first_name_answer",
                    say(rng, _pick(P.FIRST_FULL, k), f=person.first, l=person.last),
                    "first_name",
                    known,
                    expect={"first_name": person.first, "last_name": person.last},
                )

    def last_name_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k, person in enumerate(self.people):
            say = spoken if k % 3 == 0 else typed
            known = {"salutation": person.title, "first_name": person.first}
            yield Turn(
                "last_name_answer",
                say(rng, _pick(P.LAST_ONLY, k), l=person.last),
                "last_name",
                known,
                expect={"last_name": person.last},
            )

    def x_is_my_y(self, rng: random.Random) -> Iterator[Turn]:
        for i, ex in enumerate(self.examples):
            k = i + 1
            person = self.person(k)
            if i % 4 == 3:  # a national number where the default region says whose it is
                text = typed(
                    rng, _pick(P.X_IS_MY_Y["phone_number"], k), n=_pick(list(typed_national(ex).values()), k)
                )
                yield Turn(
                    "x_is_my_y",
                    text,
                    "phone_number",
                    _names_known(person),
                    default_region=ex.region,
                    expect=ex.expect(),
                )
            else:
                text = typed(
                    rng,
                    _pick(P.X_IS_MY_Y["phone_number"], k),
                    n=_pick(list(typed_international(ex).values()), k),
                )
                yield Turn("x_is_my_y", text, "phone_number", _names_known(person), expect=ex.expect())
        for k, person in enumerate(self.people[::3]):
            say = spoken if k % 3 == 0 else typed
            yield Turn(
                "x_is_my_y",
                say(rng, _pick(P.X_IS_MY_Y["first_name"], k), f=person.first),
                "first_name",
                {"salutation": person.title},
                expect={"first_name": person.first},
                absent=("last_name",),
            )
            yield Turn(
                "x_is_my_y",
                say(rng, _pick(P.X_IS_MY_Y["last_name"], k), l=person.last),
                "last_name",
                {"salutation": person.title, "first_name": person.first},
                expect={"last_name": person.last},
            )
        for title in TITLES:
            for form in TITLE_FORMS[title]:
                for template in P.X_IS_MY_Y["salutation"]:
                    yield Turn(
                        "x_is_my_y",
                        typed(rng, template, t=form),
                        "salutation",
                        {},
                        expect={"salutation": title},
                    )

    # --- openers and pastes ----------------------------------------------------------------------
    def opener_request_only(self, rng: random.Random) -> Iterator[Turn]:
        absent = (*NAME_SLOTS, "phone_number")
        combos = list(
            itertools.product(P.OPENER_GREETINGS, P.OPENER_REQUESTS, P.OPENER_OBJECTS, P.OPENER_TAILS)
        )
        for greeting, request, obj, tail in random.Random(SEED).sample(combos, 1600):
            text = f"{greeting}{request} {obj}{tail}"
            text = spoken(rng, text) if rng.random() < 0.3 else text
            yield Turn("opener_request_only", text, None, absent=absent)
        for k, text in enumerate(P.OPENER_FIXED):
            for style in (
                lambda t: t,
                str.lower,
                lambda t: spoken(rng, t),
                lambda t: typed(rng, t) + " please",
            ):
                yield Turn("opener_request_only", style(text), None, absent=absent)
        for k, ex in enumerate(self.examples):
            forms = list(typed_international(ex).values())
            text = typed(rng, _pick(P.OPENER_NUMBER_ONLY, k), n=_pick(forms, k))
            yield Turn("opener_request_only", text, None, expect=ex.expect(), absent=NAME_SLOTS)

    def opener_with_details(self, rng: random.Random) -> Iterator[Turn]:
        for k, person in enumerate(self.people):
            f, l, t = person.first, person.last, person.title
            written = t + "." if k % 4 == 1 and t not in ("Miss",) else t
            kind = k % 5
            if kind in (0, 1):
                if k % 3 == 0:
                    text = spoken(
                        rng, _pick(P.OPENER_DETAILS_FULL, k), t=_pick(SPOKEN_TITLES[t], k), f=f, l=l
                    )
                else:
                    text = typed(rng, _pick(P.OPENER_DETAILS_FULL, k), t=written, f=f, l=l)
                yield Turn(
                    "opener_with_details",
                    text,
                    None,
                    expect={"salutation": t, "first_name": f, "last_name": l},
                    absent=("phone_number",),
                )
            elif kind == 2:
                say = spoken if k % 3 == 0 else typed
                yield Turn(
                    "opener_with_details",
                    say(rng, _pick(P.OPENER_DETAILS_NAME, k), f=f, l=l),
                    None,
                    expect={"first_name": f, "last_name": l},
                    absent=("salutation", "phone_number"),
                )
            elif kind == 3:
                say = spoken if k % 3 == 0 else typed
                yield Turn(
                    "opener_with_details",
                    say(rng, _pick(P.OPENER_DETAILS_FIRST, k), f=f),
                    None,
                    expect={"first_name": f},
                    absent=("salutation", "last_name", "phone_number"),
                )
            else:
                ex = _pick(self.examples, k * 13)
                template = _pick(P.OPENER_DETAILS_PHONE, k)
                text = typed(
                    rng, template, t=written, f=f, l=l, n=_pick(list(typed_international(ex).values()), k)
                )
                expect = {"first_name": f, "last_name": l, **ex.expect()}
                if "{t}" in template:
                    yield Turn("opener_with_details", text, None, expect={**expect, "salutation": t})
                else:
                    yield Turn("opener_with_details", text, None, expect=expect, absent=("salutation",))

    def paste(self, rng: random.Random) -> Iterator[Turn]:
        for k, person in enumerate(self.people):
            ex = _pick(self.examples, k * 7)
            forms = typed_international(ex)
            number = _pick(
                [
                    forms[n]
                    for n in ("international", "e164", "dashes", "brackets", "idd_00", "spaced")
                    if n in forms
                ],
                k,
            )
            template = _pick(P.PASTES, k)
            titled = k % 4 != 0 and "{tt}" in template
            tt = (person.title + ("." if k % 2 else "") + " ") if titled else ""
            ext = _extension(rng) if k % 4 == 1 else ""
            text = template.format(tt=tt, f=person.first, l=person.last, n=number)
            if ext:
                text += _pick(P.PASTE_EXTENSIONS, k).format(e=ext)
            expect = {"first_name": person.first, "last_name": person.last, **ex.expect(ext)}
            if titled:
                yield Turn("paste", text, None, expect={**expect, "salutation": person.title})
            else:
                yield Turn("paste", text, None, expect=expect, absent=("salutation",))

    # --- the read-back ---------------------------------------------------------------------------
    def _readback(
        self,
        rng: random.Random,
        category: str,
        forms: tuple[str, ...],
        expect: dict[str, Any],
        absent: tuple[str, ...],
    ) -> Iterator[Turn]:
        for k in range(len(forms) * 20):
            form = _pick(forms, k)
            variant = (k // len(forms)) % 4
            text = form if variant == 0 else spoken(rng, form) if variant == 1 else typed(rng, form)
            if variant == 3:
                text = rng.choice(("um ", "uh ", "well ", "so ", "ok ")) + text.lower()
            known = _contact(
                self.person(k), _pick(self.examples, k * 11), _extension(rng) if k % 5 == 0 else ""
            )
            yield Turn(category, text, "confirmed", known, expect=expect, absent=absent)

    def readback_yes(self, rng: random.Random) -> Iterator[Turn]:
        yield from self._readback(
            rng, "readback_yes", P.READBACK_YES, {"confirmed": True}, ("awaiting_change",)
        )

    def readback_no(self, rng: random.Random) -> Iterator[Turn]:
        yield from self._readback(
            rng, "readback_no", P.READBACK_NO, {"awaiting_change": True}, ("confirmed",)
        )

    def readback_correction(self, rng: random.Random) -> Iterator[Turn]:
        def title(k: int, p: Person, known: dict[str, str]) -> tuple[str, dict[str, Any], dict[str, str]]:
            new = _pick([t for t in TITLES if t != p.title], k)
            return typed(rng, _pick(P.CORRECT_TITLE, k), t=new, t0=p.title), {"salutation": new}, known

        def add_extension(
            k: int, p: Person, known: dict[str, str]
        ) -> tuple[str, dict[str, Any], dict[str, str]]:
            ext = _extension(rng)
            return (
                typed(rng, _pick(P.CORRECT_ADD_EXTENSION, k), e=ext),
                {"extension": ext},
                {**known, "extension": ""},
            )

        def remove_extension(
            k: int, p: Person, known: dict[str, str]
        ) -> tuple[str, dict[str, Any], dict[str, str]]:
            return (
                typed(rng, _pick(P.CORRECT_REMOVE_EXTENSION, k)),
                {"extension": ""},
                {**known, "extension": _extension(rng)},
            )

        def last(k: int, p: Person, known: dict[str, str]) -> tuple[str, dict[str, Any], dict[str, str]]:
            new = self.person(k + 1).last
            return typed(rng, _pick(P.CORRECT_LAST, k), l=new, l0=p.last), {"last_name": new}, known

        def first(k: int, p: Person, known: dict[str, str]) -> tuple[str, dict[str, Any], dict[str, str]]:
            new = self.person(k + 2).first
            return typed(rng, _pick(P.CORRECT_FIRST, k), f=new, f0=p.first), {"first_name": new}, known

        def phone(k: int, p: Person, known: dict[str, str]) -> tuple[str, dict[str, Any], dict[str, str]]:
            ex = _pick(self.examples, k * 17 + 5)
            number = _pick(list(typed_international(ex).values()), k)
            expect = {"phone_number": ex.nsn, "country_code": ex.country_code}
            return typed(rng, _pick(P.CORRECT_PHONE, k), n=number), expect, known

        kinds: list[Callable[[int, Person, dict[str, str]], tuple[str, dict[str, Any], dict[str, str]]]] = [
            title,
            add_extension,
            remove_extension,
            last,
            first,
            phone,
        ]
        for k in range(1500):
            person = self.person(k)
            make = kinds[k % len(kinds)]
            known = _contact(person, _pick(self.examples, k * 3), "")
            text, expect, known = make(k // len(kinds), person, known)
            if any(
                str(value).casefold() == str(known.get(slot, "")).casefold() and value != ""
                for slot, value in expect.items()
            ):
                continue  # the "new" value is the one already there
            yield Turn("readback_correction", text, "confirmed", known, expect=expect, absent=("confirmed",))


def build_tuning(people: tuple[Person, ...]) -> Iterable[Turn]:
    return Corpus(people).turns()
