"""Finding a person's name in free text, only where something names a person.

A name is taken from a title ("Ms. Laura Chen"), a naming phrase ("my name is",
"I'm", "this is", "for", "named", "called"), the name-shaped part of an agent's
paste, or the answer to a name question; never from the words of the request
itself. When nothing names a person, there is no name: the form asks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..normalise import NormalisationError, PersonName, clean_name, parse_person_name
from ..normalise.salutation import lookup_salutation
from ..normalise.vocabulary import Vocabulary, any_of, one_of
from .lexicon import WORD, lexicon, strip_fillers

MAX_NAME_WORDS = 4

_LETTER = r"[^\W\d_]"
_APOSTROPHE = "['’]"  # one that is written, of either kind: "name’s", never "names"
_ONLY_LETTERS = re.compile(r"\s*(?:[^\W\d_](?:[\s.,\-]+|$)){2,}", re.UNICODE)


@dataclass(frozen=True)
class _Patterns:
    """One language's patterns for names: compiled once per language (``Vocabulary.patterns``)."""

    # Naming phrases, strongest first. "weak" ones ("I'm", "this is") need evidence that a
    # name follows: a title, or capitals in a text that is not all lower case.
    strong_cues: re.Pattern[str]
    name_first: re.Pattern[str]
    weak_cues: re.Pattern[str]
    spelled: re.Pattern[str]
    weak_spelling_cue: re.Pattern[str]  # a cue that needs three letters or more after it
    # "S for Sugar, M for Mary", "s as in sam": a spelling alphabet's word stands for its first letter.
    spelling_word: re.Pattern[str]
    double_letter: re.Pattern[str]
    particles: frozenset[str]


def _build(words: Vocabulary) -> _Patterns:
    owner = one_of(words.frames("name_owner_frames"))
    named = one_of(words.frames("name_is_frames", sign=r"\s*[:=-]", apostrophe=_APOSTROPHE))
    openers = any_of(
        words.greetings, words.hesitations, words.discourse, words.frames("name_here_openers_frames")
    )
    cues = words.frames("spelling_cue_frames") + words.frames("weak_spelling_cue_frames")
    return _Patterns(
        strong_cues=re.compile(
            rf"\b(?:{owner}\s+)?{named}\s*|\b{one_of(words.frames('name_cue_frames'))}\s+", re.IGNORECASE
        ),
        name_first=re.compile(
            rf"^(?:{openers}\b[\s,!.]+)*"
            rf"(?P<name>{WORD}(?:\s+{WORD}){{0,3}}?)"
            rf"\s+{one_of(words.frames('name_here_frames'))}\b",
            re.IGNORECASE,
        ),
        weak_cues=re.compile(rf"\b{one_of(words.frames('name_hint_frames'))}\s+", re.IGNORECASE),
        weak_spelling_cue=re.compile(any_of(words.frames("weak_spelling_cue_frames"))),
        spelled=re.compile(  # the cue as written, in lower case
            rf"(?:\b(?P<cue>{'|'.join(cues)})\b[\s,:]*)?"
            r"(?<![\w'])(?P<letters>(?:[^\W\d_](?:[\s.,\-]+|$)){2,})",
            re.UNICODE,
        ),
        spelling_word=re.compile(
            rf"(?<![\w'])({_LETTER})\s+(?:{any_of(words.spelling_links)})\s+({WORD})", re.IGNORECASE
        ),
        double_letter=re.compile(
            rf"(?<![\w']){one_of(words.frames('double_letter_frames', letter=_LETTER))}(?![\w'])",
            re.IGNORECASE,
        ),
        particles=frozenset(words.particles),
    )


def _patterns(words: Vocabulary) -> _Patterns:
    return words.patterns(_build)


def _is_name_word(word: str, *, words: Vocabulary) -> bool:
    core = word.strip(".").replace("’", "'")
    if not core or not core[0].isalpha() or any(ch.isdigit() for ch in core):
        return False  # "'s" left by "a client's number" is no name
    not_name = lexicon(words).not_name
    if core.casefold() in not_name or core.casefold().rstrip("'s") in not_name and core.endswith("'s"):
        return False
    return all(unicodedata.category(ch)[0] in "LM" or ch in "'-." for ch in core)


def _title_of(word: str, salutations: tuple[str, ...], *, words: Vocabulary) -> str | None:
    return lookup_salutation(word, salutations, words=words)


def plausible_name(text: str, *, words: Vocabulary) -> bool:
    """Every word could belong to a name: no request tokens, digits or symbols, at most four tokens."""
    tokens = text.split()
    return (
        0 < len(tokens) <= MAX_NAME_WORDS
        and all(_is_name_word(w, words=words) for w in tokens)
        and tokens[-1].casefold() not in _patterns(words).particles
    )


