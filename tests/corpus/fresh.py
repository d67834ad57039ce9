"""A second blind set (categories ``fresh_*``): sentences written from how callers and agents
talk and type, without reading the interpreter, the tuning templates or the earlier held-out and
blind sets, so that it still measures generalisation after those were read by the interpreter's
developer. Nobody tunes on it: a failure here is reported, and the sentence stays as it is.

Ground truth comes only from the corpus's own helpers (phonenumbers' example numbers, each
written form checked to parse back; Faker's people; the country names and titles), never from
the project's parsers. Every name is also kept out of this module's own vocabulary, so a request
word read as a name is always the interpreter's mistake.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import phonenumbers

from .numbers import DIGIT_WORDS, Example, examples, say_digits, typed_international, typed_national
from .people import TITLE_FORMS, TITLES, Person
from .places import ADJECTIVES, country_names, dialling_codes, in_sentence, iso_codes
from .turn import NAME_SLOTS, Turn

PREFIX = "fresh_"
KINDS = (
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
    "x_is_my_y",
    "opener_request_only",
    "opener_with_details",
    "paste",
    "readback_yes",
    "readback_no",
    "readback_correction",
)
CATEGORIES = tuple(PREFIX + kind for kind in KINDS)
SEED = 20_808
PER_CATEGORY = 200

# --- how a turn is written ------------------------------------------------------------------
# "plain": as typed with care; "chat": lower case, little punctuation; "asr": what speech
# recognition hands over (lower case, no punctuation, numbers as words).
NEUTRAL_FILLERS = ("um", "uh", "erm", "er", "hmm", "ummm", "uhh")
TENS = {
    "2": "twenty",
    "3": "thirty",
    "4": "forty",
    "5": "fifty",
    "6": "sixty",
    "7": "seventy",
    "8": "eighty",
    "9": "ninety",
}
ZERO_WORDS = ("zero", "oh", "oh", "nought")
# Where "+44 (0)20 ..." is how numbers are commonly written (the trunk 0 kept in brackets).
TRUNK_IN_BRACKETS = frozenset(
    {
        "GB",
        "GG",
        "JE",
        "IM",
        "IE",
        "DE",
        "AT",
        "CH",
        "NL",
        "BE",
        "AU",
        "NZ",
        "ZA",
        "FR",
        "SE",
        "NG",
        "KE",
        "IN",
    }
)
SPOKEN_NUMBER_WORDS = ("plus", "double", "triple", "zero", "oh", "nought")

# --- numbers said or typed in a sentence ----------------------------------------------------
NUMBER_SENTENCES = (
    "{n}",
    "it's {n}",
    "sure, it's {n}",
    "my number is {n}",
    "the mobile is {n}",
    "ok so that's {n}",
    "{n} thanks",
    "{n} please",
    "you can reach me on {n}",
    "best to call me at {n}",
    "my cell is {n}",
    "mobile no. is {n}",
    "kindly note my number {n}",
    "it's {n} mate",
    "ya its {n}",
    "yeah {n}",
    "the best number would be {n}, cheers",
    "contact number: {n}",
    "{n} (mobile)",
    "call on {n} anytime",
    "so the number is {n} yeah",
    "hold on let me check... {n}",
    "{n} is the best one to use",
    "ok its {n} thx",
    "my number na {n}",
    "please take down {n}",
    "it's {n}, that's a mobile",
    "right, have you got a pen? {n}",
    "{n}, that's my work phone",
    "that'd be {n}",
    "go on then, {n}",
    "it is {n} only",
    "okay ready? {n}",
    "number's {n}",
    "you can ring me on {n} any time after five",
    "{n} is grand",
    "here you go: {n}",
    "oh yeah sure, {n}",
    "lemme see, it's {n}",
    "i'm on {n}",
)
SELF_CORRECTED_NUMBER = (
    "{wrong} sorry typo {n}",
    "{wrong} oops i mean {n}",
    "{wrong}.. no wait, {n}",
    "it's {wrong} no sorry {n}",
    "{wrong} hang on that's not right, {n}",
)
SPOKEN_SENTENCES = (
    "{n}",
    "it's {n}",
    "yeah so it's {n}",
    "my number is {n}",
    "okay it's {n} thank you",
    "that'd be {n}",
    "you can call me on {n}",
    "sure thing {n}",
    "right so it's {n}",
    "the mobile number is {n}",
    "my cell phone is {n}",
    "ok ready {n}",
    "i'll give you my mobile it's {n}",
    "it's {n} yeah",
    "{n} that's my mobile",
    "so that's {n}",
    "you got a pen {n}",
    "best number is {n}",
    "oh it's {n}",
    "alright it is {n}",
    "my phone is {n} thanks",
)
SPOKEN_SELF_CORRECTED = (
    "{wrong} no wait {n}",
    "{wrong} sorry i mean {n}",
    "{wrong} actually no let me start again {n}",
)
EXTENSION_FORMS = (
    "{n} ext {x}",
    "{n} ext. {x}",
    "{n} x{x}",
    "{n} x {x}",
    "{n} extension {x}",
    "{n}, extension {x}",
    "{n} extn {x}",
    "{n} ext:{x}",
    "{n} (ext {x})",
    "{n} and the extension is {x}",
    "{n} then ask for extension {x}",
    "it's {n} and my extension is {x}",
    "{n} Ext {x}",
    "direct line is {n} ext {x}",
    "office {n}, extension {x}",
    "{n} ext {x} thanks",
    "{n} ,ext {x}",
    "call {n} and dial extension {x}",
    "my desk is {n} x{x}",
    "{n} - ext {x}",
)
SPOKEN_EXTENSION_FORMS = (
    "{n} extension {x}",
    "it's {n} and then extension {x}",
    "{n} extension number {x}",
    "{n} and my extension is {x}",
    "{n} and then ask for {x}",
)
COUNTRY_NAMED_FORMS = (
    "{n}, I'm in {country}",
    "{n} and I'm based in {country}",
    "{n} ({country})",
    "{n} - {country}",
    "I live in {country}, number is {n}",
    "calling from {country}, it's {n}",
    "{n} in {country}",
    "the number's {n}, it's in {country}",
    "{n} i'm in {country} by the way",
    "that's {n} here in {country}",
    "I'm over in {country} so it's {n}",
    "my number in {country} is {n}",
    "{n}, we're in {country}",
    "it's {n} and that's in {country}",
)
ADJECTIVE_NAMED_FORMS = (
    "it's {an} {adj} number, {n}",
    "{adj} mobile: {n}",
    "{n}, that's {an} {adj} number",
    "my {adj} number is {n}",
    "{n} it's {adj}",
    "{an} {adj} mobile {n}",
)
X_IS_MY_Y_FORMS = (
    "{x} is my {y}",
    "{x} that's my {y}",
    "{x}, that is my {y}",
    "{x} would be my {y}",
    "{x} is the {y}",
    "uh {x} is my {y}",
    "so {x} is my {y} yeah",
    "ok {x} is my {y}",
    "{x} is my {y} thanks",
    "{x} - my {y}",
    "{x} is my {y} ok",
)
Y_WORDS = {
    "first_name": ("first name", "given name", "christian name", "forename"),
    "last_name": ("surname", "last name", "family name"),
    "salutation": ("title",),
    "phone_number": (
        "mobile",
        "cell",
        "cell phone",
        "mobile number",
        "number",
        "phone",
        "landline",
        "work number",
        "office line",
    ),
}

# --- the country question ---------------------------------------------------------------------
COUNTRY_ANSWERS = (
    "{c}",
    "{c} please",
    "it's {c}",
    "in {c}",
    "{c}, it's a mobile",
    "that's {c}",
    "{c} sorry should have said",
    "oh sorry, {c}",
    "{c} mate",
    "{c}, ta",
    "based in {c}",
    "should be {c}",
    "that number's in {c}",
    "i'm in {c}",
    "from {c}",
    "it's a {bare} number",
    "{c} thanks",
    "{c} I think",
    "the country is {c}",
    "yeah {c}",
)
ADJECTIVE_ANSWERS = ("{adj}", "it's {an} {adj} number", "{adj} mobile", "{an} {adj} one", "{adj} number")
CODE_ANSWERS = (
    "{code}",
    "country code {code}",
    "the country code is {code}",
    "it's {code}",
    "code is {code}",
)
ISO_ANSWERS = ("{iso}", "it's {iso}")
CORRECTED_COUNTRY = ("{wrong} no wait {c}", "{wrong} sorry I mean {c}", "{wrong}... no, {c}")

# --- titles -------------------------------------------------------------------------------------
TITLE_ANSWERS = (
    "{t}",
    "{t} please",
    "it's {t}",
    "{t} thanks",
    "put {t}",
    "just {t} is fine",
    "{t} is fine",
    "{t} if you don't mind",
    "{t}, thank you",
    "you can put me down as {t}",
    "oh {t}",
    "{t} is good",
    "go with {t}",
    "{t} I guess",
    "title is {t}",
    "my title is {t}",
    "{t} yeah",
    "{t} will do",
    "make it {t}",
    "{t} for me",
)
TITLE_CORRECTED = ("{wrong} no sorry {t}", "{t} not {wrong}", "not {wrong}, {t}", "{wrong} oh wait {t}")
TITLE_WITH_REASON = {
    "Dr": ("I'm a doctor, so {t}", "{t}, I have a PhD"),
    "Prof": ("{t}, I teach at the university",),
    "Mrs": ("{t}, I'm married",),
    "Miss": ("{t}, I'm not married",),
    "Mx": ("{t}, I'm non-binary",),
}

# --- names asked ------------------------------------------------------------------------------
FIRST_ANSWERS = (
    "{f}",
    "it's {f}",
    "{f} thanks",
    "my first name's {f}",
    "first name {f}",
    "{f} please",
    "the first name is {f}",
    "oh {f}",
    "it's {f} by the way",
    "my good name is {f}",
    "{f} sir",
    "yeah {f}",
    "I'm {f}",
    "{f} is fine",
    "just {f}",
    "it's {f}, like it sounds",
    "{f}.",
    "ok it's {f}",
)
FULL_ANSWERS = (
    "{f} {l}",
    "it's {f} {l}",
    "my name is {f} {l}",
    "{f} {l} thanks",
    "I'm {f} {l}",
    "{f}, {f} {l}",
    "full name {f} {l}",
    "it's {f}, surname {l}",
    "{f} and the last name is {l}",
    "{f}, last name {l}",
    "{f} {l} is my name",
)
FIRST_CORRECTED = ("{wrong} sorry I mean {f}", "it's {wrong} no wait {f}", "{wrong}... no, {f}")
LAST_ANSWERS = (
    "{l}",
    "it's {l}",
    "surname is {l}",
    "last name {l}",
    "{l} thanks",
    "family name's {l}",
    "{l} please",
    "the surname is {l}",
    "my surname is {l}",
    "{f} {l}",
    "it's {l}, as it's spelled",
    "{l} sir",
    "oh it's {l}",
    "surname {l} ok",
    "last name is {l}",
)
SPELLED_LAST = ("{l}, that's {spelled}", "{l} {spelled}", "it's {l} spelled {spelled}")
LAST_CORRECTED = ("{wrong} sorry no {l}", "{wrong}, I mean {l}")

# --- openers ------------------------------------------------------------------------------------
REQUEST_ONLY = (
    "hi I need to add a new contact",
    "hello, could you save a number for me",
    "good morning, I'd like to store a customer's details",
    "hey can u add someone to my contacts",
    "new contact pls",
    "add contact",
    "create a new entry please",
    "I want to put a customer on the system",
    "can I leave my phone number with you",
    "I'd like to register my mobile number",
    "hiya, I need to save a client's number",
    "good afternoon, I'm ringing to add a contact",
    "hi there, just want to save a contact real quick",
    "hello sir, kindly help me to save a number",
    "please I want to save my number",
    "good day, kindly create a contact for me",
    "g'day, need to chuck a number in",
    "howya, can you save a number for me there",
    "yo add a contact",
    "hey, how do I save a new contact",
    "could you please help me add a new customer record",
    "can you take down my details",
    "I need to give you my contact info",
    "save my number please",
    "I'd like to leave my details for a callback",
    "new client, please add to CRM",
    "um hi yeah I wanted to add a number",
    "hi, I'm calling to register a new contact",
    "hi I'm new here and I want to save my number",
    "I'm just calling to save a number",
    "hi, I'm looking to add a contact",
    "I'm from the sales team and need to add a customer",
    "can you add a new contact for me please",
    "I'd like a contact saved for my mum",
    "hello good evening, is this where I save a number",
    "morning! new contact to add",
    "pls save this contact",
    "I have a new customer to add",
    "could I get a number saved",
    "i need a contact created asap",
    "I need to save my details, can you help",
    "add to contacts please thanks",
    "help me save a phone number",
    "register me please",
    "hello, this is regarding a new contact",
    "hi it's me again, I need to add another contact",
    "hey there, it's about adding a contact",
    "I am calling for adding my number",
    "I want to do a new contact entry",
    "please add my number to your records",
    "hi, do the needful and save my number",
    "I'm ringing about putting my number on file",
    "can we add a new lead to the database",
    "need to log a new customer",
    "good morning, I'm after adding a contact",
    "hey just wanna save a number",
    "hello I'd like to create a contact for a customer",
    "I'm calling on behalf of my company to add a contact",
    "hi I'd like to add a new caller",
    "can you put my mobile on the account",
    "I would like to save a contact in the system",
)
REQUEST_WITH_NUMBER = (
    "can you save {n} for me",
    "please add {n} to contacts",
    "new contact {n}",
    "hi, save this number {n} please",
    "store {n} please thanks",
    "I need {n} saved",
    "add {n} as a new contact",
    "hello, could you save {n}",
    "kindly save {n}",
    "new number for the system: {n}",
    "please log {n} as a contact",
    "save {n} pls",
)
OPENER_FULL_TITLE = (
    "hi this is {t} {f} {l}, I'd like to leave my number",
    "I'm {t} {f} {l}, can you save my number",
    "good morning, {t} {f} {l} here, I need to register my mobile",
    "hello my name is {t} {f} {l} and I want to save my contact",
    "hello, please add {t} {f} {l} as a new contact",
    "hi, I need a contact created for {t} {f} {l}",
    "{t} {f} {l} calling, I want to leave my number",
    "good day, myself {t} {f} {l}, kindly save my number",
)
OPENER_FULL = (
    "hi, I'm {f} {l}, can you save my details",
    "{f} {l} here, want to add my number",
    "hello, please add a contact for {f} {l}",
    "new contact: {f} {l}",
    "can you create a contact named {f} {l}",
    "my name is {f} {l} and I need to add my number",
    "good afternoon, it's {f} {l} calling about saving my number",
    "myself {f} {l}, kindly save my number",
    "my name is {f} {l} please I want to save my number",
    "hiya, it's {f} {l}, could you put my number on file",
    "hey I wanna save a contact called {f} {l}",
)
OPENER_FIRST = (
    "hi it's {f}, I want to leave my number",
    "hey {f} here, can you save my number",
    "hello, my name is {f}, I'd like to add my contact",
    "this is {f}, need to save my number",
    "hi, {f} speaking, I'd like to register my mobile",
    "{f} this side, please save my number",
    "good morning, I'm {f} and I need to save my number",
)
OPENER_WITH_NUMBER = (
    "hi I'm {f} {l}, my number is {n}",
    "please add {f} {l}, {n}",
    "save {f} {l} on {n} please",
    "hi, can you save my number, it's {n}, name's {f} {l}",
    "hi, {f} {l} here, I got a new phone, can you save the number {n}",
    "hello, new contact for {f} {l}, mobile {n}",
    "my name is {f} {l} and my mobile is {n}",
)
OPENER_WITH_NUMBER_TITLE = (
    "{t} {f} {l}, tel {n}",
    "good morning, new contact for {t} {f} {l}, mobile {n}",
    "I'm {t} {f} {l} and my mobile is {n}",
    "hello, this is {t} {f} {l}, please save {n}",
    "add {t} {f} {l} {n}",
)

# --- agents' pastes -----------------------------------------------------------------------------
JOBS = (
    "Account Manager",
    "Sales Executive",
    "Head of Operations",
    "Customer Success Lead",
    "Office Manager",
    "Senior Consultant",
    "Procurement Officer",
    "Regional Director",
)
COMPANIES = (
    "Northwind Traders",
    "Brightside Logistics Ltd",
    "Acme Facilities",
    "Bluewater Insurance Pvt Ltd",
    "Harbour & Finch LLP",
    "Greenleaf Foods Inc.",
)
SIGN_OFFS = ("Kind regards,", "Best regards", "Thanks,", "Many thanks", "Cheers,", "Warm regards,")
PASTES_TITLED = (
    "Name: {t} {f} {l}\nMob: {n}",
    "Title: {t}\nFirst name: {f}\nSurname: {l}\nTel.: {n}",
    "Title\tFirst\tLast\tPhone\n{t}\t{f}\t{l}\t{n}",
    "{L}, {f} ({t}) - Tel. {n}",
    "• {t} {f} {l}\n• Phone #: {n}",
    "{t} {f} {l} <{n}>",
    "Salutation: {t} | First Name: {f} | Last Name: {l} | Mobile: {n}",
    "pls add - {t} {f} {l} - {n}",
    "{f} {l} ({t})\nCell: {n}",
    "Contact: {t}. {f} {l}; Phone: {n}",
)
PASTES_UNTITLED = (
    "Name: {f} {l}\nMob: {n}",
    "{f} {l}\t{n}",
    "{sign_off}\n\n{f} {l}\n{job}\n{company}\nM: {n}",
    "{sign_off}\n{f}\n\n{f} {l} | {job}\nCell: {n}",
    "{f} {l} / {n}",
    "First Name\t{f}\nLast Name\t{l}\nMobile\t{n}",
    "cust name {f} {l} ph {n}",
    "Name | Phone\n{f} {l} | {n}",
    "Surname: {l}\nForename: {f}\nPhone: {n}",
    "FN:{f} {l}\nTEL;TYPE=CELL:{n}",
    "{f} {l} (Mob) {n}",
    "- {f} {l}\n- {n}",
    "{L} {f}, Phone: {n}",
    "{sign_off}\n{f} {l}\n{job}, {company}\nT: {n}\nE: {email}",
)
PASTE_EXTENSIONS = (" ext. {x}", " x{x}", " Ext: {x}", " Extn {x}", " ext {x}", " (ext. {x})")

# --- the read-back ("Shall I save it?") -----------------------------------------------------
YES_CORES = (
    "yes",
    "yeah",
    "yep",
    "yup",
    "yes please",
    "correct",
    "that's correct",
    "that's right",
    "all correct",
    "spot on",
    "perfect",
    "looks good",
    "sounds good",
    "that's it",
    "exactly",
    "absolutely",
    "sure",
    "ok",
    "okay",
    "go ahead",
    "save it",
    "please save",
    "yes save it",
    "go for it",
    "do it",
    "that's all good",
    "yes that's me",
    "correct only",
    "yes it is",
    "affirmative",
    "right",
    "mhm",
    "uh huh",
    "yeah yeah",
    "yes yes",
    "bang on",
    "grand",
    "that's grand",
    "sound",
    "lovely",
    "brilliant",
    "yeah that's right",
    "no worries that's right",
    "nothing to change",
    "no changes, save it",
    "all fine",
    "that's fine",
    "all good",
    "you got it",
    "definitely",
    "yes ma'am",
    "yes sir",
    "that is correct",
    "everything's right",
    "all the details are correct",
    "yes you can save it now",
    "yes 👍",
    "👍",
    "ya correct",
    "yes go ahead and save",
    "that's perfect",
    "yeah all good",
    "aye",
    "yes that's all correct",
    "correct, save please",
)
YES_PREFIXES = ("", "", "um ", "uh ", "ok ", "oh ", "great ", "hmm ", "right ")
YES_SUFFIXES = ("", "", " thanks", " thank you", " cheers", " mate", " ta", " thanks a lot")
NO_CORES = (
    "no",
    "nope",
    "nah",
    "no that's wrong",
    "that's not right",
    "not quite",
    "incorrect",
    "wrong",
    "no it's wrong",
    "something's wrong",
    "hang on that's not right",
    "wait no",
    "no no",
    "negative",
    "not correct",
    "that isn't right",
    "no can I change something",
    "I need to change something",
    "no I want to change it",
    "one thing is wrong",
    "there's a mistake",
    "not really",
    "that's not it",
    "you got something wrong",
    "no sorry",
    "there's an error",
    "let me fix something",
    "I'd like to correct something",
    "can I change a detail",
    "no not right",
    "that's not correct",
    "some of it is wrong",
    "no, one of those is off",
    "hmm no",
    "not exactly",
)
NO_PREFIXES = ("", "", "um ", "uh ", "oh ", "hmm ", "erm ")
NO_SUFFIXES = ("", "", " sorry", " mate", " hold on", " sorry about that")
TITLE_CHANGES = (
    "actually it should be {t}",
    "make it {t}",
    "{t} not {t0}",
    "change the title to {t}",
    "it's {t} actually",
    "title should be {t}",
    "sorry it's {t}",
    "no, {t} please",
    "no it's {t} not {t0}",
    "use {t} instead",
    "can you change {t0} to {t}",
    "the title is wrong, it's {t}",
)
EXTENSION_ADDS = (
    "add extension {x}",
    "oh and the extension is {x}",
    "there's an extension too, {x}",
    "can you put ext {x} on that",
    "you missed the extension, it's {x}",
    "with extension {x} please",
    "ext {x} needs adding",
    "actually add ext {x}",
    "can you add an extension {x}",
    "and extension {x}",
)
EXTENSION_REMOVALS = (
    "remove the extension",
    "no extension please",
    "take off the extension",
    "there's no extension actually",
    "drop the extension",
    "without the extension",
    "get rid of the extension",
    "the extension isn't needed",
    "no need for the extension",
    "lose the extension please",
)
EXTENSION_CHANGES = (
    "the extension is {x} not {x0}",
    "change the extension to {x}",
    "extension should be {x}",
    "wrong extension, it's {x}",
)
FIRST_CHANGES = (
    "the first name is {f} not {f0}",
    "{f} not {f0}",
    "you've got my first name wrong, it's {f}",
    "first name should be {f}",
    "change the first name to {f}",
    "it's {f} not {f0}",
    "no it's {f}, not {f0}",
    "sorry my first name is {f}",
    "{f0} should be {f}",
)
LAST_CHANGES = (
    "surname's {l} not {l0}",
    "{l} not {l0}",
    "last name should be {l}",
    "the family name is {l}",
    "change surname to {l}",
    "{l0} is wrong, it's {l}",
    "no the last name is {l}",
    "sorry, surname is {l}",
)
NUMBER_CHANGES = (
    "the number is wrong it should be {n}",
    "wrong number, it's {n}",
    "change the number to {n}",
    "actually the mobile is {n}",
    "no the number's {n}",
    "use {n} instead",
    "my number is {n} not the one you said",
    "sorry the phone number should be {n}",
)


def _words(value: Any) -> set[str]:
    if isinstance(value, str):
        return {w.strip("'") for w in re.findall(r"[^\W\d_][\w']*", value.casefold())} - {""}
    if isinstance(value, dict):
        return set().union(*(_words(k) | _words(v) for k, v in value.items())) if value else set()
    if isinstance(value, (tuple, list, set, frozenset)):
        return set().union(*(_words(v) for v in value)) if value else set()
    return set()


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Every word this module writes around a value: no person of this set has one as a name."""
    words = set()
    for name, value in globals().items():
        if name.isupper() and name not in ("PREFIX", "SEED", "PER_CATEGORY", "CATEGORIES", "KINDS"):
            words |= _words(value)
    words |= _words(DIGIT_WORDS) | _words(TITLE_FORMS) | _words(ADJECTIVES)
    words |= _words(list(country_names().values()))
    words |= {"ext", "x", "tel", "m", "t", "e", "fn", "type", "cell"}
    return frozenset(words)


