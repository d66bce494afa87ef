"""`carepost review submit|list|show|approve|reject|changes`: the review queue from the command line.

A refused step (not a reviewer, own draft, blocked text, already decided) exits 1 with `{"error"}` under
--json and one line on stderr otherwise; an unknown id or bad input exits 2.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import click

from bot.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    EXIT_USAGE,
    config_option,
    emit_json,
    fail,
    guarded,
    json_option,
    load,
    read_text_argument,
)
from bot.messages import review as msg
from bot.service import CarePost

if TYPE_CHECKING:
    from bot.review.desk import Action
    from bot.review.errors import SubmissionBlockedError
    from bot.review.models import AuditEvent, ReviewItem

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")
CHANNEL = "cli"
EXIT_STORE = 3


def run_step(as_json: bool, step: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run one service call; turn refusals, unknown ids and an unreachable store into one line and an exit code."""
    from bot.review.errors import (
        ReviewInputError,
        ReviewNotFoundError,
        ReviewRefusedError,
        ReviewStoreError,
        SubmissionBlockedError,
    )

    try:
        return asyncio.run(step())
    except SubmissionBlockedError as exc:
        not_queued(exc, as_json)
    except ReviewRefusedError as exc:
        if as_json:
            emit_json({"error": exc.reason})
            sys.exit(EXIT_BLOCKED)
        fail(exc.reason, EXIT_BLOCKED)
    except (ReviewNotFoundError, ReviewInputError) as exc:
        fail(exc.reason, EXIT_USAGE)
    except ReviewStoreError as exc:
        fail(exc.reason, EXIT_STORE)


def not_queued(exc: SubmissionBlockedError, as_json: bool) -> NoReturn:
    """A blocked text was not queued: say so with its findings (PHI hidden), exit 1."""
    report = exc.report
    if as_json:
        findings = [f.redacted().model_dump(mode="json") for f in report.findings]
        payload = {"error": exc.reason, "id": None, "state": None, "verdict": report.verdict.value}
        emit_json({**payload, "findings": findings, "text": report.redacted_text})
        sys.exit(EXIT_BLOCKED)
    from bot.cli.render import console, report_panel

    console().print(report_panel(report))
    fail(exc.reason, EXIT_BLOCKED)


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
    service = CarePost(load(config_path))
    body = read_text_argument(text)
    item = run_step(
        as_json,
        lambda: service.review.submit(
            text=body, platform=platform, submitted_by=by, channel=CHANNEL, pillar=pillar, topic=topic, aliases=aliases
        ),
    )
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
    items = run_step(as_json, lambda: service.review.list_items(state))
    if as_json:
        emit_json({"items": [list_row(item) for item in items]})
        return
    queue_table(items, state)


@review.command()
@click.argument("item_id")
@json_option
@config_option
@guarded
def show(item_id: str, as_json: bool, config_path: str | None) -> None:
    """One review item, with its audit trail."""
    service = CarePost(load(config_path))

    async def fetch() -> tuple[ReviewItem, list[AuditEvent]]:
        item = await service.review.get(item_id)
        return item, await service.review.audit_log(item.id)

    item, events = run_step(as_json, fetch)
    if as_json:
        emit_json({**item_payload(item), "audit": [e.model_dump(mode="json") for e in events]})
        return
    item_panel(item)
    audit_table(events)


@review.command()
@click.option("--item", "item_id", default=None, help="Only the events of this review item.")
@json_option
@config_option
@guarded
def audit(item_id: str | None, as_json: bool, config_path: str | None) -> None:
    """The audit trail, oldest first: who did what, when, from where (redacted text and rule ids only)."""
    service = CarePost(load(config_path))
    events = run_step(as_json, lambda: service.review.audit_log(item_id))
    if as_json:
        emit_json({"events": [e.model_dump(mode="json") for e in events]})
        return
    audit_table(events)


def _decision_command(name: str, action: Action, needs_comment: bool, help_text: str) -> click.Command:
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
        item = run_step(
            as_json,
            lambda: service.review.decide(action, item_id, by=by, channel=CHANNEL, comment=comment, aliases=aliases),
        )
        if as_json:
            emit_json(item_payload(item))
            return
        say(msg.DECIDED.format(id=item.id, state=item.state.value.replace("_", " ")))
        item_panel(item)

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
