"""The second blind French set: callers in France, Belgium, Switzerland and Québec, on chat, on a
phone line (speech recogniser output, keypad digits) and agents pasting a contact from a CRM.

Written blind: every expectation comes from this module's own inputs (the names below, numbers
drawn here and checked with phonenumbers, the templates), never from the bot's readers. The same
set comes out on every run (fixed seed).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from .turn import NAME_SLOTS, Turn

SEED = 2052
PREFIX = "fr2_"
LANGUAGE = "fr"
REGIONS = ("FR", "BE", "CH", "CA")
COUNTRY_CODES = {"FR": "+33", "BE": "+32", "CH": "+41", "CA": "+1"}

# ---------------------------------------------------------------------------------------------
# people

WOMEN = {
    "FR": (
        "Claire",
        "Léa",
        "Chloé",
        "Manon",
        "Inès",
        "Hélène",
        "Sophie",
        "Nathalie",
        "Isabelle",
        "Sandrine",
        "Élodie",
        "Aurélie",
        "Céline",
        "Margaux",
        "Anaïs",
        "Maëlle",
        "Gwenaëlle",
        "Anne-Sophie",
        "Marie-Laure",
        "Bénédicte",
        "Solène",
        "Noémie",
        "Juliette",
        "Agnès",
        "Françoise",
        "Ségolène",
        "Fatima",
        "Yasmine",
        "Aïcha",
        "Laëtitia",
    ),
    "BE": (
        "Julie",
        "Laura",
        "Élise",
        "Charlotte",
        "Amandine",
        "Delphine",
        "Justine",
        "Florence",
        "Caroline",
        "Marie-Christine",
        "Virginie",
        "Aurore",
        "Pauline",
        "Coralie",
        "Émilie",
    ),
    "CH": (
        "Nadia",
        "Sarah",
        "Mélanie",
        "Valérie",
        "Corinne",
        "Aline",
        "Stéphanie",
        "Fabienne",
        "Joëlle",
        "Séverine",
        "Anne-Laure",
        "Martine",
        "Carole",
        "Tania",
    ),
    "CA": (
        "Marie-Ève",
        "Josée",
        "Geneviève",
        "Mélissa",
        "Annie",
        "Chantal",
        "Sylvie",
        "Nancy",
        "Karine",
        "Audrey",
        "Marie-Pier",
        "Roxanne",
        "Andrée-Anne",
        "Maude",
        "Josiane",
    ),
}
MEN = {
    "FR": (
        "Julien",
        "Nicolas",
        "Thomas",
        "Mathieu",
        "Sébastien",
        "Jérôme",
        "Benoît",
        "François",
        "Loïc",
        "Yannick",
        "Grégoire",
        "Étienne",
        "Hugo",
        "Théo",
        "Maxime",
        "Jean-Pierre",
        "Jean-Marc",
        "Pierre-Yves",
        "Gaël",
        "Rémi",
        "Antoine",
        "Thibault",
        "Kévin",
        "Cédric",
        "Hervé",
        "Amadou",
        "Karim",
        "Mehdi",
        "Youssef",
        "Gwendal",
    ),
    "BE": (
        "Olivier",
        "Arnaud",
        "Geoffrey",
        "Quentin",
        "Jean-Luc",
        "Grégory",
        "Damien",
        "Xavier",
        "Baudouin",
        "Lionel",
        "Thierry",
        "Michaël",
        "Jonathan",
        "Ludovic",
        "Jean-Claude",
    ),
    "CH": (
        "Yves",
        "Laurent",
        "Pascal",
        "Didier",
        "Fabrice",
        "Raphaël",
        "Cyril",
        "Jean-Daniel",
        "Alain",
        "Frédéric",
        "Patrice",
        "Steve",
        "Joël",
        "Mathias",
    ),
    "CA": (
        "Jean-François",
        "Marc-André",
        "Jean-Philippe",
        "Gaétan",
        "Réjean",
        "Sylvain",
        "Patrick",
        "Éric",
        "Pier-Luc",
        "Francis",
        "Guillaume",
        "Jean-Sébastien",
        "Mario",
        "Yvon",
        "Stéphane",
    ),
}
SURNAMES = {
    "FR": (
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Mercier",
        "Bonnet",
        "Faure",
        "Rousseau",
        "Garnier",
        "Chevalier",
        "Perrin",
        "Morel",
        "Leclerc",
        "Lemoine",
        "Barbier",
        "Brunet",
        "Meunier",
        "Jacquet",
        "Le Goff",
        "Le Gall",
        "de Villepin",
        "du Pont",
        "de la Tour",
        "Benali",
        "Nguyen",
        "Diallo",
        "Traoré",
        "Haddad",
        "Kerbrat",
        "Le Bihan",
        "Delacroix",
        "d'Arcy",
        "Charpentier",
        "Marchand",
        "Vasseur",
        "Lagarde",
        "Pujol",
    ),
    "BE": (
        "Peeters",
        "Janssens",
        "Maes",
        "Jacobs",
        "Willems",
        "Claes",
        "Goossens",
        "Lemaire",
        "Dumont",
        "Renard",
        "Collignon",
        "Wauters",
        "Mertens",
        "Vandenberghe",
        "Van den Bossche",
        "Van Damme",
        "Delvaux",
        "Leclercq",
        "Pirard",
        "Istasse",
        "de Brouckère",
        "Dethier",
    ),
    "CH": (
        "Favre",
        "Rochat",
        "Bonvin",
        "Berset",
        "Monnier",
        "Cuendet",
        "Chappuis",
        "Pittet",
        "Gavillet",
        "Jaquier",
        "Dubuis",
        "Fragnière",
        "Perrenoud",
        "Vuilleumier",
        "Mottier",
        "de Montmollin",
        "de Pury",
        "Schneider",
        "Müller",
        "Zufferey",
    ),
    "CA": (
        "Tremblay",
        "Gagnon",
        "Côté",
        "Bouchard",
        "Gauthier",
        "Morin",
        "Lavoie",
        "Fortin",
        "Gagné",
        "Ouellet",
        "Pelletier",
        "Bélanger",
        "Lévesque",
        "Bergeron",
        "Paquette",
        "St-Pierre",
        "D'Amours",
        "Thibodeau",
        "Desjardins",
        "Poirier",
        "Beaulieu",
        "Turcotte",
    ),
}
# Given names written with a space (only used where a label or the question says which field it is).
SPACED_FIRST = {
    "F": ("Marie Claire", "Anne Marie", "Marie Hélène", "Marie Josée"),
    "M": ("Jean Paul", "Jean Marc", "Pierre Louis", "Jean Guy"),
}

# How each canonical title is written in French, by who writes it.
TITLE_FORMS: dict[str, tuple[str, ...]] = {
    "Mr": ("Monsieur", "monsieur", "M.", "Mr", "Mr."),
    "Mrs": ("Madame", "madame", "Mme", "Mme.", "mme"),
    "Miss": ("Mademoiselle", "mademoiselle", "Mlle", "mlle"),
    "Dr": ("Docteur", "docteur", "Dr", "Dr.", "dr"),
    "Prof": ("Professeur", "professeur", "Pr", "Pr.", "Prof"),
    "Mx": ("Mx", "Mx."),
}
SPOKEN_TITLE = {
    "Mr": "Monsieur",
    "Mrs": "Madame",
    "Miss": "Mademoiselle",
    "Dr": "Docteur",
    "Prof": "Professeur",
    "Mx": "Mx",
}
CANONICAL_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")


@dataclass(frozen=True)
class Person:
    region: str
    gender: str  # "F" or "M"
    first: str
    last: str
    title: str

    def names(self) -> dict[str, str]:
        return {"salutation": self.title, "first_name": self.first, "last_name": self.last}


def person(rng: random.Random, region: str | None = None) -> Person:
    region = region or rng.choice(REGIONS)
    gender = rng.choice("FM")
    first = rng.choice((WOMEN if gender == "F" else MEN)[region])
    last = rng.choice(SURNAMES[region])
    if gender == "F":
        title = rng.choice(("Mrs", "Mrs", "Mrs", "Miss", "Dr", "Prof", "Mx"))
    else:
        title = rng.choice(("Mr", "Mr", "Mr", "Mr", "Dr", "Prof", "Mx"))
    return Person(region, gender, first, last, title)


def title_form(rng: random.Random, title: str) -> str:
    return rng.choice(TITLE_FORMS[title])


# ---------------------------------------------------------------------------------------------
# numbers


@dataclass(frozen=True)
class Number:
    region: str
    nsn: str
    mobile: bool

    @property
    def cc(self) -> str:
        return COUNTRY_CODES[self.region]

    @property
    def national_digits(self) -> str:
        return self.nsn if self.region == "CA" else "0" + self.nsn

    def expect(self, extension: str = "") -> dict[str, str]:
        return {"phone_number": self.nsn, "country_code": self.cc, "extension": extension}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _candidate(rng: random.Random, region: str, mobile: bool) -> str:
    if region == "FR":
        return (rng.choice("67") if mobile else rng.choice("12345")) + _digits(rng, 8)
    if region == "BE":
        if mobile:
            return "4" + rng.choice("6789") + _digits(rng, 7)
        return rng.choice(("2" + _digits(rng, 7), "81" + _digits(rng, 6), "10" + _digits(rng, 6)))
    if region == "CH":
        if mobile:
            return "7" + rng.choice("6789") + _digits(rng, 7)
        return rng.choice(("21", "22", "24", "26", "27", "32")) + _digits(rng, 7)
    area = rng.choice(("514", "438", "450", "418", "819", "581", "873", "579"))
    return area + str(rng.randint(2, 9)) + _digits(rng, 6)


def is_valid(region: str, nsn: str) -> bool:
    number = phonenumbers.parse(COUNTRY_CODES[region] + nsn, None)
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
        and phonenumbers.national_significant_number(number) == nsn
    )


def number(rng: random.Random, region: str, mobile: bool | None = None) -> Number:
    if mobile is None:
        mobile = rng.random() < 0.65
    while True:
        nsn = _candidate(rng, region, mobile)
        if region == "CA" and nsn[3:6] == "555":
            continue
        if is_valid(region, nsn):
            return Number(region, nsn, mobile)


def _pairs(digits: str) -> list[str]:
    return [digits[i : i + 2] for i in range(0, len(digits), 2)]


def national_groups(num: Number) -> list[str]:
    """The national number in the groups people of that country write and say it in."""
    d = num.national_digits
    if num.region == "FR":
        return _pairs(d)
    if num.region == "BE":
        if num.mobile:
            return [d[:4], *_pairs(d[4:])]
        if d.startswith("02"):
            return [d[:2], d[2:5], *_pairs(d[5:])]
        return [d[:3], *_pairs(d[3:])]
    if num.region == "CH":
        return [d[:3], d[3:6], *_pairs(d[6:])]
    return [d[:3], d[3:6], d[6:]]


def international_groups(num: Number) -> list[str]:
    groups = national_groups(num)
    if num.region == "CA":
        return groups
    return [groups[0][1:], *groups[1:]]


def _parses(text: str, region: str | None, num: Number) -> bool:
    cleaned = text.rstrip("#").strip()
    if cleaned.startswith("00"):
        cleaned, region = "+" + cleaned[2:], None
    try:
        parsed = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == num.cc + num.nsn


def national_forms(num: Number) -> list[str]:
    g = national_groups(num)
    d = num.national_digits
    if num.region == "CA":
        forms = [
            f"{g[0]} {g[1]}-{g[2]}",
            f"({g[0]}) {g[1]}-{g[2]}",
            f"{g[0]}-{g[1]}-{g[2]}",
            f"{g[0]}.{g[1]}.{g[2]}",
            f"{g[0]} {g[1]} {g[2]}",
            d,
        ]
    elif num.region == "BE":
        forms = [" ".join(g), f"{g[0]}/{'.'.join(g[1:])}", f"{g[0]}/{' '.join(g[1:])}", d]
        if num.mobile:
            forms.append(f"{d[:4]} {d[4:7]} {d[7:]}")
    elif num.region == "CH":
        forms = [" ".join(g), d, ".".join(g), f"{g[0]} {g[1]} {''.join(g[2:])}"]
    else:
        forms = [" ".join(g), d, ".".join(g), "-".join(g), f"{d[:2]} {' '.join(_pairs(d[2:]))}"]
    out = []
    for form in forms:
        if form not in out and _parses(form, num.region, num):
            out.append(form)
    return out


def international_forms(num: Number) -> list[str]:
    g = international_groups(num)
    cc = num.cc
    if num.region == "CA":
        forms = [
            f"+1 {g[0]} {g[1]} {g[2]}",
            f"+1 ({g[0]}) {g[1]}-{g[2]}",
            f"+1-{g[0]}-{g[1]}-{g[2]}",
            f"+1{''.join(g)}",
            f"1-{g[0]}-{g[1]}-{g[2]}",
        ]
    else:
        forms = [
            f"{cc} {' '.join(g)}",
            f"{cc}{''.join(g)}",
            f"00{cc[1:]} {' '.join(g)}",
            f"{cc} (0){' '.join(g)}",
            f"{cc} {g[0]}.{'.'.join(g[1:])}",
        ]
    out = []
    for form in forms:
        region = "CA" if form.startswith("1-") else None
        if form not in out and _parses(form, region, num):
            out.append(form)
    return out


# --- number words ------------------------------------------------------------------------------

UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
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
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


@dataclass(frozen=True)
class Dialect:
    septante: bool = False  # septante (70) and nonante (90): Belgium and Switzerland
    huitante: bool = False  # huitante (80): Vaud, Valais, Fribourg


STANDARD = Dialect()
BELGIAN = Dialect(septante=True)
SWISS = Dialect(septante=True)
VAUDOIS = Dialect(septante=True, huitante=True)


def below_hundred(n: int, dialect: Dialect = STANDARD) -> str:
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    word = TENS.get(tens)
    if tens == 7 and dialect.septante:
        word = "septante"
    elif tens == 9 and dialect.septante:
        word = "nonante"
    elif tens == 8 and dialect.huitante:
        word = "huitante"
    if word:
        if unit == 0:
            return word
        if unit == 1:
            return f"{word} et un"
        return f"{word}-{UNITS[unit]}"
    if tens == 7:
        return "soixante et onze" if n == 71 else "soixante-" + UNITS[n - 60]
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + UNITS[n - 80]


def below_thousand(n: int, dialect: Dialect = STANDARD) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return below_hundred(rest, dialect)
    head = "cent" if hundreds == 1 else f"{UNITS[hundreds]} cent{'s' if rest == 0 else ''}"
    return head if rest == 0 else f"{head} {below_hundred(rest, dialect)}"


def one_by_one(digits: str) -> str:
    return " ".join(UNITS[int(d)] for d in digits)


def say_group(group: str, dialect: Dialect = STANDARD) -> str:
    """A written group as a French speaker says it: "06" zéro six, "079" zéro septante-neuf."""
    if len(group) == 1:
        return UNITS[int(group)]
    if group.startswith("00"):
        return one_by_one(group)
    if group.startswith("0"):
        return "zéro " + say_group(group[1:], dialect)
    if len(group) == 4:
        return f"{say_group(group[:2], dialect)}, {say_group(group[2:], dialect)}"
    return below_thousand(int(group), dialect)


def dialect_of(rng: random.Random, region: str) -> Dialect:
    if region == "BE":
        return BELGIAN
    if region == "CH":
        return rng.choice((SWISS, VAUDOIS))
    return STANDARD


def spoken_national(rng: random.Random, num: Number, sep: str = ", ") -> str:
    dialect = dialect_of(rng, num.region)
    style = rng.random()
    if style < 0.25 or (num.region == "CA" and style < 0.6):
        return sep.join(one_by_one(g) for g in national_groups(num))
    if num.region == "BE" and num.mobile and style < 0.55:
        d = num.national_digits
        return sep.join(["zéro " + UNITS[int(d[1])], *(say_group(p, dialect) for p in _pairs(d[2:]))])
    return sep.join(say_group(g, dialect) for g in national_groups(num))


def spoken_international(rng: random.Random, num: Number, sep: str = ", ") -> str:
    dialect = dialect_of(rng, num.region)
    cc = below_hundred(int(num.cc[1:]), dialect)
    lead = rng.choice(("plus", "plus", "zéro zéro")) if num.region != "CA" else "plus"
    groups = international_groups(num)
    if num.region == "CA" or rng.random() < 0.2:
        body = [one_by_one(g) for g in groups]
    else:
        body = [say_group(g, dialect) for g in groups]
    return sep.join([f"{lead} {cc}", *body])


# ---------------------------------------------------------------------------------------------
# channels


def plain(text: str) -> str:
    """Chat typing: no accents, lower case."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return stripped.lower()


def unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def asr(text: str) -> str:
    """Speech recogniser output: a capital to start, a full stop to end."""
    text = text.strip()
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


# ---------------------------------------------------------------------------------------------
# building


class Builder:
    def __init__(self) -> None:
        self.turns: list[Turn] = []
        self.seen: set[tuple[Any, ...]] = set()

    def add(self, category: str, text: str, asked: str | None, **fields: Any) -> bool:
        known = fields.get("known", {})
        key = (text, asked, fields.get("default_region"), tuple(sorted(known.items())))
        if key in self.seen:
            return False
        self.seen.add(key)
        self.turns.append(
            Turn(category=PREFIX + category, text=text, asked=asked, language=LANGUAGE, **fields)
        )
        return True


def fill(b: Builder, rng: random.Random, category: str, count: int, make: Callable[[], bool]) -> None:
    made = tries = 0
    while made < count and tries < count * 60:
        tries += 1
        made += bool(make())


def names_known(p: Person, with_title: bool = True) -> dict[str, str]:
    known = {"first_name": p.first, "last_name": p.last}
    if with_title:
        known["salutation"] = p.title
    return known


def full_known(p: Person, num: Number, ext: str = "") -> dict[str, str]:
    return {**p.names(), "phone_number": num.nsn, "country_code": num.cc, "extension": ext}


