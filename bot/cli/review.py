"""`carepost review submit|list|show|audit|approve|reject|changes`: the review queue from the command line.

Each command is a request into the core (bot.cli.door: the same intents and `CarePost.handle` as Slack and
Teams). A refused step (not a reviewer, own draft, blocked text, already decided) exits 1 with `{"error"}`
under --json and one line on stderr otherwise; an unknown id or bad input exits 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from bot.cli.common import EXIT_OK, config_option, emit_json, guarded, json_option, load, read_text_argument
from bot.cli.door import ask, cli_actor, item_number
from bot.intents import ReviewAction, ReviewIntent, SubmitIntent
from bot.messages import review as msg
from bot.replies import AuditReply, ReviewItemReply, ReviewListReply
from bot.service import CarePost

if TYPE_CHECKING:
    from bot.review.models import AuditEvent, ReviewItem

P = ParamSpec("P")
R = TypeVar("R")
CLI_USER = "cli"  # who reads the queue: reading needs no identity


def alias_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option(
        "--alias",
        "aliases",
        multiple=True,
        help="Another identity of the same person (an e-mail beside a Slack id); repeatable.",
    )(func)


def item_payload(item: ReviewItem) -> dict[str, Any]:
    """The contract's `{"id", "state", ...}` with everything else the item knows (no PHI: stored text)."""
    payload: dict[str, Any] = item.model_dump(mode="json")
    return payload


def list_row(item: ReviewItem) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": item.id,
        "state": item.state.value,
        "platform": item.platform,
        "text": item.text,
        "submitted_by": item.submitted_by,
        "verdict": item.verdict,
    }
    if item.reviewed_by:
        row["reviewed_by"] = item.reviewed_by
    return row


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def review() -> None:
    """The review queue: submit, list, show, approve, reject, changes, audit."""


@review.command()
@click.argument("text", required=False)
@click.option("--by", "by", required=True, help="Who submits: an e-mail, a Slack user id or a Teams object id.")
@click.option("--platform", "-p", required=True, help="facebook, x (twitter), instagram, linkedin, threads, youtube.")
@click.option("--pillar", default=None, help="education, community, promotion, thought-leadership.")
@click.option("--topic", default=None, help="What the post is about.")
@alias_option
@json_option
@config_option
@guarded
def submit(
    text: str | None,
    by: str,
    platform: str,
    pillar: str | None,
    topic: str | None,
    aliases: tuple[str, ...],
    as_json: bool,
    config_path: str | None,
) -> None:
    """Put TEXT (- reads standard input) in the review queue, guardrailed first. Blocked: not queued, exit 1."""
    from guardrails.engine import resolve_platform

    service = CarePost(load(config_path))
    body = read_text_argument(text)
    where = resolve_platform(platform)  # an unknown platform is a usage error (exit 2)
    assert where is not None
    intent = SubmitIntent(platform=where, text=body, pillar=pillar, topic=topic)
    reply = ask(service, intent, cli_actor(by, aliases), as_json=as_json)
    assert isinstance(reply, ReviewItemReply)
    item = reply.item
    if as_json:
        emit_json({**item_payload(item), "id": item.id, "state": item.state.value, "verdict": item.verdict})
    else:
        say(msg.SUBMITTED.format(id=item.id, verdict=item.verdict))
        item_panel(item)
    sys.exit(EXIT_OK)


@review.command("list")
@click.option("--state", "state", default=None, help="submitted, approved, rejected, changes_requested.")
@json_option
@config_option
@guarded
def list_command(state: str | None, as_json: bool, config_path: str | None) -> None:
    """The review queue, oldest first."""
    service = CarePost(load(config_path))
    reply = ask(service, ReviewIntent(action="list", state=state), cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, ReviewListReply)
    if as_json:
        emit_json({"items": [list_row(item) for item in reply.items]})
        return
    queue_table(reply.items, state)


@review.command()
@click.argument("item_id")
@json_option
@config_option
@guarded
def show(item_id: str, as_json: bool, config_path: str | None) -> None:
    """One review item, with its audit trail."""
    service = CarePost(load(config_path))
    intent = ReviewIntent(action="show", item_id=item_number(item_id), command_line=True)
    reply = ask(service, intent, cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, ReviewItemReply)
    if as_json:
        emit_json({**item_payload(reply.item), "audit": [e.model_dump(mode="json") for e in reply.audit]})
        return
    item_panel(reply.item)
    audit_table(reply.audit)


