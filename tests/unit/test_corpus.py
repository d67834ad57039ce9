"""The generated corpus (tests/corpus): its ground truth checked on its own, then the
interpreter measured on it, category by category (issue 8's targets: at least 99.5 % in every
tuning category, 100 % on request-only openers, and never a name the text did not give).

The held-out (heldout.py), first blind (blind.py) and fresh (fresh.py, a second blind set) sets were
written apart from the tuning templates, but the interpreter's developer has since read their failures
and fixed the mechanisms behind them (the fresh set in issue 16), so they are held to the same target
as tuning. `make bench` reports the fresh set's first-run figure per category beside today's. The third
blind set (third.py: voice transcripts, CRM and signature pastes, issue 16) was run once as it came,
its first run recorded in docs/understanding.md and `make bench`, then read and its causes fixed, so it
is held to the same target too.
"""

from __future__ import annotations

import re

import phonenumbers
import pytest

from tests.corpus import (
    BLIND_CATEGORIES,
    CATEGORIES,
    FRESH_CATEGORIES,
    HELDOUT_CATEGORIES,
    NAME_SLOTS,
    THIRD_CATEGORIES,
    blind,
    build,
    forbidden_name_words,
    fresh,
    third,
)
from tests.corpus.numbers import examples
from tests.corpus.people import people
from tests.corpus.score import CategoryScore, score

TARGET = 0.995  # issue 8: at least 99.5 % in every category
NO_INVENTED_NAME = "opener_request_only"  # issue 8: 100 %
MIN_TURNS = 20_000
MIN_PER_CATEGORY = 300
BLIND_PER_CATEGORY = (150, 300)  # enough to measure, few enough to read every failure


@pytest.fixture(scope="module")
def corpus():
    return build()


@pytest.fixture(scope="module")
def scores(corpus) -> dict[str, CategoryScore]:
    return score(corpus, max_wrong=40)


def _explain(category: str, result: CategoryScore) -> str:
    lines = [
        (
            f"{category}: {result.correct}/{result.total} = {result.accuracy:.2%}, invented names in "
            f"{result.invented} turns"
        ),
        "what went wrong (turns):",
    ]
    lines += [f"  {count:5}  {kind}" for kind, count in result.problem_kinds.most_common()]
    lines.append("examples:")
    lines += [f"  {w.text!r}: {'; '.join(w.problems)}  (got {w.got})" for w in result.wrong]
    return "\n".join(lines)


def test_the_corpus_is_large_and_every_category_is_there(corpus):
    counts: dict[str, int] = {}
    for turn in corpus:
        counts[turn.category] = counts.get(turn.category, 0) + 1
    assert len(corpus) >= MIN_TURNS
    assert set(counts) == (
        set(CATEGORIES)
        | set(HELDOUT_CATEGORIES)
        | set(BLIND_CATEGORIES)
        | set(FRESH_CATEGORIES)
        | set(THIRD_CATEGORIES)
    )
    small = {c: n for c, n in counts.items() if c in CATEGORIES and n < MIN_PER_CATEGORY}
    assert not small, small
    assert build() is corpus  # generated once; the same on every call


def test_every_expected_number_is_a_valid_example_number(corpus):
    """Ground truth is phonenumbers' own: "+" + country code + national number is one of the
    example numbers, and a typed turn holds exactly those digits (with its extension)."""
    written = {ex.e164: (ex.nsn, re.sub(r"\D", "", ex.national)) for ex in examples()}
    checked = 0
    for turn in corpus:
        if turn.expect.get("phone_number") is None:  # none expected, or cleared to be asked again
            continue
        e164 = turn.expect["country_code"] + turn.expect["phone_number"]
        assert e164 in written, turn
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), turn
        digits = re.sub(r"\D", "", turn.known.get("pending_phone") or turn.text)
        if digits:  # typed: the number is there as written, not just something that looks like it
            assert any(form in digits for form in written[e164]), turn
        checked += 1
    assert checked > 10_000


def test_names_are_never_words_of_the_sentences(corpus):
    """A generated name is never a template word, so a request word read as a name is the
    interpreter's mistake, never the corpus's."""
    forbidden = forbidden_name_words()
    assert {"please", "details", "record", "system", "contact", "me"} <= forbidden
    for turn in corpus:
        for slot in ("first_name", "last_name"):
            if slot in turn.expect:
                name = turn.expect[slot]
                assert " " not in name and name.casefold() not in forbidden, turn
                # a name is in its sentence as written, or spelled out letter by letter ("S M I T H")
                assert name.casefold() in turn.text.casefold() or name.casefold() in third.spelled_letters(
                    turn.text
                ), turn
    request_only = [t for t in corpus if t.category == NO_INVENTED_NAME and "phone_number" not in t.expect]
    assert request_only and all(set(NAME_SLOTS) <= set(t.absent) for t in request_only)


