"""Slack's request signature, checked on the raw bytes before anything reads them.

Bolt verifies too, but only after it has parsed the body into a request (a malformed body raised inside that
parse, before any check, and answered 500) and it turns the timestamp header into an int without looking
(a non-numeric one raised too). Here the headers are read as text, the HMAC is computed over the raw bytes,
and only a request that passes is parsed at all: an outsider cannot make the server parse anything.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict

MAX_AGE_SECONDS = 60 * 5  # Slack's own window against replays
MAX_TIMESTAMP_DIGITS = 12  # seconds since 1970 have 10 digits until the year 2286

Outcome = Literal["ok", "unsigned", "bad_timestamp", "stale", "bad_signature"]


class SignatureCheck(BaseModel):
    """Why a request was refused (`ok` when it was not), and the HTTP status that says so."""

    model_config = ConfigDict(frozen=True)

    outcome: Outcome

    @property
    def status(self) -> int:
        """401 when the caller is not shown to be Slack; 400 when a header cannot be a Slack header at all."""
        if self.outcome == "ok":
            return 200
        return 400 if self.outcome == "bad_timestamp" else 401


def verify(secret: str | None, body: bytes, headers: Mapping[str, str], now: float) -> SignatureCheck:
    """Slack's v0 scheme: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret (none: nothing passes)."""
    timestamp = headers.get("X-Slack-Request-Timestamp")
    signature = headers.get("X-Slack-Signature")
    if not secret or not timestamp or not signature:
        return SignatureCheck(outcome="unsigned")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= MAX_TIMESTAMP_DIGITS):
        return SignatureCheck(outcome="bad_timestamp")
    if abs(now - int(timestamp)) > MAX_AGE_SECONDS:
        return SignatureCheck(outcome="stale")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        return SignatureCheck(outcome="bad_signature")
    return SignatureCheck(outcome="ok")
