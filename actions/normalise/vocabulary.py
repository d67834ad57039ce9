"""The words in force for each language: its pack (``actions/languages/<code>/*.yml``) plus the owner's.

A language is data: a folder of YAML files, each holding roles (``yes``, ``titles``,
``field_names`` ...), whose entries are words and phrase templates (``phrases.py`` reads them), never
regular expressions. This module reads a pack once per process and language (``vocabulary``), turns
the phrase roles into pattern fragments for the readers, and merges a bot owner's words from
``CONTACT_VOCABULARY_FILE``, a JSON or YAML file keyed by language::

    {"en": {"yes": ["aye", "haan ji"], "titles": {"sheikh": "Sheikh"}, "countries": {"blighty": "GB"}}}

or, as before languages, by role alone (English)::

    {"yes": ["aye"], "polite_tails": ["ji"]}

An owner's entry is literal text (an apostrophe also matches without one); a new title must also be
one of the bot's titles (``CONTACT_SALUTATIONS``) to be used. docs/languages.md lists every role.
"""

from __future__ import annotations

import functools
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from .phrases import Holes, PhraseError, compile_phrase, literal_text, role_holes

VOCABULARY_FILE_SETTING = "CONTACT_VOCABULARY_FILE"
LANGUAGES_DIR = Path(__file__).resolve().parent.parent / "languages"
# A language's folder also holds its message catalogue: what the bot says, not words it reads.
CATALOGUE_FILE = "messages.yml"
DEFAULT_LANGUAGE = "en"

# -- limits that are words' business too -------------------------------------------------------
MAX_EXTENSION = 10  # digits of an extension (the API's field; longer is a second number)
MIN_NUMBER_DIGITS = 6  # digits that make a free-text turn hold a phone number ("six digits means a number")
MIN_SHORT_NUMBER_DIGITS = 4  # the shortest numbers of small territories (Niue, Saint Helena)

# Holes every template may use besides its pack's roles: one word of any language.
_Built = TypeVar("_Built")
NOTHING = "(?!)"  # the fragment of a role with no phrases: it matches nothing, not the empty string
BUILT_IN_HOLES = {"word": r"[^\W\d_][\w'’-]*"}


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per language and process
class Vocabulary:
    """One language's words in force. Phrase roles hold pattern fragments (``any_of`` joins them),
    word roles hold casefolded words, map roles map a word or a field to a value."""

    language: str
    # phrase roles
    yes: tuple[str, ...]
    yes_sounds: tuple[str, ...]
    no: tuple[str, ...]
    something_to_change: tuple[str, ...]
    nothing_to_change: tuple[str, ...]
    declining: tuple[str, ...]
    hesitations: tuple[str, ...]
    discourse: tuple[str, ...]
    waiting: tuple[str, ...]
    agreeing: tuple[str, ...]
    polite_tails: tuple[str, ...]
    self_corrections: tuple[str, ...]
    greetings: tuple[str, ...]
    save_verbs: tuple[str, ...]
    save_objects: tuple[str, ...]
    delete_verbs: tuple[str, ...]
    change_verbs: tuple[str, ...]
    change_leads: tuple[str, ...]
    name_leads: tuple[str, ...]
    spelling_links: tuple[str, ...]
    title_leads: tuple[str, ...]
    title_tails: tuple[str, ...]
    extension_cues: tuple[str, ...]
    country_leads: tuple[str, ...]
    country_tails: tuple[str, ...]
    # word roles
    not_name: tuple[str, ...]
    leading_edge: tuple[str, ...]
    trailing_edge: tuple[str, ...]
    particles: tuple[str, ...]
    extension_words: tuple[str, ...]
    country_words: tuple[str, ...]
    zero_letters: tuple[str, ...]
    plus_words: tuple[str, ...]
    extension_keys: tuple[str, ...]
    close_languages: tuple[str, ...]  # languages sharing many words with this one (detection: es and pt)
    # map roles
    titles: Mapping[str, str]
    countries: Mapping[str, str]
    symbols: Mapping[str, str]
    digit_words: Mapping[str, str]
    repeat_words: Mapping[str, str]
    field_names: Mapping[str, tuple[str, ...]]
    field_labels: Mapping[str, tuple[str, ...]]
    # frame roles (named ``*_frames``): templates with holes a reader fills (``{value}``), read by ``frames``
    frame_templates: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    alternations: Mapping[str, str] = field(default_factory=dict, repr=False)

    # what readers compiled from these words (``patterns``): one entry per reader's build function
    _built: dict[Callable[[Vocabulary], Any], Any] = field(default_factory=dict, init=False, repr=False)

    def patterns(self, build: Callable[[Vocabulary], _Built]) -> _Built:
        """What ``build`` makes of these words (a reader's compiled patterns), made once per language.

        A reader writes one ``build(words)`` function and asks ``vocabulary(ctx.language).patterns(build)``:
        its patterns live with the language's words, never in a module global, so a second language
        is a second pack and nothing else.
        """
        if build not in self._built:
            self._built[build] = build(self)
        built: _Built = self._built[build]
        return built

    def frames(self, role: str, **captures: str) -> tuple[str, ...]:
        """The frame role's templates as pattern fragments, in the pack's order (a reader's precedence).

        ``captures`` names the reader's holes and what each captures (``value=".+?"``); every other
        hole is a role of the pack. Each template is its own fragment, so two of them may name the
        same hole. Cached: a reader asks once per language.
        """
        return _frames(self, role, tuple(sorted(captures.items())))


