"""Wiring of the action server to its settings: one client, built once, checked at start-up.

rasa-sdk imports every module of the package when it starts, so the check below
runs then: an operator sees every wrong setting at once in the first lines of the
log, and callers later hear an apology instead of meeting a stack trace.
"""

from __future__ import annotations

import logging
import os

import phonenumbers

from . import catalogue
from .agentassist import AgentAssistClient, AsyncAgentAssist, Settings, SettingsError
from .agentassist.batching import ContactBatcher
from .agentassist.shared_limit import SharedLimitSettings, SharedLimitSettingsError, limiter_from_env
from .normalise.salutation import offered_salutations
from .normalise.vocabulary import pack_languages, vocabulary
from .save_limit import saves_per_minute

log = logging.getLogger(__name__)

_api: AsyncAgentAssist | None = None
_batcher: ContactBatcher | None = None


def api() -> AsyncAgentAssist:
    """The shared async client; raises SettingsError (naming every problem) when it cannot exist."""
    global _api
    if _api is None:
        _api = AsyncAgentAssist(AgentAssistClient(Settings.from_env()))
    return _api


def batcher() -> ContactBatcher:
    """Creates go through here so concurrent saves share requests under the rate limit."""
    global _batcher
    if _batcher is None:
        client = api()
        settings = client.client.settings
        limiter = limiter_from_env(settings.account_id, settings.rate_limit_per_minute)
        _batcher = ContactBatcher(
            client, limiter, max_batch=settings.batch_size, deadline_seconds=settings.deadline_seconds
        )
    return _batcher


def _region_setting() -> tuple[str | None, str | None]:
    """(region, problem): ``CONTACT_DEFAULT_REGION`` if phonenumbers knows it, else why not."""
    raw = os.environ.get("CONTACT_DEFAULT_REGION", "").strip()
    if not raw:
        return None, None
    if raw.upper() not in phonenumbers.SUPPORTED_REGIONS:
        return None, (
            f"CONTACT_DEFAULT_REGION must be an ISO region such as IN or GB (got {raw!r}); "
            "until it is fixed the bot asks callers for their country"
        )
    return raw.upper(), None


def default_region() -> str | None:
    """The region for numbers given without a country code; None means ask the caller."""
    return _region_setting()[0]


def salutations() -> tuple[str, ...]:
    """``CONTACT_SALUTATIONS`` (comma-separated titles) or the default set."""
    return offered_salutations()


def startup_problems() -> list[str]:
    problems: list[str] = []
    try:
        Settings.from_env()
    except SettingsError as exc:
        problems.extend(exc.problems)
    try:
        SharedLimitSettings.from_env()
    except SharedLimitSettingsError as exc:
        problems.extend(exc.problems)
    try:
        saves_per_minute()
    except ValueError as exc:
        problems.append(f"{exc}; until it is fixed each conversation may make 10 saves a minute")
    problems.extend(catalogue.settings_problems())
    region_problem = _region_setting()[1]
    if region_problem:
        problems.append(region_problem)
    return problems


def report_startup_problems() -> None:
    problems = startup_problems()
    if problems:
        message = (
            "Contact capture cannot save contacts until these settings are fixed:\n"
            + "\n".join(f"  - {p}" for p in problems)
            + "\nCallers will hear an apology and their details are kept. See docs/settings.md."
        )
        log.error(message)
        print(message, flush=True)
    else:
        log.info("Agent Assist settings are complete")


report_startup_problems()
# Every pack, complete or partial, and the owner's words, read now: a broken pack or vocabulary
# file stops the action server at start with the reason (VocabularyError), not the first caller's turn.
for _language in pack_languages():
    vocabulary(_language)
