"""The second blind Spanish set: callers, agents and speech recognisers giving a contact in Spanish.

Written blind (without reading how the bot reads): every expectation comes from this module's own
inputs: the people and numbers below (each number checked with phonenumbers), and the templates.
Callers from Spain, Mexico, Argentina, Colombia, Chile, Peru and Hispanics in the United States;
usted and tú; chat (fast, lower case, no accents, SMS abbreviations), phone-line speech recognition
(digits said one by one, in pairs or in groups), keypad digits, agents pasting from a CRM, and the
read-back (yes, no, corrections, change requests) and controls.

`build()` gives the same turns on every run (fixed seed).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phonenumbers

from .turn import NAME_SLOTS, Turn

SEED = 20250602
PER_CATEGORY = 60
LANG = "es"


# ---------------------------------------------------------------- numbers


@dataclass(frozen=True)
class Num:
    region: str
    nsn: str
    cc: str  # "+34"
    national: tuple[str, ...]  # written as people in the country write it
    international: tuple[str, ...]
    fixed: bool = False

    def expect(self, extension: str = "") -> dict[str, str]:
        return {"phone_number": self.nsn, "country_code": self.cc, "extension": extension}

    @property
    def national_groups(self) -> list[str]:
        return re.findall(r"\d+", self.national[0])

    @property
    def international_groups(self) -> list[str]:
        return re.findall(r"\d+", self.international[0])[1:]


def _n(region: str, nsn: str, cc: str, national: tuple[str, ...], intl: tuple[str, ...], fixed=False) -> Num:
    return Num(region, nsn, cc, national, intl, fixed)


NUMBERS: tuple[Num, ...] = (
    # Spain: mobiles 6xx / 7xx, fixed lines 91 (Madrid), 93 (Barcelona), 954 (Sevilla)
    _n(
        "ES",
        "655123487",
        "+34",
        ("655 12 34 87", "655123487", "655 123 487", "655-12-34-87"),
        ("+34 655 12 34 87", "+34655123487", "0034 655 123 487", "(+34) 655 12 34 87"),
    ),
    _n(
        "ES",
        "699874512",
        "+34",
        ("699 87 45 12", "699874512", "699 874 512"),
        ("+34 699 87 45 12", "0034 699874512", "+34 699 874 512"),
    ),
    _n(
        "ES",
        "722345910",
        "+34",
        ("722 34 59 10", "722345910", "722 345 910"),
        ("+34 722 34 59 10", "+34722345910"),
    ),
    _n(
        "ES",
        "611908273",
        "+34",
        ("611 90 82 73", "611 908 273", "611908273"),
        ("+34 611 90 82 73", "0034 611 908 273"),
    ),
    _n(
        "ES",
        "687450219",
        "+34",
        ("687 45 02 19", "687 450 219", "687450219"),
        ("+34 687 45 02 19", "+34 687450219"),
    ),
    _n(
        "ES",
        "912345678",
        "+34",
        ("91 234 56 78", "912 34 56 78", "912345678"),
        ("+34 91 234 56 78", "0034 912 34 56 78"),
        fixed=True,
    ),
    _n(
        "ES",
        "933456781",
        "+34",
        ("93 345 67 81", "933 45 67 81", "933456781"),
        ("+34 93 345 67 81", "+34933456781"),
        fixed=True,
    ),
    _n("ES", "954227631", "+34", ("954 22 76 31", "954227631"), ("+34 954 22 76 31",), fixed=True),
    # Mexico: ten digits, no more "044" or "1"
    _n(
        "MX",
        "5512345678",
        "+52",
        ("55 1234 5678", "(55) 1234-5678", "5512345678", "55-1234-5678"),
        ("+52 55 1234 5678", "+525512345678", "+52 (55) 1234 5678"),
    ),
    _n(
        "MX",
        "3312345678",
        "+52",
        ("33 1234 5678", "(33) 1234 5678", "3312345678"),
        ("+52 33 1234 5678", "+52 3312345678"),
    ),
    _n(
        "MX",
        "8187654321",
        "+52",
        ("81 8765 4321", "818 765 4321", "8187654321"),
        ("+52 81 8765 4321", "+528187654321"),
    ),
    _n("MX", "5589234410", "+52", ("55 8923 4410", "55 89 23 44 10", "5589234410"), ("+52 55 8923 4410",)),
    _n(
        "MX",
        "6641234567",
        "+52",
        ("664 123 4567", "(664) 123-4567", "6641234567"),
        ("+52 664 123 4567", "+52 (664) 123 4567"),
    ),
    _n(
        "MX",
        "2223456789",
        "+52",
        ("222 345 6789", "(222) 345 6789", "2223456789"),
        ("+52 222 345 6789",),
        fixed=True,
    ),
    # Argentina: mobiles "15" nationally, "9" internationally
    _n(
        "AR",
        "91123456789",
        "+54",
        ("011 15 2345-6789", "11 15 2345 6789", "(011) 15-2345-6789"),
        ("+54 9 11 2345-6789", "+5491123456789", "+54 9 11 2345 6789"),
    ),
    _n(
        "AR",
        "91134567812",
        "+54",
        ("011 15 3456-7812", "11 15 3456 7812", "011-15-3456-7812"),
        ("+54 9 11 3456-7812", "+54 9 11 3456 7812"),
    ),
    _n(
        "AR",
        "91167890123",
        "+54",
        ("011 15 6789-0123", "11 15 6789 0123"),
        ("+54 9 11 6789-0123", "+5491167890123"),
    ),
    _n(
        "AR",
        "93514234567",
        "+54",
        ("0351 15 423-4567", "351 15 423 4567", "0351 15 4234567"),
        ("+54 9 351 423-4567", "+54 9 351 423 4567"),
    ),
    _n(
        "AR",
        "92614558899",
        "+54",
        ("0261 15 455-8899", "261 15 455 8899"),
        ("+54 9 261 455-8899", "+5492614558899"),
    ),
    _n(
        "AR",
        "1143218765",
        "+54",
        ("011 4321-8765", "(011) 4321-8765", "11 4321 8765"),
        ("+54 11 4321-8765", "+54 11 4321 8765"),
        fixed=True,
    ),
    _n("AR", "3514234567", "+54", ("0351 423-4567", "(0351) 423-4567"), ("+54 351 423-4567",), fixed=True),
    # Colombia: mobiles 3xx, fixed lines 60x since 2021
    _n(
        "CO",
        "3214567890",
        "+57",
        ("321 456 7890", "3214567890", "321-456-7890", "321 4567890"),
        ("+57 321 456 7890", "+57 3214567890", "(+57) 321 456 7890"),
    ),
    _n(
        "CO",
        "3102345566",
        "+57",
        ("310 234 5566", "3102345566", "310 2345566"),
        ("+57 310 234 5566", "+573102345566"),
    ),
    _n("CO", "3156789012", "+57", ("315 678 9012", "3156789012"), ("+57 315 678 9012",)),
    _n(
        "CO",
        "3001234567",
        "+57",
        ("300 123 4567", "3001234567", "300-123-4567"),
        ("+57 300 123 4567", "+57 3001234567"),
    ),
    _n(
        "CO",
        "6012345678",
        "+57",
        ("601 234 5678", "(601) 2345678", "6012345678"),
        ("+57 601 234 5678",),
        fixed=True,
    ),
    _n("CO", "6044443322", "+57", ("604 444 3322", "(604) 4443322"), ("+57 604 444 3322",), fixed=True),
    # Chile: mobiles 9, Santiago 2, Valparaíso 32
    _n(
        "CL",
        "987654321",
        "+56",
        ("9 8765 4321", "987654321", "9 87654321"),
        ("+56 9 8765 4321", "+56987654321", "+56 9 87654321"),
    ),
    _n("CL", "961234598", "+56", ("9 6123 4598", "961234598"), ("+56 9 6123 4598", "+56961234598")),
    _n("CL", "977881234", "+56", ("9 7788 1234", "977881234"), ("+56 9 7788 1234",)),
    _n(
        "CL",
        "223456789",
        "+56",
        ("2 2345 6789", "22 345 6789", "223456789"),
        ("+56 2 2345 6789", "+56223456789"),
        fixed=True,
    ),
    _n("CL", "322345678", "+56", ("32 234 5678", "322345678"), ("+56 32 234 5678",), fixed=True),
    # Peru: mobiles 9xx, Lima (01)
    _n(
        "PE",
        "945678123",
        "+51",
        ("945 678 123", "945678123", "945-678-123"),
        ("+51 945 678 123", "+51945678123", "0051 945 678 123"),
    ),
    _n("PE", "987112334", "+51", ("987 112 334", "987112334"), ("+51 987 112 334", "+51987112334")),
    _n("PE", "912334556", "+51", ("912 334 556", "912334556"), ("+51 912 334 556",)),
    _n(
        "PE",
        "12345678",
        "+51",
        ("01 234 5678", "(01) 234-5678", "(01) 2345678"),
        ("+51 1 234 5678",),
        fixed=True,
    ),
    _n("PE", "16128800", "+51", ("01 612 8800", "(01) 612-8800"), ("+51 1 612 8800",), fixed=True),
    # United States (Hispanic callers)
    _n(
        "US",
        "3056742198",
        "+1",
        ("(305) 674-2198", "305-674-2198", "305.674.2198", "3056742198"),
        ("+1 305-674-2198", "+1 (305) 674-2198", "+1 305 674 2198"),
    ),
    _n(
        "US",
        "2138475512",
        "+1",
        ("(213) 847-5512", "213-847-5512", "2138475512"),
        ("+1 213-847-5512", "+12138475512"),
    ),
    _n(
        "US", "7135298841", "+1", ("(713) 529-8841", "713-529-8841"), ("+1 713-529-8841", "+1 (713) 529-8841")
    ),
    _n("US", "7183429067", "+1", ("(718) 342-9067", "718 342 9067"), ("+1 718 342 9067",)),
    _n("US", "9155432276", "+1", ("(915) 543-2276", "915-543-2276"), ("+1 915-543-2276",)),
    _n("US", "2107364412", "+1", ("(210) 736-4412", "210-736-4412"), ("+1 210 736 4412",), fixed=True),
)

REGIONS = ("ES", "MX", "AR", "CO", "CL", "PE", "US")


def parses_to(text: str, region: str | None, num: Num) -> bool:
    """Whether phonenumbers reads ``text`` (in ``region``) as ``num``, and ``num`` is valid."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(parsed)
        and phonenumbers.national_significant_number(parsed) == num.nsn
        and f"+{parsed.country_code}" == num.cc
    )


