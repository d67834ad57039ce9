"""Which detail a caller changes, and to what: "no, my last name is Smith", "add extension 55".

A change names a field and gives a value ("the first name is Jon not John", "Smith is my
surname"), names a field alone ("the number is wrong": ask for it again), or gives a value
whose kind says the field ("actually it should be Ms"). Finding it is text analysis only;
turning the value into slots is the interpreter's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..normalise.vocabulary import WORDS, any_of
from .lexicon import LEADING

FIELDS = {field: "|".join(names) for field, names in WORDS.field_names.items()}
_FIELD = "|".join(f"(?P<{name}>{pattern})" for name, pattern in FIELDS.items())
ANY_FIELD = _ANY_FIELD = "|".join(FIELDS.values())
FIELD_MENTION = re.compile(rf"\b(?:{_FIELD})\b", re.IGNORECASE)  # the first field a text names
_OWNER = r"(?:(?:my|the|his|her|their|its|that|this|your)\s+)"
_LEAD = LEAD_WORDS = re.compile(
    rf"^(?:{any_of(WORDS.change_leads, WORDS.hesitations)}\b[\s,.!:;-]*)+", re.IGNORECASE
)
_VERB = r"(?:change|update|set|make|correct|fix|edit|replace|amend|switch)"
_LINK = (
    r"(?:(?:is|'s|should\s+be)\s+(?:spelled|spelt|spelled\s+as|written)|should\s+(?:be|read|say)|must\s+be|needs?\s+to\s+be|is\s+actually|'s\s+actually|was\s+supposed\s+to\s+be|"
    r"is|'s|was|are|=|:|-|\?)"
)

_VERB_FIELD = re.compile(
    rf"^{_VERB}\s+{_OWNER}?(?:{_FIELD})\b\s*(?:(?:to|as|into|with|=|:|-)\b\s*)?(?P<value>.*)$", re.IGNORECASE
)
_FIELD_LINK = re.compile(rf"^{_OWNER}?(?:{_FIELD})\s*{_LINK}\s*(?P<value>.*)$", re.IGNORECASE)
# "the surname, it's Iyer", "mobile - +44 7911 123456": the field, a comma, the value.
_FIELD_COMMA = re.compile(
    rf"^{_OWNER}?(?:{_FIELD})\s*[,:;\u2013\u2014-]\s*(?:(?:it'?s|it\s+is|it\s+should\s+be|should\s+be|"
    rf"make\s+it|that'?s|is)\s+)?(?P<value>.+)$",
    re.IGNORECASE,
)
_FIELD_BARE = re.compile(rf"^{_OWNER}?(?:{_FIELD})\s+(?P<value>.+)$", re.IGNORECASE)
# "Smith is my surname", "Kalervo, that's my given name", "Okyere - my surname",
# "Lima would be my family name".
_VALUE_IS = re.compile(
    rf"^(?!(?:that|this|it|which|what|there|here|so)\b)(?P<value>[^|]+?)"
    rf"(?:\s*[,\u2013\u2014-]\s*|\s+|(?='s\s))"
    r"(?:(?:that|this|it|which)\s*(?:'s|is|was|would be|will be)\s+|"
    rf"(?:is|'s|was|should be|would be|will be)\s+)?{_OWNER}"
    rf"(?:(?:best|right|correct|new|main|real)\s+)?(?:{_FIELD})"
    r"[\s.!]*$",
    re.IGNORECASE,
)
_ADD_EXTENSION = re.compile(
    r"^(?:add|include|put|put in|use|with|plus|there'?s|there is|theres|it needs|needs|"
    r"there'?s also|theres also|also)\s+(?:also\s+)?(?:an?\s+|the\s+)?"
    r"(?P<extension>extension|ext\.?|extn|x(?=\s*\d))\s*(?:of|is|:|=)?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# Any mention of the extension with a word that takes it away and no digits:
# "there shouldn't be an extension".
_EXTENSION_WORD = re.compile(r"\b(?:extension'?s?|ext|extn)\b", re.IGNORECASE)
_TAKE_AWAY = re.compile(
    r"\b(?:no|not|none|isn'?t|isnt|shouldn'?t|shouldnt|without|remove|drop|delete|take|out|off|"
    r"leave|rid|scrap|lose|clear|needed|need)\b|n'?t\b",
    re.IGNORECASE,
)
_DROP_EXTENSION = re.compile(
    r"^(?:remove|drop|delete|take\s+off|take\s+out|take\s+away|get\s+rid\s+of|scrap|no|without|"
    r"clear|lose|forget)\s+(?:the\s+|an?\s+)?"
    r"(?:extension|ext\.?|extn)\b|^(?:there'?s|there is)\s+no\s+extension\b|"
    r"^(?:the\s+)?(?:extension|ext)\s+(?:isn'?t needed|is not needed|should be empty)",
    re.IGNORECASE,
)
_NO_FIELD = re.compile(
    r"^(?:it\s+should\s+be|it'?s\s+actually|make\s+(?:it|that)|(?:change|set)\s+(?:it|that)\s+to|i\s+meant|i\s+said|put|"
    r"should\s+be|it\s+should\s+say|use|it'?s)\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_ONLY_FIELD = re.compile(
    rf"^(?:{_VERB}\s+)?{_OWNER}?(?:{_FIELD})(?:\s+(?:is|was|'s))?(?:\s+(?:wrong|incorrect|not right|"
    rf"misspelled|spelled wrong|wrongly spelled|off))?[\s.!?]*$"
    rf"|^(?:wrong|fix\s+the|bad)\s+(?:{_ANY_FIELD})[\s.!?]*$",
    re.IGNORECASE,
)
# What ends a change and is not its value: "..., not John", "... instead, thanks".
# "wait, I gave you the wrong number", "you've got my surname wrong": a field named as wrong, no new value.
_WRONG_FIELD = re.compile(
    rf"^(?:that'?s|that\s+is|this\s+is|it'?s)\s+(?:the\s+|a\s+)?wrong\s+(?P<f0>{_ANY_FIELD})\b"
    rf"|^(?:i\s+)?(?:gave|told|said|typed|put|entered)\s+(?:you\s+)?(?:the\s+|a\s+|my\s+)?wrong\s+(?P<f1>{_ANY_FIELD})\b"
    rf"|^(?:you'?ve|you\s+have|you|u)\s+(?:got|have|put|written|wrote|typed)\s+{_OWNER}?(?P<f2>{_ANY_FIELD})\s+"
    r"(?:wrong|incorrect|down wrong|mixed up)\b"
    rf"|^(?:there'?s|there\s+is)\s+(?:a\s+)?(?:mistake|an\s+error|a\s+typo|something\s+wrong)\s+(?:in|with)\s+"
    rf"{_OWNER}?(?P<f3>{_ANY_FIELD})\b"
    rf"|^(?:i\s+)?(?:made|have\s+made)\s+a\s+(?:mistake|typo)\s+(?:in|with)\s+{_OWNER}?(?P<f4>{_ANY_FIELD})\b"
    rf"|^(?:i\s+)?(?:need|want|have)\s+to\s+(?:change|correct|fix)\s+{_OWNER}?(?P<f5>{_ANY_FIELD})[\s.!?]*$"
    rf"|^{_OWNER}?(?P<f6>{_ANY_FIELD})\s+(?:(?:is|was|'s)\s+(?:wrong|incorrect|not\s+right|not\s+correct|a\s+mistake|off)|"
    r"(?:isn'?t|wasn'?t)\s+(?:right|correct))[\s.!?]*$",
    re.IGNORECASE,
)
_NEW_VALUE = re.compile(
    r"^[\s,;.:-]*(?:(?:but\s+)?(?:it'?s|it\s+is|it\s+should\s+be|should\s+be|make\s+it|the\s+right\s+one\s+is)"
    r"(?:\s+actually)?\s+)?",
    re.IGNORECASE,
)
_TAIL = re.compile(
    rf"(?:[\s,.;]+(?:not|rather than|instead of)\s+.+|[\s,.!]*\b(?:{any_of(WORDS.polite_tails)}|instead|"
    r"actually|then|sorry|on the end|at the end)\b)+[\s.!]*$",
    re.IGNORECASE,
)
_NOT_A_VALUE = re.compile(
    r"^(?:wrong|incorrect|not right|misspelled|spelled wrong|off|bad|fine|ok|okay|good|correct|"
    r"right|all right|alright)\b",
    re.IGNORECASE,
)
# Polite and agreeing words after a change: "change the title to Dr please, yeah".
_POLITE = re.compile(
    rf"[\s,.!]*(?:\b(?:{any_of(WORDS.polite_tails)}|actually|yeah|yep|yes|ok|okay)\b[\s,.!]*)+$",
    re.IGNORECASE,
)
# "it's Westman not Bembenek": the old value says which field the new one is for.
_SWAPS = (
    re.compile(
        r"^(?:it'?s\s+|it\s+is\s+|(?:it\s+)?should\s+be\s+|make\s+(?:it|that)\s+|use\s+|put\s+|write\s+|"
        r"i\s+(?:meant|said)\s+|type\s+|go\s+with\s+)?(?P<new>[^,]+?)[\s,]+(?:not|rather than|"
        r"instead of|in place of)\s+(?P<old>.+?)[\s.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:instead\s+of|in\s+place\s+of|rather\s+than)\s+(?P<old>[^,]+?)[\s,]+(?:(?:it'?s|it\s+is|it\s+should\s+be|"
        r"should\s+be|use|put|make\s+it)\s+)?(?P<new>.+?)[\s.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<old>[^,]+?)\s+(?:is|'s|was)\s+(?:wrong|incorrect|not right|a mistake|a typo)[\s,;.:-]+"
        r"(?:(?:it'?s|it\s+is|it\s+should\s+be|should\s+be|make\s+it)\s+)?(?P<new>.+?)[\s.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<old>[^,\s]+(?:\s+[^,\s]+)?)\s+should\s+(?:be|read|say)\s+(?P<new>.+?)[\s.!]*$", re.IGNORECASE
    ),
    re.compile(r"^not\s+(?P<old>[^,]+?),\s*(?P<new>.+?)[\s.!]*$", re.IGNORECASE),
    re.compile(r"^not\s+(?P<old>[^,\s]+(?:\s+[^,\s]+)?)(?:,\s*|\s+)(?P<new>.+?)[\s.!]*$", re.IGNORECASE),
    re.compile(
        r"^(?:you'?ve|youve|you have|u have|you|u)\s+(?:got|put|written|wrote|typed|have)\s+"
        r"(?P<old>.+?)[,.;]?\s+"
        r"(?:but\s+)?(?:it\s+should\s+be|should\s+be|it'?s|its|it\s+is)\s+(?P<new>.+?)[\s.!]*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:change|switch|replace|swap)\s+(?P<old>.+?)\s+(?:to|with|for|into)\s+(?P<new>.+?)[\s.!]*$",
        re.IGNORECASE,
    ),
)
# "it's Anne-Marie for the first name"
_VALUE_FOR = re.compile(
    r"^(?:it'?s\s+|it\s+is\s+|use\s+|put\s+)?(?P<value>.+?)\s+(?:for|as)\s+(?:the|my|his|her)\s+"
    r"(?:" + "|".join(FIELDS.values()) + r")[\s.!]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Change:
    field: str | None  # None: the value's own kind says which field
    value: str | None  # None: the field was named without a new value ("" for a removed extension)


def _field_of(match: re.Match[str]) -> str:
    return next(name for name in FIELDS if match.groupdict().get(name))


_WRONG_THEN_VALUE = re.compile(
    r"^(?:is\s+)?(?:wrong|incorrect|not right|misspelled|spelled wrong)[\s,;.:-]+"
    r"(?:(?:it'?s|it is|it should be|should be|make it|change it to|it'?s actually)\s+)?"
    r"(?P<value>.+)$",
    re.IGNORECASE,
)


def _value(raw: str) -> str | None:
    value = _TAIL.sub("", raw).strip(" ,.:;!?\"'")
    corrected = _WRONG_THEN_VALUE.match(value)
    if corrected:  # "surname's wrong, it's Volterra"
        value = corrected.group("value").strip(" ,.:;!?\"'")
    return None if not value or _NOT_A_VALUE.match(value) else value


@functools.lru_cache(maxsize=1024)
def find_change(text: str) -> Change | None:
    """The change a message asks for, or None when it names no field and no changed value."""
    if _DROP_EXTENSION.search(_POLITE.sub("", LEADING.sub("", text.strip()))):
        return Change("extension", "")  # before the lead is cut: "no extension"
    core = _POLITE.sub("", _LEAD.sub("", text.strip())).strip()
    if not core:
        return None
    if _DROP_EXTENSION.search(core) or (
        _EXTENSION_WORD.search(core) and _TAKE_AWAY.search(core) and not re.search(r"\d", core)
    ):
        return Change("extension", "")
    match = _VALUE_FOR.match(core)
    if match:
        field_match = re.search(_FIELD, core[match.end("value") :], re.IGNORECASE)
        if field_match:
            return Change(_field_of(field_match), _value(match.group("value")))
    match = _ADD_EXTENSION.match(core)
    if match:
        return Change("extension", _value(match.group("value")))
    wrong = _WRONG_FIELD.match(core)
    if wrong:  # "you've got my first name wrong, it's Teresa" gives the value too
        named = next(group for group in wrong.groups() if group)
        match = re.fullmatch(_FIELD, named, re.IGNORECASE)
        given = _NEW_VALUE.sub("", core[wrong.end() :])
        return Change(_field_of(match), _value(given) if given else None) if match else None
    if _ONLY_FIELD.match(core):
        match = re.search(_FIELD, core, re.IGNORECASE)
        return Change(_field_of(match), None) if match else None
    match = _VALUE_IS.match(core)
    if match and not re.match(rf"^{_OWNER}?(?:{_ANY_FIELD})\b", core, re.IGNORECASE):
        return Change(_field_of(match), _value(match.group("value")))
    for pattern in (_VERB_FIELD, _FIELD_LINK, _FIELD_COMMA):
        match = pattern.match(core)
        if match:
            return Change(_field_of(match), _value(match.group("value")))
    match = _NO_FIELD.match(core)
    if match:
        value = _value(match.group("value"))
        return Change(None, value) if value else None
    return None


def find_swap(text: str) -> tuple[str, str] | None:
    """("Westman", "Bembenek") from "it's Westman not Bembenek": a new value and the old one it replaces."""
    core = _POLITE.sub("", _LEAD.sub("", text.strip())).strip()
    for pattern in _SWAPS:
        match = pattern.match(core)
        if match:
            return match.group("new").strip(" ,.'\""), match.group("old").strip(" ,.'\"")
    return None


@functools.lru_cache(maxsize=1024)  # pure, and asked by several steps of one turn
def find_field_value(text: str) -> Change | None:
    """Like ``find_change``, also taking "last name Smith" with no linking word (as said at a question)."""
    change = find_change(text)
    if change is not None:
        return change
    match = _FIELD_BARE.match(_POLITE.sub("", _LEAD.sub("", text.strip())).strip())
    return Change(_field_of(match), _value(match.group("value"))) if match else None