_FIELD_MAPS = ("field_names", "field_labels")
_WORD_MAPS = ("titles", "countries", "symbols", "digit_words", "repeat_words")
MAP_ROLES = (*_WORD_MAPS, *_FIELD_MAPS)
WORD_ROLES = (
    "not_name",
    "leading_edge",
    "trailing_edge",
    "particles",
    "extension_words",
    "country_words",
    "zero_letters",
    "plus_words",
    "extension_keys",
    "close_languages",
)
_NOT_ROLES = ("language", "frame_templates", "alternations", "_built")
PATTERN_ROLES = tuple(
    f.name for f in fields(Vocabulary) if f.name not in (*MAP_ROLES, *WORD_ROLES, *_NOT_ROLES)
)
FRAMES_SUFFIX = "_frames"
# Roles whose last letter a speaker may draw out ("ummm"): phrases.compile_phrase's stretch.
_STRETCHED = frozenset({"hesitations"})
LIST_ROLES = (*PATTERN_ROLES, *WORD_ROLES)
EXTENDABLE = LIST_ROLES + MAP_ROLES


def any_of(*roles: Iterable[str]) -> str:
    """One alternation of every phrase of ``roles``, longest first so "thank you
    very much" beats "thank you"."""
    phrases = sorted({p for role in roles for p in role}, key=len, reverse=True)
    return "(?:" + "|".join(phrases) + ")" if phrases else NOTHING


def one_of(*fragments: Iterable[str]) -> str:
    """One alternation of ``fragments`` in their order: a frame role's phrases keep the pack's order,
    which is the reader's precedence (``any_of`` puts the longest first instead)."""
    return "(?:" + "|".join(f for group in fragments for f in group) + ")"


class VocabularyError(ValueError):
    """A pack or the owner's vocabulary file cannot be used; the message says which entry and why."""


def literal(phrase: str) -> str:
    """An owner's phrase as a pattern fragment: literal text, an apostrophe optional, spaces any run."""
    return r"\s+".join(literal_text(part) for part in phrase.strip().casefold().split())


def languages() -> tuple[str, ...]:
    """The languages a conversation may be read in: those whose pack is complete.

    A pack is complete when its folder holds every pack file the default pack has (``answers.yml``,
    ``names.yml`` ...). A folder may hold only a few of them, such as ``requests.yml`` with the
    frames that recognise "¿puede hablar en español?" (``pack_languages``): listing that language
    here would read its conversations with a nearly empty pack, where no yes, name or number is
    understood. Until its pack is complete, such a conversation is read in the default language.
    """
    return _complete_packs(LANGUAGES_DIR)


def pack_languages() -> tuple[str, ...]:
    """Every language with a pack file, complete or partial: a folder under ``actions/languages``.

    The readers that look at any language's words whatever the conversation's language (a caller
    asking for another language in it) and the start-up check of every pack use this list.
    """
    return _packs(LANGUAGES_DIR)


