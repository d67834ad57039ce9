"""Which caller number the bot may use: only one that a channel vouches for.

A REST client writes its own ``metadata`` and ``input_channel``, so a ``caller_id`` there could be
anybody's number. A channel that has verified the number (the signed Twilio voice channel, which
runs inside the Rasa server) vouches for it with an HMAC over the conversation id and the number,
keyed with ``ACTION_SERVER_TOKEN``: the one secret that the Rasa server (for ``endpoints.yml``) and
the action server both hold, and no client does. The action server then uses only a vouched number,
or, when the operator says the REST channel sits behind a gateway that sets ``caller_id`` itself
(``CONTACT_TRUST_REST_CALLER_ID=true``), the REST one.

Pure: no Rasa, no I/O beyond reading the two settings.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any, Mapping

NUMBER_KEY = "caller_id"
PROOF_KEY = "caller_id_proof"
TRUST_REST_SETTING = "CONTACT_TRUST_REST_CALLER_ID"
TOKEN_SETTING = "ACTION_SERVER_TOKEN"


def _proof(key: str, sender_id: str, number: str) -> str:
    message = f"{sender_id}\n{number}".encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def vouch(sender_id: str, number: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The metadata a channel that verified ``number`` adds to a message of ``sender_id``.

    Without ``ACTION_SERVER_TOKEN`` there is nothing to sign with: the number goes without proof,
    and the action server will not offer it.
    """
    key = (environ if environ is not None else os.environ).get(TOKEN_SETTING, "")
    meta = {NUMBER_KEY: number}
    if key:
        meta[PROOF_KEY] = _proof(key, sender_id, number)
    return meta


def rest_caller_id_trusted(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the operator has said that a REST ``caller_id`` is set by a trusted gateway."""
    value = (environ if environ is not None else os.environ).get(TRUST_REST_SETTING, "")
    return value.strip().lower() in {"1", "true", "yes", "on"}


def vouched_number(
    sender_id: str, metadata: Mapping[str, Any], environ: Mapping[str, str] | None = None
) -> str | None:
    """The caller's number if a channel vouched for it (or REST is trusted), else None.

    >>> vouched_number("c1", {"caller_id": "+919876543210"}, {})  # a client's own claim
    """
    env = environ if environ is not None else os.environ
    number = metadata.get(NUMBER_KEY)
    if not isinstance(number, str) or not number.strip():
        return None
    proof = metadata.get(PROOF_KEY)
    key = env.get(TOKEN_SETTING, "")
    if key and isinstance(proof, str) and hmac.compare_digest(proof, _proof(key, sender_id, number)):
        return number.strip()
    if rest_caller_id_trusted(env):
        return number.strip()
    return None
