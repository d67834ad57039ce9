"""The fourth blind set (English): callers on a chat, agents pasting from CRMs and signatures, and
phone-line speech recognition, from the UK, Ireland, the US, Canada, Australia, India, Nigeria,
South Africa and Singapore.

Written blind: the expectations come from this module's own inputs (the names below, numbers
checked with phonenumbers, the templates), never from the bot's code. Every written form of a
number is kept only when phonenumbers itself parses it back to the number it was made from.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt

from .numbers import say_digits
from .turn import Turn

SEED = 4404
PER_CATEGORY = 132
REGIONS = ("GB", "IE", "US", "CA", "AU", "IN", "NG", "ZA", "SG")
NAMES = ("salutation", "first_name", "last_name")
ALL_NAMES = NAMES
EVERYTHING = (*NAMES, "phone_number")

# Nine countries' people: given names (some two words) and surnames (some with particles).
FIRSTS: dict[str, tuple[str, ...]] = {
    "GB": ("Oliver", "Amelia", "Harriet", "Isla", "George", "Mary Jane", "Rupert", "Imogen", "Callum"),
    "IE": ("Aoife", "Siobhan", "Cian", "Niamh", "Padraig", "Orla", "Eoin", "Caoimhe", "Ciara"),
    "US": ("Brandon", "Kayla", "Tyler", "Madison", "Jamal", "Mary Ann", "Dakota", "Brittany", "Cody"),
    "CA": ("Mathieu", "Chloé", "Liam", "Émilie", "Jean-Luc", "Marie-Ève", "Gabrielle", "Étienne"),
    "AU": ("Lachlan", "Matilda", "Kirra", "Jarrah", "Bronwyn", "Hamish", "Tahlia", "Brodie"),
    "IN": ("Priya", "Arjun", "Ananya", "Rohan", "Lakshmi", "Venkatesh", "Sai Krishna", "Deepika"),
    "NG": ("Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Aisha", "Chiamaka", "Tunde"),
    "ZA": ("Thandiwe", "Sipho", "Pieter", "Annelie", "Lerato", "Thabo", "Zanele", "Johannes"),
    "SG": ("Wei Ling", "Jun Jie", "Siew Mei", "Farhan", "Kavitha", "Hui Min", "Zhi Hao", "Nurul"),
}
LASTS: dict[str, tuple[str, ...]] = {
    "GB": ("Whitfield", "Pemberton", "Ashworth", "Hughes", "Clarke", "Fairbairn", "Cholmondeley"),
    "IE": ("O'Neill", "Brennan", "O'Sullivan", "MacNamara", "Fitzgerald", "Donnelly", "Ní Bhriain"),
    "US": ("Kowalski", "Rodriguez", "de la Cruz", "Jefferson", "Nguyen", "McAllister", "Oyelaran"),
    "CA": ("Tremblay", "Gagnon", "Bouchard", "MacDonald", "Côté", "Pelletier", "St-Pierre"),
    "AU": ("Papadopoulos", "Kelly", "Nguyen", "Thompson", "Castellano", "Mackenzie", "Walsh"),
    "IN": ("Sharma", "Iyer", "Reddy", "Banerjee", "Khan", "Chatterjee", "Pillai", "Deshpande"),
    "NG": ("Okafor", "Adeyemi", "Okonkwo", "Abubakar", "Eze", "Nwachukwu", "Balogun", "Ogunleye"),
    "ZA": ("Naidoo", "van Wyk", "Dlamini", "Botha", "van der Merwe", "Nkosi", "du Plessis"),
    "SG": ("Tan", "Lim", "Goh", "Rahman", "Teo", "Chua", "Subramaniam", "Koh"),
}
# Single-word ASCII surnames a recogniser spells out letter by letter.
SPELLABLE = ("Smyth", "Clarke", "Reid", "Naidoo", "Okafor", "Iyer", "Teo", "Brennan", "Walsh", "Botha", "Koh")

TITLE_FORMS: dict[str, tuple[str, ...]] = {
    "Mr": ("Mr", "Mr.", "mr", "Mister"),
    "Mrs": ("Mrs", "Mrs.", "mrs", "Missus"),
    "Ms": ("Ms", "Ms.", "ms", "Miz"),
    "Miss": ("Miss", "miss"),
    "Mx": ("Mx", "mx", "Mx."),
    "Dr": ("Dr", "Dr.", "dr", "Doctor"),
    "Prof": ("Prof", "Prof.", "Professor"),
}
SPOKEN_TITLES = {
    "Mr": "Mister",
    "Mrs": "Missus",
    "Ms": "Ms",
    "Miss": "Miss",
    "Dr": "Doctor",
    "Prof": "Professor",
}

COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "the UK.", "United Kingdom", "England", "it's a UK number", "Britain", "uk pls"),
    "IE": ("Ireland", "Ireland.", "Republic of Ireland", "it's Irish", "ireland thx", "It's in Ireland."),
    "US": ("USA", "the US", "United States", "America.", "it's a US number", "the States"),
    "CA": ("Canada", "Canada.", "it's Canadian", "canada", "It's a Canadian number."),
    "AU": ("Australia", "Australia.", "it's an Australian mobile", "australia", "In Australia."),
    "IN": ("India", "India.", "it's Indian", "india", "It's an Indian number."),
    "NG": ("Nigeria", "Nigeria.", "Nigerian number", "nigeria", "It's in Nigeria."),
    "ZA": ("South Africa", "South Africa.", "it's South African", "south africa", "In South Africa."),
    "SG": ("Singapore", "Singapore.", "singapore", "it's a Singapore number", "Singapore, thanks."),
}
ADJECTIVE = {
    "GB": "UK",
    "IE": "Irish",
    "US": "US",
    "CA": "Canadian",
    "AU": "Australian",
    "IN": "Indian",
    "NG": "Nigerian",
    "ZA": "South African",
    "SG": "Singapore",
}
STREETS = ("Baker Street", "Elm Road", "Harbour View", "Station Lane", "Victoria Avenue", "Church Close")
CITIES = ("London", "Cork", "Leeds", "Perth", "Pune", "Lagos", "Durban", "Toronto", "Brisbane", "Galway")
JOBS = ("Account Manager", "Head of Operations", "Senior Analyst", "Practice Manager", "Sales Director")
COMPANIES = ("Northwind Logistics Ltd", "Bluegate Partners", "Harbour & Vale LLP", "Kestrel Health Pty Ltd")


@dataclass(frozen=True)
class Num:
    region: str
    nsn: str
    cc: str  # "+44"
    e164: str
    international: str
    national: str

    def expect(self, extension: str = "") -> dict[str, str]:
        return {"phone_number": self.nsn, "country_code": self.cc, "extension": extension}


def _parses(text: str, region: str | None, e164: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(number, Fmt.E164) == e164


def _num(number: phonenumbers.PhoneNumber) -> Num:
    return Num(
        region=phonenumbers.region_code_for_number(number),
        nsn=phonenumbers.national_significant_number(number),
        cc=f"+{number.country_code}",
        e164=phonenumbers.format_number(number, Fmt.E164),
        international=phonenumbers.format_number(number, Fmt.INTERNATIONAL),
        national=phonenumbers.format_number(number, Fmt.NATIONAL),
    )


def valid(e164: str, region: str) -> Num | None:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != region:
        return None
    return _num(number)


@cache
def pool(region: str) -> tuple[Num, ...]:
    """Valid mobile and fixed-line numbers of a region: its example numbers with new last digits."""
    rng = random.Random(f"{SEED}-{region}")
    found: dict[str, Num] = {}
    bases = [
        phonenumbers.example_number_for_type(region, kind)
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    ]
    for base in bases:
        e164 = phonenumbers.format_number(base, Fmt.E164)
        for _ in range(80):
            tail = "".join(rng.choice("0123456789") for _ in range(4))
            candidate = valid(e164[:-4] + tail, region)
            if candidate and _parses(candidate.national, region, candidate.e164):
                found[candidate.e164] = candidate
    return tuple(found.values())


def written(num: Num, caller: str | None) -> dict[str, str]:
    """The forms a caller in ``caller``'s country may type (national ones only when it is home)."""
    intl = num.international
    digits = [g for g in intl.replace("-", " ").split(" ")[1:]]
    forms = {
        "intl": intl,
        "e164": num.e164,
        "intl_spaced": f"{num.cc} {' '.join(digits)}",
        "idd": "00" + num.e164[1:],
        "idd_spaced": "00" + intl[1:],
        "intl_dashes": f"{num.cc}-{'-'.join(digits)}",
    }
    if num.national.startswith("0") or num.national.startswith("(0"):
        rest = num.national.replace("(", "").replace(")", "")[1:]
        forms["trunk"] = f"{num.cc} (0){rest}"
    if caller == num.region:
        nat_groups = num.national.replace("(", "").replace(")", "").replace("-", " ").split()
        forms["national"] = num.national
        forms["nat_digits"] = "".join(nat_groups)
        forms["nat_dashes"] = "-".join(nat_groups)
        if num.region in ("US", "CA"):
            forms["nanp_one"] = "1-" + "-".join(nat_groups)
            forms["nanp_dots"] = ".".join(nat_groups)
    kept = {}
    for name, text in forms.items():
        check = "+" + text[2:] if text.startswith("00") else text
        if _parses(check, num.region, num.e164):
            kept[name] = text
    return kept