# Both lists are read once per process and folder: every turn asks which language it is read in, and
# scanning the folders took 2 ms a turn (bench/language_cost.py).
@functools.cache
def _packs(folder: Path) -> tuple[str, ...]:
    return tuple(sorted(p.name for p in folder.iterdir() if p.is_dir() and any(_pack_files(p))))


@functools.cache
def _complete_packs(folder: Path) -> tuple[str, ...]:
    needed = _file_names(folder, DEFAULT_LANGUAGE)
    return tuple(code for code in _packs(folder) if needed <= _file_names(folder, code))


def _file_names(folder: Path, language: str) -> set[str]:
    return {path.name for path in _pack_files(folder / language)}


def _pack_files(folder: Path) -> list[Path]:
    return [path for path in sorted(folder.glob("*.yml")) if path.name != CATALOGUE_FILE]


def _yaml(text: str) -> Any:
    import yaml  # PyYAML comes with Rasa and rasa-sdk

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from None


def read_pack(language: str) -> dict[str, Any]:
    """Every role of a language's pack as written: role name -> list or mapping."""
    folder = LANGUAGES_DIR / language
    if not folder.is_dir():
        raise VocabularyError(f"no language pack {language!r}; packs: {', '.join(pack_languages())}")
    roles: dict[str, Any] = {}
    for path in _pack_files(folder):
        try:
            data = _yaml(path.read_text(encoding="utf-8")) or {}
        except ValueError as exc:
            raise VocabularyError(f"{path}: not valid YAML ({exc})") from None
        for role, value in data.items():
            if role in roles:
                raise VocabularyError(f"{path}: role {role!r} is also in another file of the pack")
            roles[role] = value
    return roles


