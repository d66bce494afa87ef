"""`carepost reply` through the one door: the documented JSON shape, stdin, exit codes, one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.cli import main


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["reply", *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_documented_shape() -> None:
    code, out, err = run("--json", "--channel", "google", "Rude staff, waited for hours. Never again.")
    assert code == 0 and err == ""
    payload = json.loads(out)
    assert {"channel", "sentiment", "replies", "escalation", "respond_within"} <= set(payload)
    assert payload["channel"] == "google" and payload["sentiment"] == "negative"
    assert payload["escalation"] is None
    assert payload["respond_within"]["target"] == "within 24 hours"
    first = payload["replies"][0]
    assert {"channel", "text", "verdict", "findings"} <= set(first)
    assert first["channel"] == "google" and first["verdict"] == "pass" and "(555) 010-2000" in first["text"]


def test_text_from_stdin_and_a_reply_per_main_channel() -> None:
    code, out, _ = run("--json", "-", stdin="My lawyer will hear about this.\n")
    assert code == 0
    payload = json.loads(out)
    assert [r["channel"] for r in payload["replies"]] == ["google", "facebook", "yelp", "instagram", "x", "linkedin"]
    assert payload["escalation"]["kinds"] == ["legal"]


def test_the_card_for_people_shows_the_window_and_the_escalation() -> None:
    code, out, _ = run("--channel", "x", "You'll pay for this. Watch your back.")
    assert code == 0
    assert "Respond now" in out and "Escalate before replying" in out and "security" in out
    assert "Reply for X" in out


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        # nothing to reply to
        (("",), None, "There is no comment to reply to"),
        # blank stdin
        (("-",), "  \n", "There is no comment to reply to"),
        # a channel CarePost does not know
        (("--channel", "myspace", "hello"), None, "Unknown channel 'myspace'"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args: tuple[str, ...], stdin: str | None, needle: str) -> None:
    code, out, err = run(*args, stdin=stdin)
    assert code == 2 and out == ""
    assert needle in err and len(err.strip().splitlines()) == 1
