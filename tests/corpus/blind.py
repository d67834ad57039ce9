"""A blind evaluation set: turns written without looking at the interpreter, never tuned on.

The held-out set (heldout.py) has been read by the interpreter's developer, so it no longer
tells fitting from understanding. These sentences were written fresh, as callers and
contact-centre agents talk and type (chat and speech recognition's lower case without
punctuation, fillers, hesitations, self-corrections, politeness, British, American and Indian
English habits, agents' pastes from CRMs and e-mails), and are not to be changed because the
interpreter gets them wrong. Only an expectation that is wrong about the world may be fixed.

Ground truth is the corpus's own: phonenumbers' example numbers (every written form made here
is kept only when phonenumbers parses it back to that number), Faker's names, the title and
country tables. A name never equals a word of these sentences either.
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

import phonenumbers

from .numbers import DIGIT_WORDS, Example, examples
from .people import TITLE_FORMS, TITLES, Person
from .places import ADJECTIVES, country_names, dialling_codes, in_sentence, iso_codes
from .turn import NAME_SLOTS, Turn

SEED = 808
PREFIX = "blind_"
CATEGORIES = tuple(
    PREFIX + name
    for name in (
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
)

# --- how text is written -------------------------------------------------------------------------
# Chat: lower case, punctuation dropped, apostrophes often dropped, a few chat spellings.
CHAT_SPELLINGS = {
    "you": ("u",),
    "your": ("ur",),
    "please": ("pls", "plz"),
    "thanks": ("thx", "ta"),
    "thank you": ("ty", "thank u"),
    "okay": ("ok", "k"),
    "number": ("no", "num"),
}
# Speech recognition: lower case, no punctuation at all, words for digits.
ASR_FILLERS = ("", "", "", "um ", "uh ", "er ", "so ", "yeah ", "erm ", "okay ", "hmm ")
TYPED_FILLERS = ("", "", "", "", "Hi, ", "Ok ", "Right, ", "Hmm, ", "Oh, ", "Yes, ")
READBACK_LEADS = ("hmm ", "oh ", "well ", "um, ", "let me see... ", "erm ")  # neither yes nor no
NUMBER_WORDS = ("plus", "double", "triple", "oh", "zero", "tel")
HESITATIONS = (" uh ", " um ", " ", " ", " ", " ")
RESTART = ("sorry let me start again", "no wait sorry", "sorry from the top")
SPOKEN_TITLE_WORDS = {
    "Mr": ("mister", "mr"),
    "Mrs": ("missus", "mrs", "misses"),
    "Ms": ("miz", "ms"),
    "Miss": ("miss",),
    "Mx": ("mx",),
    "Dr": ("doctor", "dr"),
    "Prof": ("professor", "prof"),
}

# --- phone numbers, asked for the number ---------------------------------------------------------
PHONE_TYPED = (
    "yeah sure its {n}",
    "Sure thing, it's {n}.",
    "Okay so my mobile number is {n}",
    "Mobile number: {n}",
    "It's {n} - that's my mobile.",
    "{n} is the best one to use",
    "hmm let me check... {n}",
    "you can get hold of me on {n}",
    "the number to call is {n}",
    "My number? It's {n}",
    "yes, {n}, that's my personal mobile",
    "Ok. {n}",
    "sorry, it's {n}",
    "{n} , thank you",
    "it's {n} (that's WhatsApp as well)",
    "please note {n}",
    "kindly note down my number {n}",
    "my mobile no. is {n}",
    "number is {n} only",
    "Cell: {n}",
    "Phone # {n}",
    "best contact number is {n} thanks",
    "work mobile {n}",
    "Of course! {n}",
    "I'll give you my mobile, it's {n}",
    "right so it's {n}",
    "{n} is probably best",
    "yep - {n}",
    "you can ring me on {n} any time",
    "{n}, cheers mate",
    "its {n} i think yeah",
    "I'm reachable at {n}",
    "oh yes, {n}",
    "umm {n}",
    "the mobile's {n}",
    "Sure - my cell is {n}",
    "it's {n}, that's my own phone",
    "got a pen? {n}",
)
PHONE_TYPED_SELF_CORRECTED = (
    "it's {n0} - sorry, typo - {n}",
    "{n0} no wait {n}",
    "my number is {n0}, sorry I mean {n}",
    "{n0}... actually make that {n}",
    "{n0} oops, {n}",
)
PHONE_SPOKEN = (
    "yeah its {n}",
    "um my number is {n}",
    "its {n} yeah",
    "uh let me think its {n}",
    "my mobile number is {n}",
    "okay so {n}",
    "right its {n} thats my mobile",
    "you can reach me at {n}",
    "er {n}",
    "{n} thats the one",
    "sure so the number is {n}",
    "my cell phone number is {n}",
    "yes its {n} thank you",
    "the number is um {n}",
    "{n} is the best number to reach me",
    "its uh {n}",
    "okay you ready its {n}",
    "so thats {n}",
    "its {n} did you get that",
    "my mobile is {n} yeah",
)
EXTENSION_WRITTEN = (
    "x{e}",
    "x {e}",
    "ext.{e}",
    "ext. {e}",
    "Ext {e}",
    "extn {e}",
    "extn. {e}",
    "extension {e}",
    "ext:{e}",
    "Ext: {e}",
    "(ext {e})",
    "ext-{e}",
    "EXTN {e}",
)
EXTENSION_TYPED = (
    "{n} {x}",
    "it's {n} {x}",
    "office line {n}, {x}",
    "{n} then {x}",
    "work number is {n} {x}",
    "switchboard {n} and my extension is {e}",
    "{n}, my extension is {e}",
    "desk phone: {n} {x}",
    "{n} and ask for extension {e}",
    "you'll get me on {n} {x}",
    "{n} {x} (direct)",
    "main line {n}, then dial {e}",
    "Office: {n} {x}",
    "my work phone is {n}, extension {e}, thanks",
)
EXTENSION_SPOKEN = (
    "{n} extension {e}",
    "its {n} and then extension {e}",
    "the office number is {n} my extension is {e}",
    "{n} uh extension {e}",
    "{n} and my extension is {e}",
    "main number {n} then ask for extension {e}",
    "work phone {n} extension {e} thanks",
)
NATIONAL_NAMED = (
    "{n} - I'm in {cs}",
    "I'm over in {cs}, it's {n}",
    "it's {n}, I live in {cs}",
    "{n} ({c})",
    "number is {n}, it's in {cs}",
    "I'm calling from {cs}, my number's {n}",
    "i'm in {cs} so it's {n}",
    "Country: {c}\nPhone: {n}",
    "{n}, based in {cs}",
    "we're in {cs}, number is {n}",
    "Number {n} / {c}",
    "{n} it's a number in {cs}",
    "my number in {cs}? {n}",
    "{n}. Oh and I'm in {cs} by the way",
)
NATIONAL_NAMED_ADJ = (
    "{n} - that's {an_adj} number",
    "my {adj} number is {n}",
    "{adj} mobile: {n}",
    "it's {n}, {an_adj} mobile",
    "{n} ({adj} number)",
)
NATIONAL_NAMED_SPOKEN = (
    "im in {cs} and my number is {n}",
    "its {n} im calling from {cs}",
    "{n} thats in {cs}",
    "i live in {cs} the number is {n}",
    "uh its {n} and im based in {cs}",
    "so im over in {cs} its {n}",
)
NATIONAL_DEFAULT = (  # the caller's country is the bot's default one: nothing about countries is said
    "{n}",
    "yeah it's {n}",
    "Mobile: {n}",
    "it's {n} thanks",
    "my mobile's {n}",
    "sure, {n}",
    "{n} please",
    "you can call me on {n}",
    "number is {n}",
    "ok my number is {n}",
)
NATIONAL_NO_REGION = (
    "{n}",
    "it's {n}",
    "Sure, {n}",
    "my mobile is {n}",
    "{n} thanks",
    "you can reach me on {n}",
    "number's {n}",
    "yeah {n}",
    "my cell is {n}",
    "call me on {n} please",
    "{n} - that's my mobile",
)
NATIONAL_NO_REGION_SPOKEN = ("its {n}", "{n}", "my number is {n}", "uh {n} thats my mobile", "yeah its {n}")

# --- the country question --------------------------------------------------------------------------
COUNTRY_NAME = (
    "{c}",
    "oh sorry, {c}",
    "It's {c}.",
    "{c} yeah",
    "that one's {cs}",
    "it's in {cs} sorry should've said",
    "{cs} mate",
    "over in {cs}",
    "the number's from {cs}",
    "{c}, ta",
    "uh {c} i think",
    "we're in {cs}",
    "i'm based in {cs}",
    "country's {c}",
    "{c} only",
    "it is {c} ma'am",
    "{c} - I live there",
    "Ah, {c}!",
    "hmm, {c}",
    "{c} thank you",
)
COUNTRY_CORRECTED = ("{c0}, no sorry - {c}", "{c0} oh wait no {c}", "{c0}... sorry, I mean {c}")
COUNTRY_ADJ = ("it's {an_adj} one", "{adj} mobile", "it's {adj}", "{an_adj} number yeah")
COUNTRY_CODE = ("{code}", "it's {code}", "{c} ({code})")
COUNTRY_DIAL = ("code is {dial}", "{dial} - {c}", "it's {cs}, the code is {dial}", "{dial}")

# --- names and titles --------------------------------------------------------------------------------
TITLE_ANSWER = (
    "{t}",
    "{t} please",
    "{t}, thanks",
    "oh {t}",
    "{t} is fine thank you",
    "uh {t} i guess",
    "{t} if that's ok",
    "put {t}",
    "you can put me down as {t}",
    "{t} thanks for asking",
    "it's {t} actually",
    "I'd go with {t}",
    "I prefer to be addressed as {t}",
    "{t} will do",
    "just {t} is fine",
    "hmm {t}",
    "erm, {t}",
    "{t} ta",
    "{t} only",
    "{t}, cheers",
)
TITLE_CORRECTED = ("{t0} - sorry, no, {t}", "{t0} actually no {t}", "{t0}... I mean {t}")
FIRST_ANSWER = (
    "{f}",
    "{f} yeah",
    "uh it's {f}",
    "yeah {f}",
    "{f}, thank you",
    "sure it's {f}",
    "It's {f}.",
    "my first name, {f}",
    "oh {f}",
    "{f} is fine",
    "it is {f} only",
    "myself {f}",
    "{f} ma'am",
    "hi yes its {f}",
    "{f} thanks",
    "sorry, {f}",
    "oh right, it's {f}",
    "yes sir, {f}",
)
FIRST_SPELLED = ("{f}, {spelled}", "it's {f} - {spelled}", "{f} that's {spelled}")
FIRST_CORRECTED = ("it's {f0}, sorry no, {f}", "erm {f0} no sorry it's {f}", "{f0} - oops - {f}")
FIRST_FULL = (
    "{f} {l}",
    "it's {f} {l}",
    "first name {f}, last name {l}",
    "{f}, surname {l}",
    "{f} {l} thanks",
    "my full name's {f} {l}",
    "myself {f} {l}",
    "my name is {f} {l}",
    "uh {f} {l}",
    "the name's {f} {l}",
    "sure, {f} {l}",
    "{f} and the surname is {l}",
)
LAST_ANSWER = (
    "{l}",
    "{l} yeah",
    "oh it's {l}",
    "uh {l}",
    "my surname? {l}",
    "surname: {l}",
    "{l}, thanks",
    "and the last name is {l}",
    "the family name's {l}",
    "{l} is fine",
    "it's {l} ma'am",
    "{l} only",
    "last name {l} please",
    "{l} - thanks for your help",
    "yeah it's {l}",
    "sure, {l}",
)
LAST_SPELLED = ("it's {l}, {spelled}", "{l} - {spelled}", "{l}, spelt {spelled}")
LAST_CORRECTED = ("{l0}, sorry, {l}", "it's {l0} - no sorry - {l}")
X_IS_MY_Y = {
    "phone_number": (
        "{n} is my personal mobile",
        "{n} is my work cell",
        "{n} is my landline",
        "{n} is my direct dial",
        "{n} is my office line",
        "{n} is my usual number",
        "so {n} is my mobile",
        "ok {n} is my cell phone",
    ),
    "first_name": (
        "{f} is my forename",
        "{f} is my christian name",
        "oh {f} is my first name",
        "well {f} is my first name",
        "{f} is my first name yeah",
    ),
    "last_name": (
        "{l} is my last name, thanks",
        "{l} is my family name",
        "and {l} is my surname",
        "{l} is my surname yeah",
        "uh {l} is my last name",
    ),
    "salutation": (
        "{t} is my preferred title",
        "ok {t} is my title thanks",
        "{t} is my title",
        "uh {t} is the title I use",
    ),
}

# --- openers ------------------------------------------------------------------------------------------
OPENER_GREETINGS = (
    "",
    "",
    "hi ",
    "Hi, ",
    "hello ",
    "Hello there, ",
    "hey, ",
    "good morning ",
    "Good evening, ",
    "hiya ",
    "yes hello ",
    "hi good afternoon ",
    "Namaste, ",
    "hi team, ",
    "hey there ",
    "morning! ",
    "good morning madam, ",
    "hello sir, ",
)
OPENER_FILLERS = ("", "", "", "um ", "so ", "yeah so ", "basically ", "uh ", "ok so um ", "right, ")
OPENER_REQUESTS = (
    "i was wondering if you could pop a new contact on the system",
    "i'm ringing to get my details added",
    "I'd like to register a new customer",
    "can you save a number for me",
    "need to put a customer on file",
    "could you take my details down",
    "I'm calling to leave my contact information",
    "I have a customer on the line who wants to be added",
    "can i get my number saved",
    "please add a new contact",
    "kindly add a new contact",
    "i want to add one contact",
    "I need a contact created",
    "can you set me up as a contact",
    "i'd like to give you my phone number",
    "need to add a caller to the crm",
    "could you please create a new entry",
    "just want to get my number on the system",
    "I want to save someone's number",
    "can you help me add my details",
    "we need to add a new customer record",
    "i need to store a phone number",
    "can I leave my number with you",
    "I'd like my details kept on record",
    "could you add my mobile to my account",
    "is it possible to save my contact details",
    "I want to put my number down",
    "can we get this caller saved",
)
OPENER_TAILS = (
    "",
    "",
    " please",
    " thanks",
    " if that's ok",
    " for me",
    "?",
    " thank you",
    " when you get a chance",
    " asap",
    " please and thank you",
    ".",
)
OPENER_WITH_NUMBER = (
    "hi can you save this number {n}",
    "please add {n} to contacts",
    "hello, new contact - {n}",
    "could you store {n} for me thanks",
    "save {n} please",
    "I'd like to save my mobile, it's {n}",
    "hey, my number is {n}, can you add it",
    "need a new contact for {n}",
    "can you put {n} on the system",
    "Good morning, kindly save {n}",
)
OPENER_FULL = (  # title, first and last name
    "hi, good morning, this is {t} {f} {l}, I'd like to register my mobile",
    "Hello, {t} {f} {l} speaking, can you save my details please",
    "hi yes it's {t} {f} {l} here, I'd like to leave my number",
    "good afternoon, my name is {t} {f} {l} and I want to save my contact details",
    "hey there, {t} {f} {l} - can you add me as a contact?",
    "Namaste, myself {t} {f} {l}, kindly save my number",
    "hello i'm {t} {f} {l} i want to give you my number",
    "hi could you add a contact for {t} {f} {l}",
    "please create a new contact, {t} {f} {l}",
    "can you set up a contact for {t} {f} {l} please",
)
OPENER_NAME = (  # first and last name, no title
    "hi, it's {f} {l} here, can you save my number",
    "hello my name's {f} {l} and I'd like to add my details",
    "hiya, {f} {l} calling, i need to save my number",
    "hi there this is {f} {l}, I want to register my contact details",
    "good morning, {f} {l} speaking, could you store my details please",
    "hey it's {f} {l}, could you pop my number on the system",
    "myself {f} {l}, please save my contact",
    "could you add {f} {l} as a new contact please",
    "I need to create a contact for {f} {l}",
    "yes hello, {f} {l} here, I'm calling about saving my details",
    "hello sir, my name is {f} {l}, i want to add my number",
    "hi this is {f} - {f} {l} - i want to leave my number",
)
OPENER_FIRST = (  # first name only
    "hi, {f} here, can you save my number please",
    "hello, my name is {f}, I'd like to add my details",
    "hey it's {f}, I want to leave my number",
    "good morning, I'm {f} and I need to save my contact details",
    "Hi! This is {f}. Could you store my number?",
    "myself {f}, kindly add my number",
)
OPENER_PHONE = (  # names and a number; {t} when the template gives a title
    "hi, I'm {f} {l}, can you save my number {n}",
    "hello, this is {t} {f} {l}, my mobile is {n}, please add me",
    "{f} {l} here - could you save {n} for me",
    "Hi, please add {t} {f} {l}, number {n}",
    "good morning, can you create a contact for {f} {l} on {n}",
    "hey, it's {f} {l}, my number's {n}, can you save it?",
    "Namaste, myself {t} {f} {l}, my number is {n}, kindly save",
    "hi can you save my details, name is {f} {l} and number is {n}",
)

# --- agents' pastes -----------------------------------------------------------------------------------
PASTES = (  # {tt}: a title and a space, or nothing
    "Name - {tt}{f} {l}\nMob: {n}",
    "{tt}{f} {l}\tTel. {n}",
    "Contact: {tt}{f} {l} | Phone #: {n}",
    "• Name: {tt}{f} {l}\n• Cell: {n}",
    "{tt}{f} {l} ({n})",
    "{tt}{f} {l} / Cell: {n}",
    "Customer: {tt}{f} {l}, Tel.: {n}",
    "{tt}{f} {l}\n{n}",
    "Caller: {tt}{f} {l}  Phone # {n}",
    "- {tt}{f} {l}\n- {n}",
    "Name: {tt}{f} {l}; Mobile No: {n}",
    "{tt}{f} {l} – Mob. {n}",
    "[{tt}{f} {l}] {n}",
    "{tt}{f} {l}, {n} (mobile)",
    "Full name: {tt}{f} {l}\r\nContact no.: {n}",
    "Kind regards,\n{tt}{f} {l}\nAccount Manager\nM: {n}",
    "{tt}{f} {l}\nTel: {n}\n",
    "Customer name:\t{tt}{f} {l}\nPhone:\t{n}",
)
PASTE_FIELDS = (  # one field a line, as a CRM form is copied
    "First Name: {f}\nLast Name: {l}\nPhone: {n}",
    "Title: {t}\nFirst name: {f}\nSurname: {l}\nMobile: {n}",
    "FIRST NAME\t{f}\nLAST NAME\t{l}\nTEL\t{n}",
    "Salutation: {t}\nGiven name: {f}\nFamily name: {l}\nPhone: {n}",
)
PASTE_SURNAME_FIRST = ("{l}, {f}\t{n}", "Name: {l}, {f} | Tel: {n}", "{l}, {f} - {n}")
PASTE_EXTENSIONS = ("\nExt: {e}", " x{e}", " ext. {e}", " (ext {e})", "\nExtension: {e}", ", extn {e}")

# --- the read-back ------------------------------------------------------------------------------------
READBACK_YES = (
    "yes that's all correct",
    "yeah that's fine",
    "yup that's the one",
    "Yes, that's right, thank you",
    "yeah go for it",
    "yes please save it",
    "that's all good thanks",
    "lovely, yes",
    "yes that's spot on",
    "brilliant, cheers",
    "that's grand",
    "yeah yeah that's fine",
    "you got it",
    "sounds great",
    "yes it is correct",
    "correct only",
    "okay fine, save it",
    "yes please do the needful",
    "ok done",
    "yes yes",
    "mm-hmm",
    "uh huh yes",
    "yeah that's me",
    "all correct thanks",
    "perfect",
    "that's right",
    "yep, all correct",
    "affirmative",
    "sure, go ahead and save it",
    "Yes!",
    "yes, that's everything",
    "yeah looks right",
    "uh yeah thats right",
    "that all sounds right to me",
    "confirmed",
    "yes confirm",
)
READBACK_NO = (
    "no that's not right",
    "nah that's wrong",
    "hmm no",
    "no no no",
    "no, that's wrong",
    "uh no the details are wrong",
    "that's not right",
    "no it's not",
    "no sorry that's incorrect",
    "not correct",
    "no, something's off",
    "nope",
    "that's not it",
    "no, not right",
    "negative",
    "nah",
    "no that's not correct sorry",
    "hang on no that's wrong",
    "sorry no",
    "not quite right no",
    "um no",
    "no that's all wrong",
    "i don't think that's right",
    "that doesn't look right",
    "no, that isn't right",
)
CORRECT_TITLE = (
    "oh it's {t} not {t0}",
    "could you change {t0} to {t}",
    "sorry it should say {t}",
    "the title's wrong, {t} please",
    "should be {t} not {t0}",
    "can you put {t} instead",
    "{t} not {t0}",
    "not {t0}, {t}",
    "it's {t} actually",
    "you've put {t0}, it should be {t}",
    "i'm {t} not {t0}",
)
CORRECT_ADD_EXTENSION = (
    "oh can you add the extension {e}",
    "there's also an extension, {e}",
    "and the ext is {e}",
    "I forgot to say, extension {e}",
    "add x{e} please",
    "can you put extension {e} on the end",
    "it needs extension {e}",
    "the extension should be {e}",
)
CORRECT_ADD_EXTENSION_SPOKEN = (
    "can you add extension {e}",
    "oh and the extension is {e}",
    "uh i forgot my extension its {e}",
)
CORRECT_REMOVE_EXTENSION = (
    "scrap the extension",
    "no there isn't an extension",
    "take the extension out",
    "there shouldn't be an extension",
    "remove ext please",
    "the extension's not needed",
    "no extension please, it's a mobile",
    "get rid of the ext",
    "you can leave the extension off",
    "the extension is wrong, there isn't one",
)
CORRECT_LAST = (
    "can you change the surname to {l}",
    "the last name should say {l}",
    "surname is wrong it should be {l}",
    "you've got {l0}, it should be {l}",
    "not {l0}, {l}",
    "{l} not {l0}",
    "my surname is {l}, not {l0}",
    "the family name is {l}",
    "last name needs to be {l}",
    "oh the surname's {l}, sorry",
)
CORRECT_FIRST = (
    "first name is actually {f}",
    "can you change the first name to {f}",
    "you've got {f0}, it should be {f}",
    "not {f0}, {f}",
    "{f} not {f0}",
    "my first name's {f} not {f0}",
    "the first name should say {f}",
    "oh sorry, first name {f}",
    "it's {f} for the first name",
    "first name needs to be {f}",
)
CORRECT_PHONE = (
    "the number's wrong, it's {n}",
    "no the mobile should be {n}",
    "sorry that's my old number, the new one is {n}",
    "can you update the number to {n}",
    "phone should read {n}",
    "the phone number is {n} not that one",
    "number should be {n} please",
    "wrong number - it's {n}",
    "could you change the number to {n}",
    "{n} not {n0}",
)


# --- vocabulary and people ------------------------------------------------------------------------------
def _words(value: object) -> set[str]:
    if isinstance(value, str):
        return {w.strip("'") for w in re.findall(r"[^\W\d_][\w']*", value.casefold())}
    if isinstance(value, dict):
        return set().union(_words(list(value)), *(_words(v) for v in value.values()))
    if isinstance(value, (tuple, list)):
        return set().union(*(_words(v) for v in value)) if value else set()
    return set()


@cache
def vocabulary() -> frozenset[str]:
    """Every word these sentences use (lower case), so no name chosen here is also one of them."""
    words: set[str] = set()
    for name, value in globals().items():
        if name.isupper() and name not in ("SEED", "PREFIX", "CATEGORIES"):
            words |= _words(value)
    return frozenset(w for w in words if w)


def eligible(population: tuple[Person, ...]) -> tuple[Person, ...]:
    """The corpus's people whose names are none of this module's words either."""
    words = vocabulary()
    return tuple(p for p in population if not {p.first.casefold(), p.last.casefold()} & words)


# --- writing styles ------------------------------------------------------------------------------------
_SPEECH_PUNCT = re.compile(r"[.,!?;:()|/\"#•\[\]–—\-]")
_NAME_KEYS = frozenset({"f", "l", "f0", "l0"})  # a name keeps its hyphen or apostrophe when said
_CHAT_PUNCT = re.compile(r"[.,!?;:()|\"•\[\]–—]")


def as_typed(rng: random.Random, template: str, values: dict[str, str], filler: bool = True) -> str:
    """Typed with care: as written, maybe after a short opener."""
    return (rng.choice(TYPED_FILLERS) if filler else "") + template.format(**values)


def as_chat(rng: random.Random, template: str, values: dict[str, str]) -> str:
    """Chat: lower case, punctuation dropped, apostrophes often dropped, chat spellings."""
    text = _CHAT_PUNCT.sub(" ", template.lower())
    if rng.random() < 0.6:
        text = text.replace("'", "")
    for word, swaps in CHAT_SPELLINGS.items():
        if rng.random() < 0.35:
            text = re.sub(rf"\b{word}\b(?![^{{]*}})", rng.choice(swaps), text)
    names = {
        k: (v.lower() if k in ("f", "l", "f0", "l0", "t", "t0") and rng.random() < 0.7 else v)
        for k, v in values.items()
    }
    return re.sub(r"\s+", " ", text.format(**names)).strip()


def as_speech(rng: random.Random, template: str, values: dict[str, str], filler: bool = True) -> str:
    """Speech recognition: lower case, no punctuation, maybe a filler first; values already spoken."""
    text = _SPEECH_PUNCT.sub(" ", template.lower())
    spoken = {
        k: v.lower() if k in _NAME_KEYS else _SPEECH_PUNCT.sub(" ", v.lower()) for k, v in values.items()
    }
    return re.sub(r"\s+", " ", (rng.choice(ASR_FILLERS) if filler else "") + text.format(**spoken)).strip()


def spelled(name: str, sep: str = "-") -> str:
    return sep.join(name.upper())


def spellable(name: str) -> bool:
    return name.isalpha() and all(unicodedata.category(ch) in ("Ll", "Lu") for ch in name)


# --- numbers: forms written fresh here, each checked by phonenumbers ----------------------------------------
def _parses_to(text: str, region: str | None, e164: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == e164


def _pairs(digits: str) -> list[str]:
    """Digits in twos, a three first when the count is odd: "740 01 23 45 6" is not how anyone groups."""
    head = digits[:3] if len(digits) % 2 else ""
    return ([head] if head else []) + [digits[i : i + 2] for i in range(len(head), len(digits), 2)]


def _threes(digits: str) -> list[str]:
    """Digits in threes, a short tail joined to the group before it: "868 221 1234"."""
    groups = [digits[i : i + 3] for i in range(0, len(digits), 3)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return groups


def an(word: str) -> str:
    return ("an " if word[0].casefold() in "aeiou" else "a ") + word


@cache
def international_forms(ex: Example) -> tuple[str, ...]:
    cc, nsn, groups = ex.country_code, ex.nsn, ex.groups
    forms = [
        ex.international,
        f"{cc} {nsn}",
        f"({cc}){nsn}",
        f"{cc}-{nsn}",
        f"+ {cc[1:]} {' '.join(groups)}",
        f"{cc} {' '.join(_pairs(nsn))}",
        f"00{cc[1:]} {' '.join(groups)}",
        f"00{cc[1:]}-{nsn}",
        ex.e164,
        f"{cc} {' '.join(_threes(nsn))}",
    ]
    if ex.national.startswith("0") and re.sub(r"\D", "", ex.national)[1:] == nsn:
        forms.append(f"{cc} (0){ex.national[1:]}")
    kept = []
    for form in dict.fromkeys(forms):
        as_plus = "+" + form[2:] if form.startswith("00") else form
        if _parses_to(as_plus, None, ex.e164):
            kept.append(form)
    return tuple(kept)


@cache
def national_forms(ex: Example) -> tuple[str, ...]:
    digits = re.sub(r"\D", "", ex.national)
    groups = ex.national_groups
    forms = [ex.national, digits, ".".join(groups), " ".join(_pairs(digits))]
    if len(groups) >= 2 and (
        groups[0].startswith("0") or ex.country_code == "+1"
    ):  # an area code in brackets
        forms.append(f"({groups[0]}) {' '.join(groups[1:])}")
    return tuple(
        f for f in dict.fromkeys(forms) if not f.startswith(("+", "00")) and _parses_to(f, ex.region, ex.e164)
    )


def _typo(form: str) -> str:
    """The same form with its last digit mistyped."""
    i = max(i for i, ch in enumerate(form) if ch.isdigit())
    return form[:i] + str((int(form[i]) + 1) % 10) + form[i + 1 :]


def _say_group(group: str, zero: str, repeats: bool) -> list[str]:
    words = []
    for digit, run in itertools.groupby(group):
        count = len(list(run))
        word = zero if digit == "0" else DIGIT_WORDS[digit]
        while count:
            take = min(count, 3) if repeats and count != 4 else min(count, 2) if repeats else 1
            words.append({1: word, 2: f"{NUMBER_WORDS[1]} {word}", 3: f"{NUMBER_WORDS[2]} {word}"}[take])
            count -= take
    return words


def say(
    groups: list[str], rng: random.Random, zero: str = "oh", repeats: bool = False, pauses: bool = False
) -> str:
    """Digits as said aloud, group by group: "oh seven seven double oh uh one two three"."""
    parts = [" ".join(_say_group(g, zero, repeats)) for g in groups]
    out = parts[0]
    for part in parts[1:]:
        out += (rng.choice(HESITATIONS) if pauses else " ") + part
    return re.sub(r"\s+", " ", out)


def spoken_international(ex: Example, rng: random.Random, k: int) -> str:
    cc = ex.country_code[1:]
    groups = ex.groups if k % 3 else _pairs(ex.nsn)
    zero = "oh" if k % 2 else "zero"
    plus, double, _, oh, zero_word, _ = NUMBER_WORDS
    prefix = (
        f"{plus} {say([cc], rng, zero)}"
        if k % 5 != 4
        else (f"{double} {oh} " if zero == oh else f"{zero_word} {zero_word} ") + say([cc], rng, zero)
    )
    if k % 11 == 7:  # the recogniser writes the subscriber digits as figures
        return f"{plus} {say([cc], rng)} {' '.join(ex.groups)}"
    return f"{prefix} {say(groups, rng, zero, repeats=k % 4 != 0, pauses=k % 3 == 0)}"


def spoken_national(ex: Example, rng: random.Random, k: int) -> str:
    return say(ex.national_groups, rng, "oh" if k % 2 else "zero", repeats=k % 3 != 0, pauses=k % 4 == 1)


def restarted(rng: random.Random, spoken_number: str) -> str:
    """A number begun, abandoned and said again in full."""
    words = spoken_number.split()
    return " ".join(words[: rng.randint(2, 4)]) + " " + rng.choice(RESTART) + " " + spoken_number


# --- the turns ---------------------------------------------------------------------------------------------
def _names(p: Person) -> dict[str, str]:
    return {"salutation": p.title, "first_name": p.first, "last_name": p.last}


def _title_written(title: str, k: int) -> str:
    """A title as typed in a sentence or a CRM field: "Dr", "Dr.", "dr", "DR"."""
    forms = [f for f in TITLE_FORMS[title] if f.rstrip(".").casefold() == title.casefold()]
    return forms[k % len(forms)]


def _extension(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 3)))


def _pick(seq: Any, i: int) -> Any:
    return seq[i % len(seq)]


class Blind:
    def __init__(self, population: tuple[Person, ...]) -> None:
        self.people = eligible(population)
        self.examples = examples()
        self.named = [ex for ex in self.examples if in_sentence(ex.region)]

    def person(self, i: int) -> Person:
        return self.people[(i * 7817 + 29) % len(self.people)]

    def other(self, person: Person, i: int) -> Person:
        """Somebody else, whose first and last names both differ from this person's."""
        for j in itertools.count(i + 1):
            candidate = self.person(j * 13)
            if candidate.first.casefold() not in (
                person.first.casefold(),
                person.last.casefold(),
            ) and candidate.last.casefold() not in (person.first.casefold(), person.last.casefold()):
                return candidate
        raise AssertionError("unreachable")

    def example(self, i: int, pool: list[Example] | tuple[Example, ...] | None = None) -> Example:
        pool = pool or self.examples
        return pool[(i * 53 + 11) % len(pool)]

    def turns(self) -> Iterator[Turn]:
        for category in CATEGORIES:
            yield from getattr(self, category[len(PREFIX) :])(random.Random(f"{SEED}-{category}"))

    # --- phone numbers ------------------------------------------------------------------------------------
    def phone_typed(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(260):
            ex, p = self.example(k), self.person(k)
            n = _pick(international_forms(ex), k)
            if k % 9 == 4:
                text = as_typed(
                    rng, _pick(PHONE_TYPED_SELF_CORRECTED, k), {"n": n, "n0": _typo(n)}, filler=False
                )
            elif k % 4 == 1:
                text = as_chat(rng, _pick(PHONE_TYPED, k), {"n": n})
            else:
                text = as_typed(rng, _pick(PHONE_TYPED, k), {"n": n})
            yield Turn("blind_phone_typed", text, "phone_number", _names(p), expect=ex.expect())

    def phone_spoken(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(260):
            ex, p = self.example(k + 500), self.person(k + 500)
            n = spoken_international(ex, rng, k)
            if k % 10 == 3:
                n = restarted(rng, n)
            text = as_speech(rng, _pick(PHONE_SPOKEN, k), {"n": n})
            yield Turn("blind_phone_spoken", text, "phone_number", _names(p), expect=ex.expect())

    def phone_extension(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(220):
            ex, p, e = self.example(k + 1000), self.person(k + 1000), _extension(rng)
            if k % 3 == 2:
                text = as_speech(
                    rng,
                    _pick(EXTENSION_SPOKEN, k),
                    {"n": spoken_international(ex, rng, k), "e": say([e], rng, "oh" if k % 2 else "zero")},
                )
            else:
                values = {
                    "n": _pick(international_forms(ex), k),
                    "e": e,
                    "x": _pick(EXTENSION_WRITTEN, k // 3 + k).format(e=e),
                }
                say_it = as_chat if k % 5 == 1 else as_typed
                text = say_it(rng, _pick(EXTENSION_TYPED, k), values)
            yield Turn("blind_phone_extension", text, "phone_number", _names(p), expect=ex.expect(e))

    def phone_national_country_named(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(240):
            ex, p = self.example(k + 1500, self.named), self.person(k + 1500)
            values = {
                "n": _pick(national_forms(ex), k),
                "c": _pick(country_names()[ex.region], k),
                "cs": _pick(in_sentence(ex.region), k),
            }
            if k % 4 == 3:
                values["n"] = spoken_national(ex, rng, k)
                text = as_speech(rng, _pick(NATIONAL_NAMED_SPOKEN, k), values)
            elif k % 4 == 1 and ex.region in ADJECTIVES:
                values["adj"] = _pick(ADJECTIVES[ex.region], k)
                values["an_adj"] = an(values["adj"])
                text = as_typed(rng, _pick(NATIONAL_NAMED_ADJ, k), values)
            else:
                say_it = as_chat if k % 6 == 2 else as_typed
                text = say_it(rng, _pick(NATIONAL_NAMED, k), values)
            yield Turn(
                "blind_phone_national_country_named",
                text,
                "phone_number",
                _names(p),
                expect={**ex.expect(), "country": ex.region},
            )

    def phone_national_default_region(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(180):
            ex, p = self.example(k + 2000), self.person(k + 2000)
            if k % 3 == 2:
                text = as_speech(rng, _pick(NATIONAL_NO_REGION_SPOKEN, k), {"n": spoken_national(ex, rng, k)})
            else:
                text = as_typed(rng, _pick(NATIONAL_DEFAULT, k), {"n": _pick(national_forms(ex), k)})
            yield Turn(
                "blind_phone_national_default_region",
                text,
                "phone_number",
                _names(p),
                default_region=ex.region,
                expect=ex.expect(),
            )

    def phone_national_no_region(self, rng: random.Random) -> Iterator[Turn]:
        absent = ("phone_number", "country_code")
        for k in range(220):
            ex, p = self.example(k + 2500), self.person(k + 2500)
            if re.sub(r"\D", "", ex.national).startswith("011"):
                continue  # North America's international prefix: not clearly a national number
            if k % 4 == 3:
                text = as_speech(rng, _pick(NATIONAL_NO_REGION_SPOKEN, k), {"n": spoken_national(ex, rng, k)})
                yield Turn(
                    "blind_phone_national_no_region",
                    text,
                    "phone_number",
                    _names(p),
                    absent=absent,
                    present=("pending_phone",),
                )
                continue
            n = _pick(national_forms(ex), k)
            say_it = as_chat if k % 5 == 1 else as_typed
            text = say_it(rng, _pick(NATIONAL_NO_REGION, k), {"n": n})
            yield Turn(
                "blind_phone_national_no_region",
                text,
                "phone_number",
                _names(p),
                absent=absent,
                present=("pending_phone",),
                digits={"pending_phone": re.sub(r"\D", "", n)},
            )

    # --- the country question --------------------------------------------------------------------------
    def country_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(260):
            ex, p = self.example(k + 3000, self.named), self.person(k + 3000)
            names = country_names()[ex.region]
            values = {"c": _pick(names, k), "cs": _pick(in_sentence(ex.region), k)}
            kind = k % 10
            if kind == 7 and ADJECTIVES.get(ex.region):
                template, values["adj"] = _pick(COUNTRY_ADJ, k), _pick(ADJECTIVES[ex.region], k)
                values["an_adj"] = an(values["adj"])
            elif kind == 8 and iso_codes(ex.region):
                template, values["code"] = _pick(COUNTRY_CODE, k), iso_codes(ex.region)[0]
            elif kind == 9 and dialling_codes(ex.region):
                template, values["dial"] = _pick(COUNTRY_DIAL, k), dialling_codes(ex.region)[0]
            elif kind == 6:
                other = self.example(k + 3333, self.named)
                if other.region == ex.region:
                    continue
                template, values["c0"] = _pick(COUNTRY_CORRECTED, k), _pick(country_names()[other.region], k)
            else:
                template = _pick(COUNTRY_NAME, k)
            style = k % 4
            text = (
                as_speech(rng, template, values)
                if style == 3 and not {"dial", "code"} & set(values)
                else as_chat(rng, template, values)
                if style == 1
                else as_typed(rng, template, values, filler=False)
            )
            pending = _pick(national_forms(ex), k)
            yield Turn(
                "blind_country_answer",
                text,
                "country",
                {**_names(p), "pending_phone": pending},
                expect={"phone_number": ex.nsn, "country_code": ex.country_code, "country": ex.region},
            )

    # --- titles and names -------------------------------------------------------------------------------
    def title_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(210):
            title = _pick(TITLES, k)
            if k % 3 == 2:
                values = {"t": _pick(SPOKEN_TITLE_WORDS[title], k // 3)}
                template = _pick(TITLE_ANSWER, k)
                if k % 12 == 5:
                    values["t0"] = _pick([w for t in TITLES if t != title for w in SPOKEN_TITLE_WORDS[t]], k)
                    template = _pick(TITLE_CORRECTED, k)
                text = as_speech(rng, template, values)
            else:
                values = {"t": _pick(TITLE_FORMS[title], k // 7)}
                template = _pick(TITLE_ANSWER, k + k // 7)
                if k % 12 == 4:
                    values["t0"] = _title_written(_pick([t for t in TITLES if t != title], k), k)
                    template = _pick(TITLE_CORRECTED, k)
                text = (
                    as_chat(rng, template, values)
                    if k % 3 == 1
                    else as_typed(rng, template, values, filler=False)
                )
            yield Turn("blind_title_answer", text, "salutation", {}, expect={"salutation": title})

    def _styled(self, rng: random.Random, k: int, template: str, values: dict[str, str]) -> str:
        style = k % 4
        if style == 3:
            return as_speech(rng, template.replace("{spelled}", "{spelled_spoken}"), values)
        if style == 1:
            return as_chat(rng, template, values)
        return as_typed(rng, template, values, filler=False)

    def first_name_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(270):
            p = self.person(k + 4000)
            known = {"salutation": p.title}
            values = {
                "f": p.first,
                "l": p.last,
                "spelled": spelled(p.first),
                "spelled_spoken": spelled(p.first, " "),
            }
            if k % 4 == 2:
                text = self._styled(rng, k, _pick(FIRST_FULL, k // 4), values)
                yield Turn(
                    "blind_first_name_answer",
                    text,
                    "first_name",
                    known,
                    expect={"first_name": p.first, "last_name": p.last},
                )
                continue
            if k % 9 == 5 and spellable(p.first):
                template = _pick(FIRST_SPELLED, k)
            elif k % 13 == 7:
                template, values["f0"] = _pick(FIRST_CORRECTED, k), self.other(p, k).first
            else:
                template = _pick(FIRST_ANSWER, k)
            yield Turn(
                "blind_first_name_answer",
                self._styled(rng, k, template, values),
                "first_name",
                known,
                expect={"first_name": p.first},
                absent=("last_name",),
            )

    def last_name_answer(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(220):
            p = self.person(k + 4500)
            known = {"salutation": p.title, "first_name": p.first}
            values = {"l": p.last, "spelled": spelled(p.last), "spelled_spoken": spelled(p.last, " ")}
            if k % 9 == 5 and spellable(p.last):
                template = _pick(LAST_SPELLED, k)
            elif k % 13 == 7:
                template, values["l0"] = _pick(LAST_CORRECTED, k), self.other(p, k).last
            else:
                template = _pick(LAST_ANSWER, k)
            yield Turn(
                "blind_last_name_answer",
                self._styled(rng, k, template, values),
                "last_name",
                known,
                expect={"last_name": p.last},
            )

    def x_is_my_y(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(240):
            p, ex = self.person(k + 5000), self.example(k + 5000)
            slot = ("phone_number", "first_name", "last_name", "salutation")[k % 4]
            template = _pick(X_IS_MY_Y[slot], k // 4)
            if slot == "phone_number":
                spoken = k % 3 == 2
                n = spoken_international(ex, rng, k) if spoken else _pick(international_forms(ex), k)
                text = (
                    as_speech(rng, template, {"n": n}, filler=False)
                    if spoken
                    else as_typed(rng, template, {"n": n}, filler=False)
                )
                yield Turn("blind_x_is_my_y", text, slot, _names(p), expect=ex.expect())
            elif slot == "first_name":
                yield Turn(
                    "blind_x_is_my_y",
                    self._styled(rng, k, template, {"f": p.first}),
                    slot,
                    {"salutation": p.title},
                    expect={"first_name": p.first},
                    absent=("last_name",),
                )
            elif slot == "last_name":
                yield Turn(
                    "blind_x_is_my_y",
                    self._styled(rng, k, template, {"l": p.last}),
                    slot,
                    {"salutation": p.title, "first_name": p.first},
                    expect={"last_name": p.last},
                )
            else:
                title = p.title
                if k % 3 == 2:
                    text = as_speech(rng, template, {"t": _pick(SPOKEN_TITLE_WORDS[title], k)}, filler=False)
                else:
                    text = as_typed(rng, template, {"t": _pick(TITLE_FORMS[title], k)}, filler=False)
                yield Turn("blind_x_is_my_y", text, slot, {}, expect={"salutation": title})

    # --- openers --------------------------------------------------------------------------------------------
    def opener_request_only(self, rng: random.Random) -> Iterator[Turn]:
        combos = [
            (g, f, r, t)
            for g, f, r, t in itertools.product(
                OPENER_GREETINGS, OPENER_FILLERS, OPENER_REQUESTS, OPENER_TAILS
            )
            if not (t.strip(" ?.") and t.strip() in r)
        ]  # not "... for me for me"
        for k, (greeting, filler, request, tail) in enumerate(random.Random(SEED).sample(combos, 220)):
            template = greeting + filler + request + tail
            text = (
                as_speech(rng, template, {}, filler=False)
                if k % 4 == 3
                else as_chat(rng, template, {})
                if k % 4 == 1
                else template
            )
            yield Turn("blind_opener_request_only", text, None, absent=(*NAME_SLOTS, "phone_number"))
        for k in range(50):
            ex = self.example(k + 6000)
            text = as_typed(
                rng, _pick(OPENER_WITH_NUMBER, k), {"n": _pick(international_forms(ex), k)}, filler=False
            )
            yield Turn("blind_opener_request_only", text, None, expect=ex.expect(), absent=NAME_SLOTS)

    def opener_with_details(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(270):
            p, ex = self.person(k + 6500), self.example(k + 6500)
            kind = k % 5
            speech = k % 4 == 3
            values = {
                "f": p.first,
                "l": p.last,
                "t": _pick(SPOKEN_TITLE_WORDS[p.title], k) if speech else _title_written(p.title, k),
            }

            def write(template: str) -> str:
                return (
                    as_speech(rng, template, values, filler=False)
                    if speech
                    else as_chat(rng, template, values)
                    if k % 4 == 1
                    else template.format(**values)
                )

            if kind in (0, 1):
                yield Turn(
                    "blind_opener_with_details",
                    write(_pick(OPENER_FULL, k // 5 + kind)),
                    None,
                    expect={"salutation": p.title, "first_name": p.first, "last_name": p.last},
                    absent=("phone_number",),
                )
            elif kind == 2:
                yield Turn(
                    "blind_opener_with_details",
                    write(_pick(OPENER_NAME, k // 5)),
                    None,
                    expect={"first_name": p.first, "last_name": p.last},
                    absent=("salutation", "phone_number"),
                )
            elif kind == 3:
                yield Turn(
                    "blind_opener_with_details",
                    write(_pick(OPENER_FIRST, k // 5)),
                    None,
                    expect={"first_name": p.first},
                    absent=("salutation", "last_name", "phone_number"),
                )
            else:
                template = _pick(OPENER_PHONE, k // 5)
                values["t"] = _title_written(p.title, k)
                values["n"] = _pick(international_forms(ex), k)
                text = as_chat(rng, template, values) if k % 3 == 1 else template.format(**values)
                expect = {"first_name": p.first, "last_name": p.last, **ex.expect()}
                if "{t}" in template:
                    yield Turn(
                        "blind_opener_with_details", text, None, expect={**expect, "salutation": p.title}
                    )
                else:
                    yield Turn("blind_opener_with_details", text, None, expect=expect, absent=("salutation",))

    # --- agents' pastes -------------------------------------------------------------------------------------
    def paste(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(270):
            p, ex = self.person(k + 7000), self.example(k + 7000)
            forms = international_forms(ex)
            n = f"{NUMBER_WORDS[5]}:{ex.e164}" if k % 17 == 3 else _pick(forms, k)
            e = _extension(rng) if k % 5 == 2 else ""
            t = _title_written(p.title, k)
            kind = k % 6
            if kind == 4:
                template = _pick(PASTE_FIELDS, k // 6)
                titled = "{t}" in template
            elif kind == 5 and k % 12 == 11:
                template, titled = _pick(PASTE_SURNAME_FIRST, k // 12), False
            else:
                template = _pick(PASTES, k + k // 18)
                titled = k % 3 != 0
            text = template.format(tt=f"{t} " if titled else "", t=t, f=p.first, l=p.last, n=n)
            if e:
                text = text.rstrip("\n") + _pick(PASTE_EXTENSIONS, k).format(e=e)
            expect = {"first_name": p.first, "last_name": p.last, **ex.expect(e)}
            if titled:
                yield Turn("blind_paste", text, None, expect={**expect, "salutation": p.title})
            else:
                yield Turn("blind_paste", text, None, expect=expect, absent=("salutation",))

    # --- the read-back --------------------------------------------------------------------------------------
    def _contact(self, k: int, extension: str = "") -> tuple[Person, Example, dict[str, str]]:
        p, ex = self.person(k), self.example(k)
        return (
            p,
            ex,
            {**_names(p), "phone_number": ex.nsn, "country_code": ex.country_code, "extension": extension},
        )

    def _yes_no(
        self,
        rng: random.Random,
        category: str,
        forms: tuple[str, ...],
        expect: dict[str, Any],
        absent: tuple[str, ...],
        count: int,
        offset: int,
    ) -> Iterator[Turn]:
        for k in range(count):
            form = _pick(forms, k)
            style = (k // len(forms)) % 4
            text = (
                as_speech(rng, form, {}, filler=False)
                if style == 1
                else as_chat(rng, form, {})
                if style == 2
                else rng.choice(READBACK_LEADS) + form
                if style == 3
                else form
            )
            _, _, known = self._contact(k + offset, _extension(rng) if k % 6 == 0 else "")
            yield Turn(category, text, "confirmed", known, expect=expect, absent=absent)

    def readback_yes(self, rng: random.Random) -> Iterator[Turn]:
        yield from self._yes_no(
            rng, "blind_readback_yes", READBACK_YES, {"confirmed": True}, ("awaiting_change",), 180, 8000
        )

    def readback_no(self, rng: random.Random) -> Iterator[Turn]:
        yield from self._yes_no(
            rng, "blind_readback_no", READBACK_NO, {"awaiting_change": True}, ("confirmed",), 150, 8500
        )

    def readback_correction(self, rng: random.Random) -> Iterator[Turn]:
        for k in range(300):
            kind = k % 6
            j = k // 6
            p, ex, known = self._contact(k + 9000, _extension(rng) if kind == 2 else "")
            speech = j % 4 == 3
            chat = j % 4 == 1
            values: dict[str, str]
            if kind == 0:
                new = _pick([t for t in TITLES if t != p.title], j)
                if speech:
                    values = {
                        "t": _pick(SPOKEN_TITLE_WORDS[new], j),
                        "t0": _pick(SPOKEN_TITLE_WORDS[p.title], j),
                    }
                else:
                    values = {"t": _title_written(new, j), "t0": _title_written(p.title, j + 1)}
                template, expect = _pick(CORRECT_TITLE, j), {"salutation": new}
            elif kind == 1:
                e = _extension(rng)
                if speech:
                    template, values = _pick(CORRECT_ADD_EXTENSION_SPOKEN, j), {"e": say([e], rng, "oh")}
                else:
                    template, values = _pick(CORRECT_ADD_EXTENSION, j), {"e": e}
                expect = {"extension": e}
            elif kind == 2:
                template, values, expect = _pick(CORRECT_REMOVE_EXTENSION, j), {}, {"extension": ""}
            elif kind == 3:
                other = self.other(p, k)
                template, values, expect = (
                    _pick(CORRECT_LAST, j),
                    {"l": other.last, "l0": p.last},
                    {"last_name": other.last},
                )
            elif kind == 4:
                other = self.other(p, k)
                template, values, expect = (
                    _pick(CORRECT_FIRST, j),
                    {"f": other.first, "f0": p.first},
                    {"first_name": other.first},
                )
            else:
                new_ex = self.example(k + 9777)
                if new_ex.e164 == ex.e164:
                    continue
                speech = speech and "{n0}" not in _pick(CORRECT_PHONE, j)
                values = {
                    "n": spoken_international(new_ex, rng, j)
                    if speech
                    else _pick(international_forms(new_ex), j),
                    "n0": ex.international,
                }
                template = _pick(CORRECT_PHONE, j)
                expect = {"phone_number": new_ex.nsn, "country_code": new_ex.country_code}
            text = (
                as_speech(rng, template, values, filler=False)
                if speech
                else as_chat(rng, template, values)
                if chat
                else template.format(**values)
            )
            yield Turn(
                "blind_readback_correction", text, "confirmed", known, expect=expect, absent=("confirmed",)
            )


def build(population: tuple[Person, ...]) -> Iterator[Turn]:
    """Every blind turn, the same on every run."""
    return Blind(population).turns()