def _checked() -> tuple[Num, ...]:
    for num in NUMBERS:
        for text in num.national:
            assert parses_to(text, num.region, num), (text, num.region)
        for text in num.international:
            intl = "+" + text[2:] if text.startswith("00") else text
            assert parses_to(intl, None, num), text
        assert parses_to("".join(num.national_groups), num.region, num), num
    return NUMBERS


def numbers_of(region: str, fixed: bool | None = None) -> list[Num]:
    return [n for n in NUMBERS if n.region == region and (fixed is None or n.fixed == fixed)]


# ---------------------------------------------------------------- Spanish number words

UNITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
TEENS = {
    10: "diez",
    11: "once",
    12: "doce",
    13: "trece",
    14: "catorce",
    15: "quince",
    16: "dieciséis",
    17: "diecisiete",
    18: "dieciocho",
    19: "diecinueve",
    20: "veinte",
    21: "veintiuno",
    22: "veintidós",
    23: "veintitrés",
    24: "veinticuatro",
    25: "veinticinco",
    26: "veintiséis",
    27: "veintisiete",
    28: "veintiocho",
    29: "veintinueve",
}
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
HUNDREDS = {
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


def number_words(n: int) -> str:
    """0..999 in words, as said in Spanish."""
    if n < 10:
        return UNITS[n]
    if n < 30:
        return TEENS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return TENS[tens] + (f" y {UNITS[unit]}" if unit else "")
    if n == 100:
        return "cien"
    hundreds, rest = divmod(n, 100)
    return HUNDREDS[hundreds] + (f" {number_words(rest)}" if rest else "")


def say_group(group: str) -> str:
    """A written group as a number ("34" -> "treinta y cuatro"); leading zeros said as "cero"."""
    zeros = len(group) - len(group.lstrip("0"))
    rest = group[zeros:]
    words = ["cero"] * zeros
    if rest:
        words.append(number_words(int(rest)))
    return " ".join(words)


def say_one_by_one(digits: str) -> str:
    return " ".join(UNITS[int(d)] for d in digits)


def say_pairs(digits: str) -> str:
    """In pairs, an odd digit first said alone: "9 87 65 43 21"."""
    head = digits[: len(digits) % 2]
    pairs = [digits[i : i + 2] for i in range(len(head), len(digits), 2)]
    return ", ".join(([UNITS[int(head)]] if head else []) + [say_group(p) for p in pairs])


def say_groups(groups: list[str]) -> str:
    """Each written group said as a number; four-digit groups in two pairs."""
    said = []
    for group in groups:
        if len(group) == 4:
            said.append(f"{say_group(group[:2])} {say_group(group[2:])}")
        elif len(group) > 4:
            said.append(say_pairs(group))
        else:
            said.append(say_group(group))
    return ", ".join(said)


def spoken(num: Num, style: str, international: bool = False) -> str:
    groups = num.international_groups if international else num.national_groups
    digits = "".join(groups)
    if style == "one":
        body = ", ".join(say_one_by_one(g) for g in groups)
    elif style == "pairs":
        body = say_pairs(digits)
    else:
        body = say_groups(groups)
    if international:
        return f"más {say_group(num.cc[1:])}, {body}"
    return body


# ---------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    region: str
    female: bool
    first: str
    last: str
    title: str  # canonical

    def known(self, with_title: bool = True) -> dict[str, str]:
        known = {"first_name": self.first, "last_name": self.last}
        if with_title:
            known["salutation"] = self.title
        return known


FIRST = {
    "ES": (
        [
            "Javier",
            "Sergio",
            "Álvaro",
            "Jorge",
            "Pablo",
            "Íñigo",
            "Rubén",
            "José Luis",
            "Juan Carlos",
            "Miguel Ángel",
            "Alberto",
            "Raúl",
        ],
        [
            "Lucía",
            "Marta",
            "Nuria",
            "Raquel",
            "Begoña",
            "Montserrat",
            "Ainhoa",
            "María José",
            "Ana Belén",
            "Rocío",
            "Inmaculada",
            "Pilar",
        ],
    ),
    "MX": (
        [
            "Alejandro",
            "Eduardo",
            "Ricardo",
            "Jesús",
            "Fernando",
            "Juan Pablo",
            "José Manuel",
            "Luis Enrique",
            "Rodrigo",
            "Emiliano",
        ],
        [
            "Guadalupe",
            "Ximena",
            "Fernanda",
            "Daniela",
            "Alejandra",
            "María Fernanda",
            "Ana Sofía",
            "Itzel",
            "Brenda",
            "Karla",
        ],
    ),
    "AR": (
        ["Matías", "Facundo", "Santiago", "Nicolás", "Gonzalo", "Juan Martín", "Tomás", "Lautaro", "Agustín"],
        ["Florencia", "Agustina", "Micaela", "Carolina", "Luciana", "María Laura", "Valeria", "Romina"],
    ),
    "CO": (
        ["Andrés", "Camilo", "Julián", "Sebastián", "Juan David", "Juan Esteban", "Jhon Fredy", "Mauricio"],
        ["Paola", "Natalia", "Catalina", "Valentina", "Luz Marina", "Diana Carolina", "Yuliana", "Marcela"],
    ),
    "CL": (
        ["Cristián", "Felipe", "Benjamín", "Rodrigo", "Ignacio", "Joaquín", "Patricio", "Juan Pablo"],
        ["Constanza", "Javiera", "Francisca", "Camila", "Macarena", "Catalina", "Daniela", "María Ignacia"],
    ),
    "PE": (
        ["Renzo", "Piero", "Christian", "Jhonatan", "Luis Alberto", "Wilfredo", "Jorge Luis", "Percy"],
        ["Milagros", "Rosa María", "Lucero", "Yesenia", "Katherine", "Mariela", "Ruth", "Giuliana"],
    ),
    "US": (
        ["Carlos", "José", "Luis", "Jonathan", "Kevin", "Brian", "Anthony", "Héctor"],
        ["Jessica", "Stephanie", "Yesenia", "Ashley", "Maribel", "Vanessa", "Jennifer", "Marisol"],
    ),
}

SURNAMES = {
    "ES": [
        "García",
        "Fernández",
        "González",
        "Martín",
        "Sánchez",
        "Jiménez",
        "Ruiz",
        "Navarro",
        "Iglesias",
        "Domínguez",
        "Ortega",
        "Calvo",
        "Vidal",
        "Garrido",
        "Herrero",
        "Sáez",
        "Etxeberria",
        "Aguirre",
        "Prieto",
        "Beltrán",
    ],
    "MX": [
        "Hernández",
        "Ramírez",
        "Flores",
        "Morales",
        "Gutiérrez",
        "Mendoza",
        "Aguilar",
        "Vázquez",
        "Castañeda",
        "Zúñiga",
        "Sandoval",
        "Ochoa",
        "Villarreal",
        "Juárez",
        "Escobedo",
        "Nava",
    ],
    "AR": [
        "Giménez",
        "Romero",
        "Sosa",
        "Benítez",
        "Acosta",
        "Medina",
        "Ferrari",
        "Russo",
        "Pereyra",
        "Castro",
        "Gómez",
        "Lombardi",
        "Quiroga",
        "Ledesma",
        "Figueroa",
        "Bustos",
    ],
    "CO": [
        "Restrepo",
        "Londoño",
        "Ospina",
        "Cardona",
        "Zapata",
        "Velásquez",
        "Gaviria",
        "Arango",
        "Montoya",
        "Quintero",
        "Cárdenas",
        "Betancur",
        "Jaramillo",
        "Echeverri",
        "Osorio",
        "Valencia",
    ],
    "CL": [
        "Muñoz",
        "Rojas",
        "Contreras",
        "Sepúlveda",
        "Araya",
        "Fuentes",
        "Valenzuela",
        "Espinoza",
        "Tapia",
        "Cortés",
        "Carrasco",
        "Pizarro",
        "Henríquez",
        "Riquelme",
        "Bravo",
        "Órdenes",
    ],
    "PE": [
        "Quispe",
        "Mamani",
        "Huamán",
        "Chávez",
        "Vargas",
        "Condori",
        "Paredes",
        "Salazar",
        "Villanueva",
        "Ccori",
        "Mendoza",
        "Torres",
        "Chumpitaz",
        "Huarcaya",
        "Palomino",
        "Zevallos",
    ],
    "US": [
        "Rodríguez",
        "Martínez",
        "Hernández",
        "López",
        "Gonzalez",
        "Torres",
        "Rivera",
        "Ortiz",
        "Medina",
        "Delgado",
        "Morales",
        "Figueroa",
        "Cordero",
        "Santiago",
    ],
}

PARTICLES = {
    "ES": ["de la Fuente", "del Río", "de Castro", "de la Torre", "del Olmo"],
    "MX": ["de la Cruz", "de León", "de los Santos", "del Ángel"],
    "AR": ["del Valle", "de la Vega", "Di Stéfano"],
    "CO": ["de la Hoz", "del Castillo", "de Ávila"],
    "CL": ["de la Barra", "del Campo"],
    "PE": ["de la Cruz", "del Águila", "de la Torre"],
    "US": ["de Jesús", "del Toro", "de la Rosa"],
}
# How often a person of the region gives two surnames (Argentines and US Hispanics mostly one).
TWO_SURNAMES = {"ES": 0.8, "MX": 0.75, "AR": 0.15, "CO": 0.6, "CL": 0.75, "PE": 0.75, "US": 0.25}


def make_person(rng: random.Random, region: str | None = None) -> Person:
    region = region or rng.choice(REGIONS)
    female = rng.random() < 0.5
    first = rng.choice(FIRST[region][female])
    surnames = SURNAMES[region]
    if rng.random() < 0.15:
        particle = rng.choice(PARTICLES[region])
        last = particle if rng.random() < 0.5 else f"{rng.choice(surnames)} {particle}"
    elif rng.random() < TWO_SURNAMES[region]:
        one, two = rng.sample(surnames, 2)
        last = f"{one} {two}"
    else:
        last = rng.choice(surnames)
    roll = rng.random()
    if roll < 0.15:
        title = "Dr"
    elif roll < 0.22:
        title = "Prof"
    elif female:
        title = "Miss" if roll < 0.4 else "Mrs"
    else:
        title = "Mr"
    return Person(region, female, first, last, title)


# Title words as written or said, by canonical title and sex (False: a man, True: a woman).
TITLE_WORDS = {
    ("Mr", False): ["Sr.", "señor", "Señor", "sr", "Sr"],
    ("Mrs", True): ["Sra.", "señora", "Señora", "sra", "Sra"],
    ("Miss", True): ["Srta.", "señorita", "Señorita", "srta"],
    ("Dr", False): ["Dr.", "doctor", "Doctor", "dr"],
    ("Dr", True): ["Dra.", "doctora", "Doctora", "dra"],
    ("Prof", False): ["Prof.", "profesor", "Profesor"],
    ("Prof", True): ["Prof.", "profesora", "Profesora"],
}


def title_word(rng: random.Random, p: Person) -> str:
    return rng.choice(TITLE_WORDS[(p.title, p.female)])


def article(p: Person) -> str:
    return "la" if p.female else "el"


def plain(text: str) -> str:
    """As typed fast on a phone: no accents (ñ kept), lower case."""
    out = []
    for ch in text.lower():
        if ch == "ñ":
            out.append(ch)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn"))
    return "".join(out)


# Words for a mobile phone and a phone in general, by region.
MOBILE = {
    "ES": "móvil",
    "MX": "celular",
    "AR": "celu",
    "CO": "celular",
    "CL": "celular",
    "PE": "celular",
    "US": "celular",
}
COUNTRY_NAMES = {
    "ES": ["España", "españa", "espana"],
    "MX": ["México", "mexico", "Méjico"],
    "AR": ["Argentina", "argentina"],
    "CO": ["Colombia", "colombia"],
    "CL": ["Chile", "chile"],
    "PE": ["Perú", "peru", "Peru"],
    "US": ["Estados Unidos", "EE. UU.", "EEUU", "USA", "estados unidos"],
}
OTHER_COUNTRIES = {
    "VE": ["Venezuela"],
    "EC": ["Ecuador"],
    "UY": ["Uruguay"],
    "BO": ["Bolivia"],
    "PY": ["Paraguay"],
    "GT": ["Guatemala"],
    "CR": ["Costa Rica"],
    "DO": ["República Dominicana", "Dominicana"],
    "SV": ["El Salvador"],
    "HN": ["Honduras"],
    "PA": ["Panamá"],
    "PR": ["Puerto Rico"],
}
EXTENSION_WORD = {
    "ES": "extensión",
    "MX": "ext.",
    "AR": "interno",
    "CO": "ext",
    "CL": "anexo",
    "PE": "anexo",
    "US": "ext",
}


# ---------------------------------------------------------------- building


class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.turns: list[Turn] = []
        self.seen: set[tuple[Any, ...]] = set()

    def add(self, turn: Turn) -> bool:
        key = turn_key(turn)
        if key in self.seen:
            return False
        self.seen.add(key)
        self.turns.append(turn)
        return True

    def fill(self, category: str, make: Callable[[random.Random], dict[str, Any]], n: int = PER_CATEGORY):
        made = 0
        for _ in range(n * 60):
            if made == n:
                break
            fields = make(self.rng)
            if self.add(Turn(category=category, language=LANG, **fields)):
                made += 1
        if made < n:
            raise RuntimeError(f"{category}: only {made} distinct turns")


def turn_key(turn: Turn) -> tuple[Any, ...]:
    return (
        turn.text,
        turn.asked,
        tuple(sorted((k, str(v)) for k, v in turn.known.items())),
        turn.default_region,
        turn.intent,
    )


def not_given(known: dict[str, Any], given: dict[str, Any]) -> tuple[str, ...]:
    """The name slots the text does not give and the context does not hold: they must stay empty."""
    return tuple(s for s in NAME_SLOTS if s not in given and s not in known)


# ---- answers to the name questions


def salutation_answer(rng: random.Random) -> dict[str, Any]:
    p = make_person(rng)
    t = title_word(rng, p)
    art = article(p)
    with_name = rng.random() < 0.3
    if with_name:
        choices = [
            (f"soy {art} {t} {p.last}", {"last_name": p.last}),
            (f"Soy {art} {t} {p.last}.", {"last_name": p.last}),
            (f"{t} {p.first} {p.last}", {"first_name": p.first, "last_name": p.last}),
            (f"{t} {p.last}, por favor", {"last_name": p.last}),
            (f"pon {t} {p.last}", {"last_name": p.last}),
        ]
        text, given = rng.choice(choices)
        known: dict[str, Any] = {}
    else:
        text = rng.choice(
            [
                f"{t}",
                f"{t}, por favor",
                f"{t} por favor",
                f"ponga {t}",
                f"pon {t}",
                f"{t} xfa",
                f"{t} porfa",
                f"{t.capitalize()}.",
                f"{t}, gracias",
                f"mejor {t}",
                f"{art} {t}",
            ]
        )
        given = {}
        known = rng.choice([{}, {"first_name": p.first}])
    expect = {"salutation": p.title, **given}
    return dict(text=text, asked="salutation", known=known, expect=expect, absent=not_given(known, expect))


def first_name_answer(rng: random.Random) -> dict[str, Any]:
    p = make_person(rng)
    known: dict[str, Any] = rng.choice([{}, {"salutation": p.title}])
    typed = rng.random() < 0.35
    f = plain(p.first) if typed else p.first
    l = plain(p.last) if typed else p.last
    if rng.random() < 0.2:
        text = rng.choice(
            [
                f"me llamo {f} {l}",
                f"soy {f} {l}",
                f"Mi nombre es {f} {l}.",
                f"{f} {l}",
                f"nombre {f} apellido {l}",
            ]
        )
        expect = {"first_name": f, "last_name": l}
    elif typed:
        text = rng.choice(
            [
                f,
                f"me llamo {f}",
                f"soy {f}",
                f"mi nombre es {f}",
                f"{f} xfa",
                f"es {f}",
                f"{f} nomas",
                f"pone {f}",
                f"{f}!",
                f"hola soy {f}",
                f"mi nombre {f}",
            ]
        )
        expect = {"first_name": f}
    else:
        text = rng.choice(
            [
                f"Me llamo {f}.",
                f"Mi nombre es {f}.",
                f"{f}.",
                f"Sí, {f}.",
                f"Soy {f}.",
                f"Claro, {f}.",
                f"Mi nombre es {f}, gracias.",
                f"Nombre: {f}",
                f"Me llamo {f}, {f}.",
                f"Pues {f}.",
                f"{f}, con mucho gusto.",
            ]
        )
        expect = {"first_name": f}
    return dict(text=text, asked="first_name", known=known, expect=expect, absent=not_given(known, expect))


def last_name_answer(rng: random.Random) -> dict[str, Any]:
    p = make_person(rng)
    known: dict[str, Any] = {"first_name": p.first}
    if rng.random() < 0.4:
        known["salutation"] = p.title
    typed = rng.random() < 0.35
    l = plain(p.last) if typed else p.last
    two = " " in p.last and not p.last.lower().startswith(("de ", "del ", "di "))
    if typed:
        choices = [
            l,
            f"mi apellido es {l}",
            f"apellido {l}",
            f"es {l}",
            f"{l} xfa",
            f"{l} porfa",
            f"mis apellidos son {l}" if two else f"de apellido {l}",
            f"{l} nomas",
        ]
    else:
        choices = [
            f"Mi apellido es {l}.",
            f"{l}.",
            f"Apellido {l}.",
            f"Es {l}.",
            f"Mis apellidos son {l}." if two else f"Mi apellido es {l}, gracias.",
            f"{l}, por favor.",
            f"Sí, {l}.",
            f"De apellido {l}.",
        ]
    expect: dict[str, Any] = {"last_name": l}
    if rng.random() < 0.15:
        # the whole name again: the first name is the one already held, as held (so not expected anew)
        text = rng.choice([f"soy {p.first} {l}", f"{p.first} {l}", f"me llamo {p.first} {l}"])
        if not typed:
            text = asr(text)
    else:
        text = rng.choice(choices)
    return dict(text=text, asked="last_name", known=known, expect=expect, absent=not_given(known, expect))


# ---- phone answers


def phone_known(rng: random.Random, p: Person) -> dict[str, Any]:
    return p.known(with_title=rng.random() < 0.6)


def phone_national(rng: random.Random) -> dict[str, Any]:
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    n = rng.choice(num.national)
    mob = MOBILE[num.region]
    typed = rng.random() < 0.4
    if num.fixed:
        lead = [
            "mi fijo es",
            "el teléfono de casa es",
            "Tel:",
            "el de la oficina es",
            "es el",
            "teléfono fijo:",
        ]
    else:
        lead = [
            f"mi {mob} es",
            f"mi {mob}:",
            "mi número es",
            "es el",
            "apunta:",
            "llámame al",
            "me puede llamar al",
            "mi whatsapp es",
            "Tel:",
            "el número es el",
        ]
    text = f"{rng.choice(lead)} {n}" if rng.random() < 0.8 else n
    if typed:
        text = plain(text)
        if rng.random() < 0.3:
            text = text.replace("mi numero es", "mi num es").replace("llamame al", "llamame al") + " xfa"
    elif rng.random() < 0.4:
        text = text[0].upper() + text[1:] + "."
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=num.region,
        expect=num.expect(),
        absent=not_given(known, {}),
    )


