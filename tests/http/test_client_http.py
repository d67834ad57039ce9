"""The client against the emulator over real HTTP: no mocked transport anywhere."""

from __future__ import annotations

import asyncio
import logging
import time

import jwt
import pytest
import requests

from actions.agentassist import (
    AsyncAgentAssist,
    ContactDetails,
    ContactRejected,
    DuplicatePhoneNumber,
    NotAuthorised,
    NotFound,
    RateLimited,
    ServiceUnavailable,
)
from actions.agentassist.auth import make_token
from tests.conftest import make_client

JOHN = ContactDetails("Mr", "John", "Doe", "9876543210", "+91", "")
JANE = ContactDetails("Dr", "Jane", "Smith", "2025550143", "+1", "204")


def test_create_sends_exactly_the_documented_request(client, emulator):
    saved = client.create_contact(JOHN)

    request = emulator.last_request()
    assert request["method"] == "POST"
    assert request["path"] == f"/agentassist/api/v1/public/{emulator.config.stream_id}/contacts"
    assert request["body"] == [
        {
            "firstName": "John",
            "lastName": "Doe",
            "salutation": "Mr",
            "cellPhone": {"phoneNumber": "9876543210", "countryCode": "+91", "extension": "+"},
        }
    ]
    headers = {k.lower(): v for k, v in request["headers"].items()}
    assert headers["accountid"] == emulator.config.account_id
    assert headers["content-type"] == "application/json"
    assert not headers["auth"].lower().startswith("bearer")
    claims = jwt.decode(headers["auth"], emulator.config.client_secret, algorithms=["HS256"])
    assert claims["appId"] == emulator.config.client_id
    assert claims["sub"] and claims["jti"]
    assert 0 < claims["exp"] - claims["iat"] <= 3600

    assert len(saved.id) == 24 and int(saved.id, 16) >= 0
    assert saved.phone_number == "+919876543210"
    assert (saved.first_name, saved.last_name, saved.salutation) == ("John", "Doe", "Mr")
    assert saved.created_at and saved.updated_at and saved.status == "ACTIVE"


def test_extension_is_sent_and_read_back(client):
    saved = client.create_contact(JANE)
    assert saved.extension == "204"
    assert saved.country_code == "+1"


def test_every_request_carries_a_fresh_jti(client, emulator):
    client.create_contact(JOHN)
    first = emulator.last_request()["headers"]["auth"]
    client.create_contact(JANE)
    second = emulator.last_request()["headers"]["auth"]
    decode = lambda t: jwt.decode(t, emulator.config.client_secret, algorithms=["HS256"])  # noqa: E731
    assert decode(first)["jti"] != decode(second)["jti"]


@pytest.mark.parametrize("duplicate_status", [409, 400])
def test_duplicate_number_is_its_own_error_whatever_the_status(client, emulator, duplicate_status):
    emulator.set_faults(duplicate_status=duplicate_status)
    client.create_contact(JOHN)
    with pytest.raises(DuplicatePhoneNumber) as err:
        client.create_contact(ContactDetails("Ms", "Other", "Person", "9876543210", "+91"))
    assert err.value.status == duplicate_status
    assert "already exists" in err.value.api_message


def test_rate_limit_beyond_the_deadline_is_reported_not_waited(client, emulator):
    emulator.set_faults(rate_limit_per_minute=1)
    client.create_contact(JOHN)
    started = time.monotonic()
    with pytest.raises(RateLimited) as err:
        client.create_contact(JANE)
    assert time.monotonic() - started < 1.0
    assert err.value.retry_after and err.value.retry_after > 50
    assert "rate limit" in err.value.api_message


def test_wrong_secret_is_not_authorised(emulator):
    bad = make_client(emulator, KORE_CLIENT_SECRET="not-the-secret-but-just-as-long-as-one-32")
    with pytest.raises(NotAuthorised) as err:
        bad.create_contact(JOHN)
    assert err.value.status == 401


