"""Every word list that decides how a turn is read, in one place, named for its role.

The interpreter (``actions.interpret``) and the normalisers read their words from here and
nowhere else, so "aye" meaning yes, or a local title, is one entry in one list. A bot owner
adds words without editing the package: ``CONTACT_VOCABULARY_FILE`` names a JSON or YAML file
whose keys are the role names below (see ``EXTENDABLE``), for example::

    {"yes": ["aye", "haan ji"], "no": ["nay"], "titles": {"sheikh": "Sheikh", "ustaz": "Mr"},
     "polite_tails": ["ji"], "not_name": ["bhai"], "countries": {"blighty": "GB"}}

The file is read once, when this module is imported (the action server's start); a word
added there is literal text (an apostrophe also matches without one). Built-in entries of
the phrase roles are small regular-expression fragments ("um+" is um, umm, ummm).
A new title must also be one of the bot's titles (``CONTACT_SALUTATIONS``) to be used.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

VOCABULARY_FILE_SETTING = "CONTACT_VOCABULARY_FILE"


def _words(text: str) -> tuple[str, ...]:
    """A long list of single words, written as text so it reads as a list of words."""
    return tuple(text.split())


# -- limits that are words' business too -------------------------------------------------------
MAX_EXTENSION = 10  # digits of an extension (the API's field; longer is a second number)
MIN_NUMBER_DIGITS = 6  # digits that make a free-text turn hold a phone number ("six digits means a number")
MIN_SHORT_NUMBER_DIGITS = 4  # the shortest numbers of small territories (Niue, Saint Helena)

# -- yes and no ------------------------------------------------------------------------------------
YES = (
    "yes",
    "yeah",
    "yea",
    "yep",
    "yup",
    "ya",
    "sure",
    "correct",
    "right",
    "aye",
    "sound",
    "that'?s (?:all )?(?:right|correct|fine|good|it)",
    "that is (?:all )?(?:right|correct)",
    "all (?:good|correct|right|fine)",
    "perfect",
    "great",
    "fine",
    "looks (?:good|right|fine|correct)",
    "sounds (?:good|right|great|fine|perfect)",
    "(?:that )?all sounds (?:right|good|fine|great)",
    "save it",
    "go ahead",
    "do it",
    "please do",
    "please save",
    "confirm(?:ed)?",
    "affirmative",
    "absolutely",
    "definitely",
    "of course",
    "exactly",
    "spot on",
    "bang on",
    "y",
    "ok(?:ay)?",
    "that'?s (?:perfect|great|lovely|brilliant|fine|grand)",
    "brilliant",
    "lovely",
    "excellent",
    "cool",
    "yes it is",
    "it is",
    "correct it is",
    "grand",
    "uh[- ]?huh",
    "mm[- ]?hmm",
    "mhm",
    "(?:you|u) got it",
    "go for it",
    "(?:ok(?:ay)? )?done",
    "yes yes",
    "correct only",
    "all set",
    "(?:all )?(?:the )?details (?:are|look) (?:all )?(?:right|correct|fine|good)",
    "everything(?:'?s| is) (?:right|correct|fine|good)",
    "that'?s the one",
    "that is the one",
    "that'?s them",
)
NO = (
    "no",
    "nope",
    "nah",
    "nay",
    "n",
    "not (?:quite|really|right|correct|it|exactly)",
    "that'?s not (?:right|correct|it|quite right)",
    "that (?:is not|isn'?t) (?:right|correct|it)",
    "isn'?t right",
    "wrong",
    "incorrect",
    "that'?s wrong",
    "something'?s (?:wrong|off)",
    "negative",
    "(?:that )?does ?n'?t look right",
    "i do ?n'?t think (?:that'?s|thats|it'?s|its) (?:right|correct)",
    "(?:that'?s|thats) not (?:right|correct)",
    "wait,? no",
    "(?:definitely|absolutely|certainly|of course|surely) not",
    "do ?n'?t save(?: it| that| this)?",
    "do not save(?: it| that| this)?",
)
# At the read-back, "there is something to change" is a no and "nothing to change" a yes.
SOMETHING_TO_CHANGE = (
    (
        "(?:i )?(?:need|want|have|would like) to (?:change|correct|fix|edit|amend) (?:something|a detail|"
        "one thing|a thing|it)"
    ),
    "i'?d like to (?:change|correct|fix|edit|amend) (?:something|a detail|one thing|a thing|it)",
    "(?:can|could|may) i (?:change|correct|fix|edit|amend) (?:something|a detail|one thing|a thing|it)",
    "let me (?:change|correct|fix|edit|amend) (?:something|a detail|one thing|a thing|it)",
    "(?:there'?s|there is|i see|i made) (?:a|an|one) (?:mistake|error|typo)",
    (
        "(?:one thing|something|some of it|part of it|a detail|one detail|one of them) "
        "(?:is|'?s|looks) (?:wrong|off|"
        "incorrect|not right)"
    ),
    "(?:you'?ve|you have|you|u) got (?:something|one thing|a detail|it) wrong",
    "(?:hold|hang) on",
)
NOTHING_TO_CHANGE = (
    "nothing(?: to change)?",
    "no changes?(?: needed)?",
    "never ?mind",
    "it'?s (?:fine|ok|okay|right)",
    "leave it(?: as it is)?",
    "all good",
    "no worries,? (?:that'?s|it'?s) (?:right|correct|fine)",
)

# A caller who will not give what was asked: "I don't want to give my number", "I'd rather not say".
DECLINING = (
    (
        "i (?:do ?n'?t|do not|would ?n'?t|would not) (?:really )?"
        "(?:want|wish|like|care) to (?:give|share|say|tell|"
        "provide|leave|disclose)"
    ),
    "i'?d (?:rather|prefer) not(?: to)?",
    "i would (?:rather|prefer) not(?: to)?",
    "i prefer not to",
    (
        "i (?:wo ?n'?t|will not|ca ?n'?t|cannot|am not going to|'?m not going to) "
        "(?:give|share|say|tell|provide|disclose)"
    ),
    "(?:i'?m|i am) not (?:giving|sharing|telling|comfortable (?:giving|sharing))",
    "rather not(?: say| give| share)?",
    "(?:that'?s |it'?s )?(?:private|personal|none of your business)",
    "not telling(?: you)?",
    "no comment",
    "skip(?: it| that| this(?: one)?| the \\w+)?",
    "(?:can|could) (?:we|i|you) skip",
    "i'?ll pass",
    "(?:i )?(?:do ?n'?t|do not) (?:have|use) (?:a|one|any)",
)

# -- fillers and polite tails -------------------------------------------------------------------
# Sounds a caller makes while thinking: dropped before an answer and between the digits of a number.
HESITATIONS = ("um+", "uh+", "uhm", "er+m?", "hmm+", "mm+", "ah", "eh")
# Words that start a turn and say nothing: "so", "well", "ok".
DISCOURSE = ("well", "so", "oh", "ok(?:ay)?", "alright", "all right", "right", "actually", "sorry")
# "Wait while I look": said before an answer.
WAITING = ("let me see", "let me check", "hang on", "hold on", "one sec(?:ond)?", "just a sec")
# Agreeing words before an answer: "yeah, it's Helen".
AGREEING = ("yeah", "yes", "sure", "of course", "no problem", "and")
# What ends a turn politely and is no part of the answer: "..., thanks a lot mate".
POLITE_TAILS = (
    "please",
    "pls",
    "plz",
    "thanks(?: a lot| very much)?",
    "thank you(?: very much| so much)?",
    "thx",
    "ty",
    "cheers",
    "ta",
    "if you please",
    "of course",
    "mate",
    "sorry about that",
    "if you don'?t mind",
    "many thanks",
    "as it'?s spel(?:led|t)",
    "as it is spel(?:led|t)",
    "(?:as|like) it sounds",
    "as written",
)
# Marks after which the caller replaces what they just said: "+965 2234 no wait +965 2235".
SELF_CORRECTIONS = (
    "oops",
    "whoops",
    "no wait",
    "wait no",
    "wait",
    "no sorry",
    ("sorry,?\\s*(?:i mean|i meant|no|typo|my mistake|scratch that)"),
    "sorry",
    "i mean",
    "i meant",
    "actually,?\\s*(?:no|make (?:that|it)|it'?s)",
    "no,?\\s*actually",
    "scratch that",
    "let me correct(?: that)?",
    "correction",
    "typo",
    "my mistake",
    "or rather",
    "actually no let me start again",
    "let me start again",
    "\\.\\.+\\s*no",
    "no",
)

# Words before a title answer: "it's doctor", "you can put Mr", "my title is Ms".
TITLE_LEADS = (
    "it'?s",
    "it is",
    "i'?m",
    "i am",
    "use",
    "please use",
    "please",
    "make it",
    "just",
    "call me",
    "my title is",
    "title",
    "salutation",
    "the title is",
    "the",
    "a",
    "you can put",
    "put",
    "it should be",
    "should be",
    "that'?s",
    "oh",
    "better put",
    "(?:you can |just )?use",
    "go with",
    "i'?d go with",
    "i prefer",
    "i'?d prefer",
    "prefer",
)
# Words after a title answer: "Ms is fine", "dr would be my title".
TITLE_TAILS = (
    "is my title",
    "is the title",
    "is fine",
    "will do",
    "would be my title",
    "would be fine",
    "would be good",
    "yeah",
    "yes",
    "is good",
    "please",
    "thanks",
    "thank you",
)
# Words before a name answer: "my last name is", "you can call me", "it should be".
NAME_LEADS = (
    "it'?s",
    "it is",
    "i'?m",
    "i am",
    "this is",
    "here is",
    "call me",
    "you can call me",
    "they call me",
    "change it to",
    "make it",
    "it should be",
    "that'?s",
    "that is",
    "that'?d be",
    "that would be",
    "that one'?s",
    "that one is",
    "they'?re",
    "they are",
    "call (?:her|him|them)",
    "he'?s",
    "she'?s",
    "(?:you can |just |better )?put",
    "(?:you can |just )?write",
    "(?:you can )?use",
    "(?:you can )?go with",
)
# Words before a change: "no, sorry, could you ..." (with the hesitations, discourse and no words).
CHANGE_LEADS = (
    "no",
    "nope",
    "not quite",
    "not really",
    "oh",
    "ah",
    "sorry",
    "actually",
    "wait",
    "hang on",
    "oops",
    "but",
    "and",
    "yes",
    "yeah",
    "ok(?:ay)?",
    "can u",
    "could u",
    "pls",
    "well",
    "so",
    "please",
    "can you",
    "could you",
    "would you",
    "i want to",
    "i'd like to",
    "let'?s",
    "nearly",
    "almost",
    "close",
    "not quite",
    "mostly",
)

# -- requests, and words that are never a name ------------------------------------------------------
SAVE_VERBS = (
    "save",
    "add",
    "create",
    "store",
    "register",
    "record",
    "capture",
    "enter",
    "put",
    "take down",
    "note down",
    "write down",
    "log",
    "leave",
    "keep",
    "give you",
)
DELETE_VERBS = ("delete", "remove", "erase", "wipe", "get rid of", "forget")
CHANGE_VERBS = ("change", "update", "correct", "fix", "edit", "amend", "modify", "replace")
SAVE_OBJECTS = (
    "contact",
    "number",
    "details?",
    "name",
    "phone",
    "mobile",
    "cell",
    "caller",
    "customer",
    "client",
    "person",
    "entry",
    "record",
    "lead",
    "account",
    "profile",
    "me",
    "him",
    "her",
    "them",
    "this",
    "info(?:rmation)?",
)
# Words that are never part of a person's name in this conversation. Deliberately leaves out words
# that are also common given names (will, may, mark, bill, grace, hope, joy, rose).
NOT_NAME = _words("""
i i'm im i'd id i'll ill i've me my mine myself you you're your yours we we're us our he he's him his she
she's her hers they they're them their it it's its this that that's these those there here a an the to for of
in on at by with from into onto about as and or but so if then than is are was were be been being am do does
did doing done don't doesn't didn't have has had having can can't cannot could couldn't would wouldn't should
shall might not no yes yeah yep yup ok okay please pls plz thanks thank thx cheers hi hello hey hiya howdy bye
goodbye what what's who who's why how when where which whose want wants wanted wanna need needs needed like
liked would'd let let's lets save saved saving add added adding create created creating store stored storing
register registered registering record recording capture enter put take taking note write log leave leaving
keep new another contact contacts details detail number numbers phone phones mobile cell cellphone telephone
tel landline entry entries customer customers client clients caller callers person people system crm database
list name names first last surname surnames forename title titles salutation info information just now some
any one agent call calling called callback back reach reached also again thing something someone anyone
everyone sorry um umm uh er erm hmm well actually really extension ext extn code country address email e-mail
sure right correct wrong get got go going gonna know think mean meant said say saying tell told help hold wait
down up out off over old good fine great today tomorrow morning afternoon evening day time same other else all
each every very too quite only even still yet via per delete remove erase change update edit fix correct
cancel stop quit abort start again retry try trying looking wondering interested ready done happy glad nice
okay yo hmm oh ah eh mr mrs ms miss mx dr prof sir madam ma'am mister missus doctor professor miz dear team
office home work business personal private main primary dial dialling dialing ring ringing phoning texting
message text whatsapp lead leads account accounts profile file card vcard book directory sheet spreadsheet
form ticket request prospect member user ph fax mob nr num prefer go with would be good fine speaking calling
here down as put use
u ur ya yo ta guess asking addressed preferred basically kindly regards sincerely kind only just myself oops
whoops er erm uh uhm um umm hmm ah eh namaste salaam salam hola bonjour ciao hallo aloha howdy greetings g'day
shalom sir madam ma'am maam mate bro boss dear spelt spelled spell thats that's letters letter should've
shouldve interested based located married tired hoping waiting planning writing emailing contacting reaching
enquiring inquiring following checking moving travelling traveling staying living working retired single busy
afraid unable able about after before regarding concerning re since until during towards without within behind
beyond quick quickly real asap soon later urgent urgently cust side mind instead nope nah nay yea aye mhm
below above following attached warm wishes best yours truly sent iphone android fwd fw forwarded signature sig
""")
# Words that wrap a short answer without being part of it: "erm myself Aija", "Amarachi yeah".
LEADING_EDGE = _words("""
um umm uh uhm er erm hmm ah oh eh so well ok okay yeah yes yep sure right alright myself its it's it is the
sir ma'am maam madam just
""")
TRAILING_EDGE = _words("""
yeah yes yep ok okay please pls thanks thank thx ta cheers you u is fine good only ma'am maam madam sir mate
for your ur help asking i guess think it that's thats right will do down in
""")
# Hello words: a greeting alone is no answer.
GREETINGS = (
    "hi",
    "hello",
    "hey",
    "hiya",
    "howdy",
    "(?:good )?(?:morning|afternoon|evening)",
    "greetings",
    "yo",
    "namaste",
)

# -- field names and their synonyms --------------------------------------------------------------------
# How a caller names a field when correcting it ("my surname is ...", "change the mobile to ...").
FIELD_NAMES = {
    "first_name": ("first\\s*names?", "given\\s*names?", "fore\\s*names?", "christian\\s*names?", "first"),
    "last_name": ("last\\s*names?", "sur\\s*names?", "family\\s*names?", "second\\s*name", "last"),
    "full_name": ("full\\s*name", "name"),
    "salutation": ("title", "salutation", "honorific"),
    "extension": ("extension", "ext\\.?", "extn"),
    "phone_number": (
        "(?:(?:phone|mobile|cell|telephone|contact|cell\\s*phone)\\s+)?number",
        "phone",
        "mobile",
        "cell\\s*phone",
        "cell",
        "digits",
    ),
    "country": ("country(?:\\s*code)?",),
}
# How a paste labels its fields ("First name: ...", "Mob: ...").
FIELD_LABELS = {
    "salutation": ("title", "salutation", "honorific", "prefix"),
    "first_name": ("first\\s*name", "given\\s*name", "fore\\s*name", "fname"),
    "last_name": ("last\\s*name", "sur\\s*name", "family\\s*name", "lname"),
    "full_name": (
        "full\\s*name",
        "name",
        "customer(?:\\s*name)?",
        "cust(?:omer)?\\.?\\s*name",
        "caller(?:\\s*name)?",
        "client(?:\\s*name)?",
        "contact\\s*name",
        "fn",
    ),
    "phone": (
        "phone(?:\\s*(?:no\\.?|number|#))?",
        "tel(?:ephone)?\\.?",
        "mobile(?:\\s*(?:no\\.?|number|#))?",
        "mob\\.?",
        "cell(?:\\s*phone)?",
        "number",
        "ph\\.?",
        "direct(?:\\s*line)?",
        "work",
        "office",
        "tel(?:;[\\w=,-]+)+",
        "m",
        "t",
        "p",
    ),
    "extension": ("ext(?:ension)?\\.?", "extn", "x"),
    "country": ("country",),
    "structured_name": ("n",),  # a vCard's N:Last;First;;;
}
# Words that label a number or the name in a one-line paste: "John Doe tel +44 ...".
PASTE_LABELS = ("tel", "telephone", "phone", "ph", "mobile", "mob", "cell", "number", "contact", "name")

# -- extension words, titles, country words ----------------------------------------------------------------
EXTENSION_WORDS = ("extension", "ext", "extn")
# What comes between a number and its extension: "..., then dial 55", "... and then ask for 8515".
EXTENSION_CUES = ("dial", "press", "ask for", "ask for extension")
# Titles as callers write and say them, each mapped to the bot's title. Not "sir": callers say it to
# the agent ("yes sir, Gabi"), not as their own title.
TITLES = {
    "mr": "Mr",
    "mister": "Mr",
    "mistr": "Mr",
    "mr.": "Mr",
    "mrs": "Mrs",
    "missus": "Mrs",
    "missis": "Mrs",
    "misses": "Mrs",
    "mrs.": "Mrs",
    "ms": "Ms",
    "mz": "Ms",
    "ms.": "Ms",
    "miz": "Ms",
    "mizz": "Ms",  # speech recognition writes Ms as "miz"
    "miss": "Miss",
    "mx": "Mx",
    "mix": "Mx",
    "dr": "Dr",
    "doctor": "Dr",
    "doc": "Dr",
    "dr.": "Dr",
    "prof": "Prof",
    "professor": "Prof",
    "prof.": "Prof",
    # The same titles as callers from elsewhere say them.
    "mme": "Mrs",
    "madame": "Mrs",
    "mlle": "Miss",
    "mademoiselle": "Miss",
    "monsieur": "Mr",
    "herr": "Mr",
    "frau": "Mrs",
    "senor": "Mr",
    "sr": "Mr",
    "senora": "Mrs",
    "sra": "Mrs",
    "senorita": "Miss",
    "srta": "Miss",
    "signor": "Mr",
    "signora": "Mrs",
    "shri": "Mr",
    "smt": "Mrs",
    "dott": "Dr",
}
# Words said with a country answer that are not the country: "that one's Hungary", "based in Peru".
COUNTRY_WORDS = (
    "one's",
    "ones",
    "think",
    "should've",
    "shouldve",
    "said",
    "registered",
    "based",
    "living",
    "live",
    "located",
    "from",
    "number",
    "country",
    "code",
)
# Words before and after a country answer: "I'm based in Peru", "India, obviously".
COUNTRY_LEADS = (
    "i'?m",
    "i am",
    "we are",
    "we're",
    "it'?s",
    "it is",
    "that'?s",
    "that is",
    "that'?d be",
    "that would be",
    "it'?d be",
    "it would be",
    "the number is",
    "the country is",
    "my country is",
    "the code is",
    "the country code is",
    "code is",
    "country'?s",
    "country is",
    "country",
    "country code",
    "code",
    "calling",
    "phoning",
    "from",
    "in",
    "based in",
    "living in",
    "located in",
    "the",
    "in the",
    "of",
    "a",
    "an",
    "its",
    "it",
    "is",
)
COUNTRY_TAILS = (
    "(?:mobile\\s+)?(?:number|mobile|phone|code|country code)",
    "please",
    "thanks",
    "of course",
    "obviously",
    "i think",
    "i guess",
    "it is",
    "then",
    "actually",
)
# Everyday names of countries and demonyms that phonenumbers' locale data does not hold.
COUNTRIES = {
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "united kingdom": "GB",
    "british": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "america": "US",
    "united states": "US",
    "united states of america": "US",
    "states": "US",
    "american": "US",
    "uae": "AE",
    "emirates": "AE",
    "dubai": "AE",
    "emirati": "AE",
    "holland": "NL",
    "dutch": "NL",
    "deutschland": "DE",
    "german": "DE",
    "germany": "DE",
    "indian": "IN",
    "bharat": "IN",
    "hindustan": "IN",
    "french": "FR",
    "spanish": "ES",
    "espana": "ES",
    "italian": "IT",
    "canadian": "CA",
    "australian": "AU",
    "aussie": "AU",
    "chinese": "CN",
    "japanese": "JP",
    "nippon": "JP",
    "korean": "KR",
    "south korea": "KR",
    "korea": "KR",
    "north korea": "KP",
    "russian": "RU",
    "russia": "RU",
    "brazilian": "BR",
    "brasil": "BR",
    "mexican": "MX",
    "irish": "IE",
    "eire": "IE",
    "pakistani": "PK",
    "bangladeshi": "BD",
    "sri lankan": "LK",
    "nepali": "NP",
    "nepalese": "NP",
    "singaporean": "SG",
    "malaysian": "MY",
    "filipino": "PH",
    "philippine": "PH",
    "indonesian": "ID",
    "thai": "TH",
    "vietnamese": "VN",
    "vietnam": "VN",
    "saudi": "SA",
    "saudi arabian": "SA",
    "ksa": "SA",
    "qatari": "QA",
    "kuwaiti": "KW",
    "omani": "OM",
    "bahraini": "BH",
    "israeli": "IL",
    "turkish": "TR",
    "turkey": "TR",
    "turkiye": "TR",
    "egyptian": "EG",
    "nigerian": "NG",
    "kenyan": "KE",
    "south african": "ZA",
    "rsa": "ZA",
    "swiss": "CH",
    "swedish": "SE",
    "norwegian": "NO",
    "danish": "DK",
    "finnish": "FI",
    "polish": "PL",
    "portuguese": "PT",
    "greek": "GR",
    "austrian": "AT",
    "belgian": "BE",
    "new zealand": "NZ",
    "kiwi": "NZ",
    "argentinian": "AR",
    "argentine": "AR",
    "chilean": "CL",
    "colombian": "CO",
    "peruvian": "PE",
    "ukrainian": "UA",
    "czech republic": "CZ",
    "czech": "CZ",
    "czechia": "CZ",
    "hong kong": "HK",
    "taiwanese": "TW",
    "iranian": "IR",
    "iraqi": "IQ",
    "viet nam": "VN",
    "ivory coast": "CI",
    "cote divoire": "CI",
    "the states": "US",
    "netherlands": "NL",
    "the netherlands": "NL",
    "burma": "MM",
    "macedonia": "MK",
    "swaziland": "SZ",
    "east timor": "TL",
    "cape verde": "CV",
    "vatican": "VA",
    "lao": "LA",
    "laos": "LA",
    "syria": "SY",
    "moldova": "MD",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "drc": "CD",
    "palestine": "PS",
    "brunei": "BN",
    "micronesia": "FM",
    "st lucia": "LC",
    "saint lucia": "LC",
    "st kitts": "KN",
    "trinidad": "TT",
    "us virgin islands": "VI",
    "british virgin islands": "VG",
    "northern mariana islands": "MP",
    "mexico": "MX",
    "slovakia": "SK",
    "sri lanka": "LK",
    # Demonyms: "it's a Hungarian number".
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "angolan": "AO",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "belarusian": "BY",
    "bolivian": "BO",
    "bosnian": "BA",
    "bulgarian": "BG",
    "cambodian": "KH",
    "cameroonian": "CM",
    "congolese": "CD",
    "costa rican": "CR",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "dominican": "DO",
    "ecuadorian": "EC",
    "estonian": "EE",
    "ethiopian": "ET",
    "fijian": "FJ",
    "georgian": "GE",
    "ghanaian": "GH",
    "guatemalan": "GT",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "icelandic": "IS",
    "jamaican": "JM",
    "jordanian": "JO",
    "kazakh": "KZ",
    "latvian": "LV",
    "lebanese": "LB",
    "libyan": "LY",
    "lithuanian": "LT",
    "luxembourgish": "LU",
    "maltese": "MT",
    "mauritian": "MU",
    "moldovan": "MD",
    "mongolian": "MN",
    "montenegrin": "ME",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nicaraguan": "NI",
    "panamanian": "PA",
    "paraguayan": "PY",
    "romanian": "RO",
    "rwandan": "RW",
    "salvadoran": "SV",
    "senegalese": "SN",
    "serbian": "RS",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "sudanese": "SD",
    "syrian": "SY",
    "tanzanian": "TZ",
    "tunisian": "TN",
    "ugandan": "UG",
    "uruguayan": "UY",
    "uzbek": "UZ",
    "dr congo": "CD",
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "congo kinshasa": "CD",
    "republic of the congo": "CG",
    "republic of congo": "CG",
    "congo brazzaville": "CG",
    "north macedonia": "MK",
    "macau": "MO",
    "macao": "MO",
    "eswatini": "SZ",
    "russian federation": "RU",
    "republic of korea": "KR",
    "vatican city": "VA",
    "holy see": "VA",
    "timor leste": "TL",
    "myanmar": "MM",
    "cabo verde": "CV",
    "czech rep": "CZ",
    "the philippines": "PH",
    "philippines": "PH",
    "the uae": "AE",
    "the gambia": "GM",
    "gambia": "GM",
    "the bahamas": "BS",
    "bahamas": "BS",
    "venezuelan": "VE",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "scots": "GB",
}
# Name particles: lower case inside a name, never its last word ("van der Berg").
PARTICLES = (
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "la",
    "le",
    "dos",
    "das",
    "ter",
    "ten",
    "bin",
    "binti",
    "al",
    "el",
    "st",
    "st.",
    "y",
)
# Symbols that are words: a thumbs-up answers yes (read before the text is cleaned of symbols).
SYMBOLS = {
    "\U0001f44d": "yes",
    "\u2705": "yes",
    "\u2714": "yes",
    "\U0001f44c": "ok",
    "\U0001f44e": "no",
    "\u274c": "no",
}
# Spelling alphabets: "S for Sugar", "S as in Sam" are the letter S.
SPELLING_LINKS = ("for", "as in", "like")


@dataclass(frozen=True)
class Vocabulary:
    """The words in force: the built-in ones plus a bot owner's (``extended``)."""

    yes: tuple[str, ...] = YES
    no: tuple[str, ...] = NO
    something_to_change: tuple[str, ...] = SOMETHING_TO_CHANGE
    declining: tuple[str, ...] = DECLINING
    nothing_to_change: tuple[str, ...] = NOTHING_TO_CHANGE
    hesitations: tuple[str, ...] = HESITATIONS
    discourse: tuple[str, ...] = DISCOURSE
    waiting: tuple[str, ...] = WAITING
    agreeing: tuple[str, ...] = AGREEING
    polite_tails: tuple[str, ...] = POLITE_TAILS
    self_corrections: tuple[str, ...] = SELF_CORRECTIONS
    greetings: tuple[str, ...] = GREETINGS
    save_verbs: tuple[str, ...] = SAVE_VERBS
    delete_verbs: tuple[str, ...] = DELETE_VERBS
    change_verbs: tuple[str, ...] = CHANGE_VERBS
    not_name: tuple[str, ...] = NOT_NAME
    extension_words: tuple[str, ...] = EXTENSION_WORDS
    country_words: tuple[str, ...] = COUNTRY_WORDS
    titles: Mapping[str, str] = field(default_factory=lambda: dict(TITLES))
    countries: Mapping[str, str] = field(default_factory=lambda: dict(COUNTRIES))
    field_names: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(FIELD_NAMES))


