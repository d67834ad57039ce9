"""The words that decide how a turn is read: yes and no, control requests, request words.

Kept in one place so a reader can see, and a test can check, which words can never
become part of a name: a contact-centre CRM must not fill with "Mr Please Doe".
"""
from __future__ import annotations

import re

# One word of a name or a place in a pattern: a letter, then letters, combining marks (Devanagari's
# vowel signs are marks, not letters, to the regex engine), apostrophes, dots and hyphens.
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
WORD = rf"[^\W\d_][\w{MARKS}'’.\-]*"

# Words said before an answer that carry nothing: "so um, yes", "well, ok".
LEADING = re.compile(r"^(?:(?:um+|uh+(?![- ]?huh)|er+m?|hmm+|mm+(?![- ]?hmm)|well|so|oh|ah|ok(?:ay)?|alright|all right|right|"
                     r"actually|sorry|let me see|let me check|hang on|hold on|one sec(?:ond)?|just a sec)\b"
                     r"[\s,.!:;-]*)+", re.I)
_AGREEING_FILLER = re.compile(r"\b(?:ok(?:ay)?|alright|all right|right)\b", re.I)
YES = re.compile(
    r"^(?:yes|yeah|yea|yep|yup|ya|sure|correct|right|that'?s (?:all )?(?:right|correct|fine|good|it)|"
    r"that is (?:all )?(?:right|correct)|all (?:good|correct|right|fine)|perfect|great|fine|"
    r"looks (?:good|right|fine|correct)|sounds (?:good|right)|save it|go ahead|do it|please do|confirm(?:ed)?|"
    r"affirmative|absolutely|definitely|of course|exactly|spot on|bang on|y|ok(?:ay)?|that'?s (?:perfect|great|"
    r"lovely|brilliant|fine|grand)|brilliant|lovely|excellent|cool|yes it is|it is|correct it is|grand|"
    r"uh[- ]?huh|mm[- ]?hmm|(?:you|u) got it|go for it|sounds (?:great|right|fine|good|perfect)|"
    r"(?:that )?all sounds (?:right|good|fine|great)|(?:ok(?:ay)? )?done|yes yes|correct only|all set)\b",
    re.I,
)
NO = re.compile(
    r"^(?:no|nope|nah|not (?:quite|really|right|correct|it)|that'?s not (?:right|correct|it|quite right)|"
    r"that (?:is not|isn'?t) (?:right|correct|it)|isn'?t right|wrong|incorrect|that'?s wrong|something'?s (?:wrong|off)|"
    r"negative|(?:that )?does ?n'?t look right|i do ?n'?t think (?:that'?s|thats|it'?s|its) (?:right|correct)|"
    r"(?:that'?s|thats) not (?:right|correct)|n)\b",
    re.I,
)


def yes_or_no(text: str) -> str | None:
    """"yes", "no" or None for an answer to a yes/no question, fillers and all ("ok so not quite" is no)."""
    core = POLITE_TAIL.sub("", LEADING.sub("", text.strip()))
    if not core.strip(" .,!?"):
        return "yes" if _AGREEING_FILLER.search(text) else None  # "well, ok"
    if NO.match(core):
        return "no"
    if YES.match(core):
        return "yes"
    return None


