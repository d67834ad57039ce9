"""What the three blind language sets (spanish.py, french.py, german.py) share: people, numbers,
number words, and one builder per category that fills each language's own sentences.

Written from how people in Spain, Mexico, Argentina, Colombia, France, Belgium, Switzerland,
Canada, Germany and Austria talk, type and paste, without reading the interpreter. Ground truth
comes only from the inputs: Faker's names (seeded, per locale), the sentences' own meaning, and
phonenumbers (every number here is phonenumbers' example number of its region, with its last
digits varied and kept only when phonenumbers calls the result a valid number of that region;
every written or spoken form is kept only when its digits parse back to the same number).

Each language module gives a ``Language`` (its words and sentences) and calls ``build_set``.
Every turn carries ``language``; nothing here runs the interpreter.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat as Fmt
from phonenumbers import PhoneNumberType as Type

from .numbers import Example
from .turn import Turn

# --------------------------------------------------------------------------------------------
# Number words (written here as ground truth; tests/unit/test_language_sets.py checks them)

ES_UNITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
ES_TEENS = (
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
ES_TENS = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
ES_HUNDREDS = {
    1: "ciento",
    2: "doscientos",
    3: "trescientos",
    4: "cuatrocientos",
    5: "quinientos",
    6: "seiscientos",
    7: "setecientos",
    8: "ochocientos",
    9: "novecientos",
}


def spanish_number(n: int) -> str:
    """0..999 as Spanish writes it ("seiscientos doce", "treinta y cuatro", "cien")."""
    if n < 10:
        return ES_UNITS[n]
    if n < 30:
        return ES_TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        return ES_TENS[tens] + (f" y {ES_UNITS[unit]}" if unit else "")
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    return ES_HUNDREDS[hundreds] + (f" {spanish_number(rest)}" if rest else "")


FR_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
FR_TEENS = (
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def french_number(n: int, variant: str = "fr") -> str:
    """0..999 in French; ``variant`` "fr" (France, Canada), "be" (septante, nonante) or "ch"
    (septante, huitante, nonante, as in Vaud and Valais)."""
    if n < 10:
        return FR_UNITS[n]
    if n < 20:
        return FR_TEENS[n - 10]
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{FR_UNITS[hundreds]} cent"
        if not rest:
            return head if hundreds == 1 else head + "s"
        return f"{head} {french_number(rest, variant)}"
    tens, unit = divmod(n, 10)
    regional = {"be": {7: "septante", 9: "nonante"}, "ch": {7: "septante", 8: "huitante", 9: "nonante"}}
    word = regional.get(variant, {}).get(tens) or FR_TENS.get(tens)
    if word:
        if unit == 0:
            return word
        return f"{word} et un" if unit == 1 else f"{word}-{FR_UNITS[unit]}"
    if tens == 7:  # soixante-dix, soixante et onze, soixante-douze ...
        return "soixante et onze" if unit == 1 else f"soixante-{FR_TEENS[unit]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{FR_UNITS[unit]}"
    return f"quatre-vingt-{FR_TEENS[unit]}"  # 90..99


DE_UNITS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
DE_TEENS = (
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
)
DE_TENS = {
    2: "zwanzig",
    3: "dreißig",
    4: "vierzig",
    5: "fünfzig",
    6: "sechzig",
    7: "siebzig",
    8: "achtzig",
    9: "neunzig",
}


def german_number(n: int, swiss: bool = False) -> str:
    """0..99 in German ("dreiundzwanzig"); Swiss spelling writes ß as ss ("dreissig")."""
    if n < 10:
        word = DE_UNITS[n]
    elif n < 20:
        word = DE_TEENS[n - 10]
    else:
        tens, unit = divmod(n, 10)
        word = DE_TENS[tens]
        if unit:
            word = ("ein" if unit == 1 else DE_UNITS[unit]) + "und" + word
    return word.replace("ß", "ss") if swiss else word


@dataclass(frozen=True)
class Speech:
    """How one caller says digits: the digit words, the pair (or group) words, the plus word."""

    digit: Callable[[str], str]  # "7" -> "siete"
    group: Callable[[str], str] | None  # "34" -> "treinta y cuatro" (no leading zero), or None
    group_max: int  # the longest digit group said as one number (2 or 3)
    plus: tuple[str, ...]  # "más", "plus"
    double: str = ""  # "doppel" (German), or ""


def _chunks(group: str, size: int) -> list[str]:
    """A printed digit group split the way it is said: pairs, with a leading odd three."""
    if len(group) <= size:
        return [group]
    if len(group) % 2:
        head = 3 if size >= 3 else 1
        return [group[:head], *_chunks(group[head:], 2)]
    return [group[i : i + 2] for i in range(0, len(group), 2)]


def say_chunk(chunk: str, speech: Speech, as_number: bool) -> tuple[str, str]:
    """(words, digits) of one chunk: leading zeros one by one, the rest as one number or digit
    by digit. The digits are taken from the words' own source, so they can be checked."""
    words: list[str] = []
    rest = chunk
    while as_number and rest.startswith("0") and len(rest) > 1:
        words.append(speech.digit("0"))
        rest = rest[1:]
    if as_number and speech.group is not None and len(rest) <= speech.group_max:
        words.append(speech.group(rest) if len(rest) > 1 else speech.digit(rest))
    else:
        i = 0
        while i < len(rest):
            if (
                speech.double
                and i + 1 < len(rest)
                and rest[i] == rest[i + 1]
                and (i + 2 == len(rest) or rest[i + 2] != rest[i])
            ):
                words.append(f"{speech.double} {speech.digit(rest[i])}")
                i += 2
                continue
            words.append(speech.digit(rest[i]))
            i += 1
    return " ".join(words), chunk