def national_groups(num: Num) -> list[str]:
    return num.national.replace("(", "").replace(")", "").replace("-", " ").split()


def spoken(num: Num, rng: random.Random, international: bool = False) -> str:
    """A recogniser's transcript of the number: words, pauses as commas."""
    zero = rng.choice(("oh", "zero"))
    repeats = rng.random() < 0.6
    if international:
        groups = num.international.replace("-", " ").split()[1:]
        words = ["plus " + say_digits(num.cc[1:])] + [say_digits(g, zero, repeats) for g in groups]
    else:
        words = [say_digits(g, zero, repeats) for g in national_groups(num)]
    return ", ".join(words)


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    region: str
    num: Num


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.turns: list[Turn] = []
        self.seen: set[tuple] = set()
        self.counts: dict[str, int] = {}

    def add(self, turn: Turn) -> bool:
        turn = replace(turn, text=re.sub(r"(?<!\.)\.\.(?!\.)", ".", turn.text))  # "Mrs.." -> "Mrs."
        key = (turn.text, turn.asked, tuple(sorted(turn.known.items())), turn.default_region)
        if key in self.seen:
            return False
        self.seen.add(key)
        self.turns.append(turn)
        self.counts[turn.category] = self.counts.get(turn.category, 0) + 1
        return True

    def person(self, region: str | None = None) -> Person:
        rng = self.rng
        region = region or rng.choice(REGIONS)
        return Person(
            rng.choice(tuple(TITLE_FORMS)),
            rng.choice(FIRSTS[region]),
            rng.choice(LASTS[region]),
            region,
            rng.choice(pool(region)),
        )

    def known(self, p: Person, upto: str) -> dict[str, str]:
        order = ("salutation", "first_name", "last_name")
        values = {"salutation": p.title, "first_name": p.first, "last_name": p.last}
        return {slot: values[slot] for slot in order[: order.index(upto)]} if upto in order else values

    def full(self, p: Person, extension: str = "") -> dict[str, str]:
        return {
            "salutation": p.title,
            "first_name": p.first,
            "last_name": p.last,
            "phone_number": p.num.nsn,
            "country_code": p.num.cc,
            "extension": extension,
        }

    def title_form(self, title: str) -> str:
        return self.rng.choice(TITLE_FORMS[title])

    def form(self, num: Num, caller: str | None, names: tuple[str, ...] | None = None) -> str:
        forms = written(num, caller)
        choices = [n for n in (names or tuple(forms)) if n in forms] or list(forms)
        return forms[self.rng.choice(sorted(choices))]

    def fill(self, category: str, make) -> None:
        tries = 0
        while self.counts.get(category, 0) < PER_CATEGORY and tries < PER_CATEGORY * 40:
            tries += 1
            turn = make()
            if turn is not None:
                self.add(turn)