def _span_after(text: str, start: int, *, words: Vocabulary) -> list[str]:
    """The name-like tokens that start at ``start``, up to punctuation or a word that is not a name's."""
    tokens: list[str] = []
    for raw in text[start:].split():
        word = raw.rstrip(',;:!?/|)]"')
        ends = word != raw
        possessive = re.match(r"^(.+?)['\u2019]s$", word)
        if (
            possessive
            and tokens
            and _is_name_word(possessive.group(1), words=words)
            or possessive
            and not tokens
            and _is_name_word(possessive.group(1), words=words)
            and len(possessive.group(1)) > 1
        ):
            word, ends = possessive.group(1), True  # "Prof. Hassan's number": the name, not its 's
        if word.endswith(".") and len(word.rstrip(".")) > 1:  # "Chen." ends a sentence; "J." is an initial
            word, ends = word.rstrip("."), True
        if not _is_name_word(word, words=words):
            break
        tokens.append(word)
        if ends or len(tokens) >= MAX_NAME_WORDS:
            break
    particles = _patterns(words).particles
    while tokens and (tokens[-1].casefold() in particles or (len(tokens) > 1 and len(tokens[-1]) == 1)):
        tokens.pop()  # a particle ends no name; "Kiely T: 0029..." ends with a label, not an initial
    return tokens


def _restated(text: str, start: int, tokens: list[str], *, words: Vocabulary) -> list[str]:
    """ "this is Olivia - Olivia Allen -": a name said again in full right after wins over its first part."""
    after = text[start:]
    first = after.find(tokens[-1]) + len(tokens[-1]) if tokens else -1
    match = re.match(r"\s*[-\u2013\u2014,]\s*", after[first:]) if first > 0 else None
    if match is None:
        return tokens
    again = _span_after(after, first + match.end(), words=words)
    return again if len(again) > len(tokens) and again[0].casefold() == tokens[0].casefold() else tokens


def _capitalised(tokens: list[str], text: str) -> bool:
    """In a text that uses capitals, a name after "I'm" must have a capital; all lower case tells nothing."""
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    if cased and all(ch.islower() for ch in cased):
        # No capitals anywhere: the tokens themselves are the evidence, so not "this is regarding".
        return not tokens[0].endswith("ing")
    return any(not w[:1].islower() for w in tokens)  # "this is vaida Kiška": one capital is evidence


def _person(
    salutation: str | None, tokens: list[str], salutations: tuple[str, ...], *, words: Vocabulary
) -> PersonName | None:
    if not tokens:
        return None
    try:
        person = parse_person_name(" ".join(tokens), salutations, words=words)
    except NormalisationError:
        return None
    return PersonName(salutation or person.salutation, person.first, person.last)


def name_in_text(text: str, salutations: tuple[str, ...], *, words: Vocabulary) -> PersonName | None:
    """The person a free-text message names, or None when nothing in it names a person."""
    # 1. A title followed by a name: "hi, this is Ms. Laura Chen and ...".
    for match in re.finditer(r"\S+", text):
        title = _title_of(match.group().rstrip(",:"), salutations, words=words)
        if title and not match.group().endswith(","):
            tokens = _span_after(text, match.end(), words=words)
            if tokens:
                return _person(title, tokens, salutations, words=words)
    # 2. A strong naming phrase: "my name is ...", "named ...".
    patterns = _patterns(words)
    for match in patterns.strong_cues.finditer(text):
        person = _person(None, _span_after(text, match.end(), words=words), salutations, words=words)
        if person:
            return person
    # 3. A name before "here" or "calling" at the start: "Douglas Brown calling, please ...".
    first = patterns.name_first.match(text)
    if first:
        tokens = _span_after(first.group("name"), 0, words=words)
        if tokens and len(tokens) == len(first.group("name").split()) and _capitalised(tokens, text):
            return _person(None, tokens, salutations, words=words)
    # 4. A weak one, with evidence that a name follows.
    for match in patterns.weak_cues.finditer(text):
        tokens = _restated(text, match.end(), _span_after(text, match.end(), words=words), words=words)
        if tokens and _capitalised(tokens, text):
            return _person(None, tokens, salutations, words=words)
    return None


def name_segment(segment: str, salutations: tuple[str, ...], *, words: Vocabulary) -> PersonName | None:
    """A part of a paste that is a name and nothing else: "Dr. Sarah O'Connor", "John Doe"."""
    tokens = segment.split()
    title = _title_of(tokens[0], salutations, words=words) if tokens else None
    rest = tokens[1:] if title else tokens
    cleaned = " ".join(
        w.rstrip(".") if i == 0 and title is None and len(w) > 2 else w for i, w in enumerate(rest)
    )
    if not rest or not plausible_name(cleaned, words=words):
        return None
    return _person(title, cleaned.split(), salutations, words=words)