def other_absent(given: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(s for s in NAME_SLOTS if s not in given)


# --- answers to the title question ------------------------------------------------------------

SALUTATION_TEMPLATES = (
    "{t}",
    "{t}",
    "c'est {t}",
    "{t} s'il vous plaît",
    "{t}, merci",
    "{t} svp",
    "{t} stp",
    "mettez {t}",
    "mets {t}",
    "plutôt {t}",
    "ce sera {t}",
    "{t} oui",
    "euh {t}",
    "alors {t}",
    "vous pouvez mettre {t}",
)

SPOKEN_SALUTATION = (
    "{t}",
    "c'est {t}",
    "{t} s'il vous plaît",
    "{t}, merci",
    "mettez {t}",
    "plutôt {t}",
    "alors {t}",
)


def salutation_answers(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        p = person(rng)
        known = {"first_name": p.first, "last_name": p.last} if rng.random() < 0.3 else {}
        channel = rng.random()
        if channel < 0.3:
            text = asr(rng.choice(SPOKEN_SALUTATION).format(t=SPOKEN_TITLE[p.title]))
        elif channel < 0.55:
            text = plain(rng.choice(SALUTATION_TEMPLATES).format(t=title_form(rng, p.title)))
        else:
            text = rng.choice(SALUTATION_TEMPLATES).format(t=title_form(rng, p.title))
        return b.add(
            "salutation",
            text,
            "salutation",
            known=known,
            expect={"salutation": p.title},
            absent=tuple(s for s in ("first_name", "last_name") if s not in known),
            kind="answer",
        )

    fill(b, rng, "salutation", 60, make)


# --- answers to the first-name question --------------------------------------------------------

FIRST_TEMPLATES = (
    "{f}",
    "{f}",
    "c'est {f}",
    "mon prénom c'est {f}",
    "mon prénom est {f}",
    "je m'appelle {f}",
    "moi c'est {f}",
    "prénom : {f}",
    "{f}, merci",
    "c'est {f}, avec un accent",
    "alors mon prénom, c'est {f}",
    "vous pouvez m'appeler {f}",
    "tu peux mettre {f}",
    "mon petit nom c'est {f}",
    "{f} tout simplement",
)
FIRST_SPACED_TEMPLATES = ("{f}", "c'est {f}", "mon prénom c'est {f}", "prénom : {f}", "{f}, en deux mots")


def first_name_answers(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        p = person(rng)
        known = {"salutation": p.title} if rng.random() < 0.6 else {}
        r = rng.random()
        first = p.first
        if r < 0.12:
            first = rng.choice(SPACED_FIRST[p.gender])
            text = rng.choice(FIRST_SPACED_TEMPLATES).format(f=first)
        elif r < 0.35:
            text = asr(rng.choice(FIRST_TEMPLATES[2:11]).format(f=first))
        elif r < 0.5:
            text = plain(rng.choice(FIRST_TEMPLATES).format(f=first))
            first = unaccent(first).lower()
        else:
            text = rng.choice(FIRST_TEMPLATES).format(f=first)
        given = {"first_name": first}
        if rng.random() < 0.12 and r >= 0.12:
            text = rng.choice(
                ("je m'appelle {f} {l}", "{f} {l}", "c'est {f} {l}", "moi c'est {f} {l}")
            ).format(f=first, l=p.last)
            given["last_name"] = p.last
        return b.add(
            "first_name",
            text,
            "first_name",
            known=known,
            expect=given,
            absent=tuple(s for s in NAME_SLOTS if s not in given and s not in known),
            kind="answer",
        )

    fill(b, rng, "first_name", 80, make)


# --- answers to the last-name question ---------------------------------------------------------

LAST_TEMPLATES = (
    "{l}",
    "{l}",
    "c'est {l}",
    "mon nom de famille est {l}",
    "mon nom de famille c'est {l}",
    "mon nom c'est {l}",
    "nom : {l}",
    "nom de famille : {l}",
    "{l}, merci",
    "c'est {l}, merci",
    "alors c'est {l}",
    "de famille c'est {l}",
    "mon nom est {l}",
    "{l} comme ça s'écrit",
    "tu mets {l}",
)


def spelled(last: str) -> str:
    letters = [c.upper() for c in unaccent(last) if c.isalpha()]
    return " ".join(letters)


def last_name_answers(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        p = person(rng)
        known = (
            {"first_name": p.first} if rng.random() < 0.5 else {"salutation": p.title, "first_name": p.first}
        )
        r = rng.random()
        last = p.last
        if r < 0.1 and " " not in last and "'" not in last:
            text = rng.choice(("{l}, {s}", "c'est {l}, ça s'écrit {s}", "{l}. {s}.")).format(
                l=last, s=spelled(last)
            )
        elif r < 0.35:
            text = asr(rng.choice(LAST_TEMPLATES[2:12]).format(l=last))
        elif r < 0.5:
            text = plain(rng.choice(LAST_TEMPLATES).format(l=last))
            last = unaccent(last).lower()
        else:
            text = rng.choice(LAST_TEMPLATES).format(l=last)
        return b.add(
            "last_name",
            text,
            "last_name",
            known=known,
            expect={"last_name": last},
            absent=tuple(s for s in NAME_SLOTS if s != "last_name" and s not in known),
            kind="answer",
        )

    fill(b, rng, "last_name", 80, make)


# --- answers to the number question ------------------------------------------------------------

PHONE_TEMPLATES = (
    "{n}",
    "{n}",
    "c'est le {n}",
    "mon numéro c'est le {n}",
    "mon numéro est le {n}",
    "vous pouvez me joindre au {n}",
    "je suis joignable au {n}",
    "mon portable : {n}",
    "le {n}",
    "alors c'est le {n}",
    "appelez-moi au {n}",
    "tu peux m'appeler au {n}",
    "mon tél c'est le {n}",
    "c'est le {n}, merci",
    "{n}, c'est mon portable",
)
FIXED_TEMPLATES = ("mon fixe c'est le {n}", "au bureau c'est le {n}", "{n}, c'est le fixe")


def phone_text(rng: random.Random, num: Number, n: str) -> str:
    templates = PHONE_TEMPLATES if num.mobile else PHONE_TEMPLATES[:7] + FIXED_TEMPLATES
    return rng.choice(templates).format(n=n)


def _phone_turn(
    b: Builder, rng: random.Random, category: str, text: str, num: Number, region: str | None, ext: str = ""
) -> bool:
    p = person(rng, num.region)
    return b.add(
        category,
        text,
        "phone_number",
        known=names_known(p, rng.random() < 0.7),
        default_region=region,
        expect=num.expect(ext),
        kind="answer",
    )


def phone_national(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        form = rng.choice(national_forms(num))
        text = phone_text(rng, num, form)
        if rng.random() < 0.25:
            text = plain(text)
        return _phone_turn(b, rng, "phone_national", text, num, region)

    fill(b, rng, "phone_national", 80, make)


def phone_international(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        form = rng.choice(international_forms(num))
        if form.startswith("1-"):
            default = "CA"
        else:
            default = rng.choice((None, "FR", "BE", "CH", "CA", region))
        text = phone_text(rng, num, form)
        if rng.random() < 0.2:
            text = plain(text)
        return _phone_turn(b, rng, "phone_international", text, num, default)

    fill(b, rng, "phone_international", 70, make)


SPOKEN_FRAMES = (
    "{n}",
    "c'est le {n}",
    "oui alors c'est le {n}",
    "mon numéro c'est le {n}",
    "euh, {n}",
    "alors, {n}",
    "le {n}",
    "vous notez, {n}",
    "mon portable, {n}",
)


def phone_spoken(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        sep = rng.choice((", ", ", ", " "))
        if rng.random() < 0.7:
            said, default = spoken_national(rng, num, sep), region
        else:
            said, default = spoken_international(rng, num, sep), rng.choice((None, region, "FR"))
        text = asr(rng.choice(SPOKEN_FRAMES).format(n=said))
        return _phone_turn(b, rng, "phone_spoken", text, num, default)

    fill(b, rng, "phone_spoken", 90, make)


EXT_TEMPLATES = (
    "{n} poste {e}",
    "{n}, poste {e}",
    "c'est le {n} poste {e}",
    "le standard c'est le {n}, et ensuite le poste {e}",
    "{n} p. {e}",
    "au bureau : {n}, poste {e}",
    "{n} (poste {e})",
    "mon numéro pro c'est le {n}, poste {e}",
)
QC_EXT_TEMPLATES = ("{n} ext. {e}", "{n}, poste {e}", "{n} poste {e}", "c'est le {n}, extension {e}")


def phone_extension(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region, mobile=False)
        ext = str(rng.randint(1, 9)) + _digits(rng, rng.choice((1, 2, 3)))
        r = rng.random()
        if r < 0.25:
            said = spoken_national(rng, num) if rng.random() < 0.7 else spoken_international(rng, num)
            ext_said = (
                one_by_one(ext) if rng.random() < 0.5 else below_thousand(int(ext)) if len(ext) <= 3 else ext
            )
            text = asr(f"{said}, poste {ext_said}")
            default = region
        else:
            international = rng.random() < 0.4
            n = rng.choice(international_forms(num) if international else national_forms(num))
            templates = QC_EXT_TEMPLATES if region == "CA" else EXT_TEMPLATES
            text = rng.choice(templates).format(n=n, e=ext)
            default = (
                "CA" if n.startswith("1-") else (rng.choice((None, region)) if international else region)
            )
            if rng.random() < 0.2:
                text = plain(text)
        return _phone_turn(b, rng, "phone_extension", text, num, default, ext)

    fill(b, rng, "phone_extension", 60, make)


def keypad(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        r = rng.random()
        if region != "CA" and r < 0.3:
            text, default = "00" + num.cc[1:] + num.nsn, rng.choice(("FR", "BE", "CH"))
        elif region == "CA" and r < 0.3:
            text, default = "1" + num.nsn, "CA"
        else:
            text, default = num.national_digits, region
        if rng.random() < 0.5:
            text += "#"
        if not _parses(text, default, num):
            return False
        return _phone_turn(b, rng, "keypad", text, num, default)

    fill(b, rng, "keypad", 45, make)


def no_region(b: Builder, rng: random.Random) -> None:
    """A national number with no country said and no home region: the bot must ask the country."""

    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        forms = [f for f in national_forms(num) if not f.startswith("1")]
        form = rng.choice(forms)
        text = phone_text(rng, num, form)
        if rng.random() < 0.2:
            text = plain(text)
        p = person(rng, region)
        return b.add(
            "no_region",
            text,
            "phone_number",
            known=names_known(p),
            default_region=None,
            absent=("phone_number",),
            digits={"pending_phone": "".join(c for c in form if c.isdigit())},
        )

    fill(b, rng, "no_region", 45, make)


COUNTRY_ANSWERS = {
    "FR": (
        "France",
        "la France",
        "en France",
        "c'est en France",
        "c'est un numéro français",
        "français",
        "FR",
    ),
    "BE": ("Belgique", "la Belgique", "en Belgique", "c'est belge", "un numéro belge", "belge", "BE"),
    "CH": ("Suisse", "la Suisse", "en Suisse", "c'est suisse", "un numéro suisse", "suisse", "CH"),
    "CA": (
        "Canada",
        "au Canada",
        "c'est au Canada",
        "canadien",
        "c'est un numéro canadien",
        "au Québec, au Canada",
    ),
}


def country_answers(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        num = number(rng, region)
        pending = rng.choice([f for f in national_forms(num) if not f.startswith("1")])
        p = person(rng, region)
        answer = rng.choice(COUNTRY_ANSWERS[region])
        r = rng.random()
        if r < 0.25:
            text = asr(answer)
        elif r < 0.45:
            text = plain(answer) + rng.choice(("", " stp", " svp"))
        elif r < 0.6:
            text = f"{answer}, merci"
        else:
            text = answer
        return b.add(
            "country",
            text,
            "country",
            known={**names_known(p), "pending_phone": pending},
            expect={"country": region},
        )

    fill(b, rng, "country", 60, make)


# --- first messages with the whole contact -----------------------------------------------------

FIRST_MESSAGES = (
    "Bonjour, je suis {title} {f} {l}, vous pouvez me rappeler au {n}",
    "bonjour je m'appelle {f} {l} et mon numéro c'est le {n}",
    "Bonsoir, {title} {f} {l}, mon numéro : {n}",
    "Je m'appelle {f} {l}, mon portable c'est le {n}",
    "salut c {f} {l} mon num {n}",
    "Bonjour ! {title} {f} {l}, joignable au {n}.",
    "Oui bonjour, {f} {l} à l'appareil, mon numéro c'est le {n}",
    "Vous pouvez noter : {title} {f} {l}, {n}",
    "Moi c'est {f} {l}, tu peux me rappeler au {n} stp",
    "Bonjour, ici {title} {f} {l}, mon numéro est le {n}",
)


def first_messages(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        template = rng.choice(FIRST_MESSAGES)
        num = number(rng, region, mobile=True if "portable" in template else None)
        r = rng.random()
        if r < 0.3:
            said = spoken_national(rng, num) if rng.random() < 0.7 else spoken_international(rng, num)
            international = said.startswith(("plus", "zéro zéro"))
            text = asr(template.replace("{title}", SPOKEN_TITLE[p.title]).format(f=p.first, l=p.last, n=said))
        else:
            international = rng.random() < 0.4
            n = rng.choice(international_forms(num) if international else national_forms(num))
            international = international and not n.startswith("1-")
            text = template.format(title=title_form(rng, p.title), f=p.first, l=p.last, n=n)
            if template.startswith("salut") or rng.random() < 0.15:
                text = plain(text)
        first, last = (
            (unaccent(p.first).lower(), unaccent(p.last).lower())
            if text == plain(text)
            else (p.first, p.last)
        )
        expect: dict[str, Any] = {"first_name": first, "last_name": last}
        if "{title}" in template:
            expect["salutation"] = p.title
        default = rng.choice((None, region, region)) if international else region
        expect.update(num.expect())
        return b.add(
            "first_message",
            text,
            None,
            default_region=default,
            expect=expect,
            absent=other_absent(expect),
        )

    fill(b, rng, "first_message", 80, make)


# --- agents pasting from a CRM -----------------------------------------------------------------

PHONE_LABELS = {
    "FR": ("Tél. :", "Téléphone :", "Portable :", "Mobile :", "Tél :", "N° de téléphone :"),
    "BE": ("GSM :", "Tél. :", "Téléphone :", "Portable :"),
    "CH": ("Natel :", "Tél. :", "Mobile :", "Téléphone :"),
    "CA": ("Tél. :", "Cellulaire :", "Téléphone :", "Cell. :"),
}
CRM_HEADERS = (
    "Nouveau contact :",
    "Fiche contact",
    "Coordonnées du client :",
    "Ajoute ce contact stp :",
    "Contact à enregistrer :",
    "",
)


def crm_paste(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        num = number(rng, region)
        first = p.first if rng.random() < 0.85 else rng.choice(SPACED_FIRST[p.gender])
        last_written = p.last.upper() if rng.random() < 0.35 and " " not in p.last else p.last
        international = rng.random() < 0.35
        n = rng.choice(international_forms(num) if international else national_forms(num))
        ext = ""
        if not num.mobile and rng.random() < 0.4:
            ext = str(rng.randint(1, 9)) + _digits(rng, rng.choice((1, 2)))
        phone_label = rng.choice(
            PHONE_LABELS[region] if num.mobile else ("Tél. :", "Téléphone :", "Tél. fixe :")
        )
        with_title = rng.random() < 0.6
        fields = []
        if with_title:
            fields.append(("Civilité :", title_form(rng, p.title)))
        name_fields = [("Prénom :", first), (rng.choice(("Nom :", "Nom de famille :")), last_written)]
        if rng.random() < 0.5:
            name_fields.reverse()
        fields += name_fields
        fields.append((phone_label, n))
        if ext:
            fields.append(("Poste :", ext))
        layout = rng.random()
        if layout < 0.55:
            body = "\n".join(f"{label} {value}" for label, value in fields)
            header = rng.choice(CRM_HEADERS)
            text = f"{header}\n{body}" if header else body
        elif layout < 0.8:
            text = rng.choice((" | ", " ; ", " / ")).join(f"{label} {value}" for label, value in fields)
        else:
            title = f"{title_form(rng, p.title)} " if with_title else ""
            tail = f", poste {ext}" if ext else ""
            text = f"Contact : {title}{p.first} {p.last} - {phone_label} {n}{tail}"
            first, last_written = p.first, p.last
        default = rng.choice((None, region, "FR")) if international and not n.startswith("1-") else region
        expect: dict[str, Any] = {"first_name": first, "last_name": last_written, **num.expect(ext)}
        if with_title:
            expect["salutation"] = p.title
        return b.add(
            "crm_paste", text, None, default_region=default, expect=expect, absent=other_absent(expect)
        )

    fill(b, rng, "crm_paste", 70, make)


# --- chat shorthand across the questions --------------------------------------------------------


def chat_sms(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        first, last = unaccent(p.first).lower(), unaccent(p.last).lower()
        which = rng.choice(
            ("salutation", "first_name", "last_name", "phone_number", "phone_number", "confirmed")
        )
        if which == "salutation":
            form = plain(title_form(rng, p.title))
            text = rng.choice(("{t} stp", "c {t}", "{t} svp", "{t} merci", "bah {t}")).format(t=form)
            return b.add(
                "chat_sms",
                text,
                which,
                expect={"salutation": p.title},
                absent=("first_name", "last_name"),
                kind="answer",
            )
        if which == "first_name":
            text = rng.choice(
                ("c {f}", "moi c {f}", "{f} stp", "jm'appelle {f}", "prenom {f}", "c {f} mon prenom")
            ).format(f=first)
            return b.add(
                "chat_sms",
                text,
                which,
                known={"salutation": p.title},
                expect={"first_name": first},
                absent=("last_name",),
                kind="answer",
            )
        if which == "last_name":
            text = rng.choice(
                ("c {l}", "{l} stp", "nom de famille {l}", "c {l} mon nom", "mon nom c {l}")
            ).format(l=last)
            return b.add(
                "chat_sms",
                text,
                which,
                known={"first_name": p.first},
                expect={"last_name": last},
                absent=("salutation",),
                kind="answer",
            )
        if which == "phone_number":
            num = number(rng, region)
            n = rng.choice(national_forms(num) + international_forms(num)[:2])
            default = "CA" if n.startswith("1-") else region
            text = rng.choice(
                (
                    "c le {n}",
                    "mon num c {n}",
                    "{n} stp",
                    "tkt c le {n}",
                    "mon 06 c {n}" if region == "FR" else "num {n}",
                    "tel {n}",
                )
            ).format(n=n)
            return b.add(
                "chat_sms",
                text,
                which,
                known=names_known(p),
                default_region=default,
                expect=num.expect(),
                kind="answer",
            )
        num = number(rng, region)
        text = rng.choice(
            (
                "c bon",
                "ouais c ok",
                "oui stp",
                "c parfait merci",
                "tkt c bon",
                "ok c nickel",
                "oui vas y",
                "yes c bon",
            )
        )
        return b.add(
            "chat_sms",
            text,
            "confirmed",
            known=full_known(p, num),
            default_region=region,
            kind="confirm",
            absent=(),
        )

    fill(b, rng, "chat_sms", 70, make)


# --- the read-back: yes, no ----------------------------------------------------------------------

YES = (
    "oui",
    "Oui.",
    "oui c'est bon",
    "c'est parfait",
    "ouais",
    "exact",
    "exactement",
    "nickel",
    "c'est ça",
    "tout à fait",
    "oui vous pouvez enregistrer",
    "vas-y, enregistre",
    "oui, merci",
    "c'est tout bon",
    "parfait, merci",
    "oui c'est correct",
    "c'est correct",
    "oui oui",
    "impeccable",
    "Oui, c'est ça.",
    "C'est bien ça.",
    "absolument",
    "d'accord, c'est bon",
    "oui, enregistrez",
    "c'est beau",
    "oui, c'est beau",
)
NO = (
    "non",
    "Non.",
    "non c'est pas ça",
    "non, c'est faux",
    "pas du tout",
    "nan",
    "non, il y a une erreur",
    "c'est pas bon",
    "non, ça va pas",
    "Non, c'est pas correct.",
    "non non",
    "y a une erreur",
    "c'est faux",
    "non, pas tout à fait",
    "ah non",
    "c pas ca",
    "non c pas bon",
    "Non, ce n'est pas ça.",
    "non, c'est pas les bonnes infos",
    "ça ne va pas",
)


def readback(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        num = number(rng, region)
        known = full_known(p, num)
        if rng.random() < 0.5:
            return b.add(
                "readback", rng.choice(YES), "confirmed", known=known, default_region=region, kind="confirm"
            )
        return b.add(
            "readback",
            rng.choice(NO),
            "confirmed",
            known=known,
            default_region=region,
            kind="deny",
            absent=("confirmed",),
        )

    fill(b, rng, "readback", 60, make)


# --- corrections at the read-back ---------------------------------------------------------------

FIRST_FIXES = (
    "non, le prénom c'est {new}",
    "le prénom c'est pas ça, c'est {new}",
    "non mon prénom c'est {new}",
    "erreur sur le prénom : {new}",
    "c'est pas {old}, c'est {new}",
    "Non. Mon prénom, c'est {new}.",
    "vous vous êtes trompé de prénom, c'est {new}",
)
LAST_FIXES = (
    "c'est pas le bon nom, c'est {new}",
    "non, le nom c'est {new}",
    "le nom de famille c'est {new}, pas {old}",
    "vous avez mal écrit mon nom, c'est {new}",
    "non, mon nom de famille c'est {new}",
    "Non. Le nom, c'est {new}.",
    "pas {old}, mon nom c'est {new}",
)
PHONE_FIXES = (
    "non, le numéro c'est le {n}",
    "le bon numéro c'est le {n}",
    "erreur dans le numéro : {n}",
    "non le numéro c'est pas ça, c'est le {n}",
    "mon numéro c'est plutôt le {n}",
)
TITLE_FIXES = (
    "non, c'est {new}, pas {old}",
    "mettez plutôt {new}",
    "c'est {new} et pas {old}",
    "non, la civilité c'est {new}",
)
EMPTYING = {
    "first_name": (
        "je veux changer le prénom",
        "il faut modifier le prénom",
        "le prénom est faux",
        "Je voudrais corriger mon prénom.",
    ),
    "last_name": (
        "je veux changer le nom de famille",
        "il faut modifier le nom",
        "le nom de famille est pas bon",
        "Je voudrais corriger mon nom de famille.",
    ),
    "phone_number": (
        "je veux changer le numéro",
        "le numéro est faux",
        "il faut corriger le numéro de téléphone",
    ),
    "salutation": ("je voudrais changer la civilité", "la civilité est fausse", "changez la civilité svp"),
}


def corrections(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        num = number(rng, region)
        known = full_known(p, num)
        field = rng.choice(("first_name", "last_name", "last_name", "phone_number", "salutation", "empty"))
        if field == "empty":
            slot = rng.choice(tuple(EMPTYING))
            text = rng.choice(EMPTYING[slot])
            return b.add(
                "corrections",
                text,
                "confirmed",
                known=known,
                default_region=region,
                expect={slot: None},
                absent=("confirmed",),
            )
        if field == "first_name":
            new = rng.choice([f for f in (WOMEN if p.gender == "F" else MEN)[region] if f != p.first])
            text = rng.choice(FIRST_FIXES).format(new=new, old=p.first)
            expect: dict[str, Any] = {"first_name": new}
        elif field == "last_name":
            new = rng.choice([s for s in SURNAMES[region] if s != p.last])
            text = rng.choice(LAST_FIXES).format(new=new, old=p.last)
            expect = {"last_name": new}
        elif field == "phone_number":
            new_num = number(rng, region)
            n = rng.choice(
                national_forms(new_num) if rng.random() < 0.6 else international_forms(new_num)[:2]
            )
            text = rng.choice(PHONE_FIXES).format(n=n)
            expect = {"phone_number": new_num.nsn, "country_code": new_num.cc}
        else:
            choices = ("Mrs", "Miss", "Dr") if p.gender == "F" else ("Mr", "Dr", "Prof")
            new_title = rng.choice([t for t in choices if t != p.title])
            text = rng.choice(TITLE_FIXES).format(new=SPOKEN_TITLE[new_title], old=SPOKEN_TITLE[p.title])
            expect = {"salutation": new_title}
        if rng.random() < 0.15:
            text = plain(text)
            expect = {
                k: (unaccent(v).lower() if k in ("first_name", "last_name") else v) for k, v in expect.items()
            }
        return b.add(
            "corrections",
            text,
            "confirmed",
            known=known,
            default_region=region,
            expect=expect,
            absent=("confirmed",),
            kind="correction",
        )

    fill(b, rng, "corrections", 70, make)


# --- the answer to "what should I change?" ------------------------------------------------------

FIELD_WORDS = {
    "first_name": ("le prénom", "mon prénom", "Le prénom.", "prenom", "c'est le prénom"),
    "last_name": ("le nom de famille", "mon nom", "le nom", "Le nom de famille.", "nom de famille"),
    "phone_number": ("le numéro", "le numéro de téléphone", "mon numéro", "Le téléphone.", "le tel"),
    "salutation": ("la civilité", "le titre", "La civilité."),
}
CHANGE_WITH_VALUE = {
    "first_name": (
        "le prénom, c'est {v}",
        "mon prénom c'est {v}",
        "le prénom : {v}",
        "Le prénom, c'est {v}.",
    ),
    "last_name": (
        "le nom, c'est {v}",
        "mon nom de famille c'est {v}",
        "le nom de famille : {v}",
        "mon nom s'écrit {v}",
    ),
    "phone_number": ("le numéro, c'est le {v}", "mon numéro c'est le {v}", "le bon numéro : {v}"),
}


def change_requests(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        num = number(rng, region)
        known = full_known(p, num)
        slot = rng.choice(("first_name", "last_name", "phone_number", "salutation"))
        if slot == "salutation" or rng.random() < 0.45:
            return b.add(
                "change_request",
                rng.choice(FIELD_WORDS[slot]),
                "change_request",
                known=known,
                default_region=region,
                expect={slot: None},
                absent=("confirmed",),
            )
        if slot == "first_name":
            v = rng.choice([f for f in (WOMEN if p.gender == "F" else MEN)[region] if f != p.first])
            expect: dict[str, Any] = {"first_name": v}
        elif slot == "last_name":
            v = rng.choice([s for s in SURNAMES[region] if s != p.last])
            expect = {"last_name": v}
        else:
            new_num = number(rng, region)
            v = rng.choice(national_forms(new_num))
            expect = {"phone_number": new_num.nsn, "country_code": new_num.cc}
        text = rng.choice(CHANGE_WITH_VALUE[slot]).format(v=v)
        return b.add(
            "change_request",
            text,
            "change_request",
            known=known,
            default_region=region,
            expect=expect,
            absent=("confirmed",),
            kind="correction",
        )

    fill(b, rng, "change_request", 50, make)


# --- controls ---------------------------------------------------------------------------------------

CONTROLS = {
    "cancel": (
        "annuler",
        "annule",
        "laisse tomber",
        "on arrête là",
        "j'abandonne",
        "stop",
        "Annulez, s'il vous plaît.",
        "je veux annuler",
        "annule tout stp",
        "Laissez tomber.",
        "on oublie",
    ),
    "why": (
        "pourquoi vous avez besoin de ça ?",
        "pourquoi tu veux mon numéro ?",
        "c'est pour quoi faire ?",
        "pk vous demandez ca",
        "Pourquoi est-ce que vous me demandez ça ?",
        "à quoi ça sert ?",
        "pourquoi vous voulez mon nom ?",
        "vous allez en faire quoi de mon numéro ?",
        "c'est obligatoire ?",
    ),
    "help": (
        "aide",
        "à l'aide",
        "je comprends pas",
        "je sais pas quoi mettre",
        "comment ça marche ?",
        "tu peux m'aider ?",
        "j'ai besoin d'aide",
        "Je ne comprends pas.",
        "jcomprends rien",
    ),
    "forget": (
        "oubliez-moi",
        "supprimez mes données",
        "effacez mes coordonnées",
        "je veux que vous supprimiez mes infos",
        "efface mes données stp",
        "Supprimez mon contact, s'il vous plaît.",
        "je veux être oublié",
        "retirez mes informations de votre fichier",
    ),
    "goodbye": (
        "au revoir",
        "bonne journée, au revoir",
        "à plus",
        "ciao",
        "Au revoir, merci.",
        "bye",
        "à la prochaine",
    ),
}


def controls(b: Builder, rng: random.Random) -> None:
    def make() -> bool:
        region = rng.choice(REGIONS)
        p = person(rng, region)
        asked = rng.choice((None, "salutation", "first_name", "last_name", "phone_number", "confirmed"))
        known: dict[str, Any] = {}
        if asked in ("last_name", "phone_number"):
            known = {"first_name": p.first} if asked == "last_name" else names_known(p)
        elif asked == "confirmed":
            known = full_known(p, number(rng, region))
        what = rng.choice(tuple(CONTROLS))
        if asked == "confirmed" and what == "goodbye":
            return False
        text = rng.choice(CONTROLS[what])
        if rng.random() < 0.15:
            text = plain(text)
        return b.add(
            "controls",
            text,
            asked,
            known=known,
            default_region=region,
            kind="control",
            absent=tuple(s for s in NAME_SLOTS if s not in known),
        )

    fill(b, rng, "controls", 60, make)


CATEGORIES = tuple(
    PREFIX + c
    for c in (
        "salutation",
        "first_name",
        "last_name",
        "phone_national",
        "phone_international",
        "phone_spoken",
        "phone_extension",
        "keypad",
        "no_region",
        "country",
        "first_message",
        "crm_paste",
        "chat_sms",
        "readback",
        "corrections",
        "change_request",
        "controls",
    )
)
MAKERS = (
    salutation_answers,
    first_name_answers,
    last_name_answers,
    phone_national,
    phone_international,
    phone_spoken,
    phone_extension,
    keypad,
    no_region,
    country_answers,
    first_messages,
    crm_paste,
    chat_sms,
    readback,
    corrections,
    change_requests,
    controls,
)


def build() -> list[Turn]:
    rng = random.Random(SEED)
    b = Builder()
    for make in MAKERS:
        make(b, rng)
    return b.turns