def test_wrong_account_and_wrong_stream_are_not_authorised(emulator):
    with pytest.raises(NotAuthorised):
        make_client(emulator, KORE_ACCOUNT_ID="someone-else").create_contact(JOHN)
    with pytest.raises(NotAuthorised):
        make_client(emulator, KORE_STREAM_ID="st-unknown").create_contact(JOHN)


def test_invalid_contact_is_rejected_with_the_api_message(client):
    with pytest.raises(ContactRejected) as err:
        client.create_contact(ContactDetails("Mr", "John", "Doe", "98765-43210", "+91"))
    assert "numeric digits" in err.value.api_message


def test_500_is_unavailable_and_not_retried(client, emulator):
    emulator.set_faults(fail_count=1, fail_status=500)
    with pytest.raises(ServiceUnavailable):
        client.create_contact(JOHN)
    assert emulator.stats()["contacts_created"] == 0


def test_update_of_unknown_contact_is_not_found(client):
    with pytest.raises(NotFound):
        client.update_contact("0" * 24, JOHN)


def test_503_then_success_saves_once(client, emulator):
    emulator.set_faults(fail_count=1, fail_status=503)
    saved = client.create_contact(JOHN)
    stats = emulator.stats()
    assert stats["requests"] == 2 and stats["contacts_created"] == 1
    assert saved.phone_number == "+919876543210"


def test_503_twice_then_success(client, emulator):
    emulator.set_faults(fail_count=2, fail_status=503)
    client.create_contact(JOHN)
    assert emulator.stats()["requests"] == 3


def test_429_retry_after_is_honoured(client, emulator):
    emulator.set_faults(fail_count=1, fail_status=429, fail_retry_after="1")
    started = time.monotonic()
    client.create_contact(JOHN)
    assert time.monotonic() - started >= 1.0
    assert emulator.stats()["contacts_created"] == 1


def test_hanging_api_is_unavailable_within_the_deadline(emulator):
    emulator.set_faults(hang_count=5, hang_seconds=20)
    slow = make_client(emulator, KORE_DEADLINE_SECONDS="2")
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable):
        slow.create_contact(JOHN)
    assert time.monotonic() - started <= 2.5


def test_read_timeout_after_save_then_duplicate_resolves_to_the_same_contact(emulator):
    emulator.set_faults(hang_count=1, hang_seconds=5, hang_after_save=True)
    c = make_client(emulator, KORE_DEADLINE_SECONDS="4")
    saved = c.create_contact(JOHN)
    stats = emulator.stats()
    assert stats["contacts_created"] == 1
    assert stats["create_calls"] == 2  # the timed-out attempt and the retry
    assert saved.phone_number == "+919876543210" and saved.first_name == "John"


def test_read_timeout_then_duplicate_of_someone_else_stays_a_duplicate(client, emulator):
    client.create_contact(ContactDetails("Ms", "Asha", "Rao", "9876543210", "+91"))
    emulator.set_faults(hang_count=1, hang_seconds=5)
    c = make_client(emulator, KORE_DEADLINE_SECONDS="4")
    with pytest.raises(DuplicatePhoneNumber):
        c.create_contact(JOHN)


def test_malformed_answer_is_retried_and_resolved_without_a_second_save(client, emulator):
    emulator.set_faults(malformed_count=1)
    saved = client.create_contact(JOHN)
    assert emulator.stats()["contacts_created"] == 1
    assert saved.first_name == "John"


def test_connection_refused_is_unavailable(emulator):
    c = make_client(emulator, KORE_HOST="http://127.0.0.1:9", KORE_DEADLINE_SECONDS="1.5")
    with pytest.raises(ServiceUnavailable):
        c.create_contact(JOHN)


def test_update_and_delete(client):
    saved = client.create_contact(JOHN)
    updated = client.update_contact(saved.id, ContactDetails("Mr", "John", "Smith", "9876543210", "+91"))
    assert updated.id == saved.id and updated.last_name == "Smith"
    deleted = client.delete_contact(saved.id)
    assert deleted.id == saved.id and deleted.status == "INACTIVE"
    assert client.find_contact_by_phone("9876543210", "+91") is None