# Requests that end or interrupt the form whatever the question was: matched on the whole text.
CONTROL = {
    "cancel": re.compile(
        r"^(?:(?:oh|ok|okay|no|please|just|actually|sorry)[,.!]?\s+)*(?:cancel|stop|abort|quit|exit|"
        r"forget (?:it|about it|that|this)|never ?mind|scrap (?:it|that|this)|drop (?:it|that)|"
        r"i(?:'ve| have)? changed my mind|don'?t save (?:it|anything|that)|"
        r"i don'?t want to (?:do this|continue|go on|save (?:it|anything|this))(?: anymore)?|start over)"
        r"(?:\s+(?:it|that|this|please|now|the contact|everything|thanks))*[\s.!]*$",
        re.I,
    ),
    "ask_why": re.compile(
        r"^(?:(?:but|and|so|um|sorry)[,.!]?\s+)?(?:why\b|what (?:do|will) you (?:need|want|use|do with)\b|"
        r"what(?:'s| is) (?:this|that|it) for\b|what do you use\b|how will you use\b|is my \w+ safe\b)",
        re.I,
    ),
    "bot_challenge": re.compile(
        r"^(?:are you (?:a |an )?(?:bot|robot|human|real|person|machine|computer|ai)\b|"
        r"am i (?:talking|speaking) to (?:a |an )?(?:bot|human|robot|person|machine)\b|is this (?:a )?(?:bot|robot|automated)\b)",
        re.I,
    ),
    "goodbye": re.compile(r"^(?:bye|goodbye|bye bye|see you(?: later)?|that'?s all(?: thanks)?|i have to go)[\s.!]*$", re.I),
}
GREETING = re.compile(r"^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening)|greetings|yo|namaste)"
                      r"(?:\s+there)?[\s,.!]*$", re.I)

# Verbs and objects of "save a contact" and its relatives: never a name.
SAVE_VERB = (r"save|add|create|store|register|record|capture|enter|put|take down|note down|write down|log|leave|keep|"
             r"give you")
DELETE_VERB = r"delete|remove|erase|wipe|get rid of|forget"
CHANGE_VERB = r"change|update|correct|fix|edit|amend|modify|replace"
SAVE_REQUEST = re.compile(
    rf"\b(?:{SAVE_VERB})\b.*\b(?:contact|number|details?|name|phone|mobile|cell|caller|customer|client|person|entry|"
    r"record|lead|account|profile|me|him|her|them|this|info(?:rmation)?)\b|"
    r"\bnew (?:contact|entry|customer|client|caller|lead|record|account|profile)\b|"
    r"\b(?:call me back|callback|call back)\b",
    re.I,
)
DELETE_REQUEST = re.compile(rf"\b(?:{DELETE_VERB})\b", re.I)
CHANGE_REQUEST = re.compile(rf"\b(?:{CHANGE_VERB})\b", re.I)

# Words that are never part of a person's name in this conversation. Deliberately leaves
# out words that are also common given names (will, may, mark, bill, grace, hope, joy, rose).
NOT_NAME = frozenset("""
i i'm im i'd id i'll ill i've me my mine myself you you're your yours we we're us our he he's him his she she's her hers
they they're them their it it's its this that that's these those there here a an the to for of in on at by with from
into onto about as and or but so if then than is are was were be been being am do does did doing done don't doesn't
didn't have has had having can can't cannot could couldn't would wouldn't should shall might not no yes yeah
yep yup ok okay please pls plz thanks thank thx cheers hi hello hey hiya howdy bye goodbye what what's who who's why
how when where which whose want wants wanted wanna need needs needed like liked would'd let let's lets save saved
saving add added adding create created creating store stored storing register registered registering record
recording capture enter put take taking note write log leave leaving keep new another contact contacts details
detail number numbers phone phones mobile cell cellphone telephone tel landline entry entries customer customers
client clients caller callers person people system crm database list name names first last surname surnames
forename title titles salutation info information just now some any one agent call calling called callback
back reach reached also again thing something someone anyone everyone sorry um umm uh er erm hmm well actually
really extension ext extn code country address email e-mail sure right correct wrong get got go going gonna know
think mean meant said say saying tell told help hold wait down up out off over old good fine great today tomorrow
morning afternoon evening day time same other else all each every very too quite only even still yet via per
delete remove erase change update edit fix correct cancel stop quit abort start again retry try trying looking
wondering interested ready done happy glad nice okay yo hmm oh ah eh mr mrs ms miss mx dr prof sir madam ma'am
mister missus doctor professor miz dear team office home work business personal private main primary
dial dialling dialing ring ringing phoning texting message text whatsapp lead leads account accounts profile
file card vcard book directory sheet spreadsheet form ticket request prospect member user ph fax mob nr num
prefer go with would be good fine speaking calling here down as put use
u ur ya yo ta guess asking addressed preferred basically kindly regards sincerely kind only just myself oops whoops
er erm uh uhm um umm hmm ah eh namaste salaam salam hola bonjour ciao hallo aloha howdy greetings g'day shalom
sir madam ma'am maam mate bro boss dear spelt spelled spell thats that's letters letter should've shouldve
interested based located married tired hoping waiting planning writing emailing contacting reaching enquiring
inquiring following checking moving travelling traveling staying living working retired single busy afraid unable
able about after before regarding concerning re since until during towards without within behind beyond quick
quickly real asap soon later urgent urgently

""".split())

