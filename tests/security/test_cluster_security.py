"""Attacks on `make cluster` through its public port, and what PostgreSQL keeps (marked ``cluster``).

Before (tried on main's cluster, from the issue): nginx passed everything, so
`GET /conversations/{id}/tracker` answered 200 with a caller's title, name and number through the
public port; after "delete my contact" and after "cancel", PostgreSQL's `events` table still held
36 rows with those callers' names and numbers; nothing was ever purged; no size or rate limit.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import aiohttp
import pytest

from actions.erasure import holds_any
from tests.conftest import TEST_NGINX_LIMITS
from tests.security.conftest import http, say
from tools.cluster import Cluster

pytestmark = pytest.mark.cluster

FLOODER = "127.0.0.3"
DETAILS = "save Mr Zebedee Quixote +91 98765 43210"
SECRETS = ["Zebedee", "Quixote", "9876543210", "98765 43210", "43210"]


def _stored(cluster: Cluster, sender: str) -> list[str]:
    with cluster.postgres.connect() as db, db.cursor() as cur:
        cur.execute("SELECT data FROM events WHERE sender_id = %s ORDER BY id", (sender,))
        return [data for (data,) in cur.fetchall()]


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/conversations/victim-c/tracker"),
        ("POST", "/conversations/victim-c/tracker/events"),
        ("GET", "/status"),
        ("GET", "/version"),
        ("PUT", "/model"),
        ("POST", "/model/parse"),
        ("GET", "/webhooks/rest/"),
        ("GET", "/conversations/victim-c/tracker?token=guess"),
    ],
)
def test_only_the_channels_are_reachable_from_outside(cluster: Cluster, method: str, path: str) -> None:
    assert say(cluster.url, "victim-c", DETAILS) == ["Mr Zebedee Quixote, +91 98765 43210. Shall I save it?"]
    body = [{"event": "slot", "name": "first_name", "value": "Mallory"}] if method != "GET" else None
    answer = http(method, cluster.url + path, body)
    assert answer.status == 404, (answer.status, answer.body[:200])
    assert holds_any([answer.body.decode(errors="replace")], SECRETS) == []
    assert http("GET", cluster.url + "/health").status == 200
    # The replicas themselves (loopback only) want the API token.
    assert http("GET", f"{cluster.rasa_servers[0].base_url}/conversations/victim-c/tracker").status == 401


def test_an_oversized_message_gets_413_from_nginx(cluster: Cluster) -> None:
    big = b'{"sender": "big-c", "message": "' + b"a" * 2_000_000 + b'"}'
    assert http("POST", cluster.url + "/webhooks/rest/webhook", raw=big).status == 413


def test_a_forged_action_call_through_the_balancer_gets_401(cluster: Cluster) -> None:
    forged = {
        "next_action": "action_delete_contact",
        "tracker": {"sender_id": "x", "slots": {"contact_id": "1"}},
    }
    assert http("POST", cluster.balancer.actions_url, forged).status == 401
    assert (
        http("POST", cluster.balancer.actions_url, forged, headers={"Authorization": "Bearer guess"}).status
        == 401
    )


async def _flood(url: str, count: int) -> Counter:
    # From an address of its own (all of 127.0.0.0/8 is loopback): the other tests' callers, on
    # 127.0.0.1, keep their own allowance.
    connector = aiohttp.TCPConnector(limit=0, local_addr=(FLOODER, 0))
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one() -> int:
            async with session.get(url) as answer:
                return answer.status

        return Counter(await asyncio.gather(*(one() for _ in range(count))))


async def _from_another_address(url: str) -> int:
    # The whole of 127.0.0.0/8 is loopback: 127.0.0.2 is another client address to nginx.
    connector = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(
            f"{url}/webhooks/rest/webhook", json={"sender": "other-c", "message": "hi"}
        ) as a:
            return a.status


def test_a_flooding_client_is_throttled_while_others_go_on(cluster: Cluster) -> None:
    burst = int(TEST_NGINX_LIMITS["CLUSTER_RATE_BURST"])
    statuses = asyncio.run(_flood(cluster.url + "/health", 2 * burst + 200))
    assert statuses[429] > 0 and statuses[200] > 0, statuses
    assert set(statuses) <= {200, 429}, statuses
    assert asyncio.run(_from_another_address(cluster.url)) == 200


def test_after_delete_cancel_and_forget_me_postgres_holds_none_of_the_callers_details(
    cluster: Cluster,
) -> None:
    stamp = int(time.time())
    endings = {"delete": ["yes", "delete my contact"], "cancel": ["cancel"], "forget": ["yes", "forget me"]}
    for kind, steps in endings.items():
        sender = f"erase-{kind}-{stamp}"
        assert say(cluster.url, sender, DETAILS) == ["Mr Zebedee Quixote, +91 98765 43210. Shall I save it?"]
        assert holds_any(_stored(cluster, sender), SECRETS), "the details were stored before the erasure"
        for text in steps:
            last = say(cluster.url, sender, text)
        assert "erased the details" in " ".join(last), (kind, last)
        rows = _stored(cluster, sender)
        assert len(rows) > 10 and holds_any(rows, SECRETS) == [], (kind, holds_any(rows, SECRETS))
    assert not [c for c in cluster.emulator.contacts() if c["status"] == "ACTIVE"]


def test_the_purge_erases_an_idle_conversation(cluster: Cluster) -> None:
    stamp = int(time.time())
    idle, active = f"idle-{stamp}", f"active-{stamp}"
    for sender in (idle, active):
        assert say(cluster.url, sender, DETAILS)
    # The idle one last spoke 31 days ago (CONTACT_RETENTION_DAYS is 30).
    with cluster.postgres.connect() as db, db.cursor() as cur:
        cur.execute("UPDATE events SET timestamp = timestamp - %s WHERE sender_id = %s", (31 * 86400, idle))
    printed = cluster.purge()  # what the cluster runs at start and every hour: python -m tools.purge
    assert "deleted 1 conversations idle over 30 days" in printed, printed
    assert _stored(cluster, idle) == []
    assert holds_any(_stored(cluster, active), SECRETS)  # a conversation in progress keeps its details


LONG_CHAT = [
    ("Zebulon", "Abernathy"),
    ("Quintus", "Blackwood"),
    ("Ottoline", "Cavendish"),
    ("Peregrine", "Dunmore"),
    ("Wilhelmina", "Esterhazy"),
    ("Barnaby", "Fairweather"),
    ("Clementine", "Goodfellow"),
    ("Ignatius", "Hawthorne"),
    ("Marigold", "Inchcape"),
    ("Leopold", "Jellicoe"),
    ("Philippa", "Kingsley"),
    ("Ambrose", "Lockhart"),
    ("Henrietta", "Montague"),
    ("Cornelius", "Northcott"),
    ("Rosalind", "Oakenshaw"),
    ("Thaddeus", "Pemberton"),
    ("Winifred", "Quennell"),
    ("Bartholomew", "Rutherford"),
    ("Georgiana", "Sackville"),
    ("Lysander", "Thistlewood"),
]


def test_after_20_saves_in_one_chat_postgres_holds_the_details_of_the_latest_only(cluster: Cluster) -> None:
    """Each save starts the next session carrying the latest contact; the stores rewrite the ended one."""
    sender = f"agent-{int(time.time())}"
    ids = []
    for i, (first, last) in enumerate(LONG_CHAT):
        number = f"98765 432{i:02d}"
        read_back = say(cluster.url, sender, f"Mr {first} {last} +91 {number}")
        assert read_back == [f"Mr {first} {last}, +91 {number}. Shall I save it?"], (i, read_back)
        saved = say(cluster.url, sender, "yes")
        assert saved[0].startswith("Saved. The contact id is "), (i, saved)
        ids.append(saved[0].removeprefix("Saved. The contact id is ").rstrip("."))
    rows = _stored(cluster, sender)
    details = [
        [first, last, f"98765432{i:02d}", f"98765 432{i:02d}"] for i, (first, last) in enumerate(LONG_CHAT)
    ]
    assert holds_any(rows, details[-1]) == details[-1]  # the latest, for "change it" and "delete it"
    assert holds_any(rows, [d for contact in details[:-1] for d in contact]) == []
    assert holds_any(rows, ids) == ids  # the earlier ones by id
    # the latest can still change; an earlier one is told which can; an earlier one is deleted by id
    first, last = LONG_CHAT[-1]
    changed = say(cluster.url, sender, "change its last name to Smith")
    assert changed == [
        f"Done, I've changed the last name. The contact {ids[-1]} is now Mr {first} Smith, +91 98765 43219."
    ]
    assert ids[-1] in say(cluster.url, sender, "change the last name of the first one")[0]
    assert say(cluster.url, sender, f"delete contact {ids[0]}") == [f"I've deleted the contact {ids[0]}."]
    active = {c["id"] for c in cluster.emulator.contacts() if c["status"] == "ACTIVE"}
    assert ids[0] not in active and set(ids[1:]) <= active
