"""Replies to comments in `carepost chat`: "reply to: ..." typed at the terminal, through a pipe like a person."""

from __future__ import annotations

import os
import subprocess
import sys


def test_reply_to_in_the_terminal_chat_shows_the_reply_card() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--as", "UALICE"],
        input="reply to this comment on instagram: love the nurses here, so kind!\nreply to:   \nquit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Reply to a comment on Instagram" in out and "Tone of the comment: positive" in out
    assert "Respond within 2-4 hours during business hours" in out
    assert "Reply for Instagram" in out and "Another wording" in out
    assert out.rstrip().endswith("Bye.")
