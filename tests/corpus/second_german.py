"""The second blind German set: callers in Germany, Austria and Switzerland, on chat, on a phone
line (speech recogniser output, keypad digits) and contact-centre agents pasting from a CRM.

Every expectation comes from this generator's own inputs: the names chosen below, numbers built
here and checked valid with phonenumbers, and the templates. Nothing is read from the bot.
`build()` returns the same turns every run (fixed seed).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from .turn import Turn

SEED = 20240602
PER_CATEGORY = 60
LANG = "de"

# --- people -----------------------------------------------------------------------------------

FIRST = {
    ("DE", "m"): (
        "Thomas",
        "Michael",
        "Andreas",
        "Stefan",
        "Markus",
        "Jürgen",
        "Klaus",
        "Wolfgang",
        "Uwe",
        "Jan",
        "Lukas",
        "Felix",
        "Tobias",
        "Florian",
        "Sebastian",
        "Matthias",
        "Dirk",
        "Holger",
        "Sven",
        "Jens",
        "Hans-Peter",
        "Karl-Heinz",
        "Jan-Niklas",
        "Moritz",
        "Björn",
        "Jörg",
    ),
    ("DE", "f"): (
        "Sabine",
        "Petra",
        "Claudia",
        "Monika",
        "Katrin",
        "Anja",
        "Julia",
        "Lena",
        "Sophie",
        "Hannah",
        "Laura",
        "Jana",
        "Stefanie",
        "Nicole",
        "Birgit",
        "Ursula",
        "Anna Lena",
        "Marie-Luise",
        "Anne-Kathrin",
        "Gisela",
        "Heike",
        "Dörte",
        "Jördis",
        "Frauke",
    ),
    ("AT", "m"): (
        "Florian",
        "Lukas",
        "Christoph",
        "Bernhard",
        "Johann",
        "Leopold",
        "Matthias",
        "Gerhard",
        "Herbert",
        "Franz",
        "Alois",
        "Ferdinand",
        "Markus",
        "Dominik",
        "Franz-Josef",
    ),
    ("AT", "f"): (
        "Katharina",
        "Theresia",
        "Magdalena",
        "Johanna",
        "Elisabeth",
        "Verena",
        "Christina",
        "Barbara",
        "Ingrid",
        "Sieglinde",
        "Hannelore",
        "Anna-Maria",
        "Rosemarie",
    ),
    ("CH", "m"): (
        "Reto",
        "Urs",
        "Beat",
        "Jürg",
        "Kurt",
        "Adrian",
        "Lars",
        "Nicolas",
        "Luca",
        "Gian-Marco",
        "Ueli",
        "Roger",
        "Fabian",
        "Marco",
        "Res",
    ),
    ("CH", "f"): (
        "Regula",
        "Vreni",
        "Corinne",
        "Mirjam",
        "Nadine",
        "Seraina",
        "Ladina",
        "Brigitte",
        "Martina",
        "Franziska",
        "Anna Barbara",
        "Rahel",
        "Deborah",
    ),
}
LAST = {
    "DE": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Jäger",
        "Kühn",
        "Böhm",
        "Vogt",
        "Ostermann",
        "Janßen",
        "Brinkmann",
        "Thießen",
        "Hölscher",
    ),
    "AT": (
        "Gruber",
        "Huber",
        "Bauer",
        "Pichler",
        "Moser",
        "Steiner",
        "Mayer",
        "Hofer",
        "Leitner",
        "Berger",
        "Fuchs",
        "Eder",
        "Winkler",
        "Reiter",
        "Brunner",
        "Lechner",
        "Haas",
        "Wimmer",
        "Egger",
        "Pöltl",
        "Obermüller",
        "Aigner",
        "Schöberl",
    ),
    "CH": (
        "Meier",
        "Keller",
        "Baumann",
        "Gerber",
        "Frei",
        "Widmer",
        "Zürcher",
        "Hess",
        "Bühler",
        "Suter",
        "Graf",
        "Wyss",
        "Kunz",
        "Gasser",
        "Hürlimann",
        "Zbinden",
        "Aebischer",
        "Schürch",
        "Känzig",
        "Bösiger",
    ),
}
PARTICLE_LAST = (
    "von Stein",
    "von Bergen",
    "von Arnim",
    "von Weizsäcker",
    "van der Berg",
    "van der Meer",
    "van den Bosch",
    "zu Guttenberg",
    "zu Stolberg",
    "von der Heide",
    "von Hohenberg",
    "van der Linden",
    "zu Eltz",
    "von Salis",
    "von Wattenwyl",
)
REGION_OF_PARTICLE = {"von Salis": "CH", "von Wattenwyl": "CH"}

# what the caller says -> canonical title. "Frau" is every adult woman's title, so its canonical title is
# Ms (as the first German set has it): this set was first written with Mrs because the lead's brief said
# so; corrected after its first run (78.65 % as written; the correction is in the stop note).
TITLE_WORDS = {
    "m": (
        ("Herr", "Mr"),
        ("Herr Dr.", "Dr"),
        ("Herr Doktor", "Dr"),
        ("Herr Professor", "Prof"),
        ("Herr Prof.", "Prof"),
    ),
    "f": (
        ("Frau", "Ms"),
        ("Frau Dr.", "Dr"),
        ("Frau Doktor", "Dr"),
        ("Frau Professorin", "Prof"),
        ("Frau Prof.", "Prof"),
        ("Fräulein", "Miss"),
    ),
}
PLAIN_TITLE = {"m": ("Herr", "Mr"), "f": ("Frau", "Ms")}


@dataclass(frozen=True)
class Person:
    region: str
    gender: str
    first: str
    last: str


def person(r: random.Random, region: str | None = None, particle: bool = False) -> Person:
    region = region or r.choice(("DE", "DE", "AT", "CH"))
    gender = r.choice("mf")
    first = r.choice(FIRST[(region, gender)])
    last = r.choice(PARTICLE_LAST) if particle else r.choice(LAST[region])
    return Person(region, gender, first, last)


def title(r: random.Random, p: Person, plain: float = 0.6) -> tuple[str, str]:
    if r.random() < plain:
        return PLAIN_TITLE[p.gender]
    return r.choice(TITLE_WORDS[p.gender])


def no_umlauts(text: str, plain: bool = False) -> str:
    pairs = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"}
    if not plain:
        pairs.update({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
    return "".join(pairs.get(c, c) for c in text)


# --- numbers ----------------------------------------------------------------------------------

# (national prefix digits after the trunk 0, total national significant length options, mobile?)
PLANS = {
    "DE": (
        [
            (p, (10, 11), True)
            for p in (
                "151",
                "152",
                "157",
                "160",
                "162",
                "170",
                "171",
                "172",
                "173",
                "174",
                "175",
                "176",
                "177",
                "178",
                "179",
            )
        ]
        + [
            (p, (10, 11), False)
            for p in (
                "30",
                "40",
                "89",
                "69",
                "221",
                "211",
                "711",
                "341",
                "351",
                "511",
                "911",
                "621",
                "228",
                "421",
            )
        ]
    ),
    "AT": (
        [(p, (10, 11), True) for p in ("664", "660", "676", "650", "699", "680", "681", "688")]
        + [(p, (8, 9, 10), False) for p in ("1", "316", "512", "662", "732", "463", "5574")]
    ),
    "CH": (
        [(p, (9,), True) for p in ("75", "76", "77", "78", "79")]
        + [(p, (9,), False) for p in ("44", "31", "61", "41", "71", "52", "22", "21", "91", "81")]
    ),
}
COUNTRY_CODE = {"DE": "49", "AT": "43", "CH": "41"}


@dataclass(frozen=True)
class Number:
    region: str
    cc: str  # "49"
    nsn: str
    prefix: str  # area or mobile prefix (without trunk 0)
    subscriber: str
    mobile: bool

    def expect(self, extension: str = "") -> dict[str, str]:
        return {"phone_number": self.nsn, "country_code": f"+{self.cc}", "extension": extension}


def _parses(text: str, region: str | None, num: Number) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and str(parsed.country_code) == num.cc
        and phonenumbers.national_significant_number(parsed) == num.nsn
    )


def number(r: random.Random, region: str | None = None, mobile: bool | None = None) -> Number:
    region = region or r.choice(("DE", "DE", "AT", "CH"))
    plans = [p for p in PLANS[region] if mobile is None or p[2] == mobile]
    while True:
        prefix, lengths, is_mobile = r.choice(plans)
        length = r.choice(lengths)
        rest = length - len(prefix)
        subscriber = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(rest - 1))
        nsn = prefix + subscriber
        num = Number(region, COUNTRY_CODE[region], nsn, prefix, subscriber, is_mobile)
        parsed = phonenumbers.parse("+" + num.cc + nsn)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            return num


def _sub_groups(r: random.Random, sub: str) -> list[str]:
    style = r.choice(("whole", "pairs", "threes", "swiss"))
    if style == "whole" or len(sub) < 5:
        return [sub]
    if style == "pairs":
        head = sub[: len(sub) % 2 or 2] if len(sub) % 2 else ""
        tail = sub[len(head) :]
        return ([head] if head else []) + [tail[i : i + 2] for i in range(0, len(tail), 2)]
    if style == "threes":
        return [sub[:3], sub[3:]]
    return [sub[:3], sub[3:5], sub[5:]] if len(sub) >= 7 else [sub]


def national(r: random.Random, num: Number) -> str:
    """The number as people write it at home: with the trunk 0, grouped their way."""
    groups = _sub_groups(r, num.subscriber)
    area = "0" + num.prefix
    style = r.choice(("space", "space", "slash", "dash", "paren", "compact"))
    if num.region == "CH" and r.random() < 0.6:
        style = "space"
        groups = [num.subscriber[:3], num.subscriber[3:5], num.subscriber[5:]]
    if style == "slash":
        text = f"{area}/{''.join(groups)}"
    elif style == "dash":
        text = f"{area}-{''.join(groups)}"
    elif style == "paren":
        text = f"({area}) {' '.join(groups)}"
    elif style == "compact":
        text = area + num.subscriber
    else:
        text = f"{area} {' '.join(groups)}"
    assert _parses(text, num.region, num), text
    return text


def international(r: random.Random, num: Number) -> str:
    groups = _sub_groups(r, num.subscriber)
    sub = " ".join(groups)
    style = r.choice(("plus", "plus", "zero_in_paren", "idd", "compact", "dashes", "idd_compact"))
    if style == "zero_in_paren":
        text = f"+{num.cc} (0){num.prefix} {sub}"
    elif style == "idd":
        text = f"00{num.cc} {num.prefix} {sub}"
    elif style == "compact":
        text = f"+{num.cc}{num.nsn}"
    elif style == "dashes":
        text = f"+{num.cc}-{num.prefix}-{''.join(groups)}"
    elif style == "idd_compact":
        text = f"00{num.cc}{num.nsn}"
    else:
        text = f"+{num.cc} {num.prefix} {sub}"
    check = "+" + text[2:] if text.startswith("00") else text
    assert _parses(check, None, num), text
    return text


def written(r: random.Random, num: Number) -> tuple[str, str]:
    """(text, default_region): national under the caller's home region, or international."""
    if r.random() < 0.55:
        return national(r, num), num.region
    return international(r, num), r.choice((num.region, "DE", None))


