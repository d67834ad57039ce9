"""A third blind evaluation set (issue 16), written without reading the interpreter or the other
template sets: voice transcripts as speech recognition writes them, agents' pastes from CRMs,
e-mail signatures and spreadsheets, and the ordinary kinds of turn phrased anew.

Ground truth comes from the inputs only: phonenumbers' example numbers (numbers.py), Faker's
names (people.py), the country forms (places.py) and what each template means. Every choice is
drawn from a fixed seed, so the set is the same on every run. Names are kept only when no word of
this module's own templates is one of them, so a request word read as a name is always the
interpreter's mistake.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from .numbers import (
    DIGIT_WORDS,
    Example,
    examples,
    say_digits,
    say_extension,
    spoken_international,
    spoken_national,
    typed_international,
    typed_national,
)
from .people import Person
from .places import ADJECTIVES, dialling_codes, in_sentence, iso_codes
from .turn import NAME_SLOTS, Turn

PREFIX = "third_"
SEED = 316
PER_CATEGORY = 220

# ----------------------------------------------------------------------------------------------
# Vocabulary: every template and word list (upper-case names; vocabulary() collects their words)
# ----------------------------------------------------------------------------------------------

HESITATIONS = ("um", "uh", "er", "erm", "hmm", "uh huh so", "let me see")
SELF_CORRECTIONS = ("sorry", "no sorry", "i mean", "no wait", "um sorry", "oops", "no no")
RESTARTS = ("sorry let me start again", "no wait from the top", "scratch that")
NATO = {
    "a": "alpha",
    "b": "bravo",
    "c": "charlie",
    "d": "delta",
    "e": "echo",
    "f": "foxtrot",
    "g": "golf",
    "h": "hotel",
    "i": "india",
    "j": "juliet",
    "k": "kilo",
    "l": "lima",
    "m": "mike",
    "n": "november",
    "o": "oscar",
    "p": "papa",
    "q": "quebec",
    "r": "romeo",
    "s": "sierra",
    "t": "tango",
    "u": "uniform",
    "v": "victor",
    "w": "whiskey",
    "x": "xray",
    "y": "yankee",
    "z": "zulu",
}
# Everyday spelling words as people use them on the phone ("S for sugar").
EVERYDAY_LETTERS = {
    "a": "apple",
    "b": "bertie",
    "c": "cat",
    "d": "dog",
    "e": "egg",
    "f": "freddie",
    "g": "george",
    "h": "harry",
    "i": "ink",
    "j": "jack",
    "k": "king",
    "l": "london",
    "m": "mother",
    "n": "nuts",
    "o": "orange",
    "p": "peter",
    "q": "queen",
    "r": "robert",
    "s": "sugar",
    "t": "tommy",
    "u": "umbrella",
    "v": "violet",
    "w": "william",
    "x": "xylophone",
    "y": "yellow",
    "z": "zebra",
}
SPOKEN_TITLE = {
    "Mr": "mister",
    "Mrs": "missus",
    "Ms": "miz",
    "Miss": "miss",
    "Mx": "mx",
    "Dr": "doctor",
    "Prof": "professor",
}
WRITTEN_TITLE = {
    "Mr": ("Mr", "Mr.", "MR"),
    "Mrs": ("Mrs", "Mrs."),
    "Ms": ("Ms", "Ms."),
    "Miss": ("Miss",),
    "Mx": ("Mx", "Mx."),
    "Dr": ("Dr", "Dr.", "DR"),
    "Prof": ("Prof", "Prof."),
}
TITLE_SAID = {
    "Mr": ("mister", "Mister", "mr", "Mr.", "MR"),
    "Mrs": ("missus", "Mrs", "mrs.", "Mrs."),
    "Ms": ("Ms", "ms", "Ms.", "miz"),
    "Miss": ("Miss", "miss"),
    "Mx": ("Mx", "mx", "Mx."),
    "Dr": ("doctor", "Dr", "dr.", "Doctor", "DR"),
    "Prof": ("professor", "Prof", "prof.", "Professor"),
}
TITLE_ANSWERS = (
    "{t}",
    "{t} please",
    "it's {t}",
    "{t}, thanks",
    "put {t}",
    "make it {t}",
    "just {t} is fine",
    "{t} would be right",
    "uh {t}",
    "um {t} i guess",
    "use {t}",
    "{t} for her",
    "{t} for him",
    "go with {t}",
    "that's {t}",
    "oh {t}",
    "{t} thank you",
    "better put {t}",
    "I'd say {t}",
    "{t} is correct",
)
TITLE_SENTENCES = {  # a sentence whose meaning is the title without saying the short form
    "Dr": ("she's a doctor so doctor", "he's a medical doctor, use Dr"),
    "Prof": ("professor, she teaches at the uni",),
    "Mrs": ("she's married, Mrs",),
    "Mx": ("they prefer Mx",),
}
TITLE_WITH_NAME = ("{t} {last}", "{t} {first} {last}", "it's {t} {last}", "{t}. {first} {last} please")

FIRST_ANSWERS = (
    "{first}",
    "it's {first}",
    "first name {first}",
    "her first name is {first}",
    "his first name's {first}",
    "{first} please",
    "that'd be {first}",
    "{first}, thanks",
    "uh {first}",
    "my first name is {first}",
    "put {first}",
    "the given name is {first}",
    "{first} thank you",
    "oh it's {first}",
    "forename {first}",
    "um {first}",
    "{first} is fine",
    "you can put {first}",
    "call her {first}",
    "that one's {first}",
)
FIRST_AND_LAST = (
    "{first} {last}",
    "it's {first} {last}",
    "{first} {last}, thanks",
    "full name {first} {last}",
    "um {first} {last}",
)
LAST_ANSWERS = (
    "{last}",
    "surname's {last}",
    "last name {last}",
    "the family name is {last}",
    "it's {last}",
    "{last}, thanks",
    "that's {last}",
    "uh {last}",
    "surname {last}",
    "my last name is {last}",
    "{last} please",
    "her surname is {last}",
    "his family name's {last}",
    "put {last} down",
    "um it's {last}",
    "last name's {last}",
    "{last} thank you",
    "they're {last}",
    "oh {last}",
    "surname would be {last}",
)
SPELLED_FRAMES = (
    "{spelled}",
    "it's {spelled}",
    "that's spelled {spelled}",
    "{name} {spelled}",
    "{name} that's {spelled}",
    "uh {spelled}",
    "let me spell it {spelled}",
    "spelt {spelled}",
    "{name} as in {spelled}",
    "um {name} spelled {spelled}",
)
LETTER_STYLES = ("plain", "plain", "upper", "dashes", "nato_for", "everyday_for", "as_in", "plain_double")

HELLOS = ("", "hi ", "hello ", "hey ", "morning ", "good afternoon ", "hiya ", "ok ", "right ")
PHONE_LEADS_SPOKEN = (
    "",
    "its ",
    "the number is ",
    "ok so ",
    "um its ",
    "my number is ",
    "you can call her on ",
    "the mobile is ",
    "uh ",
    "ready ",
    "its on ",
    "got a pen ",
    "her cell is ",
)
PHONE_TYPED = (
    "{n}",
    "mobile {n}",
    "it's {n}",
    "you can reach her on {n}",
    "cell: {n}",
    "phone - {n}",
    "{n} (mobile)",
    "whatsapp is {n}",
    "best number is {n}",
    "{n} thanks",
    "on {n}",
    "try {n}",
    "number: {n}",
    "tel {n}",
    "{n} is the best one",
    "the mob is {n}",
    "call on {n} please",
    "his work phone is {n}",
    "{n} please",
    "contact number {n}",
)
PHONE_NATIONAL_WITH_COUNTRY = (
    "{n}, it's in {country}",
    "{n} ({country})",
    "{n} - that's a {adj} number",
    "{country} {n}",
    "{n}, {adj} mobile",
    "it's {n} in {country}",
    "{n} and it's a {country} number",
)
COUNTRY_ANSWERS = (
    "{country}",
    "it's {country}",
    "{country} please",
    "in {country}",
    "that's {country}",
    "the number is from {country}",
    "um {country_lower}",
    "{country}, thanks",
    "{country} number",
    "oh {country}",
    "that's in {country}",
    "{country} I think",
    "from {country}",
)
COUNTRY_CODE_ANSWERS = ("{code}", "code {code}", "it's {code}", "the country code is {code}", "{code} thanks")
COUNTRY_ADJ_ANSWERS = ("it's {adj}", "{adj}", "a {adj} number", "{adj} mobile", "that's a {adj} line")
COUNTRY_ISO_ANSWERS = ("{iso}", "it's {iso}", "country {iso}")
EXTENSION_TYPED = (
    "{n} ext. {e}",
    "{n} x{e}",
    "{n} extension {e}",
    "{n}, ext {e}",
    "{n} ext{e}",
    "{n} and then extension {e}",
    "{n} (ext {e})",
    "{n} ext: {e}",
    "{n}, extension {e}",
    "{n} - ext {e}",
)
EXTENSION_SPOKEN = (
    "{n} extension {e}",
    "{n} um extension {e}",
    "{n} and the extension is {e}",
    "{n} ext {e}",
)
EXTENSION_AT_READBACK = (
    "add extension {e}",
    "the extension is {e}",
    "it needs extension {e} too",
    "put extension {e} on it",
    "oh and extension {e}",
    "also ext {e}",
    "can you add ext. {e}",
    "forgot the extension, it's {e}",
)
EXTENSION_REMOVE = (
    "remove the extension",
    "no extension actually",
    "drop the extension please",
    "there's no extension",
    "take the extension off",
)

YES = (
    "yes",
    "yep, that's right",
    "correct",
    "that's correct, save it",
    "looks good",
    "yes please save",
    "go ahead",
    "perfect",
    "all good",
    "spot on",
    "yeah that's it",
    "yes that's all correct",
    "sounds right",
    "absolutely",
    "that's the one",
    "yes, thank you",
    "yup",
    "sure, save it",
    "aye",
    "right, yes",
    "that's perfect thanks",
    "yeah go for it",
    "correct yes",
    "ok save it",
    "yes, everything's right",
    "yeah",
    "yes it is",
    "that's right",
    "all correct",
    "yes go on",
    "mm hmm yes",
    "exactly",
    "yeah save that",
    "yes that's fine",
    "please do",
)
NO = (
    "no",
    "nope",
    "that's not right",
    "no that's wrong",
    "not quite",
    "no, something's off",
    "hmm no",
    "no, don't save that",
    "that isn't right",
    "nah",
    "wrong",
    "no no",
    "that's not it",
    "no, there's a mistake",
    "incorrect",
    "not correct",
    "uh no",
    "no wait",
    "no, hang on",
    "no that's not correct",
    "not right",
    "no it isn't",
    "no, that's wrong sorry",
    "definitely not",
    "no, something is wrong",
    "no that's incorrect",
    "that's wrong",
    "nope not right",
)
YES_NO_FILLERS = (
    ("", ""),
    ("uh ", ""),
    ("ok ", ""),
    ("", " thanks"),
    ("mm ", ""),
    ("", " please"),
    ("well ", ""),
    ("", " thank you"),
)

FIELD_WORDS = {
    "first_name": ("first name", "given name", "forename", "christian name"),
    "last_name": ("surname", "last name", "family name"),
    "salutation": ("title", "salutation"),
    "phone_number": ("number", "mobile", "phone number", "cell", "phone"),
}
ONE_CORRECTION = (
    "no, the {field} is {new}",
    "{Field}, {new}",
    "no, {Field}, {new}",
    "{new} instead of {old}",
    "it's {new} not {old}",
    "sorry, {field} should be {new}",
    "change the {field} to {new}",
    "not {old}, {new}",
    "the {field} is wrong, it should be {new}",
    "no the {field} should read {new}",
    "nearly, {field} is {new}",
    "{new} rather than {old}",
    "should be {new} for the {field}",
    "uh no the {field} is {new}",
    "the {field} needs to be {new}",
)
TWO_CORRECTIONS = (
    "no, the {f1} is {v1} and the {f2} should be {v2}",
    "{F1} {v1}, {F2} {v2}",
    "nearly - {f1} should be {v1} and {f2} {v2}",
    "change {f1} to {v1} and {f2} to {v2}",
    "the {f1} is spelled {spelled1} and the {f2} should be {v2}",
    "{v1} instead of {o1}, and {v2} instead of {o2}",
    "wrong {f1} and {f2}: {v1} and {v2}",
    "no the {f1} is {v1} and also the {f2} is {v2}",
)
FIELD_WRONG_NO_VALUE = (
    "wait, I gave you the wrong number",
    "the number is wrong",
    "that's the wrong mobile",
    "hang on the phone number isn't right",
    "the cell is incorrect",
)
X_IS_MY_Y = {
    "last_name": (
        "{v} is my surname",
        "{v} is my last name",
        "{v} is the family name",
        "{v}'s my surname",
        "{v} is her surname",
        "{v} is his last name",
    ),
    "first_name": (
        "{v} is my first name",
        "{v}'s my first name",
        "{v} is the first name",
        "{v} is her given name",
        "{v} is his first name",
        "{v} is my forename",
    ),
    "salutation": ("{v} is my title", "{v}'s the title", "{v} is her title", "{v} is the salutation"),
    "phone_number": (
        "{v} is my mobile",
        "{v} is my number",
        "{v} is her cell",
        "{v}'s the phone number",
        "{v} is the best number",
    ),
}
X_IS_MY_Y_BOTH = (
    "{first} is my first name and {last} is my surname",
    "{first}'s the first name, {last} the surname",
    "{last} is the surname and {first} the first name",
)
OPENERS_DETAILS = (
    "{hi}can you save a contact: {tw} {first} {last}, {n}",
    "{hi}please add {first} {last} on {n}",
    "new contact - {tw} {first} {last} {n}",
    "{hi}I need to store my details. I'm {first} {last} and my number is {n}",
    "{hi}could you record {tw} {last}'s number? it's {n}",
    "add {first} {last} please",
    "{hi}this is {first} {last}, I'd like you to save my number {n}",
    "{hi}save {tw} {first} {last} for me",
    "{hi}new client {tw} {first} {last}, mobile {n}",
    "{hi}I'd like to add {tw} {first} {last}, phone {n}",
    "{hi}can you put {first} {last} in, number {n}",
    "store {first} {last} {n} please",
    "{hi}my name is {first} {last}, can you save me, {n}",
    "{hi}need a new entry for {tw} {last} on {n}",
)
OPENERS_VOICE = (
    "{hi}i want to save a contact for {ts} {first} {last} {sn}",
    "{hi}um can you add {first} {last} the number is {sn}",
    "{hi}yeah its {first} {last} i need you to save my number {sn}",
    "{hi}uh new contact {ts} {first} {last}",
    "{hi}save a number for {ts} {last} its {sn}",
)
OPENERS_REQUEST_ONLY = (
    "I'd like to add a contact",
    "new contact please",
    "can you save someone's number for me",
    "I want to store a phone number",
    "I need to create a contact",
    "could you take down some details",
    "um i need to save a number",
    "add a contact",
    "help me save a new entry",
    "I've got a customer I need to log",
    "set up a contact for me please",
    "save a number for me",
    "I have a new client to add",
    "contact creation please",
    "put a new person in the address book",
    "can I give you a number to keep",
    "i would like to register a new contact",
    "there's someone I need to add",
    "start a new contact",
    "can you help me add a phone contact",
    "record a new contact",
    "we need to add a caller to the system",
    "i need to pass you some details",
    "quick one, a new contact",
    "let's add a contact",
    "can you note down a contact for me",
    "save details please",
    "I'm calling to add a contact",
)
OPENER_REQUEST_TAILS = ("", " please", " thanks", "?", " if that's ok", " for me")

COMPANIES = (
    "Northwind Traders",
    "Blue Harbour Logistics",
    "Greenfield Dental",
    "Apex Civil Engineering",
    "Riverside Medical Centre",
    "Kestrel Analytics",
    "Silverline Insurance",
    "Oakwood Property Group",
    "Lumen Software Ltd",
    "Harbourview Hotels",
    "Cobalt Freight GmbH",
    "Meridian Law LLP",
)
JOB_TITLES = (
    "Head of Procurement",
    "Account Manager",
    "Senior Buyer",
    "Operations Director",
    "Chief Financial Officer",
    "Sales Executive",
    "Practice Manager",
    "Lecturer in Chemistry",
    "Clinical Lead",
    "Regional Sales Manager",
    "Office Administrator",
    "Project Engineer",
)
SIGN_OFFS = (
    "Best regards,",
    "Kind regards,",
    "Thanks,",
    "Cheers,",
    "Many thanks,",
    "Regards,",
    "Warm wishes,",
    "--",
)
DOMAINS = (
    "northwind.example",
    "blueharbour.example",
    "greenfield.example",
    "apexcivil.example",
    "kestrel.example",
    "meridianlaw.example",
)
PASTE_LEADS = (
    "",
    "please add this one:\n\n",
    "save this contact\n",
    "from the CRM:\n",
    "new lead -\n",
    "can you save the person below\n\n",
    "fwd signature:\n",
)
CRM_TEMPLATES = (
    "{tw}\t{first}\t{last}\t{n}",
    "Title\tFirst Name\tLast Name\tMobile\n{tw}\t{first}\t{last}\t{n}",
    "{id}\t{tw}\t{first}\t{last}\t{n}\t{company}",
    "{LAST}, {first} ({tw})\t{n}",
    "{last}, {first} | Mobile {n}",
    "Name: {tw} {first} {last}\nMobile: {n}",
    "Name: {first} {last}\nTitle: {tw}\nPhone: {n}\nCompany: {company}",
    "First name: {first}; Last name: {last}; Salutation: {tw}; Phone: {n}",
    "BEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;{tw};\nFN:{tw} {first} {last}\nTEL;TYPE=CELL:{n}\nEND:VCARD",
    "N:{last};{first};;;\nFN:{first} {last}\nTEL;TYPE=work,voice:{n}",
    "{tw},{first},{last},{n}",
    "Contact: {tw} {first} {last}\tAccount: {company}\tPhone: {n}",
    "{LAST} {first}\t{n}\tmobile",
    "Surname: {last}\nForename: {first}\nTel: {n}",
    "Salutation | First | Last | Phone\n{tw} | {first} | {last} | {n}",
    '"{last}, {first}",{n},{company}',
)
SIGNATURE_TEMPLATES = (
    "{signoff}\n{tw} {first} {last}\n{job} | {company}\nM: {n}\n{web}",
    "{signoff}\n{first} {last}\n{job}, {company}\nMobile {n}",
    "{signoff}\n\n{first} {last}\n{job}\n{company}\nT: {n}\nE: {email}",
    "{signoff}\n{tw} {first} {last}\n{job}\n{company} · {n}",
    "{first} {last} | {job} | {company} | {n}",
    "{signoff}\n{tw} {first} {last}\nMob: {n}\n{company}",
    "{signoff}\n{first} {last}\nmobile: {n} | email: {email}\n{company}, {job}",
    "{first} {last}\n{company}\ncell {n}\nSent from my phone",
)
DECLINE_PHONE = (
    "i'd rather not give my number",
    "I don't want to share my phone number",
    "I'm not giving that out",
    "prefer not to say",
    "can we skip the number?",
    "I'd prefer to keep my number private",
    "I won't give a phone number",
    "not comfortable sharing my mobile",
    "rather not, sorry",
    "I'd sooner not hand out my number",
    "do I have to give a number? I'd rather not",
    "I don't give my number to bots",
)
DECLINE_NAME = (
    "I'd rather not give my name",
    "do you need my surname? I'd prefer not to",
    "I'd rather not say",
    "I don't want to give a name",
    "prefer not to share that",
    "can we skip the name",
    "not telling you that",
    "I'd rather stay anonymous",
)
DECLINE_TITLE = (
    "I don't use a title",
    "no title please",
    "skip the title",
    "I'd rather not have a title",
    "none, I don't want one",
    "leave the title blank",
)
CONTROLS = (
    "actually never mind, cancel the whole thing",
    "cancel",
    "forget it, cancel this",
    "stop, I don't want to do this",
    "cancel please",
    "let's stop here, cancel it",
    "why do you need my number?",
    "why do you want that?",
)
WRONG_QUESTION_YESNO = (
    "yes",
    "yeah",
    "no",
    "nope",
    "yes please",
    "no thanks",
    "uh yeah",
    "sure",
    "ok",
    "yep",
    "no no",
    "yes that's right",
    "correct",
    "nah",
    "mm hmm",
    "yeah ok",
)


def vocabulary() -> set[str]:
    """Every word this module's templates and word lists use (names are never one of them)."""
    words: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            words.update(w.strip("'") for w in re.findall(r"[^\W\d_][\w']*", value.casefold()))
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                add(item)
        elif isinstance(value, (tuple, list)):
            for item in value:
                add(item)

    for name, value in globals().items():
        if name.isupper():
            add(value)
    words |= {
        "oh",
        "double",
        "triple",
        "plus",
        "zero",
        "x",
        "ext",
        "no",
        "yes",
        "begin",
        "vcard",
        "fn",
        "tel",
        "n",
        "cell",
        "voice",
        "work",
        "type",
        "version",
        "end",
        "www",
        "e",
        "m",
        "t",
    }
    return {w for w in words if w}


