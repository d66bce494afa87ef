"""Why an LLM call failed, as one of a few reasons a person can be told (never the raw error text)."""

from __future__ import annotations

from typing import Literal

FailureReason = Literal[
    "timeout", "rate_limit", "server", "connection", "auth", "bad_output", "budget", "not_configured", "other"
]


class LLMFailure(Exception):  # noqa: N818 - a failure the caller falls back from, not a programming error
    """The model did not give a usable answer. `reason` picks the sentence shown to the person."""

    def __init__(self, reason: FailureReason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason: FailureReason = reason
        self.detail = detail