# --- helpers ------------------------------------------------------------------------------------


def _parses_to(text: str, region: str | None, e164: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == e164


def _chunks(digits: str, size: int) -> list[str]:
    """Groups of ``size`` with any short remainder joined to the last group, as people group
    ("401 2345", never "401 234 5")."""
    groups = [digits[i : i + size] for i in range(0, len(digits), size)]
    if len(groups) > 1 and len(groups[-1]) < size:
        groups[-2:] = [groups[-2] + groups[-1]]
    return groups


def international_forms(ex: Example) -> list[str]:
    """The corpus's typed international forms plus the ones seen in signatures and chats
    ("+44 (0)20 ...", "+ 44 ...", the number run together or regrouped), each kept only if
    phonenumbers reads it back to the example."""
    cc, nsn = ex.country_code, ex.nsn
    forms = list(typed_international(ex).values())
    extra = [
        f"{cc}{nsn}",
        f"{cc} {nsn}",
        f"+ {cc[1:]} {' '.join(ex.groups)}",
        f"{cc}-{nsn}",
        f"{cc} {' '.join(_chunks(nsn, 3))}",
        f"{cc} {' '.join(_chunks(nsn, 4))}",
    ]
    if ex.national.startswith("0") and ex.region in TRUNK_IN_BRACKETS:
        extra.append(f"{cc} (0){ex.national[1:]}")
    for text in extra:
        if text not in forms and _parses_to(text, None, ex.e164):
            forms.append(text)
    return forms


def say_international(ex: Example, rng: random.Random) -> str:
    """A number read out: "plus forty four seven seven double oh nine ..." or "double zero ..."."""
    cc = ex.country_code[1:]
    zero = rng.choice(ZERO_WORDS)
    repeats = rng.random() < 0.5
    lead = rng.choice(("plus", "plus", "plus", "zero zero", "double zero"))
    # "plus forty four" is +44, but "plus forty" then "seven one two" is heard as +47: a code
    # ending in 0 is said digit by digit.
    if lead == "plus" and len(cc) == 2 and rng.random() < 0.35 and cc[1] != "0":
        code = f"{TENS[cc[0]]} {DIGIT_WORDS[cc[1]]}"
    else:
        code = say_digits(cc, "zero")
    groups = ex.groups if rng.random() < 0.6 else _chunks(ex.nsn, rng.choice((2, 3, 4)))
    gap = rng.choice((" ", " ", " ", " uh ", " um "))
    return f"{lead} {code} " + gap.join(say_digits(g, zero, repeats) for g in groups)


def say_national(ex: Example, rng: random.Random) -> str:
    zero = rng.choice(ZERO_WORDS)
    repeats = rng.random() < 0.5
    return " ".join(say_digits(g, zero, repeats) for g in ex.national_groups)


def _style(rng: random.Random, weights: tuple[float, float, float] = (0.4, 0.4, 0.2)) -> str:
    return rng.choices(("plain", "chat", "asr"), weights)[0]


def _casual(text: str) -> str:
    """Chat and speech: lower case, the punctuation dropped (apostrophes stay)."""
    text = re.sub(r"[,.!?;:]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def _filler(rng: random.Random, style: str, text: str) -> str:
    if style != "plain" and rng.random() < 0.2:
        return f"{rng.choice(NEUTRAL_FILLERS)} {text}"
    return text


def render(template: str, style: str, rng: random.Random, number: str = "", **values: str) -> str:
    """The template in its style with the values put in; the number is put in as it is (a typed
    number keeps its + and dots, a spoken one is already words)."""
    if style != "plain":
        template = _casual(template)
        lower = style == "asr" or rng.random() < 0.8  # some chat keeps the caller's capitals
        values = {k: re.sub(r"[.,]", "", v.lower() if lower else v) for k, v in values.items()}
    text = template.replace("{n}", "\0").format(**values).replace("\0", number)
    return _filler(rng, style, text)


def _an(word: str) -> str:
    """ "an Irish", "a UK", "a Ukrainian": a leading u is said "you" in every adjective used here."""
    return "an" if word[:1].lower() in "aeio" else "a"


def _title_form(rng: random.Random, title: str) -> str:
    return rng.choice(TITLE_FORMS[title])


def _capitals(name: str) -> str:
    """A surname in capitals as CRMs write it, unless capitals lose a letter ("Fırat" -> "FIRAT")."""
    return name.upper() if name.upper().casefold() == name.casefold() else name


def _written_title(rng: random.Random, title: str) -> str:
    """How a CRM or a signature writes a title: "Dr", "Dr." or "DR", never "doctor" or "miz"."""
    return rng.choice(
        [
            form
            for form in TITLE_FORMS[title]
            if form[0].isupper() and form.rstrip(".").casefold() == title.casefold()
        ]
    )


def _extension(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 4)))


