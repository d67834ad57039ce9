import pytest

from actions.agentassist import Settings, SettingsError
from actions.agentassist.client import redact, retry_after_seconds
from actions.agentassist.errors import (
    ContactRejected,
    DuplicatePhoneNumber,
    NotAuthorised,
    NotFound,
    RateLimited,
    ServiceUnavailable,
    classify,
)
from actions.agentassist.masking import mask_number

GOOD = {
    "KORE_HOST": "platform.kore.ai",
    "KORE_STREAM_ID": "st-123",
    "KORE_ACCOUNT_ID": "acc",
    "KORE_CLIENT_ID": "cs-1",
    "KORE_CLIENT_SECRET": "s3cret",
}


def test_bare_host_means_https_and_builds_the_documented_path():
    s = Settings.from_env(GOOD)
    assert s.contacts_url == "https://platform.kore.ai/agentassist/api/v1/public/st-123/contacts"
    assert s.deadline_seconds == 7.0


@pytest.mark.parametrize(
    "host,base",
    [
        ("https://de-platform.kore.ai/", "https://de-platform.kore.ai"),
        ("http://127.0.0.1:5056", "http://127.0.0.1:5056"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_full_urls_are_allowed(host, base):
    assert Settings.from_env({**GOOD, "KORE_HOST": host}).base_url == base


@pytest.mark.parametrize(
    "host,words",
    [
        ("http://platform.kore.ai", "loopback"),
        ("ftp://platform.kore.ai", "ftp"),
        ("https://platform.kore.ai/some/path", "path"),
    ],
)
def test_unsafe_or_odd_hosts_are_refused(host, words):
    with pytest.raises(SettingsError) as err:
        Settings.from_env({**GOOD, "KORE_HOST": host})
    assert words in str(err.value)


def test_every_problem_is_named_at_once():
    with pytest.raises(SettingsError) as err:
        Settings.from_env({"KORE_DEADLINE_SECONDS": "soon"})
    names = [
        "KORE_HOST",
        "KORE_STREAM_ID",
        "KORE_ACCOUNT_ID",
        "KORE_CLIENT_ID",
        "KORE_CLIENT_SECRET",
        "KORE_DEADLINE_SECONDS",
    ]
    assert all(any(name in p for p in err.value.problems) for name in names)
    assert len(err.value.problems) == len(names)


def test_deadline_is_configurable_and_bounded():
    assert Settings.from_env({**GOOD, "KORE_DEADLINE_SECONDS": "2"}).deadline_seconds == 2.0
    with pytest.raises(SettingsError):
        Settings.from_env({**GOOD, "KORE_DEADLINE_SECONDS": "0"})


def test_secret_is_not_in_the_repr():
    assert "s3cret" not in repr(Settings.from_env(GOOD))


@pytest.mark.parametrize(
    "status,body,kind",
    [
        (409, {"errors": [{"msg": "whatever"}]}, DuplicatePhoneNumber),
        (400, {"errors": [{"msg": "Contact with phone number already exists"}]}, DuplicatePhoneNumber),
        (422, {"errors": [{"msg": "Duplicate phone number"}]}, DuplicatePhoneNumber),
        (429, None, RateLimited),
        (400, {"errors": [{"msg": "You've exceeded the per-minute rate limit."}]}, RateLimited),
        (401, {"errors": [{"msg": "error verifying the jwt: possibly a replay"}]}, NotAuthorised),
        (403, {"errors": [{"msg": "forbidden"}]}, NotAuthorised),
        (400, {"errors": [{"msg": "Invalid SDK credentials"}]}, NotAuthorised),
        (404, {"errors": [{"msg": "Invalid streamId: bot not found"}]}, NotAuthorised),
        (404, {"errors": [{"msg": "Contact not found"}]}, NotFound),
        (400, {"errors": [{"msg": "firstName is required"}]}, ContactRejected),
        (500, "<html>oops</html>", ServiceUnavailable),
        (503, None, ServiceUnavailable),
    ],
)
def test_classify(status, body, kind):
    assert type(classify(status, body)) is kind


def test_masking_keeps_country_code_and_last_four():
    assert mask_number("9876543210", "+91") == "+91******3210"
    assert redact("number +919876543210 exists") == "number +********3210 exists"


def test_retry_after_in_seconds_and_as_a_date():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("soon") is None
