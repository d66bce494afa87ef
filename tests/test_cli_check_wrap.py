"""`carepost check` at a fixed terminal width: the post, every finding and every fix wrap onto more lines, and
nothing is cropped (an 80-column terminal showed one cropped line of the post and of each finding)."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

POST = (
    "Huge thanks to Dana Whitfield (MRN 7730021) for sharing her knee replacement journey! We are so proud of "
    "everything she has done this year, and of the whole orthopaedics team that walked beside her."
)
LONG_WORD = "https://www.riversidehealth.org/stories/" + "a-path-that-goes-on-and-on-" * 4 + "end"


def run_check(text: str, columns: int) -> str:
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "50", "TERM": "xterm"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", text], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1  # blocked: PHI
    return result.stdout


def words(output: str) -> set[str]:
    """Every word on the screen, with the panel's and table's border characters taken out."""
    return set(re.sub(r"[│┃║╭╮╰╯─━┏┓┗┛┡┩┳╇┻┣┫╋└┘┌┐├┤┼┬┴]", " ", output).split())


@pytest.mark.parametrize("columns", [80, 60])  # the common default, and a split pane
def test_the_whole_post_and_every_finding_are_on_screen(columns: int) -> None:
    output = run_check(POST, columns)
    assert all(len(line) <= columns for line in output.splitlines())
    assert "…" not in output  # Rich's mark of a cropped cell
    shown = words(output)
    assert set(POST.split()) <= shown  # the post's last words were cut off at 80 columns
    for expected in ("phi.name", "phi.mrn", "[NAME]", "[MRN]"):
        assert any(expected in word for word in shown)
    assert {"written", "consent", "(HIPAA", "authorization)", "posting"} <= shown  # a finding's whole message


def test_a_word_longer_than_the_screen_folds_onto_the_next_line() -> None:
    output = run_check(f"Call Dana Whitfield (MRN 7730021) or read {LONG_WORD}", 80)
    assert all(len(line) <= 80 for line in output.splitlines())
    joined = "".join(line.strip("│ ") for line in output.splitlines())
    assert LONG_WORD in joined  # folded over lines, every character kept
