"""Choosing the limiter from the environment: local by default, shared when Redis is configured."""

from __future__ import annotations

import pytest

from actions.agentassist.batching import CallLimiter
from actions.agentassist.shared_limit import (
    RedisCallLimiter,
    SharedLimitSettings,
    SharedLimitSettingsError,
    limiter_from_env,
    redacted,
)


def test_no_redis_configured_keeps_the_local_limiter_with_the_whole_budget():
    chosen = limiter_from_env("acct", 60, {})
    assert isinstance(chosen, CallLimiter)
    assert chosen.burst + chosen.rate * 60 == 60


def test_a_redis_url_gives_the_shared_limiter_and_its_fallback_share():
    chosen = limiter_from_env(
        "acct", 60, {"KORE_RATE_LIMIT_REDIS_URL": "redis://127.0.0.1:1/0", "KORE_RATE_LIMIT_REPLICAS": "4"}
    )
    assert isinstance(chosen, RedisCallLimiter)
    assert chosen.local_share == 15
    assert chosen.keys[0] == "contact-bot:rate-limit:acct:calls"


@pytest.mark.parametrize(
    "env, problem",
    [
        ({"KORE_RATE_LIMIT_REDIS_URL": "http://cache:6379"}, "KORE_RATE_LIMIT_REDIS_URL"),
        ({"KORE_RATE_LIMIT_REPLICAS": "0"}, "KORE_RATE_LIMIT_REPLICAS"),
        ({"KORE_RATE_LIMIT_REPLICAS": "two"}, "KORE_RATE_LIMIT_REPLICAS"),
    ],
)
def test_wrong_settings_are_named(env, problem):
    with pytest.raises(SharedLimitSettingsError) as raised:
        SharedLimitSettings.from_env(env)
    assert any(problem in p for p in raised.value.problems)


def test_a_misconfigured_shared_limit_takes_only_a_share_not_the_whole_budget():
    chosen = limiter_from_env("acct", 60, {"KORE_RATE_LIMIT_REDIS_URL": "http://cache:6379"})
    assert isinstance(chosen, CallLimiter)
    assert chosen.burst + chosen.rate * 60 == 30


def test_the_password_in_a_redis_url_never_reaches_the_log():
    assert redacted("redis://user:s3cret@cache:6379/0") == "redis://user:***@cache:6379/0"
    assert redacted("redis://cache:6379/0") == "redis://cache:6379/0"
