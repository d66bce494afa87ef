"""`carepost advocacy list|pick|publish`: the approved library staff may share, from the command line.

Each command is a request into the core (bot.cli.door), like `advocacy linkedin` typed in Slack or Teams."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from bot.cli.common import EXIT_BLOCKED, config_option, emit_json, guarded, json_option, load
from bot.cli.door import ask, cli_actor, item_number
from bot.cli.review import CLI_USER, say, short
from bot.intents import AdvocacyIntent, PublishIntent
from bot.messages import review as msg
from bot.replies import AdvocacyReply, PublishedReply
from bot.service import CarePost
from guardrails.engine import resolve_platform

if TYPE_CHECKING:
    from bot.review.models import AdvocacyItem


def advocacy_row(item: AdvocacyItem) -> dict[str, Any]:
    row: dict[str, Any] = item.model_dump(mode="json")
    return row


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def advocacy() -> None:
    """The approved library staff may share: list, pick, publish."""


@advocacy.command("list")
@click.option("--platform", "-p", default=None, help="Only items for this platform.")
@click.option("--pillar", default=None, help="Only items of this content pillar.")
@json_option
@config_option
@guarded
def list_command(platform: str | None, pillar: str | None, as_json: bool, config_path: str | None) -> None:
    """Approved items, newest first (an item the guardrails now block is left out)."""
    service = CarePost(load(config_path))
    intent = AdvocacyIntent(platform=resolve_platform(platform), pillar=pillar)
    reply = ask(service, intent, cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, AdvocacyReply)
    items = reply.items
    if as_json:
        emit_json({"items": [advocacy_row(item) for item in items]})
        return
    _library_table(items, platform)


@advocacy.command()
@click.option("--platform", "-p", default=None, help="For this platform.")
@click.option("--pillar", default=None, help="Of this content pillar.")
@json_option
@config_option
@guarded
def pick(platform: str | None, pillar: str | None, as_json: bool, config_path: str | None) -> None:
    """Something approved to share: the newest item not yet published. Exit 1 when there is none."""
    service = CarePost(load(config_path))
    intent = AdvocacyIntent(platform=resolve_platform(platform), pillar=pillar, pick=True)
    reply = ask(service, intent, cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, AdvocacyReply)
    item = reply.items[0] if reply.items else None
    if item is None:
        suffix = f" ({platform})" if platform else ""
        if as_json:
            emit_json({"item": None, "message": msg.LIBRARY_EMPTY.format(platform=suffix)})
        else:
            say(msg.LIBRARY_EMPTY.format(platform=suffix))
        sys.exit(EXIT_BLOCKED)
    if as_json:
        emit_json({"item": advocacy_row(item)})
        return
    say(msg.PICKED.format(id=item.id, platform=item.platform or "", approved_by=item.approved_by))
    say(item.text)


@advocacy.command()
@click.argument("item_id")
@click.option("--by", "by", required=True, help="Who published it.")
@click.option("--where", "where", default="", help="Where it went out (default: the item's platform).")
@json_option
@config_option
@guarded
def publish(item_id: str, by: str, where: str, as_json: bool, config_path: str | None) -> None:
    """Mark advocacy item ITEM_ID as published, after the guardrails pass it again. Exit 1 when they block it."""
    service = CarePost(load(config_path))
    intent = PublishIntent(item_id=item_number(item_id, advocacy=True), where=where)
    reply = ask(service, intent, cli_actor(by), as_json=as_json)
    assert isinstance(reply, PublishedReply)
    item = reply.item
    if as_json:
        emit_json(advocacy_row(item))
        return
    say(msg.PUBLISHED.format(id=item.id, where=item.published_where))


def _library_table(items: list[AdvocacyItem], platform: str | None) -> None:
    from rich.table import Table

    from bot.cli.render import console

    suffix = f" ({platform})" if platform else ""
    if not items:
        say(msg.LIBRARY_EMPTY.format(platform=suffix))
        return
    table = Table(title=msg.LIBRARY_TITLE.format(platform=suffix), title_justify="left")
    for column in (msg.COLUMN_ID, msg.COLUMN_PLATFORM, msg.COLUMN_APPROVED_BY, msg.COLUMN_APPROVED_AT):
        table.add_column(column)
    table.add_column(msg.COLUMN_PUBLISHED)
    table.add_column(msg.COLUMN_TEXT, overflow="fold")
    for item in items:
        table.add_row(
            str(item.id),
            item.platform or "",
            item.approved_by,
            item.approved_at.strftime("%Y-%m-%d %H:%M"),
            item.published_where or "",
            short(item.text),
        )
    console().print(table)