def spelled_letters(text: str) -> str:
    """The letters a text spells out, in order ("S for sugar M I double t" -> "smitt"), so the
    corpus check can see a spelled name is in its sentence."""
    tokens = re.findall(r"[^\W\d_]+", text.casefold())
    letters: list[str] = []
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token in ("for", "in") and letters:
            skip = True
            continue
        if token in ("double", "triple") and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            letters.append(tokens[i + 1] * (1 if token == "double" else 2))
            continue
        if len(token) == 1:
            letters.append(token)
    return "".join(letters)


# ----------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------

PHONE_SLOTS = ("phone_number", "country_code", "pending_phone")
FULL_ABSENT = (*NAME_SLOTS, *PHONE_SLOTS, "confirmed")


def _pick(rng: random.Random, items: Sequence):
    return items[rng.randrange(len(items))]


def _title(rng: random.Random, title: str) -> str:
    return _pick(rng, WRITTEN_TITLE[title])


def _known(person: Person, ex: Example, extension: str = "") -> dict[str, str]:
    return {
        "salutation": person.title,
        "first_name": person.first,
        "last_name": person.last,
        "phone_number": ex.nsn,
        "country_code": ex.country_code,
        "extension": extension,
    }


def _typed(rng: random.Random, ex: Example) -> str:
    forms = typed_international(ex)
    return forms[_pick(rng, sorted(forms))]


