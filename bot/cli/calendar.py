"""`carepost calendar`: plan a month of posts, export it as .ics and CSV, and optionally queue it for review.

It goes through the same door as Slack, Teams and the terminal (a CalendarIntent into CarePost.handle), so
every surface plans the same month the same way.
"""

from __future__ import annotations

import asyncio
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.text import Text

from bot.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    config_option,
    emit_json,
    fail,
    guarded,
    json_option,
    load,
    platform_list,
)
from bot.messages import calendar as msg
from bot.service import CarePost

if TYPE_CHECKING:
    from bot.replies import CalendarReply


@click.command()
@click.option("--month", required=True, help="The month to plan: YYYY-MM (2027-03) or a month name (March).")
@click.option(
    "--platform", "platforms", default=None, help="Comma-separated platforms (default: all with posts per week)."
)
@click.option("--ics", "ics_path", type=click.Path(dir_okay=False), default=None, help="Write the month as .ics.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), default=None, help="Write the month as CSV.")
@click.option("--submit", is_flag=True, help="Queue every postable slot for review (blocked slots are skipped).")
@click.option("--by", "by", default=None, help="Who submits (recorded as the author); required with --submit.")
@json_option
@config_option
@guarded
def calendar(
    month: str,
    platforms: str | None,
    ics_path: str | None,
    csv_path: str | None,
    submit: bool,
    by: str | None,
    as_json: bool,
    config_path: str | None,
) -> None:
    """Plan a month of drafted, guardrailed posts. Exit 1 when a slot is blocked, 2 on bad usage."""
    from bot.intents import CalendarIntent
    from bot.replies import Actor, CalendarReply, ErrorReply

    if submit and not (by and by.strip()):
        fail(msg.SUBMIT_NEEDS_BY)
    if not month.strip():
        fail(msg.NO_MONTH)
    service = CarePost(load(config_path))
    # built from the options, not from words: `--platform myspace` was reported as "month '2027-02 on myspace'"
    request = CalendarIntent(month=month.strip(), platforms=platform_list(platforms), submit=submit)
    actor = Actor(id=(by or getpass.getuser()).strip(), channel="cli")
    reply = asyncio.run(service.handle(request, actor))
    if isinstance(reply, ErrorReply):
        fail(reply.message)
    assert isinstance(reply, CalendarReply)  # the door answers a CalendarIntent with nothing else
    written = _write(reply, ics_path, csv_path)
    if as_json:
        emit_json(_payload(reply, written))
    else:
        _print(reply, written)
    sys.exit(EXIT_BLOCKED if reply.plan.blocked else EXIT_OK)


def _write(reply: CalendarReply, ics_path: str | None, csv_path: str | None) -> dict[str, str]:
    from bot.calendar.export import to_csv

    written: dict[str, str] = {}
    for key, path, data in (
        ("ics_file", ics_path, reply.ics.encode("utf-8") if ics_path else b""),
        ("csv_file", csv_path, to_csv(reply.plan).encode("utf-8") if csv_path else b""),
    ):
        if path is None:
            continue
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            fail(msg.EXPORT_FAILED.format(path=path, reason=exc.strerror or type(exc).__name__))
        written[key] = path
    return written


def _payload(reply: CalendarReply, written: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = reply.plan.payload()
    data.update(written)
    if reply.submission is not None:
        data["submission"] = reply.submission.payload()
    return data


def _print(reply: CalendarReply, written: dict[str, str]) -> None:
    from bot.cli.calendar_view import calendar_view
    from bot.cli.render import console

    out = console()
    out.print(calendar_view(reply, exported="ics_file" in written))
    for path in written.values():
        out.print(Text(msg.WROTE.format(path=path), style="dim"))
