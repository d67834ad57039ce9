"""One vocabulary: the words a bot owner adds from CONTACT_VOCABULARY_FILE are used by the interpreter,
without editing the package; a bad file is refused with the reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actions.interpret import Context, interpret
from actions.normalise import vocabulary
from actions.normalise.vocabulary import VocabularyError, extended, load, pack_words

ROOT = Path(__file__).resolve().parents[2]
OWNER_WORDS = {
    "yes": ["haan ji", "ayy"],
    "no": ["nahi"],
    "titles": {"sheikh": "Sheikh", "shaikh": "Sheikh"},
    "polite_tails": ["ji"],
    "not_name": ["bhai"],
    "countries": {"blighty": "GB"},
    "field_names": {"last_name": ["kunya"]},
}
PROBE = """
import json, sys
from actions.interpret import Context, interpret
FULL = {"salutation": "Mr", "first_name": "Amit", "last_name": "Patel", "phone_number": "9876543210",
        "country_code": "+91", "extension": "", "phone_e164": "+919876543210"}
titles = ("Mr", "Mrs", "Ms", "Dr", "Sheikh")
out = {
    "yes": interpret("haan ji", Context(asked="confirmed", known=FULL)).kind,
    "no": interpret("nahi", Context(asked="confirmed", known=FULL)).kind,
    "title": interpret("shaikh", Context(asked="salutation", salutations=titles)).slots,
    "tail": interpret("Amit ji", Context(asked="first_name")).slots,
    "not_name": interpret("save bhai +91 98765 43210", Context()).slots.get("first_name"),
    "country": interpret("blighty", Context(asked="country")).slots,
    "field": interpret("the kunya is Shah", Context(asked="confirmed", known=FULL)).slots.get("last_name"),
}
print(json.dumps(out))
"""


def _probe(path: Path) -> dict:
    env = {**os.environ, vocabulary.VOCABULARY_FILE_SETTING: str(path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("suffix", [".json", ".yml"])
def test_an_owner_s_words_are_used_from_the_file_the_setting_names(tmp_path, suffix):
    path = tmp_path / f"words{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(OWNER_WORDS), encoding="utf-8")
    else:
        import yaml

        path.write_text(yaml.safe_dump(OWNER_WORDS, allow_unicode=True), encoding="utf-8")
    got = _probe(path)
    assert got == {
        "yes": "confirm",
        "no": "deny",
        "title": {"salutation": "Sheikh"},
        "tail": {"first_name": "Amit"},
        "not_name": None,
        "country": {"country": "GB"},
        "field": "Shah",
    }


def test_without_the_file_those_words_mean_nothing():
    full = {
        "salutation": "Mr",
        "first_name": "Amit",
        "last_name": "Patel",
        "phone_number": "9876543210",
        "country_code": "+91",
        "extension": "",
        "phone_e164": "+919876543210",
    }
    assert interpret("haan ji", Context(asked="confirmed", known=full)).kind == "refusal"
    assert interpret("blighty", Context(asked="country")).kind == "refusal"
    assert "haan\\s+ji" not in vocabulary.vocabulary("en").yes


def test_owner_words_are_literal_and_added_not_replacing():
    words = extended(pack_words("en"), {"yes": ["a.k.a (yes)"], "titles": {"Rev.": "Rev"}})
    assert words.yes[0] == r"a\.k\.a\s+\(yes\)" and "yeah" in words.yes
    assert words.titles["rev."] == "Rev" and words.titles["mr"] == "Mr"


@pytest.mark.parametrize(
    "content,reason",
    [
        ({"yess": ["aye"]}, "unknown vocabulary roles ['yess']"),
        ({"yes": "aye"}, "'yes' must be a list of words"),
        ({"titles": ["sheikh"]}, "'titles' must map words to values"),
        ({"field_names": {"nickname": ["nick"]}}, "unknown field 'nickname'"),
    ],
)
def test_a_bad_file_is_refused_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "words.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(VocabularyError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        load(str(path))


def test_a_missing_or_broken_file_is_refused_with_the_reason(tmp_path):
    with pytest.raises(VocabularyError, match="cannot read it"):
        load(str(tmp_path / "absent.json"))
    broken = tmp_path / "words.json"
    broken.write_text("{yes: [", encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid JSON or YAML"):
        load(str(broken))


def test_every_role_can_be_extended_and_is_documented():
    assert set(vocabulary.EXTENDABLE) == set(vocabulary.role_names())
    for role in vocabulary.EXTENDABLE:
        assert f"`{role}`" in (ROOT / "docs" / "languages.md").read_text(encoding="utf-8"), role


def test_an_owner_s_file_keyed_by_language_extends_that_language_only(tmp_path):
    path = tmp_path / "words.json"
    path.write_text(
        json.dumps({"en": {"yes": ["haan ji"], "countries": {"blighty": "GB"}}}), encoding="utf-8"
    )
    words = load(str(path), "en")
    assert words.yes[0] == r"haan\s+ji" and words.countries["blighty"] == "GB"
    assert words.countries["uk"] == "GB"  # the pack's own entries stay


def test_a_pack_is_read_once_per_language():
    pack_words.cache_clear()
    from actions.normalise import vocabulary as module

    reads = []
    original = module.read_pack
    module.read_pack = lambda language: reads.append(language) or original(language)  # type: ignore[assignment]
    try:
        first, second = pack_words("en"), pack_words("en")
    finally:
        module.read_pack = original  # type: ignore[assignment]
    assert first is second and reads == ["en"]


def test_a_frame_role_is_templates_whose_holes_are_roles_and_the_reader_s_captures(tmp_path, monkeypatch):
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "words.yml").write_text(
        "change_verbs: [change, fix]\n"
        'wrong_frames:\n  - "{change_verbs} [the] {value}"\n  - "{value} (is | was) wrong"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    words = vocabulary.Vocabulary(**vocabulary._compiled("xx", vocabulary.read_pack("xx")))
    frames = words.frames("wrong_frames", value=r"\w+")
    assert len(frames) == 2 and words.frames("wrong_frames", value=r"\w+") is frames  # built once
    import re

    assert re.fullmatch(frames[0], "fix the surname", re.I)["value"] == "surname"
    assert re.fullmatch(frames[1], "surname was wrong", re.I)["value"] == "surname"
    assert not re.fullmatch(frames[0], "mend the surname", re.I)
    owned = extended(words, {"change_verbs": ["mend"], "wrong_frames": ["not {value}"]})
    assert re.fullmatch(owned.frames("wrong_frames", value=r"\w+")[1], "mend the surname", re.I)
    assert re.fullmatch(owned.frames("wrong_frames", value=r"\w+")[0], "not surname", re.I)
    with pytest.raises(VocabularyError, match="no pack has a frame role"):
        words.frames("right_frames")


def test_a_broken_frame_is_refused_when_the_pack_is_read(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "words.yml").write_text('wrong_frames: ["({value} is wrong"]\n', encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    with pytest.raises(VocabularyError, match="wrong_frames"):
        vocabulary._compiled("xx", vocabulary.read_pack("xx"))


def test_a_role_a_pack_lacks_or_leaves_empty_matches_nothing(tmp_path, monkeypatch):
    import re

    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "words.yml").write_text("hesitations: []\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    words = vocabulary.Vocabulary(**vocabulary._compiled("xx", vocabulary.read_pack("xx")))
    lacking = "|".join(words.frames("cancel_frames"))  # English has it; this pack does not
    assert not re.search(lacking, "cancel") and not re.search(lacking, "")
    assert not re.search(vocabulary.any_of(words.hesitations), "")  # an empty role is no empty match


def test_only_a_complete_pack_is_a_conversation_language(tmp_path, monkeypatch):
    """A folder holding a few pack files (``requests.yml`` alone) is a partial pack: its words are read
    (``pack_languages``), but no conversation is read in it (``languages``) until it has every file of
    the default pack; a message catalogue is not a pack file."""
    for code, files in {
        "en": ["answers.yml", "names.yml"],
        "es": ["requests.yml"],
        "fr": ["answers.yml", "names.yml", "messages.yml"],
        "de": ["answers.yml", "messages.yml"],
        "it": ["messages.yml"],
    }.items():
        (tmp_path / code).mkdir()
        for name in files:
            (tmp_path / code / name).write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(vocabulary, "LANGUAGES_DIR", tmp_path)
    assert vocabulary.languages() == ("en", "fr")
    assert vocabulary.pack_languages() == ("de", "en", "es", "fr")


def test_the_real_packs_the_default_one_is_complete():
    assert vocabulary.DEFAULT_LANGUAGE in vocabulary.languages()
    assert set(vocabulary.languages()) <= set(vocabulary.pack_languages())
