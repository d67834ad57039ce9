"""The call limiter's arithmetic and the batcher's bookkeeping, with a fake API (no HTTP)."""

from __future__ import annotations

import asyncio

import pytest

from actions.agentassist import ContactDetails, DuplicatePhoneNumber, SavedContact, ServiceUnavailable
from actions.agentassist.batching import CallLimiter, ContactBatcher


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_limiter_never_allows_more_than_the_limit_in_any_minute():
    clock = FakeClock()
    limiter = CallLimiter(60, burst=10, clock=clock)
    calls = []
    while clock.now < 300:
        wait = limiter.wait_time()
        clock.now += wait
        limiter._tokens -= 1  # what acquire() does once wait_time() is 0
        calls.append(clock.now)
    worst = max(sum(1 for t in calls if start <= t < start + 60) for start in calls)
    assert worst <= 60
    assert 10 <= sum(1 for t in calls if t < 1e-9)  # the burst goes at once


def test_hold_off_blocks_for_the_retry_after():
    clock = FakeClock()
    limiter = CallLimiter(60, clock=clock)
    limiter.hold_off(5)
    assert limiter.wait_time() == pytest.approx(5)
    clock.now = 5
    assert limiter.wait_time() == 0  # one call when the hold ends
    limiter._tokens -= 1
    assert 0 < limiter.wait_time() <= 1.2  # then the steady rate, not a burst


class FakeApi:
    """Records each call's batch; refuses any batch holding a number listed as taken."""

    def __init__(self, taken: set[str] = frozenset(), holder: str = "Someone") -> None:
        self.batches: list[list[str]] = []
        self.taken = taken
        self.holder = holder  # first name of whoever already holds a taken number

    listings = 0
    listing_fails = False

    async def find_contact_by_phone(self, phone_number, country_code):
        if phone_number not in self.taken:
            return None
        return SavedContact(
            f"earlier-{phone_number}",
            "Mr",
            self.holder,
            "B",
            country_code + phone_number,
            country_code,
            "",
            "ACTIVE",
            "",
            "",
        )

    async def find_contacts_holding(self, wanted):
        self.listings += 1
        if self.listing_fails:
            raise ServiceUnavailable("listing failed", status=503)
        return [await self.find_contact_by_phone(d.phone_number, d.country_code) for d in wanted]

    async def create_contacts(self, batch, within=None):
        self.batches.append([d.phone_number for d in batch])
        await asyncio.sleep(0.05)
        if any(d.phone_number in self.taken for d in batch):
            raise DuplicatePhoneNumber("taken", status=409)
        return [
            SavedContact(
                f"id-{d.phone_number}",
                d.salutation,
                d.first_name,
                d.last_name,
                d.country_code + d.phone_number,
                d.country_code,
                d.extension,
                "ACTIVE",
                "",
                "",
            )
            for d in reversed(batch)
        ]  # the API's order is not documented: pair by number


def details(i: int) -> ContactDetails:
    return ContactDetails("Mr", f"N{i}", "B", f"9{i:09d}", "+91")


def run_burst(api: FakeApi, count: int) -> list:
    async def burst():
        batcher = ContactBatcher(api, CallLimiter(60), deadline_seconds=5)
        return await asyncio.gather(
            *(batcher.create(details(i)) for i in range(count)), return_exceptions=True
        )

    return asyncio.run(burst())


def test_concurrent_saves_share_a_request_and_each_gets_its_own_contact():
    api = FakeApi()
    results = run_burst(api, 20)
    assert [r.id for r in results] == [f"id-9{i:09d}" for i in range(20)]
    assert len(api.batches) < 20 and sum(map(len, api.batches)) == 20


def test_a_refused_batch_is_split_until_only_the_bad_contact_fails():
    """When the listing cannot say whose number is taken, halving finds it."""
    api = FakeApi(taken={details(7).phone_number})
    api.listing_fails = True
    results = run_burst(api, 16)
    assert isinstance(results[7], DuplicatePhoneNumber)
    assert all(isinstance(r, SavedContact) for i, r in enumerate(results) if i != 7)
    assert [details(7).phone_number] in api.batches


def test_a_refused_batch_costs_one_more_call_once_a_listing_names_the_taken_number():
    api = FakeApi(taken={details(7).phone_number})
    results = run_burst(api, 16)
    assert isinstance(results[7], DuplicatePhoneNumber)
    assert all(isinstance(r, SavedContact) for i, r in enumerate(results) if i != 7)
    refused = next(b for b in api.batches if details(7).phone_number in b)
    assert len(refused) > 1 and api.listings == 1
    # the refused batch went again once, without the taken number, and nothing was sent alone
    assert sorted(refused) == sorted(api.batches[api.batches.index(refused) + 1] + [details(7).phone_number])
    assert [details(7).phone_number] not in api.batches


def test_a_number_taken_by_the_same_person_is_that_earlier_save_not_a_refusal():
    """A replica died after the API saved; the balancer replayed the save on another replica."""
    api = FakeApi(taken={details(3).phone_number}, holder="N3")
    results = run_burst(api, 8)
    assert results[3].id == f"earlier-{details(3).phone_number}"
    assert all(isinstance(r, SavedContact) for r in results)
