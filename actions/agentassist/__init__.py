"""Kore.ai Agent Assist contacts client: settings, tokens, HTTP, typed errors. No Rasa here."""
from .aio import AsyncAgentAssist
from .client import AgentAssistClient
from .contact import ContactDetails, SavedContact
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
    "AgentAssistClient", "AgentAssistError", "AsyncAgentAssist", "ContactDetails", "ContactRejected",
    "DuplicatePhoneNumber", "NotAuthorised", "NotFound", "RateLimited", "SavedContact",
    "ServiceUnavailable", "Settings", "SettingsError", "mask_number", "mask_text",
]
