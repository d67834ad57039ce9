"""Conversations live in PostgreSQL and lock in Redis: any Rasa replica continues any caller."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import aiohttp
import pytest

from tools.callers import Caller, converse, say
from tools.stack import api_token

pytestmark = pytest.mark.cluster

LOAD_CALLERS = 100


def test_a_conversation_continues_on_the_other_replica_mid_form(cluster):
    first, second = (s.base_url for s in cluster.rasa_servers)
    caller = Caller(70_001, first_name="Jane", last_name="Smith", salutation="Dr")

    async def talk() -> list[str]:
        async with aiohttp.ClientSession() as http:
            replies = []
            message = "save a contact"
            for turn in range(6):
                reply = await say(http, (first, second)[turn % 2], caller.sender, message)
                assert reply is not None, f"no answer to {message!r}"
                replies.append(reply)
                if "contact id" in reply:
                    return replies
                message = caller.answer(reply)
                assert message is not None, replies
            return replies

    replies = asyncio.run(talk())
    # Every turn went to the other replica than the one before, and each took up the form
    # where the other had left it: title, name, number, read-back, saved.
    assert "title" in replies[0].lower()
    assert "first name" in replies[1].lower()
    assert "number" in replies[2].lower()
    assert "Dr Jane Smith" in replies[3] and "Shall I save it?" in replies[3]
    assert "contact id" in replies[4]
    [contact] = cluster.emulator.contacts()
    assert (contact["firstName"], contact["lastName"], contact["cellPhone"]["phoneNumber"]) == (
        "Jane",
        "Smith",
        caller.phone,
    )


def test_one_rasa_and_one_action_server_killed_under_load_lose_no_caller(cluster):
    rasa_victim, action_victim = cluster.rasa_servers[0], cluster.action_servers[0]
    killed_with_unfinished: list[int] = []

    async def load() -> list:
        finished = 0
        async with aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=120), connector=aiohttp.TCPConnector(limit=0)
        ) as http:

            async def one(i: int):
                nonlocal finished
                await asyncio.sleep(i * 0.05)
                outcome = await converse(http, [cluster.url], Caller(80_000 + i))
                finished += 1
                return outcome

            async def killer() -> None:
                # Once a third of the callers are saved (the rest mid-form), both victims die at once.
                # If the callers are all done first (a run that fails anyway), nobody is killed.
                while (await asyncio.to_thread(cluster.emulator.stats))[
                    "contacts_created"
                ] < LOAD_CALLERS // 3:
                    if finished == LOAD_CALLERS:
                        return
                    await asyncio.sleep(0.05)
                rasa_victim.kill()
                action_victim.kill()
                killed_with_unfinished.append(LOAD_CALLERS - finished)

            kill = asyncio.create_task(killer())
            outcomes = await asyncio.gather(*(one(i) for i in range(LOAD_CALLERS)))
            await kill
            return outcomes

    outcomes = asyncio.run(load())
    assert (
        killed_with_unfinished and killed_with_unfinished[0] > 0
    )  # the kill came while callers were talking
    lost = [o for o in outcomes if not o.contact_id]
    assert not lost, [
        (o.transcript, _last_events(cluster.rasa_servers[1].base_url, o.caller.sender)) for o in lost[:2]
    ]
    assert len({o.contact_id for o in outcomes}) == LOAD_CALLERS
    stats = cluster.emulator.stats()
    assert stats["contacts_created"] == LOAD_CALLERS  # no contact lost, none saved twice
    saved = {c["cellPhone"]["phoneNumber"]: c for c in cluster.emulator.contacts()}
    for outcome in outcomes:
        assert saved[outcome.caller.phone]["id"] == outcome.contact_id


def _last_events(rasa_url: str, sender: str, count: int = 25) -> list[str]:
    """A lost caller's last tracker events, so a failure shows where the conversation stopped."""
    url = f"{rasa_url}/conversations/{sender}/tracker?include_events=ALL&token={api_token()}"
    with urllib.request.urlopen(url) as answer:
        events = json.load(answer)["events"]
    return [
        " ".join(str(e.get(k)) for k in ("event", "name", "value", "text") if e.get(k) is not None)
        for e in events[-count:]
    ]