# --- spoken numbers ---------------------------------------------------------------------------

UNITS = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
TEENS = (
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
TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")


def digit_word(d: str, zwo: bool) -> str:
    return "zwo" if d == "2" and zwo else UNITS[int(d)]


def pair_word(pair: str, zwo: bool) -> str:
    """ "43" -> "dreiundvierzig"; "07" -> "null sieben"; "20" -> "zwanzig"."""
    a, b = int(pair[0]), int(pair[1])
    if a == 0:
        return f"null {digit_word(pair[1], zwo)}"
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    unit = "ein" if b == 1 else UNITS[b]
    return f"{unit}und{TENS[a]}"


def say_group(group: str, mode: str, zwo: bool) -> str:
    if mode == "digits" or len(group) < 2:
        return " ".join(digit_word(d, zwo) for d in group)
    words = []
    if len(group) % 2:
        words.append(digit_word(group[0], zwo))
        group = group[1:]
    words += [pair_word(group[i : i + 2], zwo) for i in range(0, len(group), 2)]
    return " ".join(words)


def spoken(r: random.Random, num: Number, intl: bool) -> str:
    """As a phone line's speech recogniser writes it: words, pauses as commas."""
    zwo = r.random() < 0.5
    mode = r.choice(("digits", "pairs", "mixed"))
    sub = num.subscriber
    chunks = [sub[:3], sub[3:]] if len(sub) > 5 else [sub]
    if mode == "mixed":
        said = [say_group(c, "pairs", zwo) for c in chunks]
        area = say_group("0" + num.prefix, "digits", zwo)
    else:
        said = [say_group(c, mode, zwo) for c in chunks]
        area = say_group("0" + num.prefix, "digits" if mode == "digits" else "digits", zwo)
    if intl:
        cc = r.choice(
            (
                f"plus {say_group(num.cc, 'digits', zwo)}",
                f"plus {pair_word(num.cc, zwo)}",
                f"null null {say_group(num.cc, 'digits', zwo)}",
            )
        )
        area = say_group(num.prefix, "digits", zwo)
        return ", ".join([cc, area, *said])
    return ", ".join([area, *said])


# --- helpers ----------------------------------------------------------------------------------


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def names(p: Person, sal: str | None = None) -> dict[str, str]:
    out = {"first_name": p.first, "last_name": p.last}
    if sal:
        out["salutation"] = sal
    return out


def known_names(r: random.Random, p: Person) -> dict[str, str]:
    return {"salutation": PLAIN_TITLE[p.gender][1], "first_name": p.first, "last_name": p.last}


def known_all(r: random.Random) -> tuple[Person, Number, dict[str, str]]:
    p = person(r)
    num = number(r, p.region)
    known = known_names(r, p) | {
        "phone_number": num.nsn,
        "country_code": f"+{num.cc}",
        "extension": "",
    }
    return p, num, known


def turn(category: str, text: str, asked: str | None, **kw) -> Turn:
    return Turn(category=category, text=text, asked=asked, language=LANG, **kw)


GREETINGS = {
    "DE": ("Guten Tag", "Guten Morgen", "Hallo", "Moin", "Guten Abend", "Tag"),
    "AT": ("Grüß Gott", "Servus", "Guten Morgen", "Grüß Sie", "Hallo"),
    "CH": ("Grüezi", "Grüezi mitenand", "Hoi", "Guten Tag", "Sali"),
}


# --- categories -------------------------------------------------------------------------------
# each generator makes one random turn; build() draws until PER_CATEGORY distinct turns


def first_message_full(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    greet = r.choice(GREETINGS[p.region])
    with_title = r.random() < 0.6
    said, sal = title(r, p) if with_title else ("", None)
    who = f"{said} {p.first} {p.last}".strip()
    asr = r.random() < 0.3
    if asr:
        intl = r.random() < 0.3
        phone = spoken(r, num, intl)
        region = num.region
        name_part = r.choice((f"mein Name ist {who}", f"hier spricht {who}", f"ich bin {who}"))
        phone_part = r.choice(
            (
                f"Meine Nummer ist {phone}",
                f"Meine Telefonnummer ist, {phone}",
                f"Sie erreichen mich unter {phone}",
            )
        )
        text = f"{greet}. {cap(name_part)}. {phone_part}."
    else:
        phone, region = written(r, num)
        name_part = r.choice(
            (
                f"mein Name ist {who}",
                f"hier ist {who}",
                f"ich bin {who}",
                f"{who} hier",
                f"hier spricht {who}",
                f"ich heiße {who}",
            )
        )
        phone_part = r.choice(
            (
                f"meine Nummer ist {phone}",
                f"Sie erreichen mich unter {phone}",
                f"erreichbar bin ich unter {phone}",
                f"meine Handynummer lautet {phone}",
                f"du erreichst mich unter {phone}",
                f"Telefon: {phone}",
                f"bitte rufen Sie mich unter {phone} zurück",
                f"meine Rufnummer: {phone}",
            )
        )
        closing = r.choice(("", "", " Danke!", " Vielen Dank.", " Schönen Tag noch."))
        text = f"{greet}, {name_part}, {phone_part}.{closing}"
    return turn(
        "de2_first_message_full",
        text,
        None,
        default_region=region,
        expect=names(p, sal) | num.expect(),
        absent=() if sal else ("salutation",),
    )


def titles_particles(r: random.Random) -> Turn:
    p = person(r, particle=r.random() < 0.7)
    said, sal = title(r, p, plain=0.25)
    asked = r.choice((None, "salutation", "first_name"))
    who = f"{said} {p.first} {p.last}"
    text = r.choice(
        (
            f"{who}",
            f"Mein Name ist {who}.",
            f"Hier spricht {who}.",
            f"{r.choice(GREETINGS[p.region])}, {who} am Apparat.",
            f"Ich bin {who}",
            f"Ja, {who}.",
            f"Das wäre {who}.",
            f"Bitte notieren Sie: {who}.",
            f"{cap(who)}, guten Tag.",
        )
    )
    return turn("de2_titles_particles", text, asked, expect=names(p, sal))


SAL_ANSWERS = (
    ("{t}", ""),
    ("{t}, bitte.", ""),
    ("{t} bitte", ""),
    ("Mit {t} bitte.", ""),
    ("Bitte mit {t} ansprechen.", ""),
    ("{t}, danke.", ""),
    ("Einfach {t}.", ""),
    ("Die Anrede ist {t}.", ""),
    ("Anrede: {t}", ""),
    ("{t} reicht.", ""),
    ("{t}!", ""),
    ("Ja, {t}.", ""),
    ("{t}, genau.", ""),
    ("Ähm, {t}.", ""),
    ("Schreib {t}.", ""),
)


def salutation_answer(r: random.Random) -> Turn:
    p = person(r)
    said, sal = title(r, p, plain=0.45)
    tpl, _ = r.choice(SAL_ANSWERS)
    text = tpl.format(t=said)
    if r.random() < 0.25:
        text = no_umlauts(text.lower(), plain=r.random() < 0.3)
    return turn(
        "de2_salutation_answer",
        text,
        "salutation",
        expect={"salutation": sal},
        absent=("first_name", "last_name"),
    )


def first_name_answer(r: random.Random) -> Turn:
    p = person(r)
    known = {"salutation": PLAIN_TITLE[p.gender][1]} if r.random() < 0.6 else {}
    text = r.choice(
        (
            "{f}",
            "{f}.",
            "Ich heiße {f}.",
            "Mein Vorname ist {f}.",
            "Vorname: {f}",
            "Der Vorname lautet {f}.",
            "{f} ist mein Vorname.",
            "Mein Vorname? {f}.",
            "Vorname {f}",
            "Also, {f}.",
            "Ja, {f}.",
            "Den Vornamen schreibt man {f}.",
            "{g}, ich heiße {f}.",
            "Sie können {f} eintragen.",
            "ich heiss {f}",
            "vorname is {f}",
            "Das ist {f}.",
        )
    ).format(f=p.first, g=r.choice(GREETINGS[p.region]))
    absent = ("last_name",) if known else ("last_name", "salutation")
    return turn(
        "de2_first_name_answer",
        text,
        "first_name",
        known=known,
        expect={"first_name": p.first},
        absent=absent,
    )


def last_name_answer(r: random.Random) -> Turn:
    p = person(r, particle=r.random() < 0.3)
    known = {"salutation": PLAIN_TITLE[p.gender][1], "first_name": p.first}
    both = r.random() < 0.2
    if both:
        text = r.choice(("Mein voller Name ist {f} {l}.", "{f} {l}", "Ganz: {f} {l}.")).format(
            f=p.first, l=p.last
        )
        return turn(
            "de2_last_name_answer",
            text,
            "last_name",
            known=known,
            expect={"first_name": p.first, "last_name": p.last},
        )
    text = r.choice(
        (
            "{l}",
            "{l}.",
            "Nachname ist {l}.",
            "Mein Nachname ist {l}.",
            "Mein Familienname lautet {l}.",
            "Nachname: {l}",
            "Ich heiße mit Nachnamen {l}.",
            "{l}, bitte.",
            "Der Nachname ist {l}.",
            "Zuname {l}",
            "Mit Nachnamen {l}.",
            "nachname {l}",
            "{l} heiß ich.",
            "Ja, also {l}.",
        )
    ).format(l=p.last)
    return turn("de2_last_name_answer", text, "last_name", known=known, expect={"last_name": p.last})


PHONE_WRAP = (
    "{n}",
    "{n}.",
    "Meine Nummer ist {n}.",
    "Die Nummer lautet {n}.",
    "Das ist die {n}.",
    "Sie erreichen mich unter {n}.",
    "Du erreichst mich unter {n}.",
    "Telefon: {n}",
    "Handy: {n}",
    "Meine Handynummer ist {n}.",
    "Festnetz {n}",
    "Unter der {n}.",
    "Ja, {n}.",
    "Rufnummer {n}",
    "Am besten unter {n}.",
    "Die {n}, bitte.",
)


def phone_known(r: random.Random, p: Person) -> dict[str, str]:
    return known_names(r, p)


def phone_national(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    text = r.choice(PHONE_WRAP).format(n=national(r, num))
    return turn(
        "de2_phone_national",
        text,
        "phone_number",
        known=phone_known(r, p),
        default_region=num.region,
        expect=num.expect(),
    )


def phone_international(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, r.choice(("DE", "AT", "CH")))
    text = r.choice(PHONE_WRAP).format(n=international(r, num))
    region = r.choice(("DE", "AT", "CH", None))
    return turn(
        "de2_phone_international",
        text,
        "phone_number",
        known=phone_known(r, p),
        default_region=region,
        expect=num.expect(),
    )


def phone_spoken(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    intl = r.random() < 0.35
    words = spoken(r, num, intl)
    text = r.choice(
        (
            "{n}.",
            "Ja, {n}.",
            "Meine Nummer ist, {n}.",
            "Die Nummer ist {n}.",
            "Also, {n}.",
            "Äh, {n}.",
            "Das ist die {n}.",
            "Mobil, {n}.",
        )
    ).format(n=words)
    text = cap(text)
    return turn(
        "de2_phone_spoken",
        text,
        "phone_number",
        known=phone_known(r, p),
        default_region=num.region,
        expect=num.expect(),
    )


EXT_WORDS = ("Durchwahl", "Klappe", "Nebenstelle", "DW", "Durchwahl", "Nebenstelle")


def phone_extension(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region, mobile=False)
    ext = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 3)))
    word = r.choice(EXT_WORDS)
    if r.random() < 0.25:
        word = r.choice(("Durchwahl", "Klappe", "Nebenstelle"))  # a recogniser writes the word, not "DW"
        zwo = r.random() < 0.5
        n = spoken(r, num, False)
        e = say_group(ext, "digits", zwo)
        text = cap(
            r.choice(
                ("{n}, {w} {e}.", "Die Zentrale ist {n}, und dann die {w} {e}.", "{n}, und {w}, {e}.")
            ).format(n=n, w=word, e=e)
        )
    else:
        n, region = written(r, num)
        text = r.choice(
            (
                "{n}, {w} {e}",
                "{n} {w} {e}",
                "{n}, {w}: {e}",
                "Zentrale {n}, {w} {e}.",
                "Unter {n}, dann {w} {e}.",
                "Im Büro: {n}, meine {w} ist die {e}.",
                "Tel. {n} ({w} {e})",
            )
        ).format(n=n, w=word, e=ext)
        return turn(
            "de2_phone_extension",
            text,
            "phone_number",
            known=phone_known(r, p),
            default_region=region,
            expect=num.expect(ext),
        )
    return turn(
        "de2_phone_extension",
        text,
        "phone_number",
        known=phone_known(r, p),
        default_region=num.region,
        expect=num.expect(ext),
    )


def phone_keypad(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    style = r.choice(("nat", "nat_hash", "intl", "intl_hash", "spaced", "star"))
    if style.startswith("nat"):
        digits, region = "0" + num.nsn, num.region
    elif style == "spaced":
        digits, region = " ".join("0" + num.nsn), num.region
    elif style == "star":
        digits, region = "0" + num.nsn + "*", num.region
    else:
        digits, region = "00" + num.cc + num.nsn, r.choice((num.region, None))
    if style.endswith("hash"):
        digits += "#"
    return turn(
        "de2_phone_keypad",
        digits,
        "phone_number",
        known=phone_known(r, p),
        default_region=region,
        expect=num.expect(),
    )


def phone_no_region(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    nat = national(r, num)
    text = r.choice(PHONE_WRAP).format(n=nat)
    return turn(
        "de2_phone_no_region",
        text,
        "phone_number",
        known=phone_known(r, p),
        default_region=None,
        absent=("phone_number", "country_code"),
        digits={"pending_phone": "0" + num.nsn},
    )


COUNTRY_SAYS = {
    "DE": (
        "Deutschland",
        "aus Deutschland",
        "Das ist eine deutsche Nummer.",
        "In Deutschland.",
        "deutschland",
        "Deutschland, bitte.",
        "Die Nummer ist aus Deutschland.",
        "DE",
        "Na, Deutschland halt.",
        "Aus Deutschland, ja.",
    ),
    "AT": (
        "Österreich",
        "aus Österreich",
        "Das ist eine österreichische Nummer.",
        "oesterreich",
        "In Österreich.",
        "Österreich, bitte.",
        "AT",
        "Aus Österreich, ja.",
        "osterreich",
        "Die Nummer ist aus Österreich.",
    ),
    "CH": (
        "Schweiz",
        "Die Schweiz.",
        "aus der Schweiz",
        "Das ist eine Schweizer Nummer.",
        "In der Schweiz.",
        "schweiz",
        "CH",
        "Schweiz, bitte.",
        "Aus der Schweiz, ja.",
        "Die Nummer ist aus der Schweiz.",
    ),
}


def country_answer(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    known = known_names(r, p) | {"pending_phone": national(r, num)}
    text = r.choice(COUNTRY_SAYS[num.region])
    if r.random() < 0.2:
        lead = r.choice(("Ach so, ", "Äh, ", "Ja, ", "Also, "))
        text = lead + (text if text in ("DE", "AT", "CH") else text[:1].lower() + text[1:])
    return turn(
        "de2_country_answer",
        text,
        "country",
        known=known,
        expect={"country": num.region},
        absent=("first_name", "last_name", "salutation"),
    )


def chat_typed(r: random.Random) -> Turn:
    p = person(r)
    num = number(r, p.region)
    plain = r.random() < 0.4
    f, last = no_umlauts(p.first, plain).lower(), no_umlauts(p.last, plain).lower()
    n = r.choice((national(r, num), "0" + num.nsn))
    shape = r.choice(("full", "full", "first", "last", "phone", "both"))
    sign = r.choice(("", " lg", " mfg", " danke", " thx", " pls", " bitte"))
    if shape == "full":
        text = r.choice(
            (
                "hi bin {f} {l}, meine nr {n}{s}",
                "hallo, {f} {l} hier, tel {n}{s}",
                "moin {f} {l} {n}{s}",
                "servus, i bin da {f} {l}, handy {n}{s}",
                "name {f} {l} nummer {n}{s}",
                "{f} {l}, {n}{s}",
                "hey, ich bin {f} {l} und meine nummer is {n}{s}",
            )
        ).format(f=f, l=last, n=n, s=sign)
        return turn(
            "de2_chat_typed",
            text,
            None,
            default_region=num.region,
            expect={"first_name": f, "last_name": last} | num.expect(),
            absent=("salutation",),
        )
    known = known_names(r, p)
    if shape == "first":
        text = r.choice(("{f}", "vorname {f}", "{f}{s}", "ich heiss {f}", "kk, {f}")).format(f=f, s=sign)
        return turn(
            "de2_chat_typed", text, "first_name", expect={"first_name": f}, absent=("last_name", "salutation")
        )
    if shape == "last":
        text = r.choice(("{l}", "nachname {l}", "{l}{s}", "nachname is {l}", "kk {l}")).format(l=last, s=sign)
        return turn(
            "de2_chat_typed",
            text,
            "last_name",
            known={"first_name": p.first},
            expect={"last_name": last},
            absent=("salutation",),
        )
    if shape == "both":
        text = r.choice(("vorname {f} nachname {l}", "{f} {l}", "{f} {l}{s}")).format(f=f, l=last, s=sign)
        return turn(
            "de2_chat_typed",
            text,
            "first_name",
            expect={"first_name": f, "last_name": last},
            absent=("salutation",),
        )
    text = r.choice(("{n}", "nr {n}", "kk {n}", "{n}{s}", "nummer is {n}", "tel {n}{s}", "handy {n}")).format(
        n=n, s=sign
    )
    return turn(
        "de2_chat_typed", text, "phone_number", known=known, default_region=num.region, expect=num.expect()
    )


CRM_PHONE_LABELS = (
    "Tel.",
    "Telefon",
    "Mobil",
    "Handy",
    "Rufnummer",
    "Tel",
    "Mobilnummer",
    "Festnetz",
    "Telefonnummer",
    "Tel. privat",
    "Tel. geschäftlich",
)


def crm_paste(r: random.Random) -> Turn:
    p = person(r, particle=r.random() < 0.15)
    num = number(r, p.region)
    said, sal = title(r, p, plain=0.7)
    label = r.choice(CRM_PHONE_LABELS)
    if label in ("Mobil", "Handy", "Mobilnummer"):
        num = number(r, p.region, mobile=True)
    elif label in ("Festnetz", "Tel. geschäftlich"):
        num = number(r, p.region, mobile=False)
    n, region = written(r, num)
    ext = ""
    head = r.choice(("Kontakt anlegen:", "Neuer Kontakt:", "Kontaktdaten:", "Bitte anlegen:", "Kunde:", ""))
    shape = r.choice(("lines", "lines", "pipes", "inline", "reversed"))
    if shape == "lines":
        rows = [f"Anrede: {said}", f"Vorname: {p.first}", f"Nachname: {p.last}", f"{label}: {n}"]
        if not num.mobile and r.random() < 0.4:
            ext = str(r.randint(10, 999))
            rows.append(f"{r.choice(('Durchwahl', 'Nebenstelle', 'DW'))}: {ext}")
        text = "\n".join(([head] if head else []) + rows)
    elif shape == "pipes":
        text = f"{head} Anrede: {said} | Vorname: {p.first} | Nachname: {p.last} | {label}: {n}".strip()
    elif shape == "inline":
        text = f"{head} {said} {p.first} {p.last}, {label}: {n}".strip()
    else:
        text = f"{head} Nachname, Vorname: {p.last}, {p.first}; Anrede: {said}; {label}: {n}".strip()
    return turn(
        "de2_crm_paste",
        text,
        r.choice((None, "salutation")),
        default_region=region,
        expect=names(p, sal) | num.expect(ext),
    )


CONFIRMS = (
    "Ja",
    "Ja.",
    "ja",
    "Ja, passt.",
    "Ja, das stimmt.",
    "Genau so.",
    "Jawohl.",
    "Korrekt.",
    "Ja, bitte speichern.",
    "passt",
    "jo passt",
    "Jo, eh.",
    "Ja, stimmt so.",
    "Passt scho.",
    "Alles richtig.",
    "Stimmt.",
    "jep",
    "jup",
    "Ja, Sie können das so speichern.",
    "Ja, kannst du so speichern",
    "Richtig, danke.",
    "ja genau",
    "Ja, alles korrekt, danke schön.",
    "Perfekt, so passt das.",
    "Ja gerne speichern",
    "Ja, isch guet.",
    "Jo, passt.",
    "Ja, stimmt alles.",
    "Genau, danke.",
    "Das ist richtig.",
    "Ja, ganz genau.",
    "Ja, das passt so.",
    "Ja, alles gut.",
    "ja passt so",
    "jaa",
    "ja klar",
    "Sicher, ja.",
    "Ja, gern.",
    "Jo",
    "Stimmt genau.",
    "Einverstanden.",
    "Ja, korrekt.",
    "Ja, alles richtig so.",
    "Ja bitte",
    "Ja, so ist es richtig.",
    "Das passt, danke.",
    "Ja, das ist korrekt.",
    "Genau.",
    "ja, speichern",
    "Ja, mach.",
)


def readback_confirm(r: random.Random) -> Turn:
    _, _, known = known_all(r)
    return turn("de2_readback_confirm", r.choice(CONFIRMS), "confirmed", known=known, kind="confirm")


DENIES = (
    "Nein.",
    "nein",
    "Nee, stimmt nicht.",
    "Das ist nicht richtig.",
    "Nein, da ist was falsch.",
    "Leider nicht.",
    "Nö.",
    "Na, des passt ned.",
    "Nei, das stimmt nöd.",
    "Nein, nicht ganz.",
    "Nicht korrekt.",
    "Falsch.",
    "nee",
    "Nein, das stimmt so nicht.",
    "Nein, so nicht.",
    "Das passt nicht.",
    "Nein, leider falsch.",
    "Ne.",
    "Nein, da stimmt etwas nicht.",
    "Nein, das ist falsch.",
    "Stimmt nicht.",
    "nö passt nicht",
    "Nein, bitte nicht speichern.",
    "Nein, das ist nicht korrekt.",
    "Ne, falsch.",
    "Nein, nicht richtig.",
    "Nein, da ist ein Fehler drin.",
    "Nein, so stimmt das nicht.",
    "Nein danke, das ist falsch.",
    "Hm, nein.",
    "Nein, leider nicht.",
    "Nicht ganz richtig.",
    "Nein, ist nicht korrekt.",
    "nein stimmt nicht",
    "Nein, passt nicht.",
    "Nö, ist falsch.",
    "Nein, da stimmt was nicht.",
    "Nein, das war falsch.",
    "Na, passt ned.",
    "Nei, das isch falsch.",
)


def readback_deny(r: random.Random) -> Turn:
    _, _, known = known_all(r)
    return turn(
        "de2_readback_deny", r.choice(DENIES), "confirmed", known=known, kind="deny", absent=("confirmed",)
    )


def _other(r: random.Random, pool: tuple[str, ...], old: str) -> str:
    return r.choice([x for x in pool if x != old])


def readback_correction(r: random.Random) -> Turn:
    p, num, known = known_all(r)
    field = r.choice(("first_name", "last_name", "last_name", "phone_number", "salutation"))
    if field == "first_name":
        new = _other(r, FIRST[(p.region, p.gender)], p.first)
        text = r.choice(
            (
                "Falsch, der Vorname lautet {v}.",
                "Nein, der Vorname ist {v}.",
                "nein, vorname {v}",
                "Der Vorname ist nicht {o}, sondern {v}.",
                "Nein, mein Vorname ist {v}.",
                "Fast, aber der Vorname ist {v}.",
                "Nein, ich heiße {v} mit Vornamen.",
            )
        ).format(v=new, o=p.first)
        expect = {"first_name": new}
    elif field == "last_name":
        new = _other(r, LAST[p.region] + PARTICLE_LAST, p.last)
        text = r.choice(
            (
                "Nein, der Nachname ist {v}.",
                "Falsch, der Nachname lautet {v}.",
                "nein nachname {v}",
                "Der Nachname ist nicht {o}, sondern {v}.",
                "Fast, aber der Nachname schreibt sich {v}.",
                "Nein, mein Nachname ist {v}.",
                "Nein, Nachname {v}, bitte.",
            )
        ).format(v=new, o=p.last)
        expect = {"last_name": new}
    elif field == "phone_number":
        new_num = number(r, p.region)
        n = national(r, new_num)
        text = r.choice(
            (
                "Nein, die Nummer ist {n}.",
                "Die Telefonnummer stimmt nicht, richtig ist {n}.",
                "Falsch, die Nummer lautet {n}.",
                "Nein, meine Nummer ist {n}.",
                "nein, tel {n}",
            )
        ).format(n=n)
        return turn(
            "de2_readback_correction",
            text,
            "confirmed",
            known=known,
            default_region=p.region,
            kind="correction",
            expect=new_num.expect(),
            absent=("confirmed",),
        )
    else:
        said, sal = r.choice([t for t in TITLE_WORDS[p.gender] if t[1] != known["salutation"]])
        text = r.choice(
            (
                "Nein, die Anrede ist {t}.",
                "Falsch, bitte mit Anrede {t}.",
                "Die Anrede stimmt nicht, {t} bitte.",
                "Nein, Anrede {t}.",
            )
        ).format(t=said)
        expect = {"salutation": sal}
    return turn(
        "de2_readback_correction",
        text,
        "confirmed",
        known=known,
        kind="correction",
        expect=expect,
        absent=("confirmed",),
    )


FIELD_WORDS = {
    "first_name": ("den Vornamen", "meinen Vornamen"),
    "last_name": ("den Nachnamen", "meinen Nachnamen", "den Familiennamen"),
    "phone_number": ("die Telefonnummer", "die Nummer", "meine Handynummer", "die Rufnummer"),
    "salutation": ("die Anrede",),
}


def readback_change_field(r: random.Random) -> Turn:
    _, _, known = known_all(r)
    field = r.choice(tuple(FIELD_WORDS))
    what = r.choice(FIELD_WORDS[field])
    text = r.choice(
        (
            "Ich möchte {w} ändern.",
            "Kann ich {w} noch ändern?",
            "Bitte {w} ändern.",
            "Nein, {w} muss ich ändern.",
            "Ich will {w} ändern.",
            "Moment, {w} möchte ich noch ändern.",
            "Nein, bitte {w} korrigieren.",
            "Können Sie {w} noch mal ändern?",
            "Kannst du {w} ändern?",
        )
    ).format(w=what)
    if r.random() < 0.2:
        text = no_umlauts(text.lower())
    return turn(
        "de2_readback_change_field",
        text,
        "confirmed",
        known=known,
        expect={field: None},
        absent=("confirmed",),
    )


def change_request_answer(r: random.Random) -> Turn:
    p, num, known = known_all(r)
    field = r.choice(("first_name", "last_name", "phone_number", "salutation"))
    if field == "first_name":
        new = _other(r, FIRST[(p.region, p.gender)], p.first)
        text = r.choice(
            (
                "Der Vorname. Richtig ist {v}.",
                "Vorname: {v}",
                "Bitte den Vornamen auf {v} ändern.",
                "Der Vorname soll {v} sein.",
                "Vorname {v} bitte",
                "Mein Vorname ist {v}.",
            )
        ).format(v=new)
        expect = {"first_name": new}
    elif field == "last_name":
        new = _other(r, LAST[p.region] + PARTICLE_LAST, p.last)
        text = r.choice(
            (
                "Der Nachname, richtig ist {v}.",
                "Nachname: {v}",
                "Bitte den Nachnamen auf {v} ändern.",
                "Der Nachname muss {v} heißen.",
                "Nachname {v} bitte",
                "Mein Nachname ist {v}.",
            )
        ).format(v=new)
        expect = {"last_name": new}
    elif field == "phone_number":
        new_num = number(r, p.region)
        n, region = written(r, new_num)
        text = r.choice(
            (
                "Die Nummer, die neue ist {n}.",
                "Telefonnummer: {n}",
                "Die Nummer ist {n}.",
                "Bitte die Nummer auf {n} ändern.",
                "Neue Nummer {n}",
            )
        ).format(n=n)
        return turn(
            "de2_change_request_answer",
            text,
            "change_request",
            known=known,
            default_region=region,
            expect=new_num.expect(),
        )
    else:
        said, sal = r.choice([t for t in TITLE_WORDS[p.gender] if t[1] != known["salutation"]])
        text = r.choice(
            (
                "Die Anrede, {t} bitte.",
                "Anrede: {t}",
                "Bitte mit {t} als Anrede.",
                "Die Anrede soll {t} sein.",
            )
        ).format(t=said)
        expect = {"salutation": sal}
    return turn("de2_change_request_answer", text, "change_request", known=known, expect=expect)


CONTROLS = (
    "Abbrechen.",
    "abbrechen",
    "Stopp, ich will abbrechen.",
    "Ich möchte abbrechen.",
    "Vergessen Sie es, abbrechen.",
    "Warum brauchen Sie das?",
    "Wozu brauchen Sie meine Nummer?",
    "Warum wollen Sie meine Telefonnummer?",
    "Wofür ist das?",
    "Wieso brauchst du meinen Namen?",
    "Hilfe",
    "Hilfe!",
    "Ich brauche Hilfe.",
    "Was soll ich hier eingeben?",
    "Bitte löschen Sie meine Daten.",
    "Vergessen Sie mich.",
    "Löschen Sie alles über mich.",
    "Vergiss mich bitte.",
    "loesch meine daten",
    "Tschüss.",
    "Auf Wiederhören.",
    "Ciao.",
    "Baba!",
    "Adieu.",
    "Uf Wiederluege.",
    "Auf Wiedersehen.",
    "Ich will nicht mehr, abbrechen bitte.",
    "Das möchte ich lieber abbrechen.",
    "Wozu das Ganze?",
    "Was machen Sie mit meinen Daten?",
    "warum willst du das wissen",
    "hilfe pls",
    "Schluss jetzt, abbrechen.",
    "Bitte meine Daten löschen.",
    "Servus, ich muss los.",
    "Pfiat di.",
)


def controls(r: random.Random) -> Turn:
    asked = r.choice(("salutation", "first_name", "last_name", "phone_number", None))
    known = {}
    if asked in ("last_name", "phone_number"):
        p = person(r)
        known = {"first_name": p.first} if asked == "last_name" else known_names(r, p)
    absent = tuple(s for s in ("salutation", "first_name", "last_name", "phone_number") if s not in known)
    return turn(
        "de2_controls",
        r.choice(CONTROLS),
        asked,
        known=known,
        kind="control",
        default_region=r.choice(("DE", "AT", "CH")),
        absent=absent,
    )


def notes_not_names(r: random.Random) -> Turn:
    p = person(r)
    city = {
        "DE": ("München", "Hamburg", "Köln", "Berlin", "Leipzig"),
        "AT": ("Wien", "Graz", "Linz", "Salzburg"),
        "CH": ("Zürich", "Bern", "Basel", "Luzern"),
    }[p.region]
    c = r.choice(city)
    shape = r.choice(("greet", "filler", "first_note", "last_note", "phone_note"))
    if shape == "greet":
        text = r.choice(
            (
                "{g}!",
                "{g}, ich möchte meine Kontaktdaten hinterlegen.",
                "{g}, ich rufe aus {c} an.",
                "{g}, ich hätte gern einen Rückruf.",
                "{g}, ist da jemand?",
            )
        ).format(g=r.choice(GREETINGS[p.region]), c=c)
        return turn(
            "de2_notes_not_names",
            text,
            None,
            absent=("salutation", "first_name", "last_name", "phone_number"),
        )
    if shape == "filler":
        asked = r.choice(("first_name", "last_name"))
        text = r.choice(
            (
                "Einen Moment bitte.",
                "Moment, ich muss kurz überlegen.",
                "Äh, Augenblick.",
                "Wie bitte?",
                "Ich bin in {c}.",
                "Ich wohne in {c}.",
                "Sekunde bitte.",
                "Ich ruf aus {c} an.",
            )
        ).format(c=c)
        return turn("de2_notes_not_names", text, asked, absent=("salutation", "first_name", "last_name"))
    if shape == "first_note":
        text = r.choice(
            ("{f}, ich bin aus {c}.", "{f}, ich ruf aus {c} an.", "Ich heiße {f} und wohne in {c}.")
        ).format(f=p.first, c=c)
        return turn(
            "de2_notes_not_names",
            text,
            "first_name",
            expect={"first_name": p.first},
            absent=("last_name", "salutation"),
        )
    if shape == "last_note":
        text = r.choice(
            ("{l}, ich wohne übrigens in {c}.", "{l}, aus {c}.", "Mein Nachname ist {l}, ich bin in {c}.")
        ).format(l=p.last, c=c)
        return turn(
            "de2_notes_not_names",
            text,
            "last_name",
            known={"first_name": p.first},
            expect={"last_name": p.last},
            absent=("salutation",),
        )
    num = number(r, p.region)
    text = r.choice(
        (
            "{n}, bin aber erst ab 17 Uhr erreichbar.",
            "{n}, am besten vormittags.",
            "{n}, ich bin in {c} erreichbar.",
            "{n} – bitte nicht am Wochenende anrufen.",
        )
    ).format(n=national(r, num), c=c)
    return turn(
        "de2_notes_not_names",
        text,
        "phone_number",
        known=known_names(r, p),
        default_region=num.region,
        expect=num.expect(),
    )


CATEGORIES: dict[str, Callable[[random.Random], Turn]] = {
    "de2_first_message_full": first_message_full,
    "de2_titles_particles": titles_particles,
    "de2_salutation_answer": salutation_answer,
    "de2_first_name_answer": first_name_answer,
    "de2_last_name_answer": last_name_answer,
    "de2_phone_national": phone_national,
    "de2_phone_international": phone_international,
    "de2_phone_spoken": phone_spoken,
    "de2_phone_extension": phone_extension,
    "de2_phone_keypad": phone_keypad,
    "de2_phone_no_region": phone_no_region,
    "de2_country_answer": country_answer,
    "de2_chat_typed": chat_typed,
    "de2_crm_paste": crm_paste,
    "de2_readback_confirm": readback_confirm,
    "de2_readback_deny": readback_deny,
    "de2_readback_correction": readback_correction,
    "de2_readback_change_field": readback_change_field,
    "de2_change_request_answer": change_request_answer,
    "de2_controls": controls,
    "de2_notes_not_names": notes_not_names,
}


def key(t: Turn) -> tuple:
    """What makes two turns the same test: the text read in the same context."""
    return (t.text, t.asked, t.default_region, tuple(sorted(t.known.items())))


def build() -> list[Turn]:
    r = random.Random(SEED)
    turns: list[Turn] = []
    seen: set[tuple] = set()
    for category, make in CATEGORIES.items():
        made = 0
        for _ in range(PER_CATEGORY * 40):
            t = make(r)
            assert t.category == category, (t.category, category)
            if key(t) in seen:
                continue
            seen.add(key(t))
            turns.append(t)
            made += 1
            if made == PER_CATEGORY:
                break
    return turns
