"""Callers who talk to the bot through Rasa's REST channel, for the cluster tests and the bench.

A caller answers whatever the bot asks (by the question's words, not by turn number), so a
turn replayed on another replica, or a question asked in another order, still leads to the
save. It repeats its last message when a turn gets no answer, as a person would.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

import aiohttp

SAVED = re.compile(r"contact id is (\w+)", re.IGNORECASE)
MAX_TURNS = 12


@dataclass
class Caller:
    index: int
    first_name: str = "John"
    last_name: str = "Load"
    salutation: str = "Mr"

    @property
    def sender(self) -> str:
        return f"cluster-caller-{self.index}"

    @property
    def national(self) -> str:
        return f"9{self.index:09d}"

    @property
    def phone(self) -> str:
        return f"+91{self.national}"

    def answer(self, bot: str) -> str | None:
        """What this caller says to the bot's last words; None when nothing fits."""
        text = bot.lower()
        for words, said in (
            ("shall i save", "yes"),
            ("calling from", "no"),
            ("which country", "India"),
            ("first name", f"{self.first_name} {self.last_name}"),
            ("last name", self.last_name),
            ("title", self.salutation),
            ("number", f"+91 {self.national[:5]} {self.national[5:]}"),
        ):
            if words in text:
                return said
        return None


@dataclass
class Outcome:
    caller: Caller
    contact_id: str | None = None
    turns: int = 0
    repeats: int = 0  # turns sent again after no answer (an error status or an empty reply)
    transcript: list[tuple[str, str]] = field(default_factory=list)


async def say(http: aiohttp.ClientSession, url: str, sender: str, message: str) -> str | None:
    """The bot's reply as one text, or None when the turn got no answer."""
    try:
        async with http.post(
            f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": message}
        ) as answer:
            if answer.status != 200:
                return None
            replies = await answer.json()
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return None
    text = " ".join(r.get("text") or "" for r in replies)
    return text or None


async def converse(
    http: aiohttp.ClientSession, urls: list[str], caller: Caller, first: str = "save a contact"
) -> Outcome:
    """One caller from "save a contact" to the contact id; turns go to ``urls`` in turn."""
    outcome = Outcome(caller)
    message = first
    for turn in range(MAX_TURNS):
        reply = await say(http, urls[turn % len(urls)], caller.sender, message)
        outcome.turns += 1
        outcome.transcript.append((message, reply or ""))
        if reply is None:
            outcome.repeats += 1
            continue
        if saved := SAVED.search(reply):
            outcome.contact_id = saved.group(1)
            return outcome
        nxt = caller.answer(reply)
        if nxt is None:
            return outcome  # the bot said something no caller can answer: the test shows the transcript
        message = nxt
    return outcome
