"""Input size limits: a huge text is refused with one clear line, a long but sane text is checked."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from guardrails import Engine, GuardrailSettings, InputTooLargeError, Report, check

PARAGRAPH = (
    "Our volunteers knit hats for every baby born here this winter. Flu shots are available at the Main Street "
    "clinic on Saturday from 9am to 1pm, and our nurses will answer questions about RSV and COVID-19 vaccines. "
)


def test_one_megabyte_is_refused_by_the_library() -> None:
    with pytest.raises(InputTooLargeError) as info:
        check("a" * 1_000_000)
    message = str(info.value)
    assert "\n" not in message
    assert "1,000,000" in message
    assert "max_text_chars" in message  # says how to change the limit


def test_the_limit_is_inclusive_and_configurable() -> None:
    engine = Engine(GuardrailSettings(max_text_chars=500))
    assert isinstance(engine.check("x" * 500), Report)
    with pytest.raises(InputTooLargeError):
        engine.check("x" * 501)


def test_one_megabyte_is_refused_by_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "-"],
        input="word " * 200_000,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "max_text_chars" in lines[0]
    assert result.stdout == ""


def test_fifty_kilobytes_are_checked() -> None:
    text = (PARAGRAPH * (50_000 // len(PARAGRAPH) + 1))[:50_000]
    report = check(text, platform="facebook")
    assert report.text == text
    assert report.verdict.value in {"pass", "warn", "fix", "block"}
    for finding in report.findings:
        if finding.start is not None and finding.end is not None:
            assert text[finding.start : finding.end] == finding.text


def test_fifty_kilobytes_of_noise_are_checked() -> None:
    text = ("\u200b5\uff15-\u0430\u00a0\U0001f600 " * 6_000)[:50_000]
    report = check(text)
    assert report.text == text
