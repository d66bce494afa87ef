"""The content calendar in `carepost chat`: "plan March" typed at the terminal, through a pipe like a person."""

from __future__ import annotations

import os
import subprocess
import sys


def test_plan_march_in_the_terminal_chat_shows_the_month() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--as", "UALICE"],
        input="plan March 2027 on linkedin\nplan 2027-13\nquit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Content calendar for March 2027" in out
    assert "Colorectal Cancer Awareness Month (all month)" in out and "Posts per week" in out
    assert "LinkedIn [education]" in out  # every slot listed with its pillar
    assert "carepost calendar --month 2027-03 --ics" in out  # how to export it
    assert "is not a month" in out  # a bad month is one line, and the chat goes on
    assert out.rstrip().endswith("Bye.")