# Roles whose entries are regular-expression fragments; an owner's words are escaped into them.
PATTERN_ROLES = (
    "yes",
    "no",
    "something_to_change",
    "declining",
    "nothing_to_change",
    "hesitations",
    "discourse",
    "waiting",
    "agreeing",
    "polite_tails",
    "self_corrections",
    "greetings",
    "save_verbs",
    "delete_verbs",
    "change_verbs",
)
# Roles a bot owner's file may add to: lists of words (the patterns' and plain ones), or word -> value maps.
LIST_ROLES = (*PATTERN_ROLES, "not_name", "extension_words", "country_words")
MAP_ROLES = ("titles", "countries", "field_names")
EXTENDABLE = LIST_ROLES + MAP_ROLES


def any_of(*roles: Iterable[str]) -> str:
    """One alternation of every phrase of ``roles``, longest first so "thank you
    very much" beats "thank you"."""
    phrases = sorted({p for role in roles for p in role}, key=len, reverse=True)
    return "(?:" + "|".join(phrases) + ")"


class VocabularyError(ValueError):
    """The owner's vocabulary file cannot be used; the message says which entry and why."""


def literal(phrase: str) -> str:
    """An owner's phrase as a pattern fragment: literal text, an apostrophe optional, spaces any run."""
    parts = [re.escape(part) for part in phrase.strip().casefold().split()]
    return r"\s+".join(parts).replace("'", "'?")