def _spoken(rng: random.Random, ex: Example) -> str:
    forms = spoken_international(ex)
    return forms[_pick(rng, sorted(forms))]


def _hesitate(rng: random.Random, words: str, chance: float = 0.25) -> str:
    """Speech recognition's hesitations between the groups of a spoken number."""
    parts = words.split(" ")
    out = []
    for i, part in enumerate(parts):
        out.append(part)
        if i < len(parts) - 1 and rng.random() < chance / 3:
            out.append(_pick(rng, ("um", "uh", "er")))
    return " ".join(out)


def _spoken_groups(ex: Example, zero: str, repeats: bool) -> list[str]:
    return [say_digits(g, zero, repeats) for g in ex.groups]


def _spell(rng: random.Random, name: str, style: str) -> str:
    letters = list(name.casefold())
    if style == "upper":
        return " ".join(letters).upper()
    if style == "dashes":
        return "-".join(letters).upper()
    if style in ("nato_for", "everyday_for", "as_in"):
        table = EVERYDAY_LETTERS if style == "everyday_for" else NATO
        joiner = "as in" if style == "as_in" else "for"
        return " ".join(f"{ch} {joiner} {table[ch]}" for ch in letters)
    if style == "plain_double":
        out, i = [], 0
        while i < len(letters):
            if i + 1 < len(letters) and letters[i + 1] == letters[i]:
                out.append(f"double {letters[i]}")
                i += 2
            else:
                out.append(letters[i])
                i += 1
        return " ".join(out)
    return " ".join(letters)


