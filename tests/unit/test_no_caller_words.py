"""No caller word in code (issue 25, section 4): no string literal under `actions/` holds a word of a
language pack, except the literals named in the list below, which can only shrink. What the bot says
is in the catalogues (`messages.yml`), by message id.

What counts as a literal: every `str` constant of the AST, f-string parts and regular expressions
included, except docstrings and other bare string statements. A literal holds a word when, once its
backslash escapes (`\\b`, `\\s`, ...) and regex group syntax (`(?:`, `(?P<name>`) are stripped, the
word is one of the runs of letters left. A literal that is a bare name (`first_name`, or a
one-word intent, slot, action or role name) is a name, not a caller word.

Refresh the lists after a merge: `python -m tests.unit.test_no_caller_words --print-lists`.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTIONS = ROOT / "actions"
SKIPPED = ("actions/agentassist/",)  # the Agent Assist client: an API's text, not a reader's
PACKS = sorted(p for p in (ACTIONS / "languages").glob("*/*.yml") if p.name != "messages.yml")
CATALOGUES = sorted((ACTIONS / "languages").glob("*/messages.yml"))
DOMAINS = [ROOT / "domain.yml", *sorted((ACTIONS / "fragments" / "domain").glob("*.yml"))]

# A word of a pack is a run of two or more letters: single letters ("a", "i", "y", "n") are
# everywhere in character classes and format codes and would make the lists meaningless.
MIN_WORD = 2
PREFIX_MIN = 20  # an entry shorter than the literal must be at least this long: a stable prefix

# Not caller text: log lines, operators' exception messages, API field names, settings, and names
# (regex group names, reading kinds, __all__). The readers' Step labels and sample turns are here too:
# they document each step and a unit test reads them; the bot never matches them against a turn.
NOT_CALLER_TEXT: tuple[tuple[str, str], ...] = (
    ("actions/add_to_bot.py", "data"),  # a bot's data folder
    ("actions/channels/masking_event_broker.py", "data"),  # an event's data field
    ("actions/erasure.py", "data"),
    # actions/normalise/salutation.py: the canonical titles a contact is saved with; what the caller
    # hears is the catalogue's `titles` (issue 27 emptied the list of text said to the caller)
    ("actions/normalise/salutation.py", "Mr"),
    ("actions/normalise/salutation.py", "Mrs"),
    ("actions/normalise/salutation.py", "Ms"),
    ("actions/normalise/salutation.py", "Miss"),
    ("actions/normalise/salutation.py", "Mx"),
    ("actions/normalise/salutation.py", "Dr"),
    ("actions/normalise/salutation.py", "Prof"),
    # actions/catalogue.py: the operator's messages for a bad catalogue or setting, CLDR's plural
    # category and Babel's list style, and the catalogue's own keys and placeholders
    ("actions/catalogue.py", "no message catalogue for "),
    ("actions/catalogue.py", ": a catalogue maps message ids to sentences"),
    ("actions/catalogue.py", " names "),
    ("actions/catalogue.py", ", which have no catalogue; catalogues: "),
    ("actions/catalogue.py", " is not one of the languages spoken: "),
    ("actions/catalogue.py", " is not one of "),
    ("actions/catalogue.py", "; contacts keep the canonical title"),
    ("actions/catalogue.py", "the "),
    ("actions/catalogue.py", " catalogue has no message "),
    ("actions/catalogue.py", "other"),
    ("actions/catalogue.py", "or"),
    ("actions/catalogue.py", "plus"),
    ("actions/catalogue.py", "{extension}"),
    ("actions/catalogue.py", "{number}"),
    # actions/language_actions.py: the key of the latest message's text
    ("actions/language_actions.py", "text"),
    # actions/channels/catalogue_responses.py: the key of a Rasa response's text
    ("actions/channels/catalogue_responses.py", "text"),
    ("actions/normalise/vocabulary.py", "no pack has a frame role "),
    # actions/normalise/names.py: web domains, which no language pack holds
    ("actions/normalise/names.py", "(?:https?://|www\\.)\\S+|\\b\\S+\\.(?:com|org|net|io|in|co|uk)\\b"),
    # actions/interpret/numbers.py: a hole's name, and the operator's message for a bad pack
    ("actions/interpret/numbers.py", "place"),
    ("actions/interpret/numbers.py", "country_cue_frames: each needs one hole of "),
    # actions/interpret/people.py: a capture group's name
    ("actions/interpret/people.py", "letter"),
    # actions/normalise/vocabulary.py: the operator's message for a bad pack or owner's file
    ("actions/normalise/vocabulary.py", "; known: "),
    # actions/add_to_bot.py
    ("actions/add_to_bot.py", "wrote "),
    # actions/channels/response_check.py: JSON schema keys
    ("actions/channels/response_check.py", "type"),
    # actions/add_to_bot.py
    ("actions/add_to_bot.py", "bot"),
    ("actions/add_to_bot.py", "contact_capture.channels.contact_details_policy.ContactDetailsPolicy"),
    ("actions/add_to_bot.py", "  - name: "),
    ("actions/add_to_bot.py", " has no config.yml: is it a Rasa bot's folder?"),
    ("actions/add_to_bot.py", "config.yml lets Rasa choose the policies, and Rasa is not in"),
    ("actions/add_to_bot.py", "- name: "),
    (
        "actions/add_to_bot.py",
        "# Rasa's default policies, written out by contact_capture.add_to_bot so that the",
    ),
    (
        "actions/add_to_bot.py",
        "# plugin's policy can be added (Rasa chooses the policies only when this key is empty).",
    ),
    ("actions/add_to_bot.py", "python -m contact_capture.add_to_bot"),
    ("actions/add_to_bot.py", "the bot's folder (default: here)"),
    ("actions/add_to_bot.py", "--no-config"),
    ("actions/add_to_bot.py", "leave config.yml alone; print the policy line to add to it instead"),
    ("actions/add_to_bot.py", "added "),
    ("actions/add_to_bot.py", "contact_capture.channels.catalogue_responses.CatalogueResponses"),
    (
        "actions/add_to_bot.py",
        "# The plugin's sentences in the conversation's language (its message catalogues)",
    ),
    (
        "actions/add_to_bot.py",
        " names a response generator (nlg) of its own; the plugin's says its sentences",
    ),
    ("actions/add_to_bot.py", ", or subclass it"),
    ("actions/add_to_bot.py", "added the plugin's response generator to "),
    ("actions/add_to_bot.py", "and this to endpoints.yml:\n"),
    ("actions/add_to_bot.py", " to the policies in "),
    ("actions/add_to_bot.py", "Add this line to the policies in config.yml:\n"),
    ("actions/add_to_bot.py", "Your domain is still domain.yml: move it into the domain fol"),
    # actions/caller_proof.py
    ("actions/caller_proof.py", "on"),
    # actions/channels/contact_details_policy.py
    ("actions/channels/contact_details_policy.py", "form"),
    (
        "actions/channels/contact_details_policy.py",
        "ContactDetailsPolicy: the domain has no form %r; the policy will never predict",
    ),
    (
        "actions/channels/contact_details_policy.py",
        "the message holds contact details or asks to save: predicting %s",
    ),
    (
        "actions/channels/contact_details_policy.py",
        "ContactDetailsPolicy could not read the message; predicting nothing",
    ),
    ("actions/channels/contact_details_policy.py", "name"),
    # actions/channels/erasing_tracker_store.py
    (
        "actions/channels/erasing_tracker_store.py",
        "tracker store %s: erasure on request; conversations idle %g days are deleted",
    ),
    ("actions/channels/erasing_tracker_store.py", "retention: deleted %d conversations idle over %g days"),
    ("actions/channels/erasing_tracker_store.py", "name"),
    (
        "actions/channels/erasing_tracker_store.py",
        "erased the personal data of conversation %s: %d of its %d stored events rewritten",
    ),
    (
        "actions/channels/erasing_tracker_store.py",
        "conversation %s started a new session: %d stored events of the one it ended rewritten",
    ),
    (
        "actions/channels/erasing_tracker_store.py",
        "event broker %s receives every name and number as said, and no erasure reaches it: name it inside ",
    ),
    # actions/channels/masking_event_broker.py: log lines, the operator's messages, event field names
    ("actions/channels/masking_event_broker.py", "event broker: %s, behind the masking wrapper"),
    ("actions/channels/masking_event_broker.py", "MaskingEventBroker wraps the operator's broker: give its "),
    (
        "actions/channels/masking_event_broker.py",
        "MaskingEventBroker needs a key for the conversation ids' pseudonyms: set `",
    ),
    ("actions/channels/masking_event_broker.py", "` in its event_broker settings or "),
    ("actions/channels/masking_event_broker.py", " in the Rasa server's environment"),
    ("actions/channels/masking_event_broker.py", "MaskingEventBroker: no event broker of type "),
    ("actions/channels/masking_event_broker.py", "type"),
    ("actions/channels/masking_event_broker.py", "name"),
    # actions/channels/tracker_store.py
    ("actions/channels/tracker_store.py", "name"),
    # actions/channels/twilio_speech.py
    ("actions/channels/twilio_speech.py", "300ms"),
    ("actions/channels/twilio_speech.py", "tag"),  # the catalogue's voice entry: its keys
    ("actions/channels/twilio_speech.py", "name"),
    ("actions/channels/twilio_speech.py", "$OOV_CLASS_DIGIT_SEQUENCE"),
    ("actions/channels/twilio_speech.py", "ext"),
    ("actions/channels/twilio_speech.py", "id"),
    ("actions/channels/twilio_speech.py", "digits"),
    # the default of the voice channel's ``initial_message`` setting: what Rasa is sent when a call starts
    ("actions/channels/twilio_voice.py", "hello"),
    ("actions/channels/twilio_voice.py", "/call_ended"),
    ("actions/channels/twilio_voice.py", "no-answer"),
    ("actions/channels/twilio_voice.py", "text"),
    ("actions/channels/twilio_voice.py", "title"),
    ("actions/channels/twilio_voice.py", "text/xml"),
    ("actions/channels/twilio_voice.py", "twilio_voice: silence_limit must be 1 or more (got "),
    (
        "actions/channels/twilio_voice.py",
        "twilio_voice: speech_timeout 'auto' needs speech_model numbers_and_commands (got ",
    ),
    ("actions/channels/twilio_voice.py", "); give a number of seconds instead"),
    ("actions/channels/twilio_voice.py", "twilio_voice: speech_timeout must be seconds or 'auto' (got "),
    (
        "actions/channels/twilio_voice.py",
        "twilio_voice: language must be a tag such as en-GB, en-IN or en-US (got ",
    ),
    ("actions/channels/twilio_voice.py", "x-forwarded-proto"),
    ("actions/channels/twilio_voice.py", "x-forwarded-host"),
    ("actions/channels/twilio_voice.py", "twilio_voice: %s is not set, so every call is refused (403);"),
    ("actions/channels/twilio_voice.py", "refused: the voice channel has no TWILIO_AUTH_TOKEN\n"),
    ("actions/channels/twilio_voice.py", "x-twilio-signature"),
    ("actions/channels/twilio_voice.py", "twilio_voice: refused a post to %s without X-Twilio-Signature"),
    ("actions/channels/twilio_voice.py", "refused: no X-Twilio-Signature\n"),
    ("actions/channels/twilio_voice.py", "twilio_voice: refused a post whose signature does not match %s"),
    ("actions/channels/twilio_voice.py", "refused: X-Twilio-Signature does not match\n"),
    ("actions/channels/twilio_voice.py", "GET"),
    ("actions/channels/twilio_voice.py", "ok"),
    ("actions/channels/twilio_voice.py", "refused: no CallSid in the post\n"),
    ("actions/channels/twilio_voice.py", "From"),
    ("actions/channels/twilio_voice.py", "Digits"),
    ("actions/channels/twilio_voice.py", "twilio_voice: call %s silent %d times in a row; hanging up"),
    ("actions/channels/twilio_voice.py", "twilio_voice: call %s ended"),
    # issue 27: the operator's errors about the numbers' languages and voices; Twilio's ``To`` field
    ("actions/channels/twilio_voice.py", " must be '+34910000000=es,...' (got "),
    ("actions/channels/twilio_voice.py", " must map numbers to languages (got "),
    ("actions/channels/twilio_voice.py", " is not a number and a language"),
    ("actions/channels/twilio_voice.py", " needs a language and a voice (got "),
    ("actions/channels/twilio_voice.py", ": language must be a tag such as es-ES (got "),
    ("actions/channels/twilio_voice.py", "To"),
    # actions/channels/webchat_socketio.py
    ("actions/channels/webchat_socketio.py", "socket.io accepts browser pages from %s (%s)"),
    ("actions/channels/webchat_socketio.py", "request"),
    ("actions/channels/webchat_socketio.py", "no origin"),
    ("actions/channels/webchat_socketio.py", " is not an origin; list scheme://host[:port] values separate"),
    # actions/contact_actions.py
    ("actions/contact_actions.py", "cannot %s contact: settings are wrong (%s); fix the KORE_* variables"),
    ("actions/contact_actions.py", "cannot %s contact %s: Agent Assist refused the credentials ("),
    ("actions/contact_actions.py", "cannot %s contact %s now: rate limited (retry after %s s)"),
    ("actions/contact_actions.py", "cannot %s contact %s now: %s (status %s: %s)"),
    ("actions/contact_actions.py", "name"),
    (
        "actions/contact_actions.py",
        "save of %s refused: this conversation made %d saves in the last minute (%s=%d)",
    ),
    ("actions/contact_actions.py", "an earlier attempt had saved %s as %s"),
    ("actions/contact_actions.py", "create refused: %s is already saved"),
    ("actions/contact_actions.py", "create of %s refused as invalid: %s"),
    ("actions/contact_actions.py", "save"),
    ("actions/contact_actions.py", "saved contact %s for %s"),
    ("actions/contact_actions.py", "text"),
    ("actions/contact_actions.py", "intent %s, but the text asks to save a contact: starting the form"),
    ("actions/contact_actions.py", "correction"),
    ("actions/contact_actions.py", "update"),
    ("actions/contact_actions.py", "delete"),
    ("actions/contact_actions.py", "forget me: cannot delete contact %s now: %s"),
    # actions/contact_form.py
    ("actions/contact_form.py", "form abandoned after %d refusals of %s"),
    ("actions/contact_form.py", "name"),
    ("actions/contact_form.py", "user"),
    ("actions/contact_form.py", "text"),
    ("actions/contact_form.py", "caller id in the metadata is not a usable number; not offering it"),
    ("actions/contact_form.py", "nothing"),
    # actions/erasure.py
    ("actions/erasure.py", "bot"),
    ("actions/erasure.py", "name"),
    ("actions/erasure.py", "user"),
    ("actions/erasure.py", "text"),
    ("actions/erasure.py", " must be a number of days, like 30 (got "),
    ("actions/erasure.py", " must be more than 0 days (got "),
    # actions/interpret/__init__.py
    ("actions/interpret/__init__.py", "Kind"),
    # actions/interpret/corrections.py
    ("actions/interpret/corrections.py", "correction"),
    ("actions/interpret/corrections.py", "nothing"),
    # actions/interpret/datatypes.py
    ("actions/interpret/datatypes.py", "correction"),
    ("actions/interpret/datatypes.py", "confirm"),
    ("actions/interpret/datatypes.py", "nothing"),
    ("actions/interpret/datatypes.py", "kind"),
    # actions/interpret/field_mentions.py
    ("actions/interpret/field_mentions.py", "new"),
    ("actions/interpret/field_mentions.py", "old"),
    # actions/interpret/opening.py
    ("actions/interpret/opening.py", "nothing"),
    # actions/interpret/people.py
    ("actions/interpret/people.py", "name"),
    ("actions/interpret/people.py", "letters"),
    # actions/interpret/readers.py
    ("actions/interpret/readers.py", "title"),
    ("actions/interpret/readers.py", "it's doctor"),
    ("actions/interpret/readers.py", "title among words no name has"),
    ("actions/interpret/readers.py", "put me down as Mr"),
    ("actions/interpret/readers.py", "title, not another"),
    ("actions/interpret/readers.py", "Miss not doctor"),
    ("actions/interpret/readers.py", "title, then why"),
    ("actions/interpret/readers.py", "Dr, I have a PhD"),
    ("actions/interpret/readers.py", "title said last"),
    ("actions/interpret/readers.py", "he's a medical doctor, use Dr"),
    ("actions/interpret/readers.py", "paste with a title or a number"),
    ("actions/interpret/readers.py", "Dr. Jane Smith +44 7911 123456"),
    ("actions/interpret/readers.py", "first"),
    ("actions/interpret/readers.py", "last"),
    ("actions/interpret/readers.py", "a name the steps before would have read"),
    ("actions/interpret/readers.py", "number, or why it cannot be used"),
    ("actions/interpret/readers.py", "it's +44 7911 123456 ext 12"),
    ("actions/interpret/readers.py", "a country parse_country knows is read by the step before"),
    ("actions/interpret/readers.py", "the number again, with its code"),
    ("actions/interpret/readers.py", "it's in Sweden"),
    ("actions/interpret/readers.py", "another number"),
    ("actions/interpret/readers.py", "no, use +44 7911 123456"),
    ("actions/interpret/readers.py", "yes or no"),
    ("actions/interpret/readers.py", "yes please"),
    ("actions/interpret/readers.py", "go on then"),
    ("actions/interpret/readers.py", "first and last name together"),
    ("actions/interpret/readers.py", "Chinyere and the surname is Onoh"),
    ("actions/interpret/readers.py", "name"),
    ("actions/interpret/readers.py", "refusal, with the reason"),
    ("actions/interpret/readers.py", "please save it for me"),
    ("actions/interpret/readers.py", "last name"),
    (
        "actions/interpret/readers.py",
        "the first name is spelled P R I Y A and the last name should be Raman-Iyer",
    ),
    ("actions/interpret/readers.py", "correction naming its field"),
    ("actions/interpret/readers.py", "the number's ending"),
    ("actions/interpret/readers.py", "no, it ends in 45"),
    ("actions/interpret/readers.py", "it ends in 45"),
    ("actions/interpret/readers.py", "no, my last name is Smith"),
    ("actions/interpret/readers.py", "i forgot my extension, it's 7116"),
    ("actions/interpret/readers.py", "new number"),
    ("actions/interpret/readers.py", "no, it's +972 2 123 4567"),
    ("actions/interpret/readers.py", "value whose kind says its field"),
    ("actions/interpret/readers.py", "no, it's Ms"),
    ("actions/interpret/readers.py", "no, then a value"),
    ("actions/interpret/readers.py", "no, Miss please"),
    ("actions/interpret/readers.py", "yes, save it"),
    ("actions/interpret/readers.py", "Dr"),
    ("actions/interpret/readers.py", "sure intent"),
    ("actions/interpret/readers.py", "mm okay then"),
    ("actions/interpret/readers.py", "the title is Dr and the number is +44 7911 123456"),
    ("actions/interpret/readers.py", "the surname, it's Iyer"),
    ("actions/interpret/readers.py", "i forgot the extension, it's 7116"),
    ("actions/interpret/readers.py", "nothing to change"),
    ("actions/interpret/readers.py", "nothing, it's fine"),
    ("actions/interpret/readers.py", "yes or no answers nothing"),
    ("actions/interpret/readers.py", "Ms"),
    # actions/interpret/steps.py
    ("actions/interpret/steps.py", "no step read "),
    # actions/interpret/turn.py
    ("actions/interpret/turn.py", "nothing said"),
    ("actions/interpret/turn.py", "opening message"),
    ("actions/interpret/turn.py", "can you save Dr Jane Smith +44 7911 123456"),
    ("actions/interpret/turn.py", "I don't want to give my number"),
    ("actions/interpret/turn.py", "change of another field"),
    ("actions/interpret/turn.py", "actually the title is Dr"),
    ("actions/interpret/turn.py", "answer to the question"),
    ("actions/interpret/turn.py", "hello there"),
    ("actions/interpret/turn.py", "sure control intent"),
    ("actions/interpret/turn.py", "what's the weather like"),
    ("actions/interpret/turn.py", "refusal, with the reason"),
    ("actions/interpret/turn.py", "please save it for me"),
    # actions/next_session.py
    ("actions/next_session.py", "name"),
    # actions/normalise/__init__.py
    ("actions/normalise/__init__.py", "Country"),
    ("actions/normalise/__init__.py", "PhoneNumber"),
    # actions/normalise/countries.py
    ("actions/normalise/countries.py", "it"),
    # actions/normalise/phone.py
    ("actions/normalise/phone.py", "PhoneNumber"),
    # actions/normalise/phrases.py
    ("actions/normalise/phrases.py", "str | None"),
    ("actions/normalise/phrases.py", "text"),
    ("actions/normalise/phrases.py", "close"),
    ("actions/normalise/phrases.py", " is not closed"),
    ("actions/normalise/phrases.py", ": no role or value named {"),
    # actions/normalise/text.py
    ("actions/normalise/text.py", "So"),
    # actions/normalise/vocabulary.py
    ("actions/normalise/vocabulary.py", "no language pack "),
    ("actions/normalise/vocabulary.py", ": not valid YAML ("),
    ("actions/normalise/vocabulary.py", " is also in another file of the pack"),
    ("actions/normalise/vocabulary.py", " refers to itself through "),
    ("actions/normalise/vocabulary.py", "' must be a list of words"),
    ("actions/normalise/vocabulary.py", "' must map words to values"),
    ("actions/normalise/vocabulary.py", "' has an unknown field "),
    ("actions/normalise/vocabulary.py", " must map to a text"),
    ("actions/normalise/vocabulary.py", "' must map roles to words"),
    ("actions/normalise/vocabulary.py", ": cannot read it ("),
    ("actions/normalise/vocabulary.py", ": not valid JSON or YAML ("),
    ("actions/normalise/vocabulary.py", ": the file must hold a mapping of roles"),
    # actions/save_limit.py
    ("actions/save_limit.py", " must be a whole number of saves, like 10 (got "),
    ("actions/save_limit.py", " must be at least 1 (got "),
    # actions/channels/catalogue_responses.py: Rasa's key for a button's label (the label is the catalogue's)
    ("actions/channels/catalogue_responses.py", "title"),
    # actions/service.py
    ("actions/service.py", "CONTACT_DEFAULT_REGION must be an ISO region such as IN or GB (got "),
    ("actions/service.py", "); until it is fixed the bot asks callers for their country"),
    ("actions/service.py", "; until it is fixed each conversation may make 10 saves a minute"),
    ("actions/service.py", "Contact capture cannot save contacts until these settings are fixed:\n"),
    (
        "actions/service.py",
        "\nCallers will hear an apology and their details are kept. See docs/settings.md.",
    ),
    ("actions/service.py", "Agent Assist settings are complete"),
)

LISTS = {
    "NOT_CALLER_TEXT": NOT_CALLER_TEXT,
}


# --- the pack's words -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_HOLE = re.compile(r"\{[^{}]*\}")


def _expand(template: str, limit: int = 20000) -> list[str]:
    """Every phrase a template writes: `[x]` optional, `(a | b)` one of several, `{hole}` dropped."""
    text = _HOLE.sub(" ", template)
    pos = 0

    def sequence(closer: str | None) -> list[str]:
        nonlocal pos
        options = [""]
        alternatives: list[str] = []
        while pos < len(text):
            char = text[pos]
            pos += 1
            if char == closer:
                break
            if char == "|" and closer is not None:
                alternatives += [o.strip() for o in options]
                options = [""]
                continue
            if char in "[(":
                inner = sequence("]" if char == "[" else ")")
                parts = inner + [""] if char == "[" else inner
                options = [o + p for o in options for p in parts][:limit]
            else:
                options = [o + char for o in options]
        return alternatives + [o.strip() for o in options] if closer else options

    return sequence(None)


def words_of(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) >= MIN_WORD}


def pack_words(packs: Iterable[Path] = PACKS) -> dict[str, set[str]]:
    """Each word of the packs, with the roles that hold it ("en/yes", ...)."""
    found: dict[str, set[str]] = {}

    def add(text: str, where: str) -> None:
        for phrase in _expand(text):
            for word in words_of(phrase):
                found.setdefault(word, set()).add(where)

    for path in packs:
        for role, value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            where = f"{path.parent.name}/{role}"
            if isinstance(value, list):
                for entry in value:
                    add(str(entry), where)
            elif isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, list):  # a field's phrases: the key names a field
                        for entry in item:
                            add(str(entry), where)
                    else:  # a word mapped to its value (a title, a region code): the key is said
                        add(str(key), where)
    return found


def name_allow_list(packs: Iterable[Path] = PACKS, domains: Iterable[Path] = DOMAINS) -> set[str]:
    """One-word names that are not caller words: the domains' intents, slots, forms, actions,
    entities and responses, the packs' role and field names, the catalogues' message ids, and the
    packs' language codes ("en", "es": the Spanish pack's "en" is a caller word, the literal "en" a code)."""
    names: set[str] = {path.parent.name for path in packs}
    for path in CATALOGUES:
        names.update(str(key) for key in yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    for path in domains:
        domain = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("intents", "entities", "actions", "slots", "forms", "responses"):
            items = domain.get(section) or []
            for item in items:
                names.update(item if isinstance(item, dict) else [str(item)])
    for path in packs:
        for role, value in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            names.add(str(role))
            if isinstance(value, dict):
                names.update(str(k) for k, v in value.items() if isinstance(v, list))
    return names


# --- the literals -----------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(?:N\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)
_GROUP_SYNTAX = re.compile(r"\(\?(?:P?<[A-Za-z_]\w*>|P=\w+\)|[aiLmsux-]+[:)])")
_SNAKE = re.compile(r"[A-Za-z0-9]*_\w*", re.ASCII)  # first_name, utter_ask_, _private
_BARE = re.compile(r"[A-Za-z]\w*")


def literal_words(text: str) -> set[str]:
    return words_of(_GROUP_SYNTAX.sub(" ", _ESCAPE.sub(" ", text)))


@dataclass(frozen=True)
class Literal:
    path: str
    line: int
    text: str
    words: tuple[str, ...] = field(default=())


def _bare_strings(tree: ast.AST) -> set[int]:
    """The ids of string statements that do nothing: docstrings and their like."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


