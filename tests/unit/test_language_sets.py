"""The blind language sets (tests/corpus/spanish.py, french.py, german.py) checked on their own
ground truth, WITHOUT running the interpreter: sizes, determinism, every expected number
consistent with phonenumbers, every expected name in its text, the number words against
literal spellings, and the title decisions (Frau = Ms, "Frau Dr." = Dr)."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers
import pytest

from tests.corpus import french, german, languages, spanish
from tests.corpus.languages import french_number, german_number, say_groups, spanish_number
from tests.corpus.run_languages import tally
from tests.corpus.score import CategoryScore, score
from tests.corpus.turn import Turn

SETS = {"es": spanish, "fr": french, "de": german}
NAME_SLOTS = ("first_name", "last_name")


@pytest.fixture(scope="module", params=sorted(SETS))
def built(request: pytest.FixtureRequest) -> tuple[str, object, list[Turn]]:
    module = SETS[request.param]
    return request.param, module, module.build()


def test_sizes_and_categories(built: tuple[str, object, list[Turn]]) -> None:
    code, module, turns = built
    counts = Counter(t.category for t in turns)
    assert len(turns) >= 1000
    assert len(module.CATEGORIES) >= 10  # type: ignore[attr-defined]
    assert set(counts) == set(module.CATEGORIES)  # type: ignore[attr-defined]
    assert all(c.startswith(module.PREFIX) for c in module.CATEGORIES)  # type: ignore[attr-defined]
    assert min(counts.values()) >= 25, counts
    assert {t.language for t in turns} == {code}


def test_deterministic(built: tuple[str, object, list[Turn]]) -> None:
    _, module, turns = built
    assert module.build() == turns  # type: ignore[attr-defined]


def _valid(nsn: str, country_code: str) -> phonenumbers.PhoneNumber:
    number = phonenumbers.parse(f"{country_code}{nsn}", None)
    assert phonenumbers.is_valid_number(number), (nsn, country_code)
    assert phonenumbers.national_significant_number(number) == nsn
    return number


def test_expected_numbers_are_valid_and_said(built: tuple[str, object, list[Turn]]) -> None:
    _, _, turns = built
    checked = 0
    for turn in turns:
        nsn = turn.expect.get("phone_number")
        if not nsn:
            continue
        number = _valid(nsn, turn.expect["country_code"])
        digits = re.sub(r"\D", "", turn.text)
        if digits:  # typed: the number's digits are in the text, or (Argentina's "15") parse back to it
            region = phonenumbers.region_code_for_number(number)
            reparsed = phonenumbers.parse(digits, region) if len(digits) > 4 else None
            assert nsn.lstrip("0") in digits or reparsed == number, turn
        checked += 1
    assert checked > 300


def test_extensions_are_in_the_text(built: tuple[str, object, list[Turn]]) -> None:
    _, _, turns = built
    with_ext = [t for t in turns if t.expect.get("extension")]
    assert len(with_ext) >= 50
    for turn in with_ext:
        ext = turn.expect["extension"]
        assert re.sub(r"\D", "", turn.text).endswith(ext) or not re.search(r"\d", turn.text.split()[-1]), turn


def test_country_answers_place_the_pending_number(built: tuple[str, object, list[Turn]]) -> None:
    _, _, turns = built
    answers = [t for t in turns if "country" in t.expect]
    assert len(answers) >= 50
    for turn in answers:
        number = phonenumbers.parse(turn.known["pending_phone"], turn.expect["country"])
        assert phonenumbers.is_valid_number_for_region(number, turn.expect["country"]), turn


def test_expected_names_are_in_the_text_and_not_template_words(built: tuple[str, object, list[Turn]]) -> None:
    _, module, turns = built
    template_words = module.LANGUAGE.template_words()  # type: ignore[attr-defined]
    particles = {w for s in module.LANGUAGE.particle_surnames for w in s.casefold().split()}  # type: ignore[attr-defined]
    for turn in turns:
        for slot in NAME_SLOTS:
            value = turn.expect.get(slot)
            if not value:
                continue
            assert value.casefold() in turn.text.casefold(), turn
            for word in value.casefold().split():
                assert word in particles or word not in template_words, (word, turn)


def test_corrections_change_something(built: tuple[str, object, list[Turn]]) -> None:
    _, _, turns = built
    for turn in turns:
        if turn.asked not in ("confirmed", "change_request"):
            continue
        assert set(turn.known) >= {
            "salutation",
            "first_name",
            "last_name",
            "phone_number",
            "country_code",
            "extension",
        }
        for slot, value in turn.expect.items():
            if value is not None and slot in ("salutation", "first_name", "last_name", "phone_number"):
                assert str(value).casefold() != str(turn.known[slot]).casefold(), turn


def test_title_decisions() -> None:
    de = [t for t in german.build() if t.category == "de_titles"]
    plain_frau = [
        t
        for t in de
        if re.fullmatch(
            r"(?i)(bitte |anrede: |die anrede ist |schreiben sie |einfach )?"
            r"frau(,? bitte|,? danke| ist richtig)?",
            t.text,
        )
    ]
    assert plain_frau and all(t.expect["salutation"] == "Ms" for t in plain_frau)
    frau_dr = [t for t in de if "Frau Dr." in t.text]
    assert frau_dr and all(t.expect["salutation"] == "Dr" for t in frau_dr)
    es = {
        t.text: t.expect["salutation"]
        for t in spanish.build()
        if t.category == "es_titles" and t.text in ("Sra.", "Srta.", "Sr.")
    }
    assert es and all(
        {"Sra.": "Mrs", "Srta.": "Miss", "Sr.": "Mr"}[text] == title for text, title in es.items()
    )
    fr = {t.text: t.expect["salutation"] for t in french.build() if t.category == "fr_titles"}
    for text, title in (("Mme", "Mrs"), ("Mlle", "Miss"), ("M.", "Mr")):
        if text in fr:
            assert fr[text] == title


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "cero"),
        (16, "dieciséis"),
        (21, "veintiuno"),
        (22, "veintidós"),
        (34, "treinta y cuatro"),
        (100, "cien"),
        (101, "ciento uno"),
        (500, "quinientos"),
        (612, "seiscientos doce"),
        (999, "novecientos noventa y nueve"),
    ],
)
def test_spanish_number_words(n: int, words: str) -> None:
    assert spanish_number(n) == words


@pytest.mark.parametrize(
    ("n", "variant", "words"),
    [
        (6, "fr", "six"),
        (21, "fr", "vingt et un"),
        (34, "fr", "trente-quatre"),
        (71, "fr", "soixante et onze"),
        (78, "fr", "soixante-dix-huit"),
        (80, "fr", "quatre-vingts"),
        (81, "fr", "quatre-vingt-un"),
        (91, "fr", "quatre-vingt-onze"),
        (99, "fr", "quatre-vingt-dix-neuf"),
        (71, "be", "septante et un"),
        (78, "be", "septante-huit"),
        (80, "be", "quatre-vingts"),
        (92, "be", "nonante-deux"),
        (80, "ch", "huitante"),
        (81, "ch", "huitante et un"),
        (200, "fr", "deux cents"),
        (123, "fr", "cent vingt-trois"),
        (280, "fr", "deux cent quatre-vingts"),
    ],
)
def test_french_number_words(n: int, variant: str, words: str) -> None:
    assert french_number(n, variant) == words


@pytest.mark.parametrize(
    ("n", "swiss", "words"),
    [
        (1, False, "eins"),
        (12, False, "zwölf"),
        (21, False, "einundzwanzig"),
        (23, False, "dreiundzwanzig"),
        (30, False, "dreißig"),
        (30, True, "dreissig"),
        (99, False, "neunundneunzig"),
        (56, False, "sechsundfünfzig"),
    ],
)
def test_german_number_words(n: int, swiss: bool, words: str) -> None:
    assert german_number(n, swiss) == words


def test_number_words_are_distinct() -> None:
    """No two numbers share a spelling, so a spoken form has exactly one reading."""
    for variant in ("fr", "be", "ch"):
        assert len({french_number(n, variant) for n in range(1000)}) == 1000
    assert len({spanish_number(n) for n in range(1000)}) == 1000
    assert len({german_number(n) for n in range(100)}) == 100


def test_french_pairs_as_in_the_brief() -> None:
    speech = french._speech("fr_FR", __import__("random").Random(0))
    text, digits = say_groups(["06", "12", "34", "56", "78"], speech, "pairs", ", ")
    assert text == "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"
    assert digits == "0612345678"


def test_german_doppel_and_zwo() -> None:
    speech = languages.Speech(
        digit=lambda d: "zwo" if d == "2" else languages.DE_UNITS[int(d)],
        group=None,
        group_max=2,
        plus=("plus",),
        double="doppel",
    )
    text, digits = say_groups(["0172", "55"], speech, "digits", " ")
    assert text == "null eins sieben zwo doppel fünf" and digits == "017255"


def test_number_pools_hold_valid_numbers_of_their_region() -> None:
    for region in ("ES", "MX", "AR", "CO", "FR", "BE", "CH", "CA", "DE", "AT"):
        for kind in ("mobile", "fixed"):
            pool = languages.number_pool(region, kind)
            assert len(pool) >= 2, (region, kind)
            for ex in pool:
                number = phonenumbers.parse(ex.e164, None)
                assert phonenumbers.region_code_for_number(number) == region


def test_runner_splits_misreads_from_misses() -> None:
    """The runner's tally on a stub interpreter (not the project's): one right, one miss, one misread."""
    from actions.interpret import Reading

    turns = [
        Turn("x", "a", "first_name", expect={"first_name": "Ana"}),
        Turn("x", "b", "first_name", expect={"first_name": "Ana"}),
        Turn("x", "c", "first_name", expect={"first_name": "Ana"}),
    ]
    answers = {"a": {"first_name": "Ana"}, "b": {}, "c": {"first_name": "Eva"}}
    scores = score(turns, lambda text, ctx: Reading("answer", dict(answers[text])))
    result: CategoryScore = scores["x"]
    t = tally(result)
    assert (t.right, t.total, t.misses, t.misreads) == (1, 3, 1, 1)