def _chat_typed(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_chat_typed"
    p = b.person()
    asked = rng.choice(("first_name", "last_name", "phone_number", "phone_number"))
    if asked == "first_name":
        t = rng.choice(
            ("its {f}", "{f} thx", "{lf}", "frist name {f}", "my frist nmae is {f}", "{lf} :)", "{f} thnaks")
        )
        text = t.format(f=p.first, lf=p.first.lower())
        return Turn(
            cat,
            text,
            asked,
            b.known(p, asked),
            expect={"first_name": p.first},
            absent=("last_name", "salutation"),
        )
    if asked == "last_name":
        t = rng.choice(
            ("surnmae {l}", "its {l} thnks", "{ll}", "last naem's {l}", "{ll} ta", "srname is {l}")
        )
        text = t.format(l=p.last, ll=p.last.lower())
        return Turn(
            cat,
            text,
            asked,
            b.known(p, asked),
            expect={"last_name": p.last},
            absent=("first_name", "salutation"),
        )
    t = rng.choice(
        (
            "its {n} thnaks",
            "my nmber is {n}",
            "mob {n}",
            "{n} ta",
            "numbr: {n}",
            "ok its {n}",
            "{n} cheers",
            "{n}",
        )
    )
    text = t.format(n=b.form(p.num, p.region))
    return Turn(cat, text, asked, b.known(p, asked), p.region, expect=p.num.expect(), absent=NAMES)


def _sms(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_sms_style"
    p = b.person()
    choice = rng.randrange(4)
    if choice == 0:
        t = rng.choice(("{f} pls", "its {f} thx", "{f} ta", "u can call me {f}", "{f} thx x"))
        return Turn(
            cat,
            t.format(f=p.first),
            "first_name",
            b.known(p, "first_name"),
            expect={"first_name": p.first},
            absent=("last_name", "salutation"),
        )
    if choice == 1:
        t = rng.choice(("surname {l} thx", "{l} pls", "its {l} ta", "{l} thx", "last name {l} pls"))
        return Turn(
            cat,
            t.format(l=p.last),
            "last_name",
            b.known(p, "last_name"),
            expect={"last_name": p.last},
            absent=("first_name", "salutation"),
        )
    if choice == 2:
        t = rng.choice(("its {f} {l} thx", "{f} {l} pls", "{lf} {ll} thx", "im {f} {l}"))
        return Turn(
            cat,
            t.format(f=p.first, l=p.last, lf=p.first.lower(), ll=p.last.lower()),
            "first_name",
            b.known(p, "first_name"),
            expect={"first_name": p.first, "last_name": p.last},
            absent=("salutation",),
        )
    t = rng.choice(
        (
            "pls use {n} thx",
            "no. is {n} thx",
            "call me on {n} pls",
            "mob no. {n}",
            "ur best bet is {n}",
            "my no. {n} thx",
            "{n} pls ty",
            "txt me on {n}",
        )
    )
    text = t.format(n=b.form(p.num, p.region))
    return Turn(
        cat, text, "phone_number", b.known(p, "phone_number"), p.region, expect=p.num.expect(), absent=NAMES
    )


def _multi(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_multi_value"
    p = b.person()
    tf = b.title_form(p.title)
    n = b.form(p.num, p.region)
    choice = rng.randrange(6)
    if choice == 0:
        t = rng.choice(
            ("{t} {f} {l}", "{t}, first name {f}, surname {l}", "it's {t} {f} {l}", "{t} {f} {l} pls")
        )
        return Turn(
            cat,
            t.format(t=tf, f=p.first, l=p.last),
            "salutation",
            {},
            expect={"salutation": p.title, "first_name": p.first, "last_name": p.last},
        )
    if choice == 1:
        t = rng.choice(("{f} {l}", "{f}, surname's {l}", "{f} and my surname is {l}", "first {f} last {l}"))
        return Turn(
            cat,
            t.format(f=p.first, l=p.last),
            "first_name",
            b.known(p, "first_name"),
            expect={"first_name": p.first, "last_name": p.last},
            absent=("salutation",),
        )
    if choice == 2:
        t = rng.choice(("{f} {l}, number {n}", "{f} {l} - {n}", "{f} {l} and you can reach me on {n}"))
        return Turn(
            cat,
            t.format(f=p.first, l=p.last, n=n),
            "first_name",
            b.known(p, "first_name"),
            p.region,
            expect={"first_name": p.first, "last_name": p.last, **p.num.expect()},
            absent=("salutation",),
        )
    if choice == 3:
        t = rng.choice(("{l}, and my number is {n}", "{l}. phone is {n}", "it's {l} - number {n}"))
        return Turn(
            cat,
            t.format(l=p.last, n=n),
            "last_name",
            b.known(p, "last_name"),
            p.region,
            expect={"last_name": p.last, **p.num.expect()},
            absent=("first_name", "salutation"),
        )
    if choice == 4:
        t = rng.choice(
            ("{n} - and it's {t} {l} by the way", "{n}, oh and the title is {t}", "{n}. It's {t} {l}.")
        )
        text = t.format(n=n, t=tf, l=p.last)
        expect = {"salutation": p.title, **p.num.expect()}
        absent: tuple[str, ...] = ("first_name",)
        if "{l}" in t:
            expect["last_name"] = p.last
        else:
            absent = ("first_name", "last_name")
        return Turn(cat, text, "phone_number", {}, p.region, expect=expect, absent=absent)
    t = rng.choice(("{t} {l}", "{t} {l} please", "it's {t} {l}"))
    return Turn(
        cat,
        t.format(t=tf, l=p.last),
        "salutation",
        {},
        expect={"salutation": p.title, "last_name": p.last},
        absent=("first_name",),
    )


MIND_FIRST = (
    ("Jon", "John"),
    ("Katherine", "Catherine"),
    ("Steven", "Stephen"),
    ("Sara", "Sarah"),
    ("Mohamed", "Mohammed"),
    ("Philip", "Phillip"),
    ("Isabel", "Isobel"),
    ("Sean", "Shaun"),
    ("Aoife", "Aoibhinn"),
    ("Chinedu", "Chinonso"),
)
MIND_LAST = (
    ("Smith", "Smyth"),
    ("Clark", "Clarke"),
    ("Reid", "Reed"),
    ("Thompson", "Thomson"),
    ("McDonald", "MacDonald"),
    ("Naidu", "Naidoo"),
    ("Brennan", "Brannan"),
    ("Tan", "Tang"),
    ("Iyer", "Iyengar"),
)
MIND_TITLES = (("Mrs", "Ms"), ("Miss", "Ms"), ("Mr", "Dr"), ("Ms", "Dr"), ("Dr", "Prof"), ("Mr", "Mx"))
MIND_LINKS = (
    "{a}, no wait, {b}",
    "{a} sorry i mean {b}",
    "{a}... no, {b}",
    "{a}, scratch that, {b}",
    "{a} - no, {b}",
)


def _changed(num: Num) -> Num | None:
    """The same number with its last two digits changed (a slip of the fingers), if still valid."""
    for tail in ("45", "17", "82", "39", "60"):
        if num.nsn.endswith(tail):
            continue
        other = valid(num.e164[:-2] + tail, num.region)
        if other and national_groups(other)[:-1] == national_groups(num)[:-1]:
            return other
    return None


def _mind(b: Builder) -> Turn | None:
    rng, cat = b.rng, "fourth_mind_change"
    p = b.person()
    choice = rng.randrange(5)
    link = rng.choice(MIND_LINKS)
    if choice == 0:
        a, c = rng.choice(MIND_FIRST)
        return Turn(
            cat,
            link.format(a=a, b=c),
            "first_name",
            b.known(p, "first_name"),
            expect={"first_name": c},
            absent=("last_name", "salutation"),
        )
    if choice == 1:
        a, c = rng.choice(MIND_LAST)
        return Turn(
            cat,
            link.format(a=a, b=c),
            "last_name",
            b.known(p, "last_name"),
            expect={"last_name": c},
            absent=("first_name", "salutation"),
        )
    if choice == 2:
        a, c = rng.choice(MIND_TITLES)
        return Turn(
            cat,
            link.format(a=b.title_form(a), b=b.title_form(c)),
            "salutation",
            {},
            expect={"salutation": c},
            absent=("first_name", "last_name"),
        )
    other = _changed(p.num)
    if other is None:
        return None
    first = p.num.national
    if choice == 3:
        t = rng.choice(("{a}, no sorry, {g}", "{a} no wait {g} at the end", "{a}, sorry, last bit is {g}"))
        text = t.format(a=first, g=national_groups(other)[-1])
    else:
        t = rng.choice(("{a} wait no {b}", "{a} - sorry, typo, {b}", "it's {a}... actually make that {b}"))
        text = t.format(a=first, b=other.national)
    return Turn(
        cat, text, "phone_number", b.known(p, "phone_number"), p.region, expect=other.expect(), absent=NAMES
    )


def _whole(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_whole_contact"
    p = b.person()
    tf = b.title_form(p.title)
    n = b.form(p.num, p.region)
    ext = str(rng.randint(100, 4999))
    templates = (
        ("Hi, I'm {t} {f} {l}, my number is {n}", True, False),
        ("{t} {f} {l} {n}", True, False),
        ("name {f} {l}, title {t}, tel {n}", True, False),
        ("hello its {f} {l} on {n} ext {x}", False, True),
        ("{f} {l}, {n}", False, False),
        ("hi there, {t} {f} {l} here - best number is {n}", True, False),
        ("save me as {t} {f} {l}, {n} extension {x}", True, True),
        ("{f} {l} / {n}", False, False),
        ("Hello, this is {f} {l}. You can reach me on {n}.", False, False),
    )
    t, titled, has_ext = rng.choice(templates)
    text = t.format(t=tf, f=p.first, l=p.last, n=n, x=ext)
    expect = {"first_name": p.first, "last_name": p.last, **p.num.expect(ext if has_ext else "")}
    if titled:
        expect["salutation"] = p.title
    return Turn(cat, text, None, {}, p.region, expect=expect, absent=() if titled else ("salutation",))


def _notes(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_notes_and_addresses"
    p = b.person()
    n = b.form(p.num, p.region, ("national", "intl", "nat_digits"))
    house, flat = rng.randint(2, 240), rng.randint(1, 30)
    street, city = rng.choice(STREETS), rng.choice(CITIES)
    if rng.random() < 0.15:
        t = rng.choice(("{l} - I live at {h} {s}", "{l}, from {c}", "it's {l}, I'm at flat {fl}, {h} {s}"))
        return Turn(
            cat,
            t.format(l=p.last, h=house, s=street, c=city, fl=flat),
            "last_name",
            b.known(p, "last_name"),
            expect={"last_name": p.last},
            absent=("first_name", "salutation", "phone_number"),
        )
    t = rng.choice(
        (
            "{n} - call after 6pm",
            "{n}, it's a landline",
            "{n} but not before 9:30 pls",
            "mobile {n}, I'm at {h} {s}, {c}",
            "{h} {s} {c}, phone {n}",
            "{n} (leave a message if I don't pick up, I work 3 days a week)",
            "{n}, flat {fl}",
            "it's a landline: {n}. best between 9 and 5",
            "{n} - work phone, I'm in the office Mon-Fri",
            "flat {fl}, {h} {s}. tel {n}",
            "{n} after 7.30 in the evening is best",
            "{n} - it's my husband's phone, 2 rings then voicemail",
        )
    )
    text = t.format(n=n, h=house, s=street, c=city, fl=flat)
    return Turn(
        cat, text, "phone_number", b.known(p, "phone_number"), p.region, expect=p.num.expect(), absent=NAMES
    )


def _crm(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_crm_paste"
    p = b.person()
    n = b.form(p.num, p.region)
    ext = str(rng.randint(10, 999))
    templates = (
        ("Title: {t}\tFirst name: {f}\tLast name: {l}\tPhone: {n}", True, False),
        ("{t} | {f} | {l} | {n}", True, False),
        ("Salutation: {t}; Forename: {f}; Surname: {l}; Tel: {n}", True, False),
        ("First Name\t{f}\nLast Name\t{l}\nMobile\t{n}", False, False),
        ("Contact: {t} {f} {l} | Phone: {n} | Ext: {x}", True, True),
        ("surname={l};firstname={f};phone={n}", False, False),
        ("Name: {f} {l}\nTitle: {t}\nTelephone: {n} x{x}", True, True),
        ("{f};{l};{n}", False, False),
        ("FIRST: {f} | LAST: {l} | TEL: {n} ext. {x}", False, True),
        ("Customer: {t} {f} {l}; Contact no: {n}", True, False),
    )
    t, titled, has_ext = rng.choice(templates)
    text = t.format(t=b.title_form(p.title), f=p.first, l=p.last, n=n, x=ext)
    expect = {"first_name": p.first, "last_name": p.last, **p.num.expect(ext if has_ext else "")}
    if titled:
        expect["salutation"] = p.title
    asked = rng.choice((None, None, "salutation", "first_name"))
    return Turn(cat, text, asked, {}, p.region, expect=expect, absent=() if titled else ("salutation",))


def _signature(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_signature"
    p = b.person()
    n = b.form(p.num, p.region, ("trunk", "idd_spaced", "intl", "national"))
    ext = str(rng.randint(100, 899))
    job, company = rng.choice(JOBS), rng.choice(COMPANIES)
    templates = (
        ("{f} {l}\n{j}\n{c}\nT: {n} ext. {x}", False, True),
        ("Best,\n{f} {l} | {j} | {c}\nTel {n} x{x}", False, True),
        ("--\n{t} {f} {l}\n{c}\nDirect: {n}", True, False),
        ("{f} {l}, {j}, {c} - Mobile: {n}", False, False),
        ("Kind regards\n\n{t} {f} {l}\n{j}, {c}\nPhone: {n}", True, False),
        ("Thanks,\n{f} {l}\n{c} | {n} | ext {x}", False, True),
        ("{f} {l} | {j}\n{c}\nM {n}", False, False),
    )
    t, titled, has_ext = rng.choice(templates)
    text = t.format(t=b.title_form(p.title), f=p.first, l=p.last, n=n, x=ext, j=job, c=company)
    expect = {"first_name": p.first, "last_name": p.last, **p.num.expect(ext if has_ext else "")}
    if titled:
        expect["salutation"] = p.title
    return Turn(
        cat,
        text,
        rng.choice((None, "first_name")),
        {},
        p.region,
        expect=expect,
        absent=() if titled else ("salutation",),
    )


def _spell(name: str, rng: random.Random) -> str:
    sep = rng.choice((" ", ", "))
    return sep.join(name.upper())


def _asr_names(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_asr_names"
    p = b.person()
    choice = rng.randrange(3)
    if choice == 0:
        t = rng.choice(
            ("{f}.", "My first name is {f}.", "It's {f}.", "Um, {f}.", "Yeah, it's {f}.", "{f}, thanks.")
        )
        return Turn(
            cat,
            t.format(f=p.first),
            "first_name",
            b.known(p, "first_name"),
            expect={"first_name": p.first},
            absent=("last_name", "salutation"),
        )
    if choice == 1:
        t = rng.choice(("{l}.", "It's {l}.", "My surname is {l}.", "Er, {l}.", "{l}, thank you."))
        return Turn(
            cat,
            t.format(l=p.last),
            "last_name",
            b.known(p, "last_name"),
            expect={"last_name": p.last},
            absent=("first_name", "salutation"),
        )
    last = rng.choice(SPELLABLE)
    t = rng.choice(("{s}.", "It's {l}, {s}.", "{l}. {s}.", "That's {s}.", "It's spelt {s}."))
    return Turn(
        cat,
        t.format(l=last, s=_spell(last, rng)),
        "last_name",
        b.known(p, "last_name"),
        expect={"last_name": last},
        absent=("first_name", "salutation"),
    )


def _asr_titles(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_asr_titles"
    p = b.person()
    title = rng.choice(tuple(SPOKEN_TITLES))
    word = SPOKEN_TITLES[title]
    if rng.random() < 0.3:
        t = rng.choice(("{w} {f} {l}.", "It's {w} {l}.", "{w}. {f} {l}."))
        text = t.format(w=word, f=p.first, l=p.last)
        expect = {"salutation": title, "last_name": p.last}
        absent: tuple[str, ...] = ()
        if "{f}" in t:
            expect["first_name"] = p.first
        else:
            absent = ("first_name",)
        return Turn(cat, text, "salutation", {}, expect=expect, absent=absent)
    t = rng.choice(("{w}.", "It's {w}.", "{w}, please.", "Er, {w}.", "Yes, {w}.", "Just {w}.", "{lw}."))
    text = t.format(w=word, lw=word.lower())
    return Turn(cat, text, "salutation", {}, expect={"salutation": title}, absent=("first_name", "last_name"))


def _asr_numbers(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_asr_numbers"
    p = b.person()
    international = rng.random() < 0.3
    words = spoken(p.num, rng, international)
    ext = str(rng.randint(10, 999)) if rng.random() < 0.3 else ""
    words = words[0].upper() + words[1:]
    if ext:
        t = rng.choice(("{w}, extension {e}.", "{w}. Extension {e}.", "It's {lw}, extension {e}."))
    else:
        t = rng.choice(("{w}.", "It's {lw}.", "{w}. Thank you.", "Yeah, {lw}.", "My number is {lw}."))
    text = t.format(w=words, lw=words[0].lower() + words[1:], e=say_digits(ext, "oh") if ext else "")
    region = rng.choice((None, "GB", p.region)) if international else p.region
    return Turn(
        cat, text, "phone_number", b.known(p, "phone_number"), region, expect=p.num.expect(ext), absent=NAMES
    )


def _habits(b: Builder) -> Turn | None:
    rng, cat = b.rng, "fourth_country_habits"
    p = b.person()
    choice = rng.randrange(4)
    if choice <= 1:
        n = b.form(p.num, p.region)
        return Turn(
            cat, n, "phone_number", b.known(p, "phone_number"), p.region, expect=p.num.expect(), absent=NAMES
        )
    if choice == 2:
        home = rng.choice(tuple(r for r in REGIONS if r != p.region) + (None,))
        n = b.form(p.num, None)
        t = rng.choice(("{n}", "my {a} number is {n}", "{n} (I'm calling from abroad)"))
        text = t.format(n=n, a=ADJECTIVE[p.region])
        return Turn(
            cat, text, "phone_number", b.known(p, "phone_number"), home, expect=p.num.expect(), absent=NAMES
        )
    # a national number with its country named, the bot's home being elsewhere
    if p.region in ("US", "CA"):
        return None
    home = rng.choice(tuple(r for r in REGIONS if r != p.region and r not in ("US", "CA")))
    n = written(p.num, p.region)["national"]
    t = rng.choice(("it's {an} {a} number: {n}", "{n} - that's in {c}", "{a} mobile {n}", "{n}, it's in {c}"))
    article = "an" if p.region in ("IE", "AU", "IN") else "a"
    text = t.format(an=article, a=ADJECTIVE[p.region], n=n, c=COUNTRY_NAME[p.region])
    return Turn(
        cat, text, "phone_number", b.known(p, "phone_number"), home, expect=p.num.expect(), absent=NAMES
    )


COUNTRY_NAME = {
    "GB": "the UK",
    "IE": "Ireland",
    "US": "the US",
    "CA": "Canada",
    "AU": "Australia",
    "IN": "India",
    "NG": "Nigeria",
    "ZA": "South Africa",
    "SG": "Singapore",
}


def _country(b: Builder) -> Turn | None:
    rng, cat = b.rng, "fourth_country_question"
    p = b.person()
    forms = written(p.num, p.region)
    national = forms.get("national")
    if national is None:
        return None
    if rng.random() < 0.3:
        t = rng.choice(("{n}", "its {n}", "{n} thanks", "My number is {n}."))
        return Turn(
            cat,
            t.format(n=national),
            "phone_number",
            b.known(p, "phone_number"),
            None,
            absent=("phone_number", *NAMES),
        )
    known = {**b.known(p, "phone_number"), "pending_phone": national}
    word = rng.choice(COUNTRY_WORDS[p.region])
    return Turn(cat, word, "country", known, None, expect={"country": p.region}, absent=NAMES)


YES = (
    "yes",
    "Yes.",
    "yep",
    "yeah",
    "yup",
    "yes please",
    "Yes, that's right.",
    "that's correct",
    "correct",
    "spot on",
    "perfect",
    "all good",
    "looks good",
    "yes save it",
    "yes thats all right",
    "yess",
    "yeah go ahead",
    "Yeah, that's correct.",
    "That's right.",
    "absolutely",
    "yep all correct",
    "ok yes",
    "Correct.",
    "Yes, save it please.",
    "yes pls",
    "yea thats me",
    "that's all fine",
    "Yes, that's all correct.",
    "yes, go ahead and save",
    "Yep, that's it.",
)
YES_TAILS = ("", " thanks", " thx", " ta", " cheers", "!")
DENY = (
    "no",
    "No.",
    "nope",
    "that's not right",
    "no thats wrong",
    "No, that's not correct.",
    "not quite",
    "nah",
    "no, something's wrong",
    "No. That's wrong.",
    "no that isnt right",
    "wrong",
)
CHANGE = {
    "last_name": ("I want to change the surname", "can i change the last name pls", "the surname is wrong"),
    "first_name": ("I need to change the first name", "first name's wrong", "can you change my first name"),
    "phone_number": (
        "I want to change the number",
        "can i change the phone number pls",
        "the number's wrong",
    ),
    "salutation": ("I want to change the title", "the title is wrong", "can you change the title please"),
}


def _yes(b: Builder) -> Turn:
    p = b.person()
    text = b.rng.choice(YES) + b.rng.choice(YES_TAILS)
    return Turn("fourth_readback_yes", text, "confirmed", b.full(p), p.region, kind="confirm")


def _deny(b: Builder) -> Turn:
    rng, cat = b.rng, "fourth_readback_no"
    p = b.person()
    if rng.random() < 0.45:
        text = rng.choice(DENY) + rng.choice(("", " sorry", ""))
        return Turn(cat, text, "confirmed", b.full(p), p.region, kind="deny", absent=("confirmed",))
    field = rng.choice(tuple(CHANGE))
    text = rng.choice(CHANGE[field])
    if rng.random() < 0.3:
        return Turn(
            cat,
            rng.choice(("the ", "")) + FIELD_WORD[field],
            "change_request",
            b.full(p),
            p.region,
            expect={field: None},
        )
    return Turn(cat, text, "confirmed", b.full(p), p.region, expect={field: None}, absent=("confirmed",))


FIELD_WORD = {
    "last_name": "surname",
    "first_name": "first name",
    "phone_number": "phone number",
    "salutation": "title",
}
NEW_FIRSTS = ("María José", "Anne-Marie", "Siobhán", "Oluwafemi", "Zoë", "Mary Kate", "Kwame", "Ines")
NEW_LASTS = ("Smyth", "O'Connor", "van Rensburg", "de la Cruz", "Fitzpatrick", "Adebayo", "Menon", "Ng")


def _corrections(b: Builder) -> Turn | None:
    rng, cat = b.rng, "fourth_readback_corrections"
    p = b.person()
    known = b.full(p)
    choice = rng.randrange(7)
    pron = rng.choice(("her", "his", "my", "the"))
    if choice == 0:
        first = rng.choice([f for f in NEW_FIRSTS if f != p.first])
        t = rng.choice(
            ("no, {p} first name is {v}", "No, the first name is {v}.", "first name should be {v}")
        )
        return _corr(cat, t.format(p=pron, v=first), known, p, {"first_name": first})
    if choice == 1:
        last = rng.choice([n for n in NEW_LASTS if n != p.last])
        t = rng.choice(
            ("no the surname should be {v}", "No, the surname is {v}.", "no, {p} last name is {v}")
        )
        return _corr(cat, t.format(p=pron, v=last), known, p, {"last_name": last})
    if choice == 2:
        last = rng.choice([n for n in SPELLABLE if n != p.last])
        t = rng.choice(("No, the surname is spelt {s}.", "No. Last name is {s}."))
        return _corr(cat, t.format(s=_spell(last, rng)), known, p, {"last_name": last})
    if choice == 3:
        new = rng.choice([t for t in TITLE_FORMS if t != p.title])
        t = rng.choice(("no it's {n} not {o}", "the title should be {n}", "No, it's {n}, not {o}."))
        text = t.format(n=b.title_form(new), o=b.title_form(p.title))
        return _corr(cat, text, known, p, {"salutation": new})
    if choice == 4:
        other = rng.choice([n for n in pool(p.region) if n.nsn != p.num.nsn])
        t = rng.choice(("wrong number, it's {n}", "no, the number is {n}", "No. The number should be {n}."))
        return _corr(cat, t.format(n=b.form(other, p.region)), known, p, {"phone_number": other.nsn})
    if choice == 5:
        for tail in (rng.choice(("45", "07", "91", "38")), "45", "62"):
            other = valid(p.num.e164[:-2] + tail, p.region)
            if other and other.nsn != p.num.nsn:
                break
        else:
            return None
        t = rng.choice(("nearly, it ends in {d}", "no, it ends in {d}", "No, the last two digits are {d}."))
        return _corr(cat, t.format(d=other.nsn[-2:]), known, p, {"phone_number": other.nsn})
    # the bot asked what to change: a field and its new value
    last = rng.choice([n for n in NEW_LASTS if n != p.last])
    other = rng.choice([n for n in pool(p.region) if n.nsn != p.num.nsn])
    options = (
        (f"surname - {last}", {"last_name": last}),
        (f"the number, it's {b.form(other, p.region)}", {"phone_number": other.nsn}),
        (f"first name should be {rng.choice(NEW_FIRSTS)}", None),
        (b.form(other, p.region, ("national", "intl")), {"phone_number": other.nsn}),
    )
    text, expect = rng.choice(options)
    if expect is None:
        expect = {"first_name": text.removeprefix("first name should be ")}
    if expect.get("first_name") == p.first:
        return None
    return Turn(cat, text, "change_request", known, p.region, expect=expect)


def _corr(cat: str, text: str, known: dict, p: Person, expect: dict) -> Turn:
    return Turn(
        cat, text, "confirmed", known, p.region, expect=expect, absent=("confirmed",), kind="correction"
    )


CONTROLS = (
    "cancel",
    "Cancel.",
    "pls cancel",
    "stop, cancel this",
    "why do you need my number?",
    "why do u need this",
    "what do you need this for?",
    "Why do you need that?",
    "help",
    "Help.",
    "i need help",
    "help me pls",
    "delete my details",
    "forget me",
    "please forget my details",
    "I want you to delete my data.",
    "remove my info pls",
    "forget everything about me",
    "cancel please, I've changed my mind",
    "can you delete what you have on me",
)


def _controls(b: Builder) -> Turn:
    p = b.person()
    asked = b.rng.choice(("salutation", "first_name", "last_name", "phone_number", "confirmed", None))
    known = b.full(p) if asked == "confirmed" else (b.known(p, asked) if asked else {})
    absent = ("confirmed",) if asked == "confirmed" else EVERYTHING
    return Turn(
        "fourth_controls", b.rng.choice(CONTROLS), asked, known, p.region, kind="control", absent=absent
    )


MAKERS = (
    ("fourth_chat_typed", _chat_typed),
    ("fourth_sms_style", _sms),
    ("fourth_multi_value", _multi),
    ("fourth_mind_change", _mind),
    ("fourth_whole_contact", _whole),
    ("fourth_notes_and_addresses", _notes),
    ("fourth_crm_paste", _crm),
    ("fourth_signature", _signature),
    ("fourth_asr_names", _asr_names),
    ("fourth_asr_titles", _asr_titles),
    ("fourth_asr_numbers", _asr_numbers),
    ("fourth_country_habits", _habits),
    ("fourth_country_question", _country),
    ("fourth_readback_yes", _yes),
    ("fourth_readback_no", _deny),
    ("fourth_readback_corrections", _corrections),
    ("fourth_controls", _controls),
)


def build() -> list[Turn]:
    b = Builder()
    for category, make in MAKERS:
        b.fill(category, lambda: make(b))
    return b.turns