@review.command()
@click.option("--item", "item_id", default=None, help="Only the events of this review item.")
@json_option
@config_option
@guarded
def audit(item_id: str | None, as_json: bool, config_path: str | None) -> None:
    """The audit trail, oldest first: who did what, when, from where (redacted text and rule ids only)."""
    service = CarePost(load(config_path))
    number = item_number(item_id) if item_id is not None else None
    reply = ask(service, ReviewIntent(action="audit", item_id=number), cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, AuditReply)
    if as_json:
        emit_json({"events": [e.model_dump(mode="json") for e in reply.events]})
        return
    audit_table(reply.events)


def _decision_command(name: str, action: ReviewAction, needs_comment: bool, help_text: str) -> click.Command:
    @click.argument("item_id")
    @click.option("--by", "by", required=True, help="The reviewer: e-mail, Slack user id or Teams object id.")
    @click.option("--comment", "comment", required=needs_comment, help="Why (required to send back).")
    @alias_option
    @json_option
    @config_option
    @guarded
    def command(
        item_id: str, by: str, comment: str | None, aliases: tuple[str, ...], as_json: bool, config_path: str | None
    ) -> None:
        service = CarePost(load(config_path))
        intent = ReviewIntent(action=action, item_id=item_number(item_id), comment=comment, command_line=True)
        reply = ask(service, intent, cli_actor(by, aliases), as_json=as_json)
        assert isinstance(reply, ReviewItemReply)
        if as_json:
            emit_json(item_payload(reply.item))
            return
        say(msg.DECIDED.format(id=reply.item.id, state=reply.item.state.value.replace("_", " ")))
        item_panel(reply.item)

    command.__doc__ = help_text
    return review.command(name)(command)


approve = _decision_command("approve", "approve", False, "Approve item ITEM_ID: it joins the advocacy library.")
reject = _decision_command("reject", "reject", True, "Reject item ITEM_ID (--comment says why).")
changes = _decision_command("changes", "changes", True, "Send item ITEM_ID back for changes (--comment says what).")


# --- rendering for people (layout only; the sentences come from bot.messages.review) ---


def say(line: str) -> None:
    from bot.cli.render import console

    console().print(line)


def short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def queue_table(items: list[ReviewItem], state: str | None) -> None:
    from rich.table import Table

    from bot.cli.render import console

    suffix = f" ({state})" if state else ""
    if not items:
        say(msg.QUEUE_EMPTY.format(state=suffix))
        return
    table = Table(title=msg.QUEUE_TITLE.format(state=suffix), title_justify="left")
    for column in (msg.COLUMN_ID, msg.COLUMN_STATE, msg.COLUMN_PLATFORM, msg.COLUMN_BY, msg.COLUMN_REVIEWER):
        table.add_column(column)
    table.add_column(msg.COLUMN_TEXT, overflow="fold")
    for item in items:
        table.add_row(
            str(item.id),
            item.state.value,
            item.platform or "",
            item.submitted_by,
            item.reviewed_by or "",
            short(item.text),
        )
    console().print(table)


def item_panel(item: ReviewItem) -> None:
    from rich.panel import Panel
    from rich.table import Table

    from bot.cli.render import console

    grid = Table.grid(padding=(0, 2))
    rows = [
        (msg.COLUMN_STATE, item.state.value),
        (msg.COLUMN_PLATFORM, item.platform or ""),
        (msg.LABEL_PILLAR, item.pillar or ""),
        (msg.LABEL_TOPIC, item.topic or ""),
        (msg.LABEL_VERDICT, item.verdict),
        (msg.COLUMN_BY, item.submitted_by),
        (msg.COLUMN_REVIEWER, item.reviewed_by or ""),
        (msg.LABEL_COMMENT, item.comment or ""),
        (msg.LABEL_FINDINGS, ", ".join(item.rule_ids)),
    ]
    for label, value in rows:
        if value:
            grid.add_row(label, value)
    grid.add_row("", "")
    grid.add_row(msg.COLUMN_TEXT, item.text)
    title = msg.ITEM_TITLE.format(id=item.id, state=item.state.value)
    console().print(Panel(grid, title=title, title_align="left"))


def audit_table(events: list[AuditEvent]) -> None:
    from rich.table import Table

    from bot.cli.render import console

    table = Table(title=msg.AUDIT_TITLE, title_justify="left")
    for column in (msg.COLUMN_AT, msg.COLUMN_WHO, msg.COLUMN_ACTION, msg.COLUMN_CHANNEL, msg.COLUMN_DETAIL):
        table.add_column(column)
    for event in events:
        table.add_row(
            event.at.strftime("%Y-%m-%d %H:%M:%S"),
            event.actor,
            event.action.value,
            event.channel.value,
            event.detail or ", ".join(event.rules),
        )
    console().print(table)