def test_find_by_phone_pages_through_the_list(client):
    for i in range(230):
        client.create_contact(ContactDetails("Mx", f"P{i}", "Page", f"98765{i:05d}", "+91"))
    found = client.find_contact_by_phone("9876500229", "+91")
    assert found is not None and found.first_name == "P229"


def test_one_listing_finds_the_holder_of_each_number(client):
    for i in range(230):
        client.create_contact(ContactDetails("Mx", f"P{i}", "Page", f"98765{i:05d}", "+91"))
    client.delete_contact(client.find_contact_by_phone("9876500003", "+91").id)
    wanted = [
        ContactDetails("Mr", "X", "Y", number, "+91") for number in ("9876500229", "9999999999", "9876500003")
    ]
    found = client.find_contacts_holding(wanted)
    assert found[0] is not None and found[0].first_name == "P229"
    assert found[1:] == [None, None]  # nobody holds it; its holder was deleted


def test_contacts_survive_an_emulator_restart(client, emulator):
    saved = client.create_contact(JOHN)
    emulator.restart()
    found = client.find_contact_by_phone("9876543210", "+91")
    assert found is not None and found.id == saved.id
    with pytest.raises(DuplicatePhoneNumber):
        client.create_contact(JOHN)


def _raw_post(emulator, token: str) -> requests.Response:
    url = f"{emulator.base_url}/agentassist/api/v1/public/{emulator.config.stream_id}/contacts"
    headers = {"auth": token, "accountId": emulator.config.account_id}
    return requests.post(url, json=[JOHN.to_api()], headers=headers, timeout=5)


def test_forged_token_is_refused(emulator):
    forged = jwt.encode(
        {
            "appId": emulator.config.client_id,
            "iat": int(time.time()),
            "exp": int(time.time()) + 60,
            "jti": "x",
        },
        "a-guessed-secret-that-is-long-enough-for-hs256",
        algorithm="HS256",
    )
    answer = _raw_post(emulator, forged)
    assert answer.status_code == 401
    assert answer.json()["errors"][0]["msg"] == "Invalid SDK credentials"


def test_replayed_token_is_refused(emulator):
    token = make_token(emulator.config.client_id, emulator.config.client_secret)
    assert _raw_post(emulator, token).status_code == 200
    again = _raw_post(emulator, token)
    assert again.status_code == 401
    assert "possibly a replay" in again.json()["errors"][0]["msg"]


def test_token_living_over_an_hour_is_refused(emulator):
    now = int(time.time())
    token = jwt.encode(
        {"appId": emulator.config.client_id, "iat": now, "exp": now + 7200, "jti": "long"},
        emulator.config.client_secret,
        algorithm="HS256",
    )
    assert "1 hour" in _raw_post(emulator, token).json()["errors"][0]["msg"]


def test_logs_hold_no_secret_token_or_full_number(client, emulator, caplog):
    caplog.set_level(logging.DEBUG)
    client.create_contact(JOHN)
    with pytest.raises(DuplicatePhoneNumber):
        client.create_contact(JOHN)
    emulator.set_faults(fail_count=1, fail_status=503)
    client.create_contact(JANE)
    text = caplog.text
    assert "+91******3210" in text
    assert emulator.config.client_secret not in text
    assert "eyJ" not in text  # every JWT starts with the base64 of '{"'
    assert "9876543210" not in text and "2025550143" not in text


def test_async_entry_point_saves_every_contact_of_a_concurrent_burst(emulator):
    emulator.set_faults(latency_ms=300)
    api = AsyncAgentAssist(make_client(emulator))

    async def save_all():
        batch = [ContactDetails("Mr", f"N{i}", "Par", f"91234{i:05d}", "+91") for i in range(20)]
        return await asyncio.gather(*(api.create_contact(c) for c in batch))

    saved = asyncio.run(save_all())
    assert len({s.id for s in saved}) == 20
    assert emulator.stats()["contacts_created"] == 20
