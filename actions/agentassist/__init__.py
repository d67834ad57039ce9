"""Kore.ai Agent Assist contacts client: settings, tokens, HTTP, typed errors. No Rasa here."""

from .aio import AsyncAgentAssist, find_earlier_save
from .client import AgentAssistClient
from .contact import ContactDetails, SavedContact, earlier_save
from .errors import (
    AgentAssistError,
    ContactRejected,
    DuplicatePhoneNumber,
    NotAuthorised,
    NotFound,
    RateLimited,
    ServiceUnavailable,
)
from .masking import mask_number, mask_text
from .settings import Settings, SettingsError

__all__ = [
    "AgentAssistClient",
    "AgentAssistError",
    "AsyncAgentAssist",
    "ContactDetails",
    "ContactRejected",
    "DuplicatePhoneNumber",
    "NotAuthorised",
    "NotFound",
    "RateLimited",
    "SavedContact",
    "ServiceUnavailable",
    "Settings",
    "SettingsError",
    "earlier_save",
    "find_earlier_save",
    "mask_number",
    "mask_text",
]
