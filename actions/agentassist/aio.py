"""Async entry point for actions: the blocking client runs on its own worker threads.

rasa-sdk runs actions on the Sanic event loop; a ``requests`` call made there
would stall every other conversation on the server. ``asyncio.to_thread`` would
share the default executor (cpu_count + 4 threads, 6 here), which caps parallel
saves, so the client gets a pool sized like its connection pool.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from .client import POOL_SIZE, AgentAssistClient
from .contact import ContactDetails, SavedContact, earlier_save
from .errors import AgentAssistError

T = TypeVar("T")

_executor = ThreadPoolExecutor(max_workers=POOL_SIZE, thread_name_prefix="agentassist")


async def _off_loop(fn: Callable[..., T], *args: object) -> T:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_executor, functools.partial(fn, *args))


class AsyncAgentAssist:
    """The client's calls as coroutines; errors are the client's own typed errors."""

    def __init__(self, client: AgentAssistClient) -> None:
        self.client = client

    async def create_contact(self, details: ContactDetails) -> SavedContact:
        return await _off_loop(self.client.create_contact, details)

    async def create_contacts(
        self, batch: list[ContactDetails], within: float | None = None
    ) -> list[SavedContact]:
        return await _off_loop(functools.partial(self.client.create_contacts, batch, within=within))

    async def update_contact(self, contact_id: str, details: ContactDetails) -> SavedContact:
        return await _off_loop(self.client.update_contact, contact_id, details)

    async def delete_contact(self, contact_id: str) -> SavedContact:
        return await _off_loop(self.client.delete_contact, contact_id)

    async def find_contact_by_phone(self, phone_number: str, country_code: str) -> SavedContact | None:
        return await _off_loop(self.client.find_contact_by_phone, phone_number, country_code)

    async def find_contacts_holding(self, wanted: list[ContactDetails]) -> list[SavedContact | None]:
        return await _off_loop(self.client.find_contacts_holding, wanted)


async def find_earlier_save(api: AsyncAgentAssist, details: ContactDetails) -> SavedContact | None:
    """After a create refused for a taken number: the earlier save of this very person, if it is one
    (``earlier_save``); None when someone else holds the number or the lookup failed."""
    try:
        found = await api.find_contact_by_phone(details.phone_number, details.country_code)
    except AgentAssistError:
        return None
    return earlier_save(found, details)
