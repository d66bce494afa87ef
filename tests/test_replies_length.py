"""A comment longer than the replies limit (bot/responder/compose.py MAX_COMMENT_CHARS, or the guardrails'
max_text_chars when smaller) is refused with one line naming the limit: a 200,000-character paste was accepted.
Exit 2 in the CLI, a plain message in Slack."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.config import config_from_mapping
from bot.responder.compose import MAX_COMMENT_CHARS
from bot.service import CarePost
from tests.fake_slack_api import SlackHarness, start_harness

HUGE = "The nurses were kind. " * 9_091  # 200,002 characters, the probe's paste


@pytest.mark.parametrize(
    ("comment", "refused"),
    [
        (HUGE, True),  # the probe's 200,000 characters
        ("x" * (MAX_COMMENT_CHARS + 1), True),  # one over the limit
        ("Kind nurses! " + "x" * (MAX_COMMENT_CHARS - 13), False),  # exactly at the limit: still answered
    ],
)
def test_cli_refuses_a_comment_over_the_limit_with_exit_2(comment: str, refused: bool) -> None:
    result = CliRunner().invoke(main, ["reply", "--channel", "google", "-"], input=comment)
    if not refused:
        assert result.exit_code in (0, 1), result.stderr
        return
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"at most {MAX_COMMENT_CHARS:,}" in lines[0] and "Traceback" not in result.stderr


def test_a_smaller_guardrails_limit_is_the_one_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    config = tmp_path_factory.mktemp("cfg") / "app.yaml"
    config.write_text("guardrails:\n  max_text_chars: 500\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["reply", "--config", str(config), "-"], input="y" * 501)
    assert result.exit_code == 2 and "at most 500" in result.stderr


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping({})))
    yield h
    await h.close()


@pytest.mark.usefixtures("fresh_stores")
async def test_slack_reply_over_the_limit_is_a_plain_message(harness: SlackHarness) -> None:
    status, _body = await harness.command("/reply", "google: " + HUGE)
    assert status == 200
    (delivered,) = await harness.slack.wait_for("respond")
    assert f"at most {MAX_COMMENT_CHARS:,}" in delivered.everything
    assert "Reply for Google" not in delivered.everything