def _named_examples() -> list[Example]:
    return [ex for ex in examples() if country_names().get(ex.region) and typed_national(ex)]


def _full_known(person: Person, ex: Example, extension: str = "") -> dict[str, str]:
    return {
        "salutation": person.title,
        "first_name": person.first,
        "last_name": person.last,
        "phone_number": ex.nsn,
        "country_code": ex.country_code,
        "extension": extension,
    }


def _names_known(person: Person) -> dict[str, str]:
    return {"salutation": person.title, "first_name": person.first, "last_name": person.last}


# A maker gets the turn's number ``i``; a category that alternates kinds by ``i % k`` picks its
# template by ``i // k`` so that every template of a kind is used, not only those whose index
# happens to share the remainder.
Maker = Callable[[random.Random, int], Turn | None]


def _collect(maker: Maker, rng: random.Random, count: int = PER_CATEGORY) -> list[Turn]:
    """``count`` turns with distinct texts (contexts differ anyway), the same on every run."""
    turns: list[Turn] = []
    seen: set[str] = set()
    attempt = 0
    while len(turns) < count and attempt < count * 20:
        turn = maker(rng, attempt)
        attempt += 1
        if turn is not None and turn.text not in seen:
            seen.add(turn.text)
            turns.append(turn)
    return turns


