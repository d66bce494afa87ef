"""Bytes that are not UTF-8, on standard input or in an argument, are one line and exit 2 on every command.

Python hands them over as lone surrogates (its UTF-8 and C locales read undecodable bytes that way), which the
store and the terminal cannot encode: `review submit -` exited 3 ("internal error") and `reply -` logged a
failure, while `check -` printed a mangled text as if it were fine. Run as processes: the bytes are real.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CARE = [sys.executable, "-m", "bot"]
LATIN1 = "Our caf\xe9 opens Monday".encode("latin-1")  # é in Latin-1: one byte UTF-8 cannot decode


def run(*args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CARE, *args], input=stdin, capture_output=True, check=False, env=dict(os.environ))


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--json", "-"),  # was exit 0 with the text mangled
        ("review", "submit", "--json", "--by", "ana@riversidehealth.org", "--platform", "x", "-"),  # was exit 3
        ("reply", "--json", "-"),  # was exit 2 after a log line naming UnicodeEncodeError
    ],
)
def test_standard_input_that_is_not_utf8_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    result = run(*args, stdin=LATIN1)
    assert result.returncode == 2
    assert result.stdout == b""
    assert (
        result.stderr.decode()
        == "carepost: standard input is not valid UTF-8 text: save or type it as UTF-8 and try again\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("review", "submit", "--by", "ana@riversidehealth.org", "--platform", "x", LATIN1),  # was exit 3
        ("draft", "--pillar", "education", "--topic", LATIN1),  # a topic typed in a Latin-1 terminal
        ("review", "reject", "1", "--by", "compliance@riversidehealth.org", "--comment", LATIN1),
    ],
)
def test_an_argument_that_is_not_utf8_is_named_and_exit_2(args: tuple[str | bytes, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("carepost: the argument 'Our caf? opens Monday' is not valid UTF-8")
    assert result.stderr.count(b"\n") == 1


def test_a_batch_line_that_is_not_utf8_is_an_error_line_and_the_others_are_checked() -> None:
    lines = [
        b'{"id": 1, "text": "Join our 5K!"}',
        b'{"id": 2, "text": "' + LATIN1 + b'"}',
        '{"id": 3, "text": "café ✓"}'.encode(),
    ]
    result = run("check", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 2
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [row["id"] for row in out] == [1, None, 3]
    assert out[1] == {"id": None, "line": 2, "error": "line 2: not valid UTF-8 text"}
    assert out[2]["fixed_text"] == "café ✓"  # real UTF-8 is read as before
