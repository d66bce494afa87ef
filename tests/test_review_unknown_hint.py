"""An unknown review item's error suggests what the person can type where they are: "queue" in a chat (Slack,
Teams, `carepost chat`), `carepost review list` only on the command line ("approve 999" in Slack suggested a
command-line command)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.config import config_from_mapping
from bot.intents import ReviewIntent, parse
from bot.replies import Actor, ErrorReply
from bot.service import CarePost
from tests.fake_slack_api import SlackHarness, start_harness

pytestmark = pytest.mark.usefixtures("fresh_stores")
CONFIG = {"review": {"reviewers": ["UREVIEW1"]}}


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping(CONFIG)))
    yield h
    await h.close()


async def test_slack_approve_of_a_missing_item_suggests_the_chats_own_word(harness: SlackHarness) -> None:
    status, _ = await harness.command("/carepost", "approve 999", user="UREVIEW1", name="approve")
    assert status == 200
    await harness.slack.wait_until(lambda: any("999" in c.everything for c in harness.slack.of("respond")))
    said = next(c.everything for c in harness.slack.of("respond") if "999" in c.everything)
    assert "no review item 999" in said and '"queue"' in said and "carepost review" not in said


@pytest.mark.parametrize(
    "words",
    [
        "approve 999",  # a decision on a missing item
        "reject 999: wrong hours",  # the same with a reason
    ],
)
async def test_chat_words_get_a_hint_the_chat_accepts(words: str) -> None:
    reply = await CarePost(config_from_mapping(CONFIG)).handle(parse(words), Actor(id="UREVIEW1", channel="teams"))
    assert isinstance(reply, ErrorReply) and '"queue"' in reply.message and "carepost" not in reply.message
    assert parse("queue") == ReviewIntent(action="list")  # the word suggested is one the chat understands


def test_the_command_line_still_names_its_command() -> None:
    result = CliRunner().invoke(main, ["review", "approve", "999", "--by", "UREVIEW1"])
    assert result.exit_code == 2
    assert "no review item 999" in result.stderr and "`carepost review list`" in result.stderr