def _check_a_blind_set(corpus, module, categories, sample_words: set[str], min_openers: int) -> None:
    """Every category there with a readable number of turns; its names are none of its own words;
    its request-only openers forbid every name."""
    counts: dict[str, int] = {}
    for turn in corpus:
        if turn.category.startswith(module.PREFIX):
            counts[turn.category] = counts.get(turn.category, 0) + 1
    assert set(counts) == set(categories)
    low, high = BLIND_PER_CATEGORY
    assert all(low <= n <= high for n in counts.values()), counts
    words = module.vocabulary()
    assert sample_words <= words
    for turn in corpus:
        if turn.category in categories:
            for slot in ("first_name", "last_name"):
                assert turn.expect.get(slot, "").casefold() not in words, turn
    openers = [
        t
        for t in corpus
        if t.category == f"{module.PREFIX}opener_request_only" and "phone_number" not in t.expect
    ]
    assert len(openers) >= min_openers and all(set(NAME_SLOTS) <= set(t.absent) for t in openers)


def test_the_blind_set_is_its_own(corpus):
    _check_a_blind_set(
        corpus, blind, BLIND_CATEGORIES, {"crm", "kindly", "myself", "sir", "mob", "regards"}, 150
    )


def test_the_fresh_set_is_its_own(corpus):
    """The second blind set, and its typed self-corrections ("+44 7700 90012 sorry typo +44 7700 900123")
    expecting the number given last."""
    _check_a_blind_set(
        corpus, fresh, FRESH_CATEGORIES, {"howya", "needful", "regards", "mob", "nought", "surname"}, 100
    )
    corrected = [t for t in corpus if t.category == "fresh_phone_typed" and "typo" in t.text]
    assert corrected and all(re.sub(r"\D", "", t.text).endswith(t.expect["phone_number"]) for t in corrected)


def test_the_third_set_is_its_own(corpus):
    """The third blind set: at least 4,000 turns; its spelled names and voice self-corrections are
    there, and a self-corrected spoken number expects the number as finally said."""
    turns = [t for t in corpus if t.category.startswith(third.PREFIX)]
    assert len(turns) >= 4000
    _check_a_blind_set(
        corpus, third, THIRD_CATEGORIES, {"vcard", "sierra", "um", "regards", "instead", "spelled"}, 150
    )
    spelled = [t for t in turns if t.category == "third_spelled_name"]
    assert spelled and all(
        any(v.casefold() in third.spelled_letters(t.text) for v in t.expect.values()) for t in spelled
    )
    assert third.build(people(forbidden_name_words())) == turns  # fixed seeds: the same set on every run


@pytest.mark.parametrize(
    "category", CATEGORIES + HELDOUT_CATEGORIES + BLIND_CATEGORIES + FRESH_CATEGORIES + THIRD_CATEGORIES
)
def test_the_interpreter_reads_the_category(scores, category):
    result = scores[category]
    target = 1.0 if category.endswith(NO_INVENTED_NAME) else TARGET
    assert result.accuracy >= target, _explain(category, result)


@pytest.mark.parametrize(
    "category", CATEGORIES + HELDOUT_CATEGORIES + BLIND_CATEGORIES + FRESH_CATEGORIES + THIRD_CATEGORIES
)
def test_no_name_is_invented(scores, category):
    result = scores[category]
    invented = [
        w
        for w in result.wrong
        if any(
            "invented" in p or (p.split(":")[0] in NAME_SLOTS and "expected nothing" in p) for p in w.problems
        )
    ]
    assert result.invented == 0 and not invented, _explain(category, result)


def test_the_scorer_tells_right_from_wrong():
    """The judge itself: a right reading passes; a wrong value, a missing slot, a slot that must
    stay empty, a name nobody said and a crash each fail (so 100 % cannot come from the scorer)."""
    from actions.interpret import Reading
    from tests.corpus import Turn
    from tests.corpus.score import judge

    turn = Turn(
        "t",
        "+91 98765 43210",
        "phone_number",
        {"first_name": "Helen"},
        expect={"phone_number": "9876543210", "country_code": "+91", "extension": ""},
        absent=("pending_phone",),
    )
    right = {"phone_number": "9876543210", "country_code": "+91", "extension": None, "first_name": "helen"}
    assert judge(turn, Reading("answer", right)) == ([], [])
    for wrong in (
        {**right, "country_code": "+9"},
        {"phone_number": "9876543210", "country_code": "+91"},
        {**right, "pending_phone": "98765 43210"},
    ):
        assert judge(turn, Reading("answer", wrong))[0]
    problems, invented = judge(turn, Reading("answer", {**right, "last_name": "Please"}))
    assert invented == ["last_name"] and problems
    names = Turn("t", "Helen", "first_name", expect={"first_name": "Helen"})
    assert judge(names, Reading("answer", {"first_name": "HELEN"})) == ([], [])

    def crash(text, ctx):
        raise ValueError("boom")

    result = score([turn], interpret=crash)["t"]
    assert (result.total, result.correct) == (1, 0) and "raised" in result.wrong[0].problems[0]
