"""Which detail a caller changes, and to what: "no, my last name is Smith", "add extension 55".

A change names a field and gives a value ("the first name is Jon not John", "Smith is my
surname"), names a field alone ("the number is wrong": ask for it again), or gives a value
whose kind says the field ("actually it should be Ms"). Finding it is text analysis only;
turning the value into slots is the interpreter's. The words are the language pack's
(``actions/languages/<code>/changes.yml``); this module holds only the shapes around them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..normalise.vocabulary import Vocabulary, any_of, one_of
from .lexicon import lexicon

_APOSTROPHE = "['\u2019]?"  # how phrases.literal_text writes an apostrophe


def frame_words(words: Vocabulary, role: str, **captures: str) -> tuple[str, ...]:
    """A frame role's fragments in the pack's order; an entry starting with an apostrophe ('s) keeps it."""
    return tuple(
        "['\u2019]" + fragment[len(_APOSTROPHE) :] if fragment.startswith(_APOSTROPHE) else fragment
        for fragment in words.frames(role, **captures)
    )


# What the swap frames' holes take: a value, one without a comma, one or two words, and what lies between.
_SWAP_HOLES = {
    "new": ".+?",
    "old": ".+?",
    "new_clause": "[^,]+?",
    "old_clause": "[^,]+?",
    "old_words": r"[^,\s]+(?:\s+[^,\s]+)?",
    "comma": r"[\s,]+",
    "gap": r"[\s,;.:-]+",
}


@dataclass(frozen=True)
class _Patterns:
    fields: Mapping[str, str]  # field -> alternation of its names
    field: str  # every field, each in a group named after it
    any_field: str  # every field, no groups
    owner: str
    field_mention: re.Pattern[str]
    lead: re.Pattern[str]
    verb_field: re.Pattern[str]
    field_link: re.Pattern[str]
    field_comma: re.Pattern[str]
    field_bare: re.Pattern[str]
    value_is: re.Pattern[str]
    owned_field: re.Pattern[str]
    add_extension: re.Pattern[str]
    extension_word: re.Pattern[str]
    take_away: re.Pattern[str]
    drop_extension: tuple[re.Pattern[str], ...]
    no_field: re.Pattern[str]
    only_field: re.Pattern[str]
    wrong_field: tuple[re.Pattern[str], ...]
    new_value: re.Pattern[str]
    tail: re.Pattern[str]
    not_a_value: re.Pattern[str]
    polite: re.Pattern[str]
    swaps: tuple[re.Pattern[str], ...]
    value_for: tuple[re.Pattern[str], ...]
    wrong_then_value: re.Pattern[str]


def _build(words: Vocabulary) -> _Patterns:
    fields = {field: "|".join(names) for field, names in words.field_names.items()}
    field = "|".join(f"(?P<{name}>{pattern})" for name, pattern in fields.items())
    any_field = "|".join(fields.values())
    owner = rf"(?:{one_of(frame_words(words, 'field_owner_frames'))}\s+)"
    wrong_lead = one_of(frame_words(words, "field_wrong_lead_frames"))
    verb = one_of(frame_words(words, "change_field_frames"))
    link = one_of(frame_words(words, "field_link_frames"), (r"=", r":", r"-", r"\?"))
    article = rf"(?:{one_of(frame_words(words, 'field_article_frames'))}\s+)"
    extension = fields["extension"]
    wrong = frame_words(words, "field_wrong_frames")
    polite = one_of(frame_words(words, "change_polite_frames"))
    to = one_of(frame_words(words, "change_to_frames"), ("=", ":", "-"))
    i = re.IGNORECASE
    return _Patterns(
        fields=fields,
        field=field,
        any_field=any_field,
        owner=owner,
        field_mention=re.compile(rf"\b(?:{field})\b", i),  # the first field a text names
        lead=re.compile(rf"^(?:{any_of(words.change_leads, words.hesitations)}\b[\s,.!:;-]*)+", i),
        verb_field=re.compile(
            rf"^{verb}\s+{owner}?(?:{field})\b\s*(?:{to}\b\s*)?(?P<value>.*)$",
            i,
        ),
        # "name is Isabel", never "name Is" and "abel": the link ends at a word's end.
        field_link=re.compile(rf"^{owner}?(?:{field})\s*{link}(?!(?<=\w)\w)\s*(?P<value>.*)$", i),
        # "the surname, it's Iyer", "mobile - +44 7911 123456", "wrong surname, it's Dough": the field
        # (said wrong or not), a comma, the value.
        field_comma=re.compile(
            rf"^(?:{wrong_lead}\s+)?{owner}?(?:{field})\s*[,:;\u2013\u2014-]\s*"
            rf"(?:{one_of(frame_words(words, 'field_comma_frames'))}\s+)?(?P<value>.+)$",
            i,
        ),
        field_bare=re.compile(rf"^{owner}?(?:{field})\s+(?P<value>.+)$", i),
        # "Smith is my surname", "Kalervo, that's my given name", "Okyere - my surname",
        # "Lima would be my family name".
        value_is=re.compile(
            rf"^(?!{one_of(frame_words(words, 'value_pointer_frames'))}\b)(?P<value>[^|]+?)"
            rf"(?:\s*[,\u2013\u2014-]\s*|\s+|(?={one_of(frame_words(words, 'value_clitic_frames'))}\s))"
            rf"(?:{one_of(frame_words(words, 'value_link_frames'))}\s+)?{owner}"
            rf"(?:{one_of(frame_words(words, 'value_field_adjective_frames'))}\s+)?(?:{field})"
            r"[\s.!]*$",
            i,
        ),
        owned_field=re.compile(rf"^{owner}?(?:{any_field})\b", i),
        add_extension=re.compile(
            rf"^{one_of(frame_words(words, 'add_extension_frames'))}\s+"
            rf"(?:{one_of(frame_words(words, 'add_extension_also_frames'))}\s+)?{article}?"
            rf"(?P<extension>{extension}|{one_of(frame_words(words, 'extension_letter_frames'))}(?=\s*\d))\s*"
            rf"{one_of(frame_words(words, 'extension_link_frames'), (':', '='))}?\s*(?P<value>.+)$",
            i,
        ),
        # Any mention of the extension with a word that takes it away and no digits:
        # "there shouldn't be an extension".
        extension_word=re.compile(rf"\b{one_of(frame_words(words, 'extension_mention_frames'))}\b", i),
        take_away=re.compile(
            rf"\b{one_of(frame_words(words, 'take_away_frames'))}\b"
            rf"|{one_of(frame_words(words, 'take_away_suffix_frames'))}\b",
            i,
        ),
        drop_extension=tuple(
            re.compile(rf"^{frame}", i)
            for frame in frame_words(words, "drop_extension_frames", extension=rf"(?:{extension})\b")
        ),
        no_field=re.compile(rf"^{one_of(frame_words(words, 'value_only_frames'))}\s+(?P<value>.+)$", i),
        only_field=re.compile(
            rf"^(?:{verb}\s+)?{owner}?(?:{field})"
            rf"(?:\s+{one_of(frame_words(words, 'field_is_frames'))})?"
            rf"(?:\s+{one_of(wrong, frame_words(words, 'field_wrong_more_frames'))})?[\s.!?]*$"
            rf"|^{one_of(frame_words(words, 'field_wrong_lead_frames'))}\s+(?:{any_field})[\s.!?]*$",
            i,
        ),
        # "wait, I gave you the wrong number", "you've got my surname wrong": a field named as wrong.
        wrong_field=tuple(
            re.compile(rf"^{frame}(?:\b|$)", i)
            for frame in frame_words(
                words,
                "wrong_field_frames",
                field=f"(?:{any_field})",
                owner=one_of(frame_words(words, "field_owner_frames")),
                end=r"[\s.!?]*$",
            )
        ),
        new_value=re.compile(rf"^[\s,;.:-]*(?:{one_of(frame_words(words, 'new_value_frames'))}\s+)?", i),
        # What ends a change and is not its value: "..., not John", "... instead, thanks".
        tail=re.compile(
            rf"(?:[\s,.;]+{one_of(frame_words(words, 'change_tail_not_frames'))}\s+.+"
            rf"|[\s,.!]*\b{one_of(frame_words(words, 'change_tail_frames'))}\b)+[\s.!]*$",
            i,
        ),
        not_a_value=re.compile(rf"^{one_of(wrong, frame_words(words, 'not_a_value_frames'))}\b", i),
        # Polite and agreeing words after a change: "change the title to Dr please, yeah".
        polite=re.compile(rf"[\s,.!]*(?:\b{polite}\b[\s,.!]*)+$", i),
        # "it's Westman not Bembenek": the old value says which field the new one is for.
        swaps=tuple(
            re.compile(rf"^{frame}[\s.!]*$", i) for frame in frame_words(words, "swap_frames", **_SWAP_HOLES)
        ),
        # "it's Anne-Marie for the first name"
        value_for=tuple(
            re.compile(rf"^{frame}[\s.!]*$", i)
            for frame in frame_words(words, "value_for_frames", value=".+?", field=f"(?:{any_field})")
        ),
        wrong_then_value=re.compile(
            rf"^(?:{one_of(frame_words(words, 'wrong_is_frames'))}\s+)?{one_of(wrong)}[\s,;.:-]+"
            rf"(?:{one_of(frame_words(words, 'wrong_then_value_frames'))}\s+)?(?P<value>.+)$",
            i,
        ),
    )


def field_patterns(words: Vocabulary) -> _Patterns:
    """The language's field and change patterns (``fields``, ``field_mention``, ``lead``, ...)."""
    return words.patterns(_build)


@dataclass(frozen=True)
class Change:
    field: str | None  # None: the value's own kind says which field
    value: str | None  # None: the field was named without a new value ("" for a removed extension)


def _field_of(match: re.Match[str], fields: Mapping[str, str]) -> str:
    return next(name for name in fields if match.groupdict().get(name))


def _value(raw: str, p: _Patterns) -> str | None:
    value = p.tail.sub("", raw).strip(" ,.:;!?\"'")
    corrected = p.wrong_then_value.match(value)
    if corrected:  # "surname's wrong, it's Volterra"
        value = corrected.group("value").strip(" ,.:;!?\"'")
    return None if not value or p.not_a_value.match(value) else value


def first_match(patterns: Iterable[re.Pattern[str]], text: str) -> re.Match[str] | None:
    return next((m for m in (pattern.match(text) for pattern in patterns) if m), None)


@functools.lru_cache(maxsize=1024)
def find_change(text: str, *, words: Vocabulary) -> Change | None:
    """The change a message asks for, or None when it names no field and no changed value."""
    p = field_patterns(words)
    fields = p.fields
    if first_match(p.drop_extension, p.polite.sub("", lexicon(words).leading.sub("", text.strip()))):
        return Change("extension", "")  # before the lead is cut: "no extension"
    core = p.polite.sub("", p.lead.sub("", text.strip())).strip()
    if not core:
        return None
    if first_match(p.drop_extension, core) or (
        p.extension_word.search(core) and p.take_away.search(core) and not re.search(r"\d", core)
    ):
        return Change("extension", "")
    match = first_match(p.value_for, core)
    if match:
        field_match = re.search(p.field, core[match.end("value") :], re.IGNORECASE)
        if field_match:
            return Change(_field_of(field_match, fields), _value(match.group("value"), p))
    match = p.add_extension.match(core)
    if match:
        return Change("extension", _value(match.group("value"), p))
    wrong = first_match(p.wrong_field, core)
    if wrong:  # "you've got my first name wrong, it's Teresa" gives the value too
        match = re.fullmatch(p.field, wrong.group("field"), re.IGNORECASE)
        given = p.new_value.sub("", core[wrong.end() :])
        return Change(_field_of(match, fields), _value(given, p) if given else None) if match else None
    if p.only_field.match(core):
        match = re.search(p.field, core, re.IGNORECASE)
        return Change(_field_of(match, fields), None) if match else None
    match = p.value_is.match(core)
    if match and not p.owned_field.match(core):
        return Change(_field_of(match, fields), _value(match.group("value"), p))
    for pattern in (p.verb_field, p.field_link, p.field_comma):
        match = pattern.match(core)
        if match:
            return Change(_field_of(match, fields), _value(match.group("value"), p))
    match = p.no_field.match(core)
    if match:
        value = _value(match.group("value"), p)
        return Change(None, value) if value else None
    return None


def find_swap(text: str, *, words: Vocabulary) -> tuple[str, str] | None:
    """("Westman", "Bembenek") from "it's Westman not Bembenek": a new value and the old one it replaces."""
    p = field_patterns(words)
    core = p.polite.sub("", p.lead.sub("", text.strip())).strip()
    for pattern in p.swaps:
        match = pattern.match(core)
        if match:
            held = {name: value for name, value in match.groupdict().items() if value is not None}
            new = next(value for name, value in held.items() if name.startswith("new"))
            old = next(value for name, value in held.items() if name.startswith("old"))
            return new.strip(" ,.'\""), old.strip(" ,.'\"")
    return None


@functools.lru_cache(maxsize=1024)  # pure, and asked by several steps of one turn
def find_field_value(text: str, *, words: Vocabulary) -> Change | None:
    """Like ``find_change``, also taking "last name Smith" with no linking word (as said at a question)."""
    change = find_change(text, words=words)
    if change is not None:
        return change
    p = field_patterns(words)
    match = p.field_bare.match(p.polite.sub("", p.lead.sub("", text.strip())).strip())
    return Change(_field_of(match, p.fields), _value(match.group("value"), p)) if match else None