def _spellable(person: Person) -> bool:
    return bool(re.fullmatch(r"[A-Za-z]{3,10}", person.first)) and bool(
        re.fullmatch(r"[A-Za-z]{3,10}", person.last)
    )


def _extension(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, 3)))


def _regions_with_names(pool: Sequence[Example]) -> list[Example]:
    return [ex for ex in pool if in_sentence(ex.region) and typed_national(ex)]


def _turns(category: str) -> Callable[[Callable[..., Iterator[Turn]]], Callable[..., list[Turn]]]:
    """A category's builder, cut to PER_CATEGORY turns, each drawn from a seed of its own name."""

    def wrap(builder: Callable[..., Iterator[Turn]]) -> Callable[..., list[Turn]]:
        def build(people: Sequence[Person], numbers: Sequence[Example]) -> list[Turn]:
            rng = random.Random(f"{SEED}:{category}")
            turns = []
            for turn in builder(rng, PREFIX + category, people, numbers):
                turns.append(turn)
                if len(turns) == PER_CATEGORY:
                    break
            return turns

        build.category = PREFIX + category  # type: ignore[attr-defined]
        return build

    return wrap


def _forever(i_from: int = 0) -> Iterator[int]:
    i = i_from
    while True:
        yield i
        i += 1


# ----------------------------------------------------------------------------------------------
# Categories
# ----------------------------------------------------------------------------------------------