# Leading words a caller puts before an answer: "um, well, it's ...".
FILLER = re.compile(r"^(?:(?!(?:ER|MM)\b)(?:um+|uh+|er+m?|hmm+|mm+|well|so|ok(?:ay)?|oh|ah|right|yeah|yes|sure|alright|and|"
                    r"of course|no problem|actually|sorry)\b[\s,.!:;-]*)+", re.I)
POLITE_TAIL = re.compile(r"[\s,.!]*(?:\b(?:please|pls|thanks|thank you(?: very much)?|thx|cheers|ta|if you please|"
                         r"of course)\b[\s,.!]*)+$", re.I)


def strip_fillers(text: str) -> str:
    """"um, well, it's Helen, thanks" -> "it's Helen": what a caller wraps around an answer."""
    text = FILLER.sub("", text.strip())
    text = POLITE_TAIL.sub("", text)
    return text.strip(" ,.!?;:-")


def control_of(text: str) -> str | None:
    """The control request the whole text makes ("cancel", "ask_why", ...), if it clearly makes one."""
    core = text.strip()
    for name, pattern in CONTROL.items():
        if pattern.search(core):
            return name
    return None


# Words that wrap a short answer without being part of it: "erm myself Aija", "Amarachi yeah",
# "Lääne - thanks for your help". Only these come off the edges; anything else keeps the answer whole.
LEADING_EDGE = frozenset("""
um umm uh uhm er erm hmm ah oh eh so well ok okay yeah yes yep sure right alright myself its it's it is the sir
ma'am maam madam
""".split())
TRAILING_EDGE = frozenset("""
yeah yes yep ok okay please pls thanks thank thx ta cheers you u is fine good only ma'am maam madam sir mate for your
ur help asking i guess think it that's thats right will do
""".split())

TITLE_WORDS = frozenset("mr mrs ms miss mx dr prof mister missus missis doctor professor miz mizz".split())

# "+965 22345679 no wait +965 22345678", "it's Javi, sorry no, Julius": what follows the last of these
# replaces what came before it.
SELF_CORRECTION = re.compile(
    r"(?:^|[\s,.;:-])(?:oops|whoops|no wait|wait no|wait|no sorry|sorry,?\s*(?:i mean|i meant|no|typo|my mistake|"
    r"scratch that)|sorry|"
    r"i mean|i meant|actually,?\s*(?:no|make (?:that|it)|it'?s)|no,?\s*actually|scratch that|let me correct(?: that)?|"
    r"correction|typo|my mistake|or rather)(?=$|[\s,.;:!-])[\s,.;:!-]*",
    re.I,
)


def after_self_correction(text: str) -> str:
    """The part of an answer after the caller corrected themselves in it; the whole text when they did not.

    What follows the marker must say something ("it's in Lebanon, sorry, should've said" keeps Lebanon).
    """
    parts = SELF_CORRECTION.split(text)
    last = parts[-1].strip(" ,.;:-") if len(parts) > 1 else ""
    says_something = any(ch.isdigit() for ch in last) or any(
        w.casefold().strip(".,!?") not in NOT_NAME or w.casefold().strip(".,!?") in TITLE_WORDS
        for w in re.findall(WORD, last))
    return last if last and says_something else text