# --- categories ---------------------------------------------------------------------------------


def _phone_typed(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        ex, person = rng.choice(examples()), rng.choice(people)
        forms = international_forms(ex)
        number = rng.choice(forms)
        style = _style(rng, (0.5, 0.5, 0.0))
        if i % 12 == 11:
            template = SELF_CORRECTED_NUMBER[i % len(SELF_CORRECTED_NUMBER)]
            wrong = number[:-1].rstrip(" -.")
            text = render(template.replace("{wrong}", "\1"), style, rng, number).replace("\1", wrong)
        else:
            text = render(NUMBER_SENTENCES[i % len(NUMBER_SENTENCES)], style, rng, number)
        return Turn(PREFIX + "phone_typed", text, "phone_number", _names_known(person), expect=ex.expect())

    return make


def _phone_spoken(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        ex, person = rng.choice(examples()), rng.choice(people)
        number = say_international(ex, rng)
        if i % 10 == 9:
            wrong = " ".join(number.split()[: rng.randint(2, 4)])
            template = SPOKEN_SELF_CORRECTED[i % len(SPOKEN_SELF_CORRECTED)].replace("{wrong}", wrong)
        else:
            template = SPOKEN_SENTENCES[i % len(SPOKEN_SENTENCES)]
        text = render(template, "asr", rng, number)
        return Turn(PREFIX + "phone_spoken", text, "phone_number", _names_known(person), expect=ex.expect())

    return make


def _phone_extension(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        ex, person, x = rng.choice(examples()), rng.choice(people), _extension(rng)
        if i % 5 == 4:
            template = SPOKEN_EXTENSION_FORMS[i // 5 % len(SPOKEN_EXTENSION_FORMS)]
            template = template.replace("{x}", say_digits(x, "oh"))
            text = render(template, "asr", rng, say_international(ex, rng))
        else:
            template = EXTENSION_FORMS[(i // 5 * 4 + i % 5) % len(EXTENSION_FORMS)].replace("{x}", x)
            text = render(template, _style(rng, (0.6, 0.4, 0.0)), rng, rng.choice(international_forms(ex)))
        return Turn(
            PREFIX + "phone_extension", text, "phone_number", _names_known(person), expect=ex.expect(x)
        )

    return make


def _national(ex: Example, rng: random.Random, spoken_share: float) -> tuple[str, bool]:
    """A national form of the example, typed (True) or said."""
    if rng.random() < spoken_share:
        return say_national(ex, rng), False
    return rng.choice(list(typed_national(ex).values())), True


def _phone_country_named(people: Sequence[Person]) -> Maker:
    pool = _named_examples()

    def make(rng: random.Random, i: int) -> Turn | None:
        ex, person = rng.choice(pool), rng.choice(people)
        number, typed = _national(ex, rng, 0.2)
        style = "asr" if not typed else _style(rng, (0.55, 0.45, 0.0))
        adjectives = ADJECTIVES.get(ex.region, ())
        if adjectives and i % 3 == 2:
            adj = rng.choice(adjectives)
            template = ADJECTIVE_NAMED_FORMS[i // 3 % len(ADJECTIVE_NAMED_FORMS)]
            text = render(template.replace("{adj}", adj).replace("{an}", _an(adj)), style, rng, number)
        else:
            country = rng.choice(in_sentence(ex.region) or country_names()[ex.region])
            template = COUNTRY_NAMED_FORMS[i % len(COUNTRY_NAMED_FORMS)].replace("{country}", country)
            text = render(template, style, rng, number)
        return Turn(
            PREFIX + "phone_national_country_named",
            text,
            "phone_number",
            _names_known(person),
            expect={**ex.expect(), "country": ex.region},
        )

    return make


def _phone_default_region(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        ex, person = rng.choice(examples()), rng.choice(people)
        number, typed = _national(ex, rng, 0.25)
        style = "asr" if not typed else _style(rng, (0.5, 0.5, 0.0))
        sentences = NUMBER_SENTENCES if typed else SPOKEN_SENTENCES
        text = render(sentences[i % len(sentences)], style, rng, number)
        return Turn(
            PREFIX + "phone_national_default_region",
            text,
            "phone_number",
            _names_known(person),
            default_region=ex.region,
            expect=ex.expect(),
        )

    return make


def _phone_no_region(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        ex, person = rng.choice(examples()), rng.choice(people)
        number, typed = _national(ex, rng, 0.2)
        style = "asr" if not typed else _style(rng, (0.5, 0.5, 0.0))
        sentences = NUMBER_SENTENCES if typed else SPOKEN_SENTENCES
        text = render(sentences[i % len(sentences)], style, rng, number)
        digits = {"pending_phone": re.sub(r"\D", "", number)} if typed else {}
        return Turn(
            PREFIX + "phone_national_no_region",
            text,
            "phone_number",
            _names_known(person),
            absent=("phone_number", "country_code"),
            present=("pending_phone",),
            digits=digits,
        )

    return make


def _country_answer(people: Sequence[Person]) -> Maker:
    pool = _named_examples()

    def make(rng: random.Random, i: int) -> Turn | None:
        ex, person = rng.choice(pool), rng.choice(people)
        names = country_names()[ex.region]
        style = _style(rng)
        way = i % 10
        adjectives = ADJECTIVES.get(ex.region, ())
        codes, isos = dialling_codes(ex.region), iso_codes(ex.region)
        if way == 7 and adjectives:
            adj = rng.choice(adjectives)
            template = rng.choice(ADJECTIVE_ANSWERS).replace("{adj}", adj).replace("{an}", _an(adj))
        elif way == 8 and codes:
            template = rng.choice(CODE_ANSWERS).replace("{code}", rng.choice(codes))
            style = "plain" if style == "asr" else style
        elif way == 9 and isos:
            template = rng.choice(ISO_ANSWERS).replace("{iso}", isos[0])
            style = "plain"
        elif way == 6:
            other = rng.choice([r for r in sorted(country_names()) if r != ex.region and country_names()[r]])
            template = rng.choice(CORRECTED_COUNTRY).replace("{wrong}", rng.choice(country_names()[other]))
            template = template.replace("{c}", rng.choice(names))
        else:
            name = rng.choice(in_sentence(ex.region) or names)
            template = COUNTRY_ANSWERS[(i // 10 * 6 + way) % len(COUNTRY_ANSWERS)]
            template = template.replace("{bare}", re.sub(r"^the ", "", name)).replace("{c}", name)
        text = render(template, style, rng)
        known = {**_names_known(person), "pending_phone": rng.choice(list(typed_national(ex).values()))}
        return Turn(
            PREFIX + "country_answer",
            text,
            "country",
            known,
            expect={"phone_number": ex.nsn, "country_code": ex.country_code, "country": ex.region},
        )

    return make


def _title_answer(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        title = TITLES[i % len(TITLES)]
        style = _style(rng)
        form = _title_form(rng, title)
        if i % 9 == 8:
            wrong = rng.choice([t for t in TITLES if t != title])
            template = TITLE_CORRECTED[i % len(TITLE_CORRECTED)]
            text = render(template, style, rng, t=form, wrong=_title_form(rng, wrong))
        elif i % 9 == 7 and title in TITLE_WITH_REASON:
            text = render(rng.choice(TITLE_WITH_REASON[title]), style, rng, t=form)
        else:
            text = render(TITLE_ANSWERS[i % len(TITLE_ANSWERS)], style, rng, t=form)
        return Turn(PREFIX + "title_answer", text, "salutation", {}, expect={"salutation": title})

    return make


def _first_name_answer(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person = rng.choice(people)
        style = _style(rng)
        known = {"salutation": person.title}
        if i % 4 == 3:
            text = render(FULL_ANSWERS[i % len(FULL_ANSWERS)], style, rng, f=person.first, l=person.last)
            return Turn(
                PREFIX + "first_name_answer",
                text,
                "first_name",
                known,
                expect={"first_name": person.first, "last_name": person.last},
            )
        if i % 13 == 12:
            wrong = rng.choice([p.first for p in people if p.first != person.first])
            text = render(FIRST_CORRECTED[i % len(FIRST_CORRECTED)], style, rng, f=person.first, wrong=wrong)
        else:
            text = render(FIRST_ANSWERS[i % len(FIRST_ANSWERS)], style, rng, f=person.first)
        return Turn(
            PREFIX + "first_name_answer",
            text,
            "first_name",
            known,
            expect={"first_name": person.first},
            absent=("last_name",),
        )

    return make


def _last_name_answer(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person = rng.choice(people)
        style = _style(rng)
        known = {"salutation": person.title, "first_name": person.first}
        last = person.last
        if i % 11 == 10 and last.isascii() and last.isalpha() and len(last) <= 9:
            spelled = rng.choice(("-", " ")).join(last.upper())
            text = render(SPELLED_LAST[i % len(SPELLED_LAST)].replace("{spelled}", "\1"), style, rng, l=last)
            text = text.replace("\1", spelled)
        elif i % 13 == 12:
            wrong = rng.choice([p.last for p in people if p.last != last])
            text = render(LAST_CORRECTED[i % len(LAST_CORRECTED)], style, rng, l=last, wrong=wrong)
        else:
            text = render(LAST_ANSWERS[i % len(LAST_ANSWERS)], style, rng, f=person.first, l=last)
        return Turn(PREFIX + "last_name_answer", text, "last_name", known, expect={"last_name": last})

    return make


def _x_is_my_y(people: Sequence[Person]) -> Maker:
    fields = ("first_name", "last_name", "salutation", "phone_number", "phone_national")

    def make(rng: random.Random, i: int) -> Turn:
        person = rng.choice(people)
        field = fields[i % len(fields)]
        style = _style(rng, (0.45, 0.45, 0.1))
        template = X_IS_MY_Y_FORMS[(i // len(fields)) % len(X_IS_MY_Y_FORMS)]
        if field in ("phone_number", "phone_national"):
            ex = rng.choice(examples())
            style = "plain" if style == "asr" else style
            national = field == "phone_national"
            forms = list(typed_national(ex).values()) if national else international_forms(ex)
            number = rng.choice(forms)
            template = template.replace("{y}", rng.choice(Y_WORDS["phone_number"])).replace("{x}", "{n}")
            text = render(template, style, rng, number)
            return Turn(
                PREFIX + "x_is_my_y",
                text,
                "phone_number",
                _names_known(person),
                default_region=ex.region if national else None,
                expect=ex.expect(),
            )
        template = template.replace("{y}", rng.choice(Y_WORDS[field]))
        if field == "salutation":
            text = render(template.replace("{x}", "{t}"), style, rng, t=_title_form(rng, person.title))
            return Turn(PREFIX + "x_is_my_y", text, "salutation", {}, expect={"salutation": person.title})
        if field == "first_name":
            text = render(template.replace("{x}", "{f}"), style, rng, f=person.first)
            return Turn(
                PREFIX + "x_is_my_y",
                text,
                "first_name",
                {"salutation": person.title},
                expect={"first_name": person.first},
                absent=("last_name",),
            )
        text = render(template.replace("{x}", "{l}"), style, rng, l=person.last)
        return Turn(
            PREFIX + "x_is_my_y",
            text,
            "last_name",
            {"salutation": person.title, "first_name": person.first},
            expect={"last_name": person.last},
        )

    return make


def _opener_request_only(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        style = _style(rng)
        if i % 5 == 4:
            ex = rng.choice(examples())
            style = "plain" if style == "asr" else style
            number = rng.choice(international_forms(ex))
            text = render(REQUEST_WITH_NUMBER[i % len(REQUEST_WITH_NUMBER)], style, rng, number)
            return Turn(PREFIX + "opener_request_only", text, None, {}, expect=ex.expect(), absent=NAME_SLOTS)
        text = render(REQUEST_ONLY[(i - i // 5) % len(REQUEST_ONLY)], style, rng)
        return Turn(PREFIX + "opener_request_only", text, None, {}, absent=(*NAME_SLOTS, "phone_number"))

    return make


def _opener_with_details(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person = rng.choice(people)
        style = _style(rng, (0.45, 0.4, 0.15))
        way = i % 5
        title = _title_form(rng, person.title)
        values = {"t": title, "f": person.first, "l": person.last}
        if way in (3, 4):
            ex = rng.choice(examples())
            style = "plain" if style == "asr" else style
            templates = OPENER_WITH_NUMBER_TITLE if way == 4 else OPENER_WITH_NUMBER
            number = rng.choice(international_forms(ex))
            text = render(templates[i // 5 % len(templates)], style, rng, number, **values)
            expect = {"first_name": person.first, "last_name": person.last, **ex.expect()}
            if way == 4:
                expect["salutation"] = person.title
            absent = () if way == 4 else ("salutation",)
        else:
            templates = (OPENER_FULL_TITLE, OPENER_FULL, OPENER_FIRST)[way]
            text = render(templates[i % len(templates)], style, rng, **values)
            expect = {"salutation": person.title, "first_name": person.first, "last_name": person.last}
            absent_slots = {0: (), 1: ("salutation",), 2: ("salutation", "last_name")}[way]
            expect = {k: v for k, v in expect.items() if k not in absent_slots}
            absent = (*absent_slots, "phone_number")
        return Turn(PREFIX + "opener_with_details", text, None, {}, expect=expect, absent=absent)

    return make


def _paste(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person, ex = rng.choice(people), rng.choice(examples())
        titled = i % 2 == 0
        templates = PASTES_TITLED if titled else PASTES_UNTITLED
        template = templates[(i // 2) % len(templates)]
        number = rng.choice(international_forms(ex))
        extension = _extension(rng) if rng.random() < 0.3 else ""
        if extension:
            number += rng.choice(PASTE_EXTENSIONS).replace("{x}", extension)
        email = f"{person.first}.{person.last}@example.com".lower() if "{email}" in template else ""
        title = _written_title(rng, person.title)
        if email and not (
            person.first.isascii()
            and person.first.isalpha()
            and person.last.isascii()
            and person.last.isalpha()
        ):
            template = template.replace("\nE: {email}", "")
        text = (
            template.replace("{n}", "\0")
            .format(
                t=title.rstrip(".") if "{t}." in template else title,
                f=person.first,
                l=person.last,
                L=_capitals(person.last),
                job=rng.choice(JOBS),
                company=rng.choice(COMPANIES),
                sign_off=rng.choice(SIGN_OFFS),
                email=email,
            )
            .replace("\0", number)
        )
        expect = {"first_name": person.first, "last_name": person.last, **ex.expect(extension)}
        if titled:
            expect["salutation"] = person.title
        return Turn(PREFIX + "paste", text, None, {}, expect=expect, absent=() if titled else ("salutation",))

    return make


def _combos(
    cores: Sequence[str], prefixes: Sequence[str], suffixes: Sequence[str]
) -> Callable[[random.Random, int], str]:
    def say(rng: random.Random, i: int) -> str:
        core = cores[i % len(cores)]
        text = rng.choice(prefixes) + core + rng.choice(suffixes)
        style = _style(rng, (0.45, 0.4, 0.15))
        if style == "plain":
            text = text[0].upper() + text[1:] + rng.choice(("", "", ".", "!"))
        else:
            text = _casual(text)
        return text

    return say


def _readback(
    people: Sequence[Person],
    category: str,
    say: Callable[[random.Random, int], str],
    expect: dict[str, Any],
    absent: tuple[str, ...],
) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person, ex = rng.choice(people), rng.choice(examples())
        known = _full_known(person, ex, _extension(rng) if rng.random() < 0.3 else "")
        return Turn(PREFIX + category, say(rng, i), "confirmed", known, expect=expect, absent=absent)

    return make


def _readback_correction(people: Sequence[Person]) -> Maker:
    def make(rng: random.Random, i: int) -> Turn:
        person, ex = rng.choice(people), rng.choice(examples())
        way = i % 8
        style = _style(rng, (0.45, 0.4, 0.15))
        known = _full_known(person, ex, _extension(rng) if way in (2, 3) else "")
        if way == 0:
            title = rng.choice([t for t in TITLES if t != person.title])
            text = render(
                TITLE_CHANGES[i // 8 % len(TITLE_CHANGES)],
                style,
                rng,
                t=_title_form(rng, title),
                t0=_title_form(rng, person.title),
            )
            expect: dict[str, Any] = {"salutation": title}
        elif way == 1:
            x = _extension(rng)
            text = render(EXTENSION_ADDS[i // 8 % len(EXTENSION_ADDS)].replace("{x}", x), style, rng)
            expect = {"extension": x}
        elif way == 2:
            text = render(EXTENSION_REMOVALS[i // 8 % len(EXTENSION_REMOVALS)], style, rng)
            expect = {"extension": ""}
        elif way == 3:
            x = _extension(rng)
            while x == known["extension"]:
                x = _extension(rng)
            template = EXTENSION_CHANGES[i // 8 % len(EXTENSION_CHANGES)]
            text = render(template.replace("{x0}", known["extension"]).replace("{x}", x), style, rng)
            expect = {"extension": x}
        elif way == 4:
            other = rng.choice([p for p in people if p.first.casefold() != person.first.casefold()])
            template = FIRST_CHANGES[i // 8 % len(FIRST_CHANGES)]
            text = render(template, style, rng, f=other.first, f0=person.first)
            expect = {"first_name": other.first}
        elif way == 5:
            other = rng.choice([p for p in people if p.last.casefold() != person.last.casefold()])
            text = render(LAST_CHANGES[i // 8 % len(LAST_CHANGES)], style, rng, l=other.last, l0=person.last)
            expect = {"last_name": other.last}
        else:
            new = rng.choice([e for e in examples() if e.e164 != ex.e164])
            style = "plain" if style == "asr" else style
            number = rng.choice(international_forms(new))
            text = render(NUMBER_CHANGES[i // 8 % len(NUMBER_CHANGES)], style, rng, number)
            expect = {"phone_number": new.nsn, "country_code": new.country_code}
        return Turn(
            PREFIX + "readback_correction", text, "confirmed", known, expect=expect, absent=("confirmed",)
        )

    return make


def population(people: Iterable[Person]) -> tuple[Person, ...]:
    """The corpus's people minus anyone named with a word of this module's sentences."""
    words = vocabulary()
    return tuple(p for p in people if p.first.casefold() not in words and p.last.casefold() not in words)


def build(people: Iterable[Person]) -> list[Turn]:
    folks = population(people)
    makers: dict[str, Maker] = {
        "phone_typed": _phone_typed(folks),
        "phone_spoken": _phone_spoken(folks),
        "phone_extension": _phone_extension(folks),
        "phone_national_country_named": _phone_country_named(folks),
        "phone_national_default_region": _phone_default_region(folks),
        "phone_national_no_region": _phone_no_region(folks),
        "country_answer": _country_answer(folks),
        "title_answer": _title_answer(folks),
        "first_name_answer": _first_name_answer(folks),
        "last_name_answer": _last_name_answer(folks),
        "x_is_my_y": _x_is_my_y(folks),
        "opener_request_only": _opener_request_only(folks),
        "opener_with_details": _opener_with_details(folks),
        "paste": _paste(folks),
        "readback_yes": _readback(
            folks,
            "readback_yes",
            _combos(YES_CORES, YES_PREFIXES, YES_SUFFIXES),
            {"confirmed": True},
            ("awaiting_change",),
        ),
        "readback_no": _readback(
            folks,
            "readback_no",
            _combos(NO_CORES, NO_PREFIXES, NO_SUFFIXES),
            {"awaiting_change": True},
            ("confirmed",),
        ),
        "readback_correction": _readback_correction(folks),
    }
    turns: list[Turn] = []
    for index, kind in enumerate(KINDS):
        turns += _collect(makers[kind], random.Random(SEED + index))
    return turns