def _words_of(role: str, value: Any) -> tuple[str, ...]:
    if (
        isinstance(value, str)
        or not isinstance(value, Iterable)
        or not all(isinstance(v, str) for v in value)
    ):
        raise VocabularyError(f"'{role}' must be a list of words")
    words = tuple(v.strip() for v in value if v.strip())
    return tuple(literal(w) for w in words) if role in PATTERN_ROLES else tuple(w.casefold() for w in words)


def extended(base: Vocabulary, extra: Mapping[str, Any]) -> Vocabulary:
    """``base`` with an owner's words added (never removed); raises VocabularyError on a bad entry."""
    unknown = sorted(set(extra) - set(EXTENDABLE))
    if unknown:
        raise VocabularyError(f"unknown vocabulary roles {unknown}; known: {', '.join(EXTENDABLE)}")
    changes: dict[str, Any] = {}
    for role, value in extra.items():
        if role in LIST_ROLES:
            # An owner's words go first: "yes please" must not stop at a built-in "yes"
            # when owners add longer ones.
            changes[role] = _words_of(role, value) + getattr(base, role)
            continue
        if not isinstance(value, Mapping):
            raise VocabularyError(f"'{role}' must map words to values")
        merged = dict(getattr(base, role))
        for key, item in value.items():
            if role == "field_names":
                if key not in FIELD_NAMES:
                    raise VocabularyError(
                        f"'field_names' has an unknown field {key!r}; known: {', '.join(FIELD_NAMES)}"
                    )
                merged[key] = tuple(literal(w) for w in _words_of(role, item)) + tuple(merged[key])
            elif not isinstance(item, str) or not item.strip():
                raise VocabularyError(f"'{role}': {key!r} must map to a text")
            else:
                merged[str(key).casefold().strip()] = (
                    item.strip() if role == "titles" else item.strip().upper()
                )
        changes[role] = merged
    return replace(base, **changes)


def load(path: str | None) -> Vocabulary:
    """The built-in vocabulary, extended by the JSON or YAML file at ``path`` (none: built-in only)."""
    if not path:
        return Vocabulary()
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise VocabularyError(f"{VOCABULARY_FILE_SETTING}={path}: cannot read it ({exc.strerror})") from None
    try:
        data = json.loads(text) if path.endswith(".json") else _yaml(text)
    except ValueError as exc:
        raise VocabularyError(f"{VOCABULARY_FILE_SETTING}={path}: not valid JSON or YAML ({exc})") from None
    if not isinstance(data, Mapping):
        raise VocabularyError(f"{VOCABULARY_FILE_SETTING}={path}: the file must hold a mapping of roles")
    return extended(Vocabulary(), data)


def _yaml(text: str) -> Any:
    import yaml  # PyYAML comes with Rasa and rasa-sdk; only an owner's YAML file needs it

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from None


def role_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Vocabulary))


WORDS: Vocabulary = load(os.environ.get(VOCABULARY_FILE_SETTING))