def _whole_answer(cleaned: str, salutations: tuple[str, ...], *, words: Vocabulary) -> PersonName | None:
    """The cleaned answer as a name, with a leading title allowed: "Dr Jane Smith", "helen"."""
    tokens = cleaned.split()
    title = _title_of(tokens[0], salutations, words=words) if len(tokens) > 1 else None
    if not plausible_name(" ".join(tokens[1:] if title else tokens), words=words):
        return None
    return parse_person_name(cleaned, salutations, words=words)


def _spelling_alphabet(text: str, *, words: Vocabulary) -> str:
    """ "S for Sugar M for Mary I T H" -> "S M I T H"; only when two letters or more are spelled so."""
    matches = [
        m
        for m in _patterns(words).spelling_word.finditer(text)
        if m.group(2)[:1].casefold() == m.group(1).casefold()
    ]
    if len(matches) < 2:
        return text
    for match in reversed(matches):
        text = text[: match.start()] + match.group(1) + text[match.end() :]
    return text


def _spelled_word(letters: str) -> str:
    """ "SMITH" or "smith" -> "Smith"; a mixed spelling ("McD") keeps its case."""
    return letters if not letters.isupper() and not letters.islower() else letters.capitalize()


def respelled(text: str, *, words: Vocabulary) -> str:
    """ "annalise thats A-N-N-A-L-I-S-E" -> "Annalise", "S M I T H" -> "Smith": a name spelled letter by
    letter is the name.

    Two or more single letters count as a spelling when a spelling word comes before them, when they
    spell a word of the text, or when they are the whole answer (not initials with dots, "J. R.");
    "S for Sugar" and "double L" are letters too. "J. R. Smith" keeps its initials.
    """
    patterns = _patterns(words)
    text = (
        patterns.double_letter.sub(
            lambda m: f"{m['letter']} {m['letter']}", _spelling_alphabet(text, words=words)
        )
        if patterns.spelling_word.search(text) or patterns.double_letter.search(text)
        else text
    )
    if _ONLY_LETTERS.fullmatch(text) and not re.search(r"[^\W\d_]\.", text):  # "J. R." are initials
        return _spelled_word(re.sub(r"[\s.,\-]", "", text))
    for match in patterns.spelled.finditer(text):
        letters = re.sub(r"[\s.,\-]", "", match.group("letters"))
        cue = (match.group("cue") or "").casefold()
        cued = bool(cue) and (
            not patterns.weak_spelling_cue.fullmatch(cue) or len(letters) >= 3
        )  # "it's J R Smith" keeps its initials
        tokens = [w.strip(",.;:").casefold() for w in text[: match.start()].split()]
        if len(letters) >= 2 and (cued or letters.casefold() in tokens):
            spelled = _spelled_word(letters)
            before = [
                w for w in text[: match.start()].split() if w.strip(",.;:").casefold() != letters.casefold()
            ]
            return " ".join([*before, spelled, text[match.end() :].strip()]).strip()
    return text


def edge_trimmed(text: str, *, words: Vocabulary) -> str:
    """ "amarachi yeah", "erm myself aija", "Lääne - thanks for your help": the tokens
    round a name that no name has."""
    edges = lexicon(words)  # the words round a short answer, shared with every reader
    tokens = [w for w in text.replace(",", " , ").split()]
    start, end = 0, len(tokens)
    while start < end and (
        tokens[start].casefold().strip(",.;:!?") in edges.leading_edge or tokens[start] in ",-"
    ):
        start += 1
    while end > start and (
        tokens[end - 1].casefold().strip(",.;:!?") in edges.trailing_edge or tokens[end - 1] in ",-"
    ):
        end -= 1
    return " ".join(w.strip(",.;:!?") for w in tokens[start:end]) or text


def name_answer(text: str, salutations: tuple[str, ...], *, words: Vocabulary) -> PersonName:
    """The answer to "What's the first name?": the text itself once its fillers are gone, or the
    name a sentence gives ("well, my name is Helen but ...").

    Raises NormalisationError with the reason when it is not a name.
    """
    text = respelled(strip_fillers(text, words) or text, words=words)
    try:
        cleaned = clean_name(text, words=words)
    except NormalisationError:
        found = name_in_text(text, salutations, words=words)
        if found is not None:
            return found
        raise
    person = (
        _whole_answer(cleaned, salutations, words=words)
        or name_in_text(text, salutations, words=words)
        or _whole_answer(edge_trimmed(cleaned, words=words), salutations, words=words)
    )
    if person is None:
        raise NormalisationError("name_not_plausible", code="name_words")
    return person
