"""Parse accuracy and median time per parse over every region's example numbers.

Each example number is written in every phonenumbers format and spoken three
ways (digit by digit; with "oh" for zero; with double/triple for repeats).
"""

from __future__ import annotations

import itertools
import statistics
import time

import phonenumbers
from phonenumbers import PhoneNumberFormat as Fmt

from actions.catalogue import catalogue
from actions.normalise import NormalisationError, parse_phone
from actions.normalise.vocabulary import vocabulary

DIGIT_NAMES = list(catalogue("en")["digit_names"])  # the digits as English callers say them

EN = vocabulary("en")

REPEAT_WORDS = {2: "double", 3: "triple"}


def _spoken(e164: str, zero: str = "zero", repeats: bool = False) -> str:
    words = ["plus"]
    for digit, run in itertools.groupby(e164[1:]):
        n = len(list(run))
        word = zero if digit == "0" else DIGIT_NAMES[int(digit)]
        while n:
            take = min(n, 3) if repeats else 1
            words.append(f"{REPEAT_WORDS[take]} {word}" if take > 1 else word)
            n -= take
    return " ".join(words)


def corpus() -> list[tuple[str, str | None, str]]:
    cases = []
    kinds = [k for k in vars(phonenumbers.PhoneNumberType).values() if isinstance(k, int)]
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or not phonenumbers.is_valid_number(number):
                continue
            e164 = phonenumbers.format_number(number, Fmt.E164)
            for fmt in (Fmt.E164, Fmt.INTERNATIONAL, Fmt.RFC3966):
                cases.append((phonenumbers.format_number(number, fmt), None, e164))
            cases.append((phonenumbers.format_number(number, Fmt.NATIONAL), region, e164))
            cases.append(("00" + e164[1:], None, e164))
            cases.append((_spoken(e164), None, e164))
            cases.append((_spoken(e164, zero="oh"), None, e164))
            cases.append((_spoken(e164, repeats=True), None, e164))
    return cases


def run() -> dict[str, float]:
    cases = corpus()
    correct = 0
    wrong: list[str] = []
    timings = []
    for text, region, expected in cases:
        started = time.perf_counter()
        try:
            got = parse_phone(text, region, words=EN).e164
        except NormalisationError:
            got = ""
        timings.append(time.perf_counter() - started)
        if got == expected:
            correct += 1
        else:
            wrong.append(text)
    return {
        "cases": len(cases),
        "accuracy": correct / len(cases),
        "median_ms": statistics.median(timings) * 1000,
        "p99_ms": sorted(timings)[int(len(timings) * 0.99)] * 1000,
        "wrong_examples": wrong[:5],
    }
