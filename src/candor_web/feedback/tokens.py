"""Signed links for candidates: identity verification (single-use) and the portal.

Both are Django signatures (HMAC with the secret key and a per-purpose salt)
over the request's ID, a hash of the e-mail address on file and a random value
stored on the request:

- a verification link carries ``verify_nonce``; using it empties the nonce in
  the same transaction that marks the request verified, so it works once; it
  expires after the policy's ``verification_hours``;
- a portal link carries ``portal_key`` and lasts ``CANDOR_PORTAL_DAYS``.

The "Ask for feedback" link in the outcome e-mail (salt ``OUTCOME_SALT``) is
over an *application's* ID and the address hash instead (there is no request
yet); it lasts ``CANDOR_OUTCOME_LINK_DAYS`` and is not single use: once a
request exists, it shows that request.

Changing the candidate's e-mail address invalidates both (the address hash no
longer matches).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any, Literal

from django.core import signing

VERIFY_SALT = "candor.feedback.verify"
PORTAL_SALT = "candor.feedback.portal"
ASK_SALT = "candor.feedback.ask"
OUTCOME_SALT = "candor.feedback.outcome"


def new_secret() -> str:
    return secrets.token_urlsafe(24)


def email_hash(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()[:20]


def make_token(*, salt: str, request_id: int, email: str, secret: str) -> str:
    return signing.dumps({"r": request_id, "e": email_hash(email), "k": secret}, salt=salt)


Failure = Literal["bad", "expired"]


@dataclass(frozen=True, slots=True)
class Claim:
    """What a link says, once its signature checked out (maybe expired)."""

    request_id: int
    email_hash: str
    secret: str
    expired: bool


def _load(token: str, *, salt: str, max_age: int) -> tuple[dict[str, Any], bool] | None:
    """The signed dict and whether it has expired; ``None`` when forged or mangled.

    An expired but genuine link still yields its data, so that the refusal can
    be recorded against the right request.
    """
    expired = False
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        expired = True
        try:
            data = signing.loads(token, salt=salt)
        except signing.BadSignature:
            return None
    except signing.BadSignature:
        return None
    return (data, expired) if isinstance(data, dict) else None


def read_token(token: str, *, salt: str, max_age: int) -> Claim | None:
    """The link's claim, or ``None`` when the signature does not verify (forged, mangled).

    An expired but genuine link still returns its claim with ``expired=True``,
    so the refusal can be recorded against the right request.
    """
    loaded = _load(token, salt=salt, max_age=max_age)
    if loaded is None:
        return None
    data, expired = loaded
    r, e, k = data.get("r"), data.get("e"), data.get("k")
    if not isinstance(r, int) or not isinstance(e, str) or not isinstance(k, str):
        return None
    return Claim(r, e, k, expired)


@dataclass(frozen=True, slots=True)
class OutcomeClaim:
    """What an outcome e-mail's link says, once its signature checked out (maybe expired)."""

    application_id: int
    email_hash: str
    expired: bool


def make_outcome_token(*, application_id: int, email: str) -> str:
    return signing.dumps({"a": application_id, "e": email_hash(email)}, salt=OUTCOME_SALT)


def read_outcome_token(token: str, *, max_age: int) -> OutcomeClaim | None:
    """The claim of an outcome link, or ``None`` when the signature does not verify."""
    loaded = _load(token, salt=OUTCOME_SALT, max_age=max_age)
    if loaded is None:
        return None
    data, expired = loaded
    a, e = data.get("a"), data.get("e")
    if not isinstance(a, int) or isinstance(a, bool) or not isinstance(e, str):
        return None
    return OutcomeClaim(a, e, expired)