def phone_international(rng: random.Random) -> dict[str, Any]:
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    n = rng.choice(num.international)
    region = rng.choice([None, num.region, rng.choice(REGIONS)])
    text = rng.choice(
        [
            n,
            f"mi número es {n}",
            f"mi {MOBILE[num.region]} es {n}",
            f"es el {n}",
            f"Teléfono: {n}",
            f"con el prefijo: {n}",
            f"el número con código de país es {n}",
            f"{n} (whatsapp)",
            f"llámeme al {n}",
            f"te paso mi num: {n}",
            f"Mi número es el {n}.",
            f"{n}, ese es mi número",
        ]
    )
    if rng.random() < 0.25:
        text = plain(text)
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=region,
        expect=num.expect(),
        absent=not_given(known, {}),
    )


def asr(text: str) -> str:
    """A phone-line recogniser's output: a capital at the start and a full stop."""
    return text[0].upper() + text[1:] + ("" if text.endswith(".") else ".")


def phone_spoken(rng: random.Random) -> dict[str, Any]:
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    style = rng.choice(["one", "pairs", "groups"])
    international = rng.random() < 0.3
    said = spoken(num, style, international)
    region = rng.choice([None, num.region]) if international else num.region
    lead = rng.choice(
        [
            "",
            "mi número es ",
            "es el ",
            "sí, es el ",
            "a ver, ",
            "mi teléfono es ",
            "apunte, ",
            f"mi {MOBILE[num.region]} es el ",
        ]
    )
    text = asr(lead + said)
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=region,
        expect=num.expect(),
        absent=not_given(known, {}),
    )


