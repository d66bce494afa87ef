"""`carepost reply [--channel C] TEXT`: HIPAA-safe replies to a comment or review, through CarePost.handle.

The same ReplyIntent as `/reply` in Slack and "reply to: ..." in Teams and the terminal. `--json` prints the
ReplySet: {"channel", "sentiment", "replies": [{"channel", "text", "verdict", "findings"}], "escalation":
{"kinds", "urgent", "notes", "cues"} | null, "respond_within": {"target", "why", "expectations"}, "notices",
"source"}. Exit 1 when no reply is postable (every one blocked), 2 on bad usage (empty text, unknown channel).
"""

from __future__ import annotations

import asyncio
import getpass
import sys

import click

from bot.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    config_option,
    emit_json,
    fail,
    guarded,
    json_option,
    load,
    read_stdin,
)
from bot.messages import replies as msg
from bot.service import CarePost


@click.command()
@click.argument("text", required=False)
@click.option("--channel", default=None, help=msg.CHANNEL_HELP)
@json_option
@config_option
@guarded
def reply(text: str | None, channel: str | None, as_json: bool, config_path: str | None) -> None:
    """Draft replies to a comment or review (TEXT, or - for stdin). Exit 1 when none is postable."""
    from bot.intents import ReplyIntent
    from bot.replies import Actor, CommentReply, ErrorReply

    comment = _read(text)
    service = CarePost(load(config_path))
    actor = Actor(id=getpass.getuser(), channel="cli")
    answer = asyncio.run(service.handle(ReplyIntent(comment=comment, channel=channel), actor))
    if isinstance(answer, ErrorReply):
        fail(answer.message)
    assert isinstance(answer, CommentReply)  # the door answers a ReplyIntent with nothing else
    result = answer.result
    if as_json:
        emit_json(result.model_dump(mode="json"))
    else:
        from bot.cli.render import console
        from bot.cli.reply_view import reply_view
        from bot.responder.card import reply_card

        console().print(reply_view(reply_card(result)))
    sys.exit(EXIT_OK if any(option.postable for option in result.replies) else EXIT_BLOCKED)


def _read(text: str | None) -> str:
    if text == "-":
        text = read_stdin()
    if text is None or not text.strip():
        fail(msg.EMPTY_COMMENT)
    return text