def say_groups(groups: Sequence[str], speech: Speech, style: str, sep: str) -> tuple[str, str]:
    """The groups said aloud: style "digits" (one by one) or "pairs" (the first group digit by
    digit when it starts with 0 and is long, as area codes are read, then numbers)."""
    parts: list[str] = []
    digits = ""
    for index, group in enumerate(groups):
        if style == "digits":
            text, got = say_chunk(group, speech, as_number=False)
            parts.append(text)
            digits += got
            continue
        prefix_by_digit = index == 0 and speech.group_max == 2 and len(group) > 2
        for chunk in [group] if prefix_by_digit else _chunks(group, speech.group_max):
            text, got = say_chunk(chunk, speech, as_number=not prefix_by_digit)
            parts.append(text)
            digits += got
    return sep.join(parts), digits


def transcribed(text: str, rng: random.Random) -> str:
    """As a speech recogniser writes it: a capital first letter, often a full stop."""
    text = text[:1].upper() + text[1:]
    return text + "." if rng.random() < 0.6 else text


# --------------------------------------------------------------------------------------------
# Numbers: phonenumbers' examples, varied, each checked by phonenumbers


def _parses_to(text: str, region: str | None, e164: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(number, Fmt.E164) == e164


@lru_cache(maxsize=None)
def number_pool(region: str, kind: str, size: int = 12) -> tuple[Example, ...]:
    """``size`` valid numbers of ``region`` ("mobile" or "fixed"): the example number with its
    last six digits varied, kept only when phonenumbers says the result is valid there."""
    base = phonenumbers.example_number_for_type(region, Type.MOBILE if kind == "mobile" else Type.FIXED_LINE)
    if base is None:
        return ()
    rng = random.Random(f"{region}-{kind}")
    nsn = phonenumbers.national_significant_number(base)
    found: dict[str, Example] = {}
    for attempt in range(size * 40):
        if len(found) == size:
            break
        keep = max(len(nsn) - 6, 2)
        candidate = (
            nsn if attempt == 0 else nsn[:keep] + "".join(rng.choice("0123456789") for _ in nsn[keep:])
        )
        number = phonenumbers.parse(f"+{base.country_code}{candidate}", None)
        if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != region:
            continue
        e164 = phonenumbers.format_number(number, Fmt.E164)
        national = phonenumbers.format_number(number, Fmt.NATIONAL)
        if e164 in found or national.startswith(("+", "00")) or not _parses_to(national, region, e164):
            continue
        found[e164] = Example(
            region=region,
            e164=e164,
            country_code=f"+{number.country_code}",
            nsn=phonenumbers.national_significant_number(number),
            international=phonenumbers.format_number(number, Fmt.INTERNATIONAL),
            national=national,
        )
    return tuple(found[k] for k in sorted(found))


def pick_number(rng: random.Random, region: str, kind: str | None = None) -> Example:
    kinds = [k for k in ("mobile", "fixed") if number_pool(region, k)] if kind is None else [kind]
    return rng.choice(number_pool(region, rng.choice(kinds)))


def written_national(ex: Example, rng: random.Random) -> str:
    """The national number as typed: as formatted, digits only, or dashes; each checked."""
    groups = ex.national_groups
    forms = [ex.national, "".join(groups), "-".join(groups), " ".join(groups)]
    kept = [f for f in dict.fromkeys(forms) if _parses_to(f, ex.region, ex.e164)]
    return rng.choice(kept)


def written_international(ex: Example, rng: random.Random) -> str:
    """The international number as typed: +.., 00.., spaced, compact; each checked."""
    groups = ex.groups
    cc = ex.country_code
    forms = [
        ex.international,
        ex.e164,
        f"{cc} {' '.join(groups)}",
        "00" + ex.international[1:],
        "00" + ex.e164[1:],
    ]
    kept = [
        f for f in dict.fromkeys(forms) if _parses_to("+" + f[2:] if f.startswith("00") else f, None, ex.e164)
    ]
    return rng.choice(kept)


def spoken_national(ex: Example, speech: Speech, rng: random.Random) -> tuple[str, str]:
    """(words, digits) of the national number said aloud; the digits parse back to ``ex``."""
    style = rng.choice(("digits", "pairs"))
    text, digits = say_groups(ex.national_groups, speech, style, rng.choice((" ", ", ")))
    assert digits == "".join(ex.national_groups) and _parses_to(digits, ex.region, ex.e164), (ex, text)
    return text, digits


def spoken_international(ex: Example, speech: Speech, rng: random.Random, zero_zero: str) -> tuple[str, str]:
    """(words, digits) of the international number said aloud: "más treinta y cuatro, ..."."""
    cc = ex.country_code[1:]
    style = rng.choice(("digits", "pairs"))
    if style == "pairs" and speech.group is not None and len(cc) <= speech.group_max and len(cc) > 1:
        code = speech.group(cc)
    else:
        code = " ".join(speech.digit(d) for d in cc)
    lead = rng.choice((rng.choice(speech.plus), zero_zero))
    sep = rng.choice((" ", ", "))
    body, digits = say_groups(ex.groups, speech, style, sep)
    assert _parses_to("+" + cc + digits, None, ex.e164), (ex, body)
    return f"{lead} {code}{sep}{body}", cc + digits


# --------------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    gender: str  # "m" or "f"
    locale: str


def one_word(name: str) -> bool:
    core = name.replace("-", "").replace("'", "")
    return (
        len(core) >= 2
        and name[0] not in "-'"
        and name[-1] not in "-'"
        and all(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in core)
    )


def words_of(value: object) -> set[str]:
    """Every lower-case word in a value (strings, and containers of them)."""
    if isinstance(value, str):
        return {w.strip("'-") for w in re.findall(r"[^\W\d_][\w'-]*", value.casefold())} - {""}
    if isinstance(value, Mapping):
        return set().union(set(), *(words_of(k) | words_of(v) for k, v in value.items()))
    if isinstance(value, (tuple, list, set, frozenset)):
        return set().union(set(), *(words_of(v) for v in value))
    return set()


def make_people(
    locales: Sequence[str], forbidden: frozenset[str], seed: int, per_locale: int = 60
) -> tuple[Person, ...]:
    """Seeded Faker people per locale: one-word first and last names, none a word of the set's
    own sentences, titles, number words or country names."""
    found: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for locale in locales:
        fake = Faker(locale)
        fake.seed_instance(seed)
        kept = 0
        for index in range(per_locale * 8):
            if kept == per_locale:
                break
            gender = "f" if index % 2 else "m"
            first = fake.first_name_female() if gender == "f" else fake.first_name_male()
            last = fake.last_name()
            if not (one_word(first) and one_word(last)) or first.casefold() == last.casefold():
                continue
            if words_of(first) & forbidden or words_of(last) & forbidden or (first, last) in seen:
                continue
            seen.add((first, last))
            found.append(Person(first, last, gender, locale))
            kept += 1
    return tuple(found)


# --------------------------------------------------------------------------------------------
# A language's words and sentences


@dataclass(frozen=True)
class Language:
    """Everything one set says, as data. Placeholders: {t} title, {first}, {last}, {old} (the
    value being corrected), {phone}, {intl}, {national}, {country}, {ext}."""

    code: str  # "es"
    prefix: str  # "es_"
    seed: int
    locales: tuple[str, ...]  # Faker locales
    home: Mapping[str, str]  # Faker locale -> the region its callers' numbers are in
    speech: Callable[[str, random.Random], Speech]  # locale -> how that caller says numbers
    zero_zero: str  # "cero cero", "zéro zéro", "null null"
    # title forms: (written form, canonical, gender "m"/"f"/"")
    titles: tuple[tuple[str, str, str], ...]
    title_answers: tuple[str, ...]  # "{t}", "Ponga {t}" ...
    title_with_last: tuple[str, ...]  # "{t} {last}" (a title with the surname)
    first_answers: tuple[str, ...]
    last_answers: tuple[str, ...]
    full_answers: tuple[str, ...]  # at the first-name question: first and last
    particle_surnames: tuple[str, ...]
    particle_answers: tuple[str, ...]  # at the last-name question
    particle_full: tuple[str, ...]  # at the first-name question
    # countries: region -> (names, phrases that place a number there, adjectives in "a X number")
    country_names: Mapping[str, tuple[str, ...]]
    country_from: Mapping[str, tuple[str, ...]]
    country_answers: tuple[str, ...]  # "{country}", "Es de {country}" use names; see country_from
    national_with_country: tuple[str, ...]  # "{national}, {from}"
    national_home: tuple[str, ...]  # "{national}" with the default region set
    intl_answers: tuple[str, ...]  # "{intl}", "Mi número es {intl}"
    spoken_lead: tuple[str, ...]  # "{spoken}", "Es el {spoken}"
    extension_words: Mapping[str, tuple[str, ...]]  # locale -> words
    extension_answers: tuple[str, ...]  # "{phone} {word} {ext}"
    yes: tuple[str, ...]
    no: tuple[str, ...]
    corrections_first: tuple[str, ...]
    corrections_last: tuple[str, ...]
    corrections_title: tuple[tuple[str, str, str], ...]  # (text, known title, new title)
    corrections_phone: tuple[str, ...]
    field_only: Mapping[str, tuple[str, ...]]  # slot -> "el número está mal"
    change_first: tuple[str, ...]
    change_last: tuple[str, ...]
    change_phone: tuple[str, ...]
    change_title: tuple[tuple[str, str], ...]  # (text, new title)
    change_field_only: Mapping[str, tuple[str, ...]]
    controls: tuple[str, ...]
    openers: tuple[str, ...]  # with {t}{first}{last}{phone}; {t} may be absent in the template
    pastes: tuple[str, ...]  # agents' pastes; {title} {first} {last} {LAST} {national} {intl} {mobile_word}
    mobile_words: Mapping[str, tuple[str, ...]]  # locale -> "móvil", "celular"
    extra: Mapping[str, Any] = field(default_factory=dict)
    double_surname_answers: tuple[str, ...] = ()  # Spanish only: {l1} {l2}
    double_surname_full: tuple[str, ...] = ()

    def template_words(self) -> frozenset[str]:
        words: set[str] = set()
        for name in self.__dataclass_fields__:
            if name in ("code", "prefix", "seed", "locales", "home", "speech", "particle_surnames"):
                continue
            words |= words_of(getattr(self, name))
        words |= words_of([t[0] for t in self.titles])
        for n in range(1000):
            words |= words_of(
                [spanish_number(n), french_number(n), french_number(n, "be"), french_number(n, "ch")]
            )
        for n in range(100):
            words |= words_of([german_number(n), german_number(n, True)])
        words |= {"zwo", "doppel", "más", "plus", "oh", "ext"}
        return frozenset(words)


CATEGORY_NAMES = (
    "titles",
    "first_names",
    "last_names",
    "full_names",
    "particles",
    "phone_national_country",
    "phone_international",
    "phone_spoken",
    "extensions",
    "countries",
    "readback_yes",
    "readback_no",
    "corrections",
    "change_request",
    "controls",
    "openers",
    "pastes",
)
NAME_ABSENT = ("salutation", "first_name", "last_name")


class Builder:
    """One language's turns, category by category, from its data and a fixed seed."""

    def __init__(self, lang: Language, sizes: Mapping[str, int]) -> None:
        self.lang = lang
        self.sizes = sizes
        self.rng = random.Random(lang.seed)
        forbidden = lang.template_words() | words_of(list(lang.particle_surnames))
        self.people = make_people(lang.locales, forbidden, lang.seed)
        self.turns: list[Turn] = []

    # helpers -----------------------------------------------------------------------------
    def turn(self, category: str, text: str, asked: str | None, **kw: Any) -> None:
        self.turns.append(Turn(self.lang.prefix + category, text, asked, language=self.lang.code, **kw))

    def person(self) -> Person:
        return self.rng.choice(self.people)

    def title_for(self, gender: str) -> tuple[str, str]:
        choices = [(form, canon) for form, canon, g in self.lang.titles if g in ("", gender)]
        return self.rng.choice(choices)

    def home(self, person: Person) -> str:
        return self.lang.home[person.locale]

    def known(self, person: Person, ex: Example, title: str | None = None) -> dict[str, str]:
        if title is None:
            title = self.title_for(person.gender)[1]
        return {
            "salutation": title,
            "first_name": person.first,
            "last_name": person.last,
            "phone_number": ex.nsn,
            "country_code": ex.country_code,
            "extension": "",
        }

    def other_region(self) -> str:
        return self.rng.choice(sorted(self.lang.country_from))

    def fill(self, template: str, **values: str) -> str:
        text = template.format(**values)
        return text.replace("..", ".") if "..." not in text else text

    def count(self, category: str) -> int:
        return self.sizes[category]

    # categories --------------------------------------------------------------------------
    def titles(self) -> None:
        for i in range(self.count("titles")):
            person = self.person()
            form, canon = self.title_for(person.gender)
            if i % 6 == 5:
                template = self.rng.choice(self.lang.title_with_last)
                text = self.fill(template, t=form, last=person.last)
                self.turn(
                    "titles",
                    text,
                    "salutation",
                    expect={"salutation": canon, "last_name": person.last},
                    absent=("first_name",),
                )
            else:
                text = self.fill(self.rng.choice(self.lang.title_answers), t=form)
                self.turn(
                    "titles",
                    text,
                    "salutation",
                    expect={"salutation": canon},
                    absent=("first_name", "last_name"),
                )

    def first_names(self) -> None:
        for _ in range(self.count("first_names")):
            person = self.person()
            text = self.fill(
                self.rng.choice(self.lang.first_answers), first=person.first, article=self.article(person)
            )
            self.turn(
                "first_names",
                text,
                "first_name",
                known={},
                expect={"first_name": person.first},
                absent=("last_name", "salutation"),
            )

    def article(self, person: Person) -> str:
        articles = self.lang.extra.get("articles", {"m": "", "f": ""})
        return articles[person.gender]

    def last_names(self) -> None:
        for _ in range(self.count("last_names")):
            person = self.person()
            text = self.fill(self.rng.choice(self.lang.last_answers), last=person.last)
            self.turn(
                "last_names",
                text,
                "last_name",
                known={"first_name": person.first},
                expect={"last_name": person.last},
                absent=("salutation",),
            )

    def full_names(self) -> None:
        for i in range(self.count("full_names")):
            person = self.person()
            if self.lang.double_surname_full and i % 3 == 2:
                other = self.person().last
                if other.casefold() == person.last.casefold():
                    continue
                text = self.fill(
                    self.rng.choice(self.lang.double_surname_full),
                    first=person.first,
                    l1=person.last,
                    l2=other,
                )
                expect = {"first_name": person.first, "last_name": f"{person.last} {other}"}
            else:
                text = self.fill(
                    self.rng.choice(self.lang.full_answers), first=person.first, last=person.last
                )
                expect = {"first_name": person.first, "last_name": person.last}
            self.turn("full_names", text, "first_name", expect=expect, absent=("salutation",))

    def double_surnames(self) -> None:
        for _ in range(self.count("double_surnames")):
            person = self.person()
            other = self.person().last
            if other.casefold() == person.last.casefold():
                continue
            text = self.fill(self.rng.choice(self.lang.double_surname_answers), l1=person.last, l2=other)
            self.turn(
                "double_surnames",
                text,
                "last_name",
                known={"first_name": person.first},
                expect={"last_name": f"{person.last} {other}"},
                absent=("salutation",),
            )

    def particles(self) -> None:
        for i in range(self.count("particles")):
            person = self.person()
            surname = self.rng.choice(self.lang.particle_surnames)
            if i % 2:
                text = self.fill(self.rng.choice(self.lang.particle_full), first=person.first, last=surname)
                self.turn(
                    "particles",
                    text,
                    "first_name",
                    expect={"first_name": person.first, "last_name": surname},
                    absent=("salutation",),
                )
            else:
                text = self.fill(self.rng.choice(self.lang.particle_answers), last=surname)
                self.turn(
                    "particles",
                    text,
                    "last_name",
                    known={"first_name": person.first},
                    expect={"last_name": surname},
                    absent=("salutation",),
                )

    def phone_national_country(self) -> None:
        for i in range(self.count("phone_national_country")):
            person = self.person()
            if i % 4 == 3:  # the caller's own country is the bot's default: no country said
                region = self.home(person)
                ex = pick_number(self.rng, region)
                text = self.fill(
                    self.rng.choice(self.lang.national_home), national=written_national(ex, self.rng)
                )
                self.turn(
                    "phone_national_country",
                    text,
                    "phone_number",
                    known=self.names(person),
                    default_region=region,
                    expect=ex.expect(),
                )
                continue
            region = self.home(person) if i % 2 else self.other_region()
            ex = pick_number(self.rng, region)
            where = self.rng.choice(self.lang.country_from[region])
            text = self.fill(
                self.rng.choice(self.lang.national_with_country),
                national=written_national(ex, self.rng),
                where=where,
            )
            self.turn(
                "phone_national_country", text, "phone_number", known=self.names(person), expect=ex.expect()
            )

    def names(self, person: Person) -> dict[str, str]:
        return {
            "salutation": self.title_for(person.gender)[1],
            "first_name": person.first,
            "last_name": person.last,
        }

    def phone_international(self) -> None:
        for i in range(self.count("phone_international")):
            person = self.person()
            region = self.home(person) if i % 2 else self.other_region()
            ex = pick_number(self.rng, region)
            text = self.fill(
                self.rng.choice(self.lang.intl_answers), intl=written_international(ex, self.rng)
            )
            self.turn(
                "phone_international", text, "phone_number", known=self.names(person), expect=ex.expect()
            )

    def phone_spoken(self) -> None:
        for i in range(self.count("phone_spoken")):
            person = self.person()
            speech = self.lang.speech(person.locale, self.rng)
            region = self.home(person)
            ex = pick_number(self.rng, region)
            if i % 3 == 0:
                spoken, _ = spoken_international(ex, speech, self.rng, self.lang.zero_zero)
                default = None
            else:
                spoken, _ = spoken_national(ex, speech, self.rng)
                default = region
            text = transcribed(self.fill(self.rng.choice(self.lang.spoken_lead), spoken=spoken), self.rng)
            self.turn(
                "phone_spoken",
                text,
                "phone_number",
                known=self.names(person),
                default_region=default,
                expect=ex.expect(),
            )

    def extensions(self) -> None:
        for i in range(self.count("extensions")):
            person = self.person()
            region = self.home(person)
            ex = pick_number(self.rng, region, "fixed")
            ext = str(
                self.rng.choice(
                    (self.rng.randint(10, 99), self.rng.randint(100, 999), self.rng.randint(1000, 9999))
                )
            )
            word = self.rng.choice(self.lang.extension_words[person.locale])
            if i % 2:
                phone, default = written_international(ex, self.rng), None
            else:
                phone, default = written_national(ex, self.rng), region
            said_ext = ext
            if i % 5 == 4:
                speech = self.lang.speech(person.locale, self.rng)
                said_ext = " ".join(speech.digit(d) for d in ext)
            text = self.fill(
                self.rng.choice(self.lang.extension_answers), phone=phone, word=word, ext=said_ext
            )
            self.turn(
                "extensions",
                text,
                "phone_number",
                known=self.names(person),
                default_region=default,
                expect=ex.expect(ext),
            )

    def countries(self) -> None:
        regions = sorted(self.lang.country_names)
        for i in range(self.count("countries")):
            person = self.person()
            region = regions[i % len(regions)] if i < len(regions) * 3 else self.rng.choice(regions)
            ex = pick_number(self.rng, region)
            if i % 3 == 2:
                text = self.rng.choice(self.lang.country_from[region])
            else:
                text = self.fill(
                    self.rng.choice(self.lang.country_answers),
                    country=self.rng.choice(self.lang.country_names[region]),
                )
            text = text[:1].upper() + text[1:] if self.rng.random() < 0.5 else text
            known = {**self.names(person), "pending_phone": written_national(ex, self.rng)}
            self.turn(
                "countries",
                text,
                "country",
                known=known,
                expect={"country": region},
                absent=("first_name", "last_name"),
            )

    def readback(self, person: Person) -> tuple[dict[str, str], Example]:
        ex = pick_number(self.rng, self.home(person))
        return self.known(person, ex), ex

    def readback_yes(self) -> None:
        for i in range(self.count("readback_yes")):
            person = self.person()
            known, _ = self.readback(person)
            text = (
                self.lang.yes[i % len(self.lang.yes)]
                if i < len(self.lang.yes)
                else self.rng.choice(self.lang.yes)
            )
            self.turn("readback_yes", text, "confirmed", known=known, intent="", kind="confirm")

    def readback_no(self) -> None:
        for i in range(self.count("readback_no")):
            person = self.person()
            known, _ = self.readback(person)
            text = (
                self.lang.no[i % len(self.lang.no)]
                if i < len(self.lang.no)
                else self.rng.choice(self.lang.no)
            )
            self.turn("readback_no", text, "confirmed", known=known, kind="deny", absent=("confirmed",))

    def corrections(self) -> None:
        for i in range(self.count("corrections")):
            person = self.person()
            known, ex = self.readback(person)
            other = self.person()
            step = i % 6
            if step == 0 and other.first.casefold() != person.first.casefold():
                text = self.fill(
                    self.rng.choice(self.lang.corrections_first), first=other.first, old=person.first
                )
                self.turn(
                    "corrections",
                    text,
                    "confirmed",
                    known=known,
                    kind="correction",
                    expect={"first_name": other.first},
                    absent=("confirmed",),
                )
            elif step in (1, 2) and other.last.casefold() != person.last.casefold():
                text = self.fill(
                    self.rng.choice(self.lang.corrections_last), last=other.last, old=person.last
                )
                self.turn(
                    "corrections",
                    text,
                    "confirmed",
                    known=known,
                    kind="correction",
                    expect={"last_name": other.last},
                    absent=("confirmed",),
                )
            elif step == 3:
                text, old, new = self.rng.choice(self.lang.corrections_title)
                self.turn(
                    "corrections",
                    text,
                    "confirmed",
                    known={**known, "salutation": old},
                    kind="correction",
                    expect={"salutation": new},
                    absent=("confirmed",),
                )
            elif step == 4:
                number = pick_number(self.rng, self.rng.choice((self.home(person), self.other_region())))
                if number.e164 == ex.e164:
                    continue
                text = self.fill(
                    self.rng.choice(self.lang.corrections_phone), intl=written_international(number, self.rng)
                )
                self.turn(
                    "corrections",
                    text,
                    "confirmed",
                    known=known,
                    kind="correction",
                    expect=number.expect(),
                    absent=("confirmed",),
                )
            else:
                slot = self.rng.choice(sorted(self.lang.field_only))
                text = self.rng.choice(self.lang.field_only[slot])
                self.turn(
                    "corrections",
                    text,
                    "confirmed",
                    known=known,
                    kind="correction",
                    expect={slot: None},
                    absent=("confirmed",),
                )

    def change_request(self) -> None:
        for i in range(self.count("change_request")):
            person = self.person()
            known, ex = self.readback(person)
            other = self.person()
            step = i % 5
            if step == 0 and other.first.casefold() != person.first.casefold():
                text = self.fill(self.rng.choice(self.lang.change_first), first=other.first)
                self.turn(
                    "change_request",
                    text,
                    "change_request",
                    known=known,
                    expect={"first_name": other.first},
                    absent=("confirmed",),
                )
            elif step == 1 and other.last.casefold() != person.last.casefold():
                text = self.fill(self.rng.choice(self.lang.change_last), last=other.last)
                self.turn(
                    "change_request",
                    text,
                    "change_request",
                    known=known,
                    expect={"last_name": other.last},
                    absent=("confirmed",),
                )
            elif step == 2:
                new = pick_number(self.rng, self.rng.choice((self.home(person), self.other_region())))
                if new.e164 == ex.e164:
                    continue
                text = self.fill(
                    self.rng.choice(self.lang.change_phone), intl=written_international(new, self.rng)
                )
                self.turn(
                    "change_request",
                    text,
                    "change_request",
                    known=known,
                    expect=new.expect(),
                    absent=("confirmed",),
                )
            elif step == 3:
                text, new_title = self.rng.choice(self.lang.change_title)
                old = next(c for c in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof") if c != new_title)
                self.turn(
                    "change_request",
                    text,
                    "change_request",
                    known={**known, "salutation": old},
                    expect={"salutation": new_title},
                    absent=("confirmed",),
                )
            else:
                slot = self.rng.choice(sorted(self.lang.change_field_only))
                text = self.rng.choice(self.lang.change_field_only[slot])
                self.turn(
                    "change_request",
                    text,
                    "change_request",
                    known=known,
                    expect={slot: None},
                    absent=("confirmed",),
                )

    def controls(self) -> None:
        asked = ("first_name", "last_name", "phone_number", "salutation", "confirmed", None)
        for i in range(self.count("controls")):
            text = (
                self.lang.controls[i % len(self.lang.controls)]
                if i < len(self.lang.controls)
                else self.rng.choice(self.lang.controls)
            )
            question = self.rng.choice(asked)
            person = self.person()
            known: dict[str, str] = {}
            if question == "confirmed":
                known, _ = self.readback(person)  # the read-back is open: every slot is held
            elif question in ("last_name", "phone_number"):
                known = {"first_name": person.first} if question == "last_name" else self.names(person)
            absent = ("phone_number", "confirmed") if known else (*NAME_ABSENT, "phone_number", "confirmed")
            self.turn(
                "controls",
                text,
                question,
                known=known,
                kind="control",
                absent=absent if question != "confirmed" else ("confirmed",),
            )

    def openers(self) -> None:
        for i in range(self.count("openers")):
            person = self.person()
            region = self.home(person) if i % 3 else self.other_region()
            ex = pick_number(self.rng, region)
            form, canon = self.title_for(person.gender)
            template = self.rng.choice(self.lang.openers)
            mode = i % 3
            if mode == 0:
                phone, default = written_international(ex, self.rng), None
            elif mode == 1:
                phone, default = written_national(ex, self.rng), region
            else:
                where = self.rng.choice(self.lang.country_from[region])
                phone, default = f"{written_national(ex, self.rng)}, {where}", None
            text = self.fill(template, t=form, first=person.first, last=person.last, phone=phone)
            expect: dict[str, Any] = {"first_name": person.first, "last_name": person.last, **ex.expect()}
            absent: tuple[str, ...] = ()
            if "{t}" in template:
                expect["salutation"] = canon
            else:
                absent = ("salutation",)
            self.turn("openers", text, None, default_region=default, expect=expect, absent=absent)

    def pastes(self) -> None:
        for i in range(self.count("pastes")):
            person = self.person()
            region = self.home(person)
            kind = "mobile" if i % 3 else "fixed"
            ex = pick_number(self.rng, region, kind if number_pool(region, kind) else None)
            form, canon = self.title_for(person.gender)
            template = self.lang.pastes[i % len(self.lang.pastes)]
            words = (
                self.lang.mobile_words[person.locale]
                if kind == "mobile"
                else self.lang.extra["landline_words"]
            )
            mobile = self.rng.choice(words)
            text = self.fill(
                template,
                t=form,
                first=person.first,
                last=person.last,
                LAST=person.last.upper(),
                national=written_national(ex, self.rng),
                intl=written_international(ex, self.rng),
                mobile=mobile,
            )
            expect: dict[str, Any] = {"first_name": person.first, "last_name": person.last, **ex.expect()}
            absent: tuple[str, ...] = ()
            if "{t}" in template:
                expect["salutation"] = canon
            else:
                absent = ("salutation",)
            self.turn("pastes", text, None, default_region=region, expect=expect, absent=absent)


def build_set(lang: Language, sizes: Mapping[str, int]) -> list[Turn]:
    """Every category of ``lang`` in a fixed order, from its fixed seed."""
    builder = Builder(lang, sizes)
    for name in sizes:
        getattr(builder, name)()
    return builder.turns


def categories(lang: Language, sizes: Mapping[str, int]) -> tuple[str, ...]:
    return tuple(lang.prefix + name for name in sizes)