def keypad(rng: random.Random) -> dict[str, Any]:
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    forms = [num.nsn, "".join(num.national_groups)]
    intl = "".join(re.findall(r"\d", num.international[0]))
    if num.cc != "+1":
        forms.append("00" + intl)
    digits = rng.choice(forms)
    text = digits + rng.choice(["", "", "#"])
    region = num.region if not digits.startswith("00") else rng.choice([None, num.region])
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=region,
        expect=num.expect(),
        absent=not_given(known, {}),
    )


def extension_turn(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    num = rng.choice(numbers_of(region, fixed=True) or numbers_of(region))
    p = make_person(rng, region)
    ext = rng.choice(["204", "12", "3412", "215", "7", "1180", "45", "309", "5521", "88"])
    word = EXTENSION_WORD[region]
    n = rng.choice(num.national + num.international[:1])
    mode = rng.random()
    if mode < 0.25:
        said = spoken(num, rng.choice(["one", "pairs", "groups"]))
        label = {"ext.": "extensión", "ext": "extensión"}.get(word, word)
        ext_said = say_one_by_one(ext) if rng.random() < 0.6 else say_groups([ext])
        text = asr(f"{rng.choice(['', 'mi teléfono es el ', 'el número es '])}{said}, {label} {ext_said}")
    else:
        text = rng.choice(
            [
                f"{n} {word} {ext}",
                f"{n}, {word} {ext}",
                f"el {n} {word} {ext}",
                f"Tel.: {n} Ext.: {ext}",
                f"{n} ext {ext}",
                f"{n} extensión {ext}",
                f"llámame al {n} y pides la extensión {ext}",
                f"{n} {word}: {ext}",
                f"{n} (int. {ext})",
                f"oficina {n}, {word} {ext}",
            ]
        )
        if rng.random() < 0.3:
            text = plain(text)
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=region,
        expect=num.expect(ext),
        absent=not_given(known, {}),
    )