@_turns("title")
def _title_answers(rng, category, people, numbers):
    titles = sorted(TITLE_SAID)
    for i in _forever():
        person = _pick(rng, people)
        if i % 11 == 5:
            title, sentences = _pick(rng, sorted(TITLE_SENTENCES.items()))
            yield Turn(
                category,
                _pick(rng, sentences),
                "salutation",
                expect={"salutation": title},
                absent=("first_name", "last_name"),
            )
        elif i % 7 == 3:
            template = TITLE_WITH_NAME[i % len(TITLE_WITH_NAME)]
            t = _title(rng, person.title)
            expect = {"salutation": person.title, "last_name": person.last}
            if "{first}" in template:
                expect["first_name"] = person.first
            yield Turn(
                category,
                template.format(t=t, first=person.first, last=person.last),
                "salutation",
                expect=expect,
            )
        else:
            title = titles[i % len(titles)]
            said = _pick(rng, TITLE_SAID[title])
            template = TITLE_ANSWERS[i % len(TITLE_ANSWERS)]
            text = template.format(t=said)
            if rng.random() < 0.3:
                text = text.lower()
            yield Turn(
                category, text, "salutation", expect={"salutation": title}, absent=("first_name", "last_name")
            )


@_turns("first_name")
def _first_names(rng, category, people, numbers):
    for i in _forever():
        person = _pick(rng, people)
        known = {"salutation": person.title}
        if i % 6 == 0:
            template = FIRST_AND_LAST[(i // 6) % len(FIRST_AND_LAST)]
            yield Turn(
                category,
                template.format(first=person.first, last=person.last),
                "first_name",
                known,
                expect={"first_name": person.first, "last_name": person.last},
            )
            continue
        template = FIRST_ANSWERS[i % len(FIRST_ANSWERS)]
        text = template.format(first=person.first)
        if i % 5 == 2:  # as speech recognition writes it
            text = text.lower().replace("'", "").replace(",", "")
        yield Turn(
            category, text, "first_name", known, expect={"first_name": person.first}, absent=("last_name",)
        )


@_turns("last_name")
def _last_names(rng, category, people, numbers):
    for i in _forever():
        person = _pick(rng, people)
        known = {"salutation": person.title, "first_name": person.first}
        template = LAST_ANSWERS[i % len(LAST_ANSWERS)]
        text = template.format(last=person.last)
        if i % 5 == 3:
            text = text.lower().replace("'", "").replace(",", "")
        yield Turn(category, text, "last_name", known, expect={"last_name": person.last})


@_turns("spelled_name")
def _spelled_names(rng, category, people, numbers):
    spellable = [p for p in people if _spellable(p)]
    for i in _forever():
        person = _pick(rng, spellable)
        style = LETTER_STYLES[i % len(LETTER_STYLES)]
        frame = SPELLED_FRAMES[(i // len(LETTER_STYLES)) % len(SPELLED_FRAMES)]
        if i % 2:
            asked, name, known, slot = (
                "last_name",
                person.last,
                {"salutation": person.title, "first_name": person.first},
                "last_name",
            )
        else:
            asked, name, known, slot = "first_name", person.first, {"salutation": person.title}, "first_name"
        text = frame.format(spelled=_spell(rng, name, style), name=name.casefold())
        absent = ("last_name",) if slot == "first_name" else ()
        yield Turn(category, text, asked, known, expect={slot: name}, absent=absent)


@_turns("voice_phone")
def _voice_phone(rng, category, people, numbers):
    for i in _forever():
        ex = _pick(rng, numbers)
        lead = PHONE_LEADS_SPOKEN[i % len(PHONE_LEADS_SPOKEN)]
        if i % 5 == 4:  # national, said in groups, the region known from the settings
            text = lead + _hesitate(rng, spoken_national(ex, _pick(rng, ("oh", "zero")), bool(i % 2)))
            yield Turn(category, text, "phone_number", default_region=ex.region, expect=ex.expect())
            continue
        text = lead + _hesitate(rng, _spoken(rng, ex))
        yield Turn(category, text, "phone_number", expect=ex.expect())


def _wrong_group(rng: random.Random, group: str) -> str:
    last = group[-1]
    other = _pick(rng, [d for d in "0123456789" if d != last])
    return group[:-1] + other


@_turns("voice_selfcorrect")
def _voice_selfcorrect(rng, category, people, numbers):
    pool = [ex for ex in numbers if len(ex.groups) >= 2]
    for i in _forever():
        ex = _pick(rng, pool)
        zero = _pick(rng, ("oh", "zero"))
        repeats = bool(i % 3)
        groups = _spoken_groups(ex, zero, repeats)
        cc = "plus " + say_digits(ex.country_code[1:], zero)
        lead = PHONE_LEADS_SPOKEN[i % len(PHONE_LEADS_SPOKEN)]
        if i % 4 == 3:  # a false start, then the whole number again
            partial = " ".join([cc, *groups[:1]])
            text = f"{lead}{partial} {_pick(rng, RESTARTS)} {' '.join([cc, *groups])}"
        else:  # one group said wrong, then that group again
            k = rng.randrange(len(groups))
            wrong = say_digits(_wrong_group(rng, ex.groups[k]), zero, repeats)
            said = [cc, *groups[:k], wrong, _pick(rng, SELF_CORRECTIONS), groups[k], *groups[k + 1 :]]
            text = lead + " ".join(said)
        yield Turn(category, _hesitate(rng, text, 0.15), "phone_number", expect=ex.expect())


@_turns("country_code_ending_zero")
def _country_code_zero(rng, category, people, numbers):
    pool = [ex for ex in numbers if ex.country_code.endswith("0")]
    leads = ("", "its ", "um ", "the number is ", "thats ")
    for i in _forever():
        ex = pool[i % len(pool)]
        zero = ("oh", "zero")[(i // len(pool)) % 2]
        repeats = bool((i // (2 * len(pool))) % 2)
        cc = say_digits(ex.country_code[1:], zero)
        prefix = "plus" if i % 5 else "zero zero"
        text = " ".join([prefix, cc, *_spoken_groups(ex, zero, repeats)])
        yield Turn(category, leads[i % len(leads)] + text, "phone_number", expect=ex.expect())


@_turns("phone_typed")
def _phone_typed(rng, category, people, numbers):
    named = [ex for ex in _regions_with_names(numbers)]
    adjectives = [ex for ex in named if ex.region in ADJECTIVES]
    for i in _forever():
        if i % 6 == 1:  # national number, the region from the settings
            ex = _pick(rng, named)
            national = typed_national(ex)
            n = national[_pick(rng, sorted(national))]
            yield Turn(
                category,
                PHONE_TYPED[i % len(PHONE_TYPED)].format(n=n),
                "phone_number",
                default_region=ex.region,
                expect=ex.expect(),
            )
        elif i % 6 == 4:  # national number with its country beside it
            ex = _pick(rng, adjectives)
            national = typed_national(ex)
            n = national[_pick(rng, sorted(national))]
            template = PHONE_NATIONAL_WITH_COUNTRY[i % len(PHONE_NATIONAL_WITH_COUNTRY)]
            country = _pick(rng, in_sentence(ex.region))
            if "a {country}" in template:  # "a UK number", not "a the UK number"
                country = re.sub(r"^the ", "", country)
            text = template.format(n=n, country=country, adj=_pick(rng, ADJECTIVES[ex.region]))
            yield Turn(category, text, "phone_number", expect=ex.expect())
        else:
            ex = _pick(rng, numbers)
            yield Turn(
                category,
                PHONE_TYPED[i % len(PHONE_TYPED)].format(n=_typed(rng, ex)),
                "phone_number",
                expect=ex.expect(),
            )


@_turns("country_answer")
def _country_answers(rng, category, people, numbers):
    named = _regions_with_names(numbers)
    for i in _forever():
        ex = _pick(rng, named)
        national = typed_national(ex)
        pending = national[_pick(rng, sorted(national))]
        kind = i % 8
        if kind == 5 and dialling_codes(ex.region):
            text = _pick(rng, COUNTRY_CODE_ANSWERS).format(code=_pick(rng, dialling_codes(ex.region)))
        elif kind == 6 and ex.region in ADJECTIVES:
            text = _pick(rng, COUNTRY_ADJ_ANSWERS).format(adj=_pick(rng, ADJECTIVES[ex.region]))
        elif kind == 7 and iso_codes(ex.region) and ex.region in ADJECTIVES:
            text = _pick(rng, COUNTRY_ISO_ANSWERS).format(iso=iso_codes(ex.region)[0])
        else:
            country = _pick(rng, in_sentence(ex.region))
            text = COUNTRY_ANSWERS[i % len(COUNTRY_ANSWERS)].format(
                country=country, country_lower=country.lower()
            )
        yield Turn(
            category,
            text,
            "country",
            {"pending_phone": pending},
            expect={"phone_number": ex.nsn, "country_code": ex.country_code},
        )


@_turns("extension")
def _extensions(rng, category, people, numbers):
    for i in _forever():
        ex = _pick(rng, numbers)
        e = _extension(rng)
        kind = i % 5
        if kind in (0, 1):
            text = EXTENSION_TYPED[i % len(EXTENSION_TYPED)].format(n=_typed(rng, ex), e=e)
            yield Turn(category, text, "phone_number", expect=ex.expect(e))
        elif kind == 2:
            text = EXTENSION_SPOKEN[i % len(EXTENSION_SPOKEN)].format(n=_spoken(rng, ex), e=say_extension(e))
            yield Turn(category, text, "phone_number", expect=ex.expect(e))
        elif kind == 3:
            person = _pick(rng, people)
            text = EXTENSION_AT_READBACK[i % len(EXTENSION_AT_READBACK)].format(e=e)
            yield Turn(
                category,
                text,
                "confirmed",
                _known(person, ex),
                expect={"extension": e},
                absent=("pending_phone",),
            )
        else:
            person = _pick(rng, people)
            text = EXTENSION_REMOVE[i % len(EXTENSION_REMOVE)]
            yield Turn(
                category,
                text,
                "confirmed",
                _known(person, ex, e),
                expect={"extension": ""},
                absent=("pending_phone",),
            )


def _yes_no(category: str, answers: tuple[str, ...], kind: str, people, numbers, rng) -> Iterator[Turn]:
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        text = answers[i % len(answers)]
        before, after = YES_NO_FILLERS[(i // len(answers)) % len(YES_NO_FILLERS)]
        if i % 4 == 3:  # speech recognition's spelling
            text = text.lower().replace("'", "").replace(",", "").replace("-", "")
        yield Turn(category, before + text + after, "confirmed", _known(person, ex), kind=kind)


@_turns("readback_yes")
def _readback_yes(rng, category, people, numbers):
    yield from _yes_no(category, YES, "confirm", people, numbers, rng)


@_turns("readback_no")
def _readback_no(rng, category, people, numbers):
    yield from _yes_no(category, NO, "deny", people, numbers, rng)


def _new_value(rng, slot: str, person: Person, people, numbers) -> tuple[str, dict[str, str]]:
    """(what the caller says, the slots it means) for a new value of one field."""
    if slot == "salutation":
        title = _pick(rng, [t for t in sorted(WRITTEN_TITLE) if t != person.title])
        return _title(rng, title), {"salutation": title}
    if slot == "phone_number":
        ex = _pick(rng, numbers)
        return _typed(rng, ex), {"phone_number": ex.nsn, "country_code": ex.country_code}
    value = _other_name(rng, slot, person, people)
    return value, {slot: value}


def _other_name(rng, slot: str, person: Person, people) -> str:
    while True:
        other = _pick(rng, people)
        value = other.first if slot == "first_name" else other.last
        old = person.first if slot == "first_name" else person.last
        if value.casefold() != old.casefold() and value.casefold() not in (
            person.first.casefold(),
            person.last.casefold(),
        ):
            return value


def _old_value(person: Person, ex: Example, slot: str) -> str:
    return {
        "salutation": person.title,
        "first_name": person.first,
        "last_name": person.last,
        "phone_number": ex.international,
    }[slot]


@_turns("readback_correction")
def _readback_corrections(rng, category, people, numbers):
    spellable = [p for p in people if _spellable(p)]
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        known = _known(person, ex)
        if i % 9 == 8:
            yield Turn(
                category,
                FIELD_WRONG_NO_VALUE[i % len(FIELD_WRONG_NO_VALUE)],
                "confirmed",
                known,
                expect={"phone_number": None},
                kind="correction",
            )
            continue
        if i % 3 == 2:  # two corrections in one sentence
            template = TWO_CORRECTIONS[(i // 3) % len(TWO_CORRECTIONS)]
            pair = _pick(
                rng,
                (
                    ("first_name", "last_name"),
                    ("salutation", "last_name"),
                    ("first_name", "phone_number"),
                    ("last_name", "first_name"),
                    ("salutation", "first_name"),
                ),
            )
            if "{spelled1}" in template or "{o1}" in template:
                pair = ("first_name", "last_name")
            if "{spelled1}" in template:
                person = _pick(rng, spellable)
                known = _known(person, ex)
            values, expect = [], {}
            for slot in pair:
                if slot in ("first_name", "last_name"):
                    value = _other_name(
                        rng, slot, person, [p for p in spellable] if "{spelled1}" in template else people
                    )
                    values.append(value)
                    expect[slot] = value
                else:
                    said, meant = _new_value(rng, slot, person, people, numbers)
                    values.append(said)
                    expect.update(meant)
            f1, f2 = (_pick(rng, FIELD_WORDS[s]) for s in pair)
            text = template.format(
                f1=f1,
                f2=f2,
                F1=f1.capitalize(),
                F2=f2.capitalize(),
                v1=values[0],
                v2=values[1],
                o1=_old_value(person, ex, pair[0]),
                o2=_old_value(person, ex, pair[1]),
                spelled1=_spell(rng, values[0], "upper"),
            )
            yield Turn(category, text, "confirmed", known, expect=expect, kind="correction")
            continue
        template = ONE_CORRECTION[i % len(ONE_CORRECTION)]
        slot = _pick(rng, ("first_name", "last_name", "last_name", "salutation", "phone_number"))
        if slot in ("first_name", "last_name"):
            value = _other_name(rng, slot, person, people)
            said, expect = value, {slot: value}
        else:
            said, expect = _new_value(rng, slot, person, people, numbers)
        field = _pick(rng, FIELD_WORDS[slot])
        old = _old_value(person, ex, slot)
        if slot == "salutation":
            old = _title(rng, person.title)
        text = template.format(field=field, Field=field.capitalize(), new=said, old=old)
        yield Turn(category, text, "confirmed", known, expect=expect, kind="correction")


@_turns("x_is_my_y")
def _x_is_my_y(rng, category, people, numbers):
    asked_options = ("first_name", "last_name", "salutation", "phone_number")
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        asked = asked_options[i % len(asked_options)]
        known = {"salutation": person.title} if asked != "salutation" else {}
        if i % 10 == 9:
            template = X_IS_MY_Y_BOTH[(i // 10) % len(X_IS_MY_Y_BOTH)]
            yield Turn(
                category,
                template.format(first=person.first, last=person.last),
                "first_name",
                {"salutation": person.title},
                expect={"first_name": person.first, "last_name": person.last},
            )
            continue
        slot = asked_options[(i // len(asked_options) + i) % len(asked_options)]
        if slot == "salutation":
            known = {}
        template = X_IS_MY_Y[slot][(i // 4) % len(X_IS_MY_Y[slot])]
        if slot == "salutation":
            v, expect = _title(rng, person.title), {"salutation": person.title}
        elif slot == "phone_number":
            v, expect = _typed(rng, ex), {"phone_number": ex.nsn, "country_code": ex.country_code}
        elif slot == "first_name":
            v, expect = person.first, {"first_name": person.first}
        else:
            v, expect = person.last, {"last_name": person.last}
        absent = tuple(s for s in ("first_name", "last_name") if s not in expect and s not in known)
        yield Turn(category, template.format(v=v), asked, known, expect=expect, absent=absent)


@_turns("opener_details")
def _opener_details(rng, category, people, numbers):
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        hi = HELLOS[i % len(HELLOS)]
        if i % 4 == 3:
            template = OPENERS_VOICE[(i // 4) % len(OPENERS_VOICE)]
            spoken = _hesitate(rng, _spoken(rng, ex))
            text = template.format(
                hi=hi.strip(" ") + " " if hi else "",
                ts=SPOKEN_TITLE[person.title],
                first=person.first.casefold(),
                last=person.last.casefold(),
                sn=spoken,
            )
        else:
            template = OPENERS_DETAILS[i % len(OPENERS_DETAILS)]
            text = template.format(
                hi=hi.capitalize(),
                tw=_title(rng, person.title),
                first=person.first,
                last=person.last,
                n=_typed(rng, ex),
            )
        expect: dict[str, str] = {}
        if "{tw}" in template or "{ts}" in template:
            expect["salutation"] = person.title
        if "{first}" in template:
            expect["first_name"] = person.first
        expect["last_name"] = person.last
        absent: tuple[str, ...] = ()
        if "{n}" in template or "{sn}" in template:
            expect.update({"phone_number": ex.nsn, "country_code": ex.country_code})
        else:
            absent = ("phone_number",)
        yield Turn(category, text, None, intent="save_contact", expect=expect, absent=absent)


@_turns("opener_request_only")
def _opener_request_only(rng, category, people, numbers):
    for i in _forever():
        hi = HELLOS[(i // len(OPENERS_REQUEST_ONLY)) % len(HELLOS)]
        text = OPENERS_REQUEST_ONLY[i % len(OPENERS_REQUEST_ONLY)]
        tail = OPENER_REQUEST_TAILS[(i // 3) % len(OPENER_REQUEST_TAILS)]
        if text.endswith(("?", tail.strip())) if tail else text.endswith("?"):
            tail = ""
        text = (hi.capitalize() + text if hi else text) + tail
        yield Turn(category, text, None, intent="save_contact", absent=(*NAME_SLOTS, "phone_number"))


def _paste_expect(person: Person, ex: Example, template: str, titled: bool) -> dict[str, str]:
    expect = {
        "first_name": person.first,
        "last_name": person.last,
        "phone_number": ex.nsn,
        "country_code": ex.country_code,
    }
    if titled:
        expect["salutation"] = person.title
    return expect


@_turns("crm_paste")
def _crm_paste(rng, category, people, numbers):
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        template = CRM_TEMPLATES[i % len(CRM_TEMPLATES)]
        lead = PASTE_LEADS[(i // len(CRM_TEMPLATES)) % len(PASTE_LEADS)]
        text = lead + template.format(
            tw=_title(rng, person.title),
            first=person.first,
            last=person.last,
            LAST=person.last.upper(),
            n=_typed(rng, ex),
            company=_pick(rng, COMPANIES),
            id=rng.randint(10000, 99999),
        )
        asked = (None, "salutation")[i % 2]
        yield Turn(
            category,
            text,
            asked,
            intent="save_contact" if asked is None else "",
            expect=_paste_expect(person, ex, template, "{tw}" in template),
        )


@_turns("signature_paste")
def _signature_paste(rng, category, people, numbers):
    ascii_people = [p for p in people if re.fullmatch(r"[A-Za-z'-]+", p.first + p.last)]
    for i in _forever():
        person, ex = _pick(rng, ascii_people), _pick(rng, numbers)
        template = SIGNATURE_TEMPLATES[i % len(SIGNATURE_TEMPLATES)]
        lead = PASTE_LEADS[(i // len(SIGNATURE_TEMPLATES)) % len(PASTE_LEADS)]
        domain = _pick(rng, DOMAINS)
        email = f"{person.first[0].lower()}.{re.sub(r'[^a-z]', '', person.last.lower())}@{domain}"
        text = lead + template.format(
            signoff=_pick(rng, SIGN_OFFS),
            tw=_title(rng, person.title),
            first=person.first,
            last=person.last,
            job=_pick(rng, JOB_TITLES),
            company=_pick(rng, COMPANIES),
            n=_typed(rng, ex),
            web="www." + domain,
            email=email,
        )
        asked = (None, "salutation", None)[i % 3]
        yield Turn(
            category,
            text,
            asked,
            intent="save_contact" if asked is None else "",
            expect=_paste_expect(person, ex, template, "{tw}" in template),
        )


@_turns("decline_or_control")
def _declines(rng, category, people, numbers):
    for i in _forever():
        person = _pick(rng, people)
        kind = i % 6
        if kind in (0, 1, 2):
            known = {"salutation": person.title, "first_name": person.first, "last_name": person.last}
            text = DECLINE_PHONE[i % len(DECLINE_PHONE)]
            yield Turn(category, text, "phone_number", known, absent=(*PHONE_SLOTS, "confirmed"))
        elif kind == 3:
            asked = ("first_name", "last_name")[i % 2]
            known = (
                {"salutation": person.title}
                if asked == "first_name"
                else {"salutation": person.title, "first_name": person.first}
            )
            text = DECLINE_NAME[i % len(DECLINE_NAME)]
            yield Turn(category, text, asked, known, absent=(*NAME_SLOTS, *PHONE_SLOTS, "confirmed"))
        elif kind == 4:
            yield Turn(
                category,
                DECLINE_TITLE[i % len(DECLINE_TITLE)],
                "salutation",
                absent=(*NAME_SLOTS, *PHONE_SLOTS, "confirmed"),
            )
        else:
            asked = ("phone_number", "first_name", "last_name", "salutation")[i % 4]
            yield Turn(category, CONTROLS[i % len(CONTROLS)], asked, kind="control", absent=FULL_ABSENT)


@_turns("yes_no_to_other_question")
def _yes_no_elsewhere(rng, category, people, numbers):
    asked_options = ("salutation", "first_name", "last_name", "phone_number", "country", "change_request")
    for i in _forever():
        person, ex = _pick(rng, people), _pick(rng, numbers)
        asked = asked_options[i % len(asked_options)]
        known: dict[str, str]
        if asked == "change_request":
            known = _known(person, ex)
        elif asked == "country":
            national = typed_national(ex) or {"x": ex.national}
            known = {
                "salutation": person.title,
                "first_name": person.first,
                "last_name": person.last,
                "pending_phone": national[min(national)],
            }
        else:
            order = ("salutation", "first_name", "last_name", "phone_number")
            full = _known(person, ex)
            known = {k: full[k] for k in order[: order.index(asked)]}
        text = WRONG_QUESTION_YESNO[(i // len(asked_options)) % len(WRONG_QUESTION_YESNO)]
        absent = tuple(
            s for s in (*NAME_SLOTS, "phone_number", "country_code", "confirmed") if s not in known
        )
        yield Turn(category, text, asked, known, absent=absent)


BUILDERS = (
    _title_answers,
    _first_names,
    _last_names,
    _spelled_names,
    _voice_phone,
    _voice_selfcorrect,
    _country_code_zero,
    _phone_typed,
    _country_answers,
    _extensions,
    _readback_yes,
    _readback_no,
    _readback_corrections,
    _x_is_my_y,
    _opener_details,
    _opener_request_only,
    _crm_paste,
    _signature_paste,
    _declines,
    _yes_no_elsewhere,
)
CATEGORIES = tuple(b.category for b in BUILDERS)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _own_people(population: tuple[Person, ...]) -> tuple[Person, ...]:
    words = vocabulary() | set(DIGIT_WORDS.values())
    return tuple(p for p in population if p.first.casefold() not in words and p.last.casefold() not in words)


def build(population: Sequence[Person]) -> list[Turn]:
    people = _own_people(tuple(population))
    numbers = examples()
    turns: list[Turn] = []
    for builder in BUILDERS:
        turns += builder(people, numbers)
    return turns