_TAG = re.compile(r"(?P<code>[a-z]{2,3})-[A-Z]{2}")  # a language tag: "en-GB", "es-ES"


def _is_tag(text: str, names: set[str]) -> bool:
    """A language tag whose language is a pack's ("en-GB"): a setting, not a caller's words."""
    tag = _TAG.fullmatch(text)
    return bool(tag) and tag["code"] in names


def literals_in(source: str, path: str, words: set[str], names: set[str]) -> Iterator[Literal]:
    """The literals of one source that hold a pack word."""
    tree = ast.parse(source, filename=path)
    skip = _bare_strings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skip:
            continue
        text = node.value
        if _SNAKE.fullmatch(text) or (_BARE.fullmatch(text) and text in names) or _is_tag(text, names):
            continue
        held = sorted(literal_words(text) & words)
        if held:
            yield Literal(path, node.lineno, text, tuple(held))


def action_sources() -> Iterator[tuple[str, str]]:
    for path in sorted(ACTIONS.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if not rel.startswith(SKIPPED):
            yield rel, path.read_text(encoding="utf-8")


def offending(sources: Iterable[tuple[str, str]] | None = None) -> list[Literal]:
    words, names = set(pack_words()), name_allow_list()
    return [
        lit
        for rel, source in (action_sources() if sources is None else sources)
        for lit in literals_in(source, rel, words, names)
    ]


# --- the lists --------------------------------------------------------------------------------


def covers(entry: tuple[str, str], lit: Literal) -> bool:
    path, text = entry
    if path != lit.path or not text:
        return False
    return lit.text == text or (len(text) >= PREFIX_MIN and lit.text.startswith(text))


@dataclass
class Report:
    unlisted: list[Literal]
    stale: list[tuple[str, tuple[str, str]]]
    twice: list[tuple[str, str]]

    def problems(self) -> list[str]:
        lines = []
        for lit in self.unlisted:
            lines.append(f"{lit.path}:{lit.line}: {lit.text!r} holds pack words {', '.join(lit.words)}")
        for name, entry in self.stale:
            lines.append(f"stale entry, remove it from {name}: {entry!r} (no literal holding a word left)")
        for entry in self.twice:
            lines.append(f"entry in more than one list: {entry!r}")
        return lines


def check(found: list[Literal], lists: dict[str, tuple[tuple[str, str], ...]] = LISTS) -> Report:
    entries = [(name, entry) for name, listed in lists.items() for entry in listed]
    unlisted = [lit for lit in found if not any(covers(entry, lit) for _, entry in entries)]
    stale = [(name, entry) for name, entry in entries if not any(covers(entry, lit) for lit in found)]
    seen: dict[tuple[str, str], int] = {}
    for _, entry in entries:
        seen[entry] = seen.get(entry, 0) + 1
    return Report(unlisted, stale, [entry for entry, count in seen.items() if count > 1])


def _entry_text(text: str) -> str:
    return text if len(text) <= 90 else text[:60]


def print_lists(found: list[Literal], lists: dict[str, tuple[tuple[str, str], ...]] = LISTS) -> str:
    """The lists as they should read now: each list's live entries, then the literals no list names."""
    out = []
    claimed: set[Literal] = set()
    for name, listed in lists.items():
        out.append(f"{name}: tuple[tuple[str, str], ...] = (")
        last = None
        for entry in listed:
            hits = [lit for lit in found if covers(entry, lit)]
            if not hits:
                continue
            claimed.update(hits)
            if entry[0] != last:
                out.append(f"    # {entry[0]}")
                last = entry[0]
            out.append(f"    ({entry[0]!r}, {entry[1]!r}),")
        out.append(")\n")
    rest = [lit for lit in found if lit not in claimed]
    out.append("# In no list yet: move each into the list it belongs to (or the word out of the code).")
    out.append("UNLISTED: tuple[tuple[str, str], ...] = (")
    last, done = None, set()
    for lit in rest:
        entry = (lit.path, _entry_text(lit.text))
        if entry in done:
            continue
        done.add(entry)
        if lit.path != last:
            out.append(f"    # {lit.path}")
            last = lit.path
        out.append(f"    ({lit.path!r}, {entry[1]!r}),  # line {lit.line}: {', '.join(lit.words)}")
    out.append(")")
    return "\n".join(out)


# --- the tests --------------------------------------------------------------------------------


def test_no_caller_word_in_code() -> None:
    problems = check(offending()).problems()
    assert not problems, (
        "String literals under actions/ hold words of a language pack (docs/languages.md, "
        "'The test that keeps words out of code'). Move the word into the pack, or, if the literal "
        "is no caller word, name it in the right list of tests/unit/test_no_caller_words.py "
        "(`python -m tests.unit.test_no_caller_words --print-lists`):\n  " + "\n  ".join(problems)
    )


def test_a_planted_word_is_reported() -> None:
    source = 'import re\nX = re.compile(r"\\b(?:cancel)\\b")\nY = f"{X} (?:ok(?:ay)?)"\n'
    found = offending([("actions/planted.py", source)])
    assert [(lit.line, lit.words) for lit in found] == [(2, ("cancel",)), (3, ("ok",))]
    assert check(found, {}).unlisted == found
    problems = check(found, {}).problems()
    assert problems[0] == "actions/planted.py:2: '\\\\b(?:cancel)\\\\b' holds pack words cancel"


def test_names_docstrings_and_escapes_are_not_words() -> None:
    source = (
        '"""Say cancel."""\n'
        "def f():\n"
        '    """Ok, stop."""\n'
        '    return {"first_name": 1, "greet": r"\\s\\d+", "x": r"(?P<name>\\w+)"}\n'
    )
    assert offending([("actions/names.py", source)]) == []


def test_a_stale_entry_is_reported() -> None:
    found = offending([("actions/planted.py", 'X = "cancel it"\n')])
    lists = {
        "NOT_CALLER_TEXT": (("actions/planted.py", "cancel it"), ("actions/planted.py", "stop it")),
    }
    report = check(found, lists)
    assert report.unlisted == []
    assert report.stale == [("NOT_CALLER_TEXT", ("actions/planted.py", "stop it"))]
    assert "stale entry, remove it" in report.problems()[0]


def test_a_prefix_entry_must_be_long_enough() -> None:
    found = offending([("actions/planted.py", 'X = "please cancel it now, caller"\n')])
    assert check(found, {"NOT_CALLER_TEXT": (("actions/planted.py", "please"),)}).unlisted == found
    assert check(found, {"NOT_CALLER_TEXT": (("actions/planted.py", "please cancel it now"),)}).unlisted == []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--print-lists", action="store_true", help="print the lists as they should read now")
    args = parser.parse_args(argv)
    found = offending()
    if args.print_lists:
        print(print_lists(found))
        return 0
    problems = check(found).problems()
    print("\n".join(problems) or "no caller word in code outside the lists")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