def _compiled(language: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    """The pack's phrase templates as pattern fragments, a role's hole filled by that role."""
    done: dict[str, tuple[str, ...]] = {}
    resolving: list[str] = []

    def role(name: str) -> str | None:
        if name in BUILT_IN_HOLES:
            return BUILT_IN_HOLES[name]
        if name not in PATTERN_ROLES or name not in raw:
            return None
        if name in resolving:
            raise VocabularyError(f"{language}: role {name!r} refers to itself through {resolving}")
        if name not in done:
            resolving.append(name)
            done[name] = tuple(
                _phrase(language, name, t, role, stretch=name in _STRETCHED)
                for t in _entries(name, raw[name])
            )
            resolving.pop()
        return any_of(done[name])

    out: dict[str, Any] = {"language": language}
    for name in PATTERN_ROLES:
        role(name)
        out[name] = done.get(name, ())
    for name in WORD_ROLES:
        out[name] = tuple(w.casefold() for w in _entries(name, raw.get(name, ())))
    for name in _WORD_MAPS:
        out[name] = {str(k).casefold(): str(v) for k, v in _mapping(name, raw.get(name, {})).items()}
    for name in _FIELD_MAPS:
        out[name] = {
            str(field): tuple(_phrase(language, name, t, role) for t in _entries(name, items))
            for field, items in _mapping(name, raw.get(name, {})).items()
        }
    out["frame_templates"] = {
        name: _entries(name, value) for name, value in raw.items() if name.endswith(FRAMES_SUFFIX)
    }
    out["alternations"] = {**BUILT_IN_HOLES, **{name: any_of(done[name]) for name in done}}
    for name, templates in out["frame_templates"].items():  # a broken frame fails when the pack is read
        for template in templates:
            _phrase(language, name, template, lambda hole: out["alternations"].get(hole, "(?:)"))
    unknown = sorted(set(raw) - set(EXTENDABLE) - set(out["frame_templates"]))
    if unknown:
        raise VocabularyError(f"{language}: unknown roles {unknown}; known: {', '.join(EXTENDABLE)}")
    return out


def _phrase(language: str, role: str, template: str, holes: Holes, stretch: bool = False) -> str:
    try:
        return compile_phrase(template, holes, stretch=stretch)
    except PhraseError as exc:
        raise VocabularyError(f"{language} pack, {role}: {exc}") from None


def _entries(role: str, value: Any) -> tuple[str, ...]:
    if (
        isinstance(value, str)
        or not isinstance(value, Iterable)
        or not all(isinstance(v, str) for v in value)
    ):
        raise VocabularyError(f"'{role}' must be a list of words")
    return tuple(v.strip() for v in value if v.strip())


def _mapping(role: str, value: Any) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise VocabularyError(f"'{role}' must map words to values")
    return value


def extended(base: Vocabulary, extra: Mapping[str, Any]) -> Vocabulary:
    """``base`` with an owner's words added (never removed); raises VocabularyError on a bad entry."""
    known = (*EXTENDABLE, *base.frame_templates)
    unknown = sorted(set(extra) - set(known))
    if unknown:
        raise VocabularyError(f"unknown vocabulary roles {unknown}; known: {', '.join(known)}")
    changes: dict[str, Any] = {}
    frames = dict(base.frame_templates)
    for role, value in extra.items():
        if role in frames:  # an owner's frames are templates too: they need the reader's holes
            frames[role] = _entries(role, value) + frames[role]
            changes["frame_templates"] = frames
            continue
        if role in LIST_ROLES:
            words = _entries(role, value)
            # An owner's words go first: "yes please" must not stop at a built-in "yes".
            own = (
                tuple(literal(w) for w in words)
                if role in PATTERN_ROLES
                else tuple(w.casefold() for w in words)
            )
            changes[role] = own + getattr(base, role)
            continue
        merged = dict(getattr(base, role))
        for key, item in _mapping(role, value).items():
            if role in _FIELD_MAPS:
                if key not in merged:
                    raise VocabularyError(
                        f"'{role}' has an unknown field {key!r}; known: {', '.join(merged)}"
                    )
                merged[key] = tuple(literal(w) for w in _entries(role, item)) + tuple(merged[key])
            elif not isinstance(item, str) or not item.strip():
                raise VocabularyError(f"'{role}': {key!r} must map to a text")
            else:
                merged[str(key).casefold().strip()] = (
                    item.strip() if role != "countries" else item.strip().upper()
                )
        changes[role] = merged
    grown = {role: any_of(changes[role]) for role in changes if role in PATTERN_ROLES}
    if grown:  # frames name roles as holes: the owner's words reach them too
        changes["alternations"] = {**base.alternations, **grown}
    return replace(base, **changes)


def _owner_words(data: Mapping[str, Any], language: str) -> Mapping[str, Any]:
    """The owner's words for one language: a file keyed by language, or (English) by role alone."""
    if data and all(key in pack_languages() for key in data):
        own = data.get(language, {})
        if not isinstance(own, Mapping):
            raise VocabularyError(f"'{language}' must map roles to words")
        return own
    return data if language == DEFAULT_LANGUAGE else {}


def read_owner_file(path: str | None) -> Mapping[str, Any]:
    """The owner's vocabulary file as a mapping (nothing when no file is named)."""
    if not path:
        return {}
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
    return data


@functools.lru_cache(maxsize=None)
def pack_words(language: str) -> Vocabulary:
    """A language's own pack, without an owner's words; read once per process."""
    return Vocabulary(**_compiled(language, read_pack(language)))


def load(path: str | None, language: str = DEFAULT_LANGUAGE) -> Vocabulary:
    """A language's pack, extended by the owner's JSON or YAML file at ``path`` (none: the pack only)."""
    return extended(pack_words(language), _owner_words(read_owner_file(path), language))


BUILDS: Counter[str] = Counter()  # vocabularies built, per language: a test holds it to one each


@functools.lru_cache(maxsize=None)
def vocabulary(language: str = DEFAULT_LANGUAGE) -> Vocabulary:
    """The words in force for ``language``: its pack and the owner's file (``CONTACT_VOCABULARY_FILE``).

    The lexicon the readers get through ``Context.language``: built once per process and language.
    """
    BUILDS[language] += 1
    return load(os.environ.get(VOCABULARY_FILE_SETTING), language)


@functools.lru_cache(maxsize=None)
def _frames(words: Vocabulary, role: str, captures: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    if role not in words.frame_templates and role not in pack_words(DEFAULT_LANGUAGE).frame_templates:
        raise VocabularyError(f"no pack has a frame role {role!r}")  # a reader's typo, not a pack's gap
    holes = role_holes(words.alternations, dict(captures))
    templates = words.frame_templates.get(role, ())
    # A role this pack lacks (or leaves empty) reads nothing: one fragment that never matches.
    return tuple(_phrase(words.language, role, template, holes) for template in templates) or (NOTHING,)


def role_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Vocabulary) if f.name not in _NOT_ROLES)