def phone_no_region(rng: random.Random) -> dict[str, Any]:
    """A national number, no country said, no home region: it cannot be read yet."""
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    n = rng.choice(num.national)
    text = rng.choice(
        [
            n,
            f"mi número es {n}",
            f"es el {n}",
            f"mi {MOBILE[num.region]} {n}",
            f"Tel: {n}",
            f"Mi teléfono es el {n}.",
            f"apunta {n}",
        ]
    )
    if rng.random() < 0.3:
        text = plain(text)
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=None,
        absent=("phone_number", *not_given(known, {})),
        digits={"pending_phone": "".join(re.findall(r"\d", n))},
    )


def phone_country_words(rng: random.Random) -> dict[str, Any]:
    """A national number with its country said in words, no home region."""
    num = rng.choice(NUMBERS)
    p = make_person(rng, num.region)
    n = rng.choice(num.national)
    c = rng.choice(COUNTRY_NAMES[num.region])
    mob = MOBILE[num.region]
    kind = "fijo" if num.fixed else mob
    text = rng.choice(
        [
            f"es un {kind} de {c}: {n}",
            f"mi número de {c} es {n}",
            f"{n}, es de {c}",
            f"{n} ({c})",
            f"estoy en {c}, mi {kind} es {n}",
            f"soy de {c}, mi número es {n}",
            f"{c}, {n}",
            f"el {n}, de {c}",
            f"mi {kind} en {c} es el {n}",
            f"{n} es de {c}",
        ]
    )
    if rng.random() < 0.3:
        text = plain(text)
    known = phone_known(rng, p)
    return dict(
        text=text,
        asked="phone_number",
        known=known,
        default_region=None,
        expect=num.expect(),
        absent=not_given(known, {}),
    )


def country_answer(rng: random.Random) -> dict[str, Any]:
    if rng.random() < 0.75:
        region = rng.choice(REGIONS)
        name = rng.choice(COUNTRY_NAMES[region])
        pending = rng.choice(rng.choice(numbers_of(region)).national)
        p = make_person(rng, region)
    else:
        region = rng.choice(sorted(OTHER_COUNTRIES))
        name = rng.choice(OTHER_COUNTRIES[region])
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        pending = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
        p = make_person(rng)
    text = rng.choice(
        [
            name,
            f"de {name}",
            f"es de {name}",
            f"{name}, por favor",
            f"es un número de {name}",
            f"desde {name}",
            f"{name} xfa",
            f"Es de {name}.",
            f"{name}.",
            f"estoy en {name}",
            f"el número es de {name}",
            f"es de {name}, sí",
            f"ah, {name}",
        ]
    )
    if rng.random() < 0.25:
        text = plain(text)
    known = {**p.known(with_title=rng.random() < 0.5), "pending_phone": pending}
    return dict(
        text=text, asked="country", known=known, expect={"country": region}, absent=not_given(known, {})
    )


# ---- whole contacts


def crm_paste(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    num = rng.choice(numbers_of(region))
    with_title = rng.random() < 0.5
    ext = rng.choice(["", "", "", "214", "31"]) if num.fixed else ""
    country_field = rng.random() < 0.25
    intl = not country_field and rng.random() < 0.4
    n = rng.choice(num.international if intl else num.national)
    upper = rng.random() < 0.15
    f, l = (p.first.upper(), p.last.upper()) if upper else (p.first, p.last)
    t = title_word(rng, p)
    phone_label = rng.choice(
        [
            "Tel.:",
            "Teléfono:",
            "Móvil:" if not num.fixed else "Tel. fijo:",
            "Celular:",
            "Tlf.:",
            "Teléfono de contacto:",
        ]
    )
    ext_label = rng.choice(["Ext.:", "Extensión:", "Interno:" if region == "AR" else "Anexo:"])
    name_parts = l.split(" ")
    split = " " in l and not l.lower().startswith(("de ", "del ", "di ")) and len(name_parts) == 2
    fields = []
    if with_title:
        fields.append((rng.choice(["Tratamiento:", "Título:", "Saludo:"]), t))
    fields.append((rng.choice(["Nombre:", "Nombre(s):", "Nombre de pila:"]), f))
    if split and rng.random() < 0.4:
        fields.append(("Primer apellido:", name_parts[0]))
        fields.append(("Segundo apellido:", name_parts[1]))
    else:
        fields.append((rng.choice(["Apellidos:", "Apellido:", "Apellido(s):"]), l))
    fields.append((phone_label, n))
    if ext:
        fields.append((ext_label, ext))
    if country_field:
        fields.append(("País:", COUNTRY_NAMES[region][0]))
    header = rng.choice(["Alta de cliente:", "Datos del cliente", "Ficha de contacto", "Nuevo contacto:", ""])
    layout = rng.random()
    if layout < 0.5:
        body = "\n".join(f"{k} {v}" for k, v in fields)
        text = f"{header}\n{body}" if header else body
    else:
        sep = rng.choice([" | ", "; ", " - ", ", "])
        body = sep.join(f"{k} {v}" for k, v in fields)
        text = f"{header} {body}" if header else body
    expect: dict[str, Any] = {"first_name": f, "last_name": l, **num.expect(ext)}
    if with_title:
        expect["salutation"] = p.title
    region_known = None if (country_field or intl) else region
    if intl and rng.random() < 0.5:
        region_known = rng.choice(REGIONS)
    asked = rng.choice([None, None, "first_name", "salutation"])
    return dict(
        text=text, asked=asked, default_region=region_known, expect=expect, absent=not_given({}, expect)
    )


def full_contact(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    num = rng.choice(numbers_of(region))
    mob = "fijo" if num.fixed else MOBILE[region]
    style = rng.choice(["usted", "tu", "chat", "asr"])
    with_title = rng.random() < 0.45
    t = title_word(rng, p)
    intl = rng.random() < 0.3
    n = rng.choice(num.international if intl else num.national)
    f, l = p.first, p.last
    wa = f"{article(p)} {t} {f} {l}" if with_title else f"{f} {l}"  # after "soy", "le habla"
    wb = f"{t} {f} {l}" if with_title else f"{f} {l}"  # on its own
    if style == "usted":
        text = rng.choice(
            [
                f"Buenos días, le habla {wa}, mi número es el {n}",
                f"Buenas tardes. Soy {wa} y mi teléfono es {n}",
                f"Hola, quisiera dejar mis datos: {wb}, teléfono {n}",
                f"Buenas, soy {wa}. Me puede localizar en el {n}",
                f"Le escribe {wa}; mi {mob} es {n}, para que me devuelvan la llamada",
            ]
        )
    elif style == "tu":
        text = rng.choice(
            [
                f"hola! soy {wa}, mi {mob} es {n}",
                f"Hola, soy {wa} y mi número es {n}",
                f"Qué tal, acá {wb}, te dejo mi {mob}: {n}",
                f"soy {wa}, llámame al {n}",
                f"hola, {wb}. anota mi número: {n}",
            ]
        )
    elif style == "chat":
        f, l, wa, wb = plain(f), plain(l), plain(wa), plain(wb)
        text = rng.choice(
            [
                f"hola soy {wa} mi num es {n}",
                f"buenas, {wb}, cel {n} xfa",
                f"q tal, soy {wa} tel {n}",
                f"hola, soy {wa}, mi numero {n} porfa guardalo",
                f"{wb} {n}",
                f"soy {wa}, tb tengo whatsapp en el {n}",
            ]
        )
    else:
        n = spoken(num, rng.choice(["one", "pairs", "groups"]), intl)
        text = rng.choice(
            [
                f"Hola, buenos días. Habla {wa}. Mi teléfono es {n}.",
                f"Sí, hola. Soy {wa}, y mi número es el {n}.",
                f"Buenas tardes, le llama {wa}. El número es {n}.",
            ]
        )
    region_known = rng.choice([None, region]) if intl else region
    expect: dict[str, Any] = {"first_name": f, "last_name": l, **num.expect()}
    if with_title:
        expect["salutation"] = p.title
    return dict(
        text=text, asked=None, default_region=region_known, expect=expect, absent=not_given({}, expect)
    )


# ---- read-back


def full_known(rng: random.Random, p: Person, num: Num, ext: str = "") -> dict[str, Any]:
    return {**p.known(), "phone_number": num.nsn, "country_code": num.cc, "extension": ext}


CONFIRM = [
    "sí",
    "si",
    "Sí.",
    "sí, correcto",
    "si esta bien",
    "Sí, todo correcto.",
    "correcto",
    "perfecto",
    "ok",
    "okey",
    "sip",
    "así es",
    "Sí, así es.",
    "está bien",
    "todo bien",
    "todo ok",
    "sí, guárdelo por favor",
    "sí, guárdalo",
    "exacto",
    "claro",
    "claro que sí",
    "de acuerdo",
    "listo",
    "afirmativo",
    "eso es",
    "sí, está perfecto",
    "si xfa",
    "Correcto, gracias.",
    "sii",
    "todo está bien, gracias",
]
# Yes as said in one country only.
REGIONAL_YES = {
    "MX": ["órale, sí", "simón", "sale", "sí, está bien, joven"],
    "CL": ["sí po", "ya, sí", "sí, está bien po"],
    "CO": ["bacano, sí", "sí, listo", "sí señor, así es"],
    "AR": ["dale", "dale, perfecto", "sí, re bien", "dale, guardalo"],
    "ES": ["vale", "vale, guárdalo", "sí, vale"],
    "PE": ["ya, sí", "sí, está bien, joven"],
}
DENY = [
    "no",
    "No.",
    "no, está mal",
    "no es correcto",
    "nop",
    "no, eso no",
    "no está bien",
    "hay un error",
    "algo está mal",
    "No, no es correcto.",
    "no, hay algo mal",
    "nel",
    "no po",
    "no, para nada",
    "noo",
    "no, así no",
    "eso no es correcto",
    "No, está mal.",
    "no esta bien",
    "mal",
]


def readback_yes_no(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    num = rng.choice(numbers_of(region))
    known = full_known(rng, p, num)
    if rng.random() < 0.6:
        return dict(
            text=rng.choice(CONFIRM + REGIONAL_YES.get(region, [])),
            asked="confirmed",
            known=known,
            default_region=region,
            kind="confirm",
        )
    return dict(
        text=rng.choice(DENY),
        asked="confirmed",
        known=known,
        default_region=region,
        kind="deny",
        absent=("confirmed",),
    )


def readback_correction(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    num = rng.choice(numbers_of(region))
    known = full_known(rng, p, num)
    other = make_person(rng, region)
    while other.last == p.last or other.first == p.first or other.female != p.female:
        other = make_person(rng, region)
    typed = rng.random() < 0.3
    field = rng.choice(["last", "last", "first", "phone", "title"])
    if field == "last":
        l = plain(other.last) if typed else other.last
        text = rng.choice(
            [
                f"no, el apellido es {l}",
                f"el apellido está mal, es {l}",
                f"No, mi apellido es {l}.",
                f"no es {p.last}, es {l}",
                f"el apellido no, es {l}",
                f"corrige el apellido: {l}",
                f"mis apellidos son {l}",
                f"No. Apellido {l}.",
            ]
        )
        expect: dict[str, Any] = {"last_name": l}
    elif field == "first":
        f = plain(other.first) if typed else other.first
        text = rng.choice(
            [
                f"el nombre está mal, es {f}",
                f"no, me llamo {f}",
                f"No, mi nombre es {f}.",
                f"el nombre es {f}, no {p.first}",
                f"no, el nombre es {f}",
                f"no es {p.first}, es {f}",
            ]
        )
        expect = {"first_name": f}
    elif field == "phone":
        new = rng.choice([m for m in numbers_of(region) if m != num])
        n = rng.choice(new.national)
        text = rng.choice(
            [
                f"no, el número es {n}",
                f"el teléfono está mal: {n}",
                f"me equivoqué, el número es {n}",
                f"no, mi {MOBILE[region]} es {n}",
                f"el número no, es el {n}",
                f"No. El teléfono es {n}.",
            ]
        )
        expect = new.expect()
    else:
        choices = [c for c in TITLE_WORDS if c[1] == p.female and c[0] != p.title]
        title, _ = rng.choice(choices)
        word = rng.choice(TITLE_WORDS[(title, p.female)])
        text = rng.choice(
            [
                f"no, es {word}",
                f"el tratamiento es {word}",
                f"no, pon {word}",
                f"no es {title_word(rng, p)}, es {word}",
            ]
        )
        expect = {"salutation": title}
    if typed:
        text = plain(text)
    return dict(
        text=text,
        asked="confirmed",
        known=known,
        default_region=region,
        kind="correction",
        expect=expect,
        absent=("confirmed",),
    )


CHANGE_FIELD = {
    "last_name": ["el apellido", "los apellidos", "mi apellido"],
    "first_name": ["el nombre", "mi nombre"],
    "phone_number": ["el número", "el teléfono", "mi número", "el celular", "el móvil"],
    "salutation": ["el tratamiento", "el título"],
}


def change_request(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    num = rng.choice(numbers_of(region))
    known = full_known(rng, p, num)
    slot = rng.choice(["last_name", "last_name", "first_name", "phone_number", "salutation"])
    what = rng.choice(CHANGE_FIELD[slot])
    if rng.random() < 0.55:
        text = rng.choice(
            [
                f"quiero cambiar {what}",
                f"hay que corregir {what}",
                f"cambia {what} xfa",
                f"me gustaría modificar {what}",
                f"¿Puede cambiar {what}?",
                f"no, {what} está mal",
                f"corrige {what}",
                f"está mal {what}",
            ]
        )
        if rng.random() < 0.3:
            text = plain(text)
        return dict(
            text=text,
            asked="confirmed",
            known=known,
            default_region=region,
            expect={slot: None},
            absent=("confirmed",),
        )
    # the bot asked what to change
    other = make_person(rng, region)
    while other.last == p.last or other.first == p.first:
        other = make_person(rng, region)
    if slot == "last_name":
        text, expect = rng.choice(
            [
                (what, {slot: None}),
                (f"{what}, es {other.last}", {slot: other.last}),
                (f"{what}: {other.last}", {slot: other.last}),
            ]
        )
    elif slot == "first_name":
        text, expect = rng.choice(
            [
                (what, {slot: None}),
                (f"{what}, es {other.first}", {slot: other.first}),
                (f"{what}, pon {other.first}", {slot: other.first}),
            ]
        )
    elif slot == "phone_number":
        new = rng.choice([m for m in numbers_of(region) if m != num])
        n = rng.choice(new.national)
        text, expect = rng.choice(
            [(what, {slot: None}), (f"{what}, es el {n}", new.expect()), (f"{what}: {n}", new.expect())]
        )
    else:
        text, expect = what, {slot: None}
    if rng.random() < 0.3:
        text = plain(text)
    return dict(text=text, asked="change_request", known=known, default_region=region, expect=expect)


# ---- controls and messages that carry no name

CONTROLS = [
    "cancelar",
    "cancela",
    "Cancelar.",
    "déjalo, cancela",
    "olvídalo, no quiero seguir",
    "ya no quiero seguir",
    "cancela todo xfa",
    "para, no quiero continuar",
    "¿para qué necesitas mi teléfono?",
    "¿Para qué quiere mis datos?",
    "xq necesitas mi num?",
    "por qué me pides el apellido?",
    "¿Y para qué es esto?",
    "pa q quieres mi nombre",
    "ayuda",
    "Ayuda.",
    "no entiendo, ayuda",
    "¿Me puede ayudar?",
    "necesito ayuda",
    "help",
    "borra mis datos",
    "olvida mis datos por favor",
    "quiero que borren mi información",
    "elimina mi contacto",
    "Quiero que eliminen mis datos.",
    "borrá mis datos",
    "olvídate de mí",
    "adiós",
    "chao",
    "chau",
    "hasta luego",
    "nos vemos",
    "Adiós, gracias.",
    "bye",
    "me voy, chao",
    "cancelar por favor",
    "¿Con qué fin piden mi número?",
    "para que es mi numero?",
]


def control(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    asked = rng.choice([None, "salutation", "first_name", "last_name", "phone_number"])
    known: dict[str, Any] = {}
    if asked in ("last_name", "phone_number"):
        known = {"first_name": p.first}
    if asked == "phone_number":
        known["last_name"] = p.last
    return dict(
        text=rng.choice(CONTROLS),
        asked=asked,
        known=known,
        default_region=region,
        kind="control",
        absent=(*not_given(known, {}), "phone_number"),
    )


CITIES = [
    "Bogotá",
    "Monterrey",
    "Valparaíso",
    "Rosario",
    "Sevilla",
    "Arequipa",
    "Houston",
    "Medellín",
    "Guadalajara",
    "Bilbao",
    "Córdoba",
    "Cusco",
    "Miami",
    "Concepción",
    "Zaragoza",
    "Cali",
    "Mendoza",
    "Puebla",
]
NOTES = [
    "hola buenas tardes",
    "Buenos días.",
    "un momento",
    "Un momento, por favor.",
    "espera q busco",
    "¿cómo?",
    "perdón, no le escuché",
    "¿Me repite?",
    "es para un pedido",
    "llamo por lo de la factura",
    "no sé",
    "mmm",
    "eh",
    "ok",
    "Sí.",
    "hola",
    "buenas",
    "qué tal",
    "ya",
    "no tengo",
    "prefiero no decirlo",
    "no quiero dar mi apellido",
    "eso no te lo doy",
    "¿es obligatorio?",
    "gracias",
    "ahorita le digo",
    "espérame tantito",
    "ahí va",
    "dame un segundo",
    "no me acuerdo",
    "te escribo desde el trabajo",
    "es el de siempre",
    "lo mismo de antes",
    "¿Qué necesita?",
    "pues nada",
    "Bueno.",
    "Aló.",
]


def not_a_name(rng: random.Random) -> dict[str, Any]:
    region = rng.choice(REGIONS)
    p = make_person(rng, region)
    asked = rng.choice(["salutation", "first_name", "first_name", "last_name", "last_name"])
    known: dict[str, Any] = {"first_name": p.first} if asked == "last_name" else {}
    if rng.random() < 0.35:
        c = rng.choice(CITIES)
        text = rng.choice(
            [
                f"estoy en {c}",
                f"llamo desde {c}",
                f"vivo en {c}",
                f"soy de {c}",
                f"desde {c}",
                f"Le llamo desde {c}.",
                f"aca en {plain(c)}",
            ]
        )
    else:
        text = rng.choice(NOTES)
    return dict(text=text, asked=asked, known=known, default_region=region, absent=not_given(known, {}))


CATEGORIES: tuple[tuple[str, Callable[[random.Random], dict[str, Any]]], ...] = (
    ("es2_salutation_answer", salutation_answer),
    ("es2_first_name_answer", first_name_answer),
    ("es2_last_name_answer", last_name_answer),
    ("es2_phone_national", phone_national),
    ("es2_phone_international", phone_international),
    ("es2_phone_spoken", phone_spoken),
    ("es2_phone_keypad", keypad),
    ("es2_phone_extension", extension_turn),
    ("es2_phone_no_region", phone_no_region),
    ("es2_phone_country_words", phone_country_words),
    ("es2_country_answer", country_answer),
    ("es2_crm_paste", crm_paste),
    ("es2_full_contact", full_contact),
    ("es2_readback_yes_no", readback_yes_no),
    ("es2_readback_correction", readback_correction),
    ("es2_change_request", change_request),
    ("es2_controls", control),
    ("es2_not_a_name", not_a_name),
)


def build() -> list[Turn]:
    _checked()
    builder = Builder(random.Random(SEED))
    for category, make in CATEGORIES:
        builder.fill(category, make)
    return builder.turns
