"""A planned month laid out with rich, for `carepost calendar` and the terminal chat ("plan March") alike.
Layout only: every sentence comes from bot.messages.calendar (through the reply's summary)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from bot.calendar.summary import slot_line
from bot.messages import calendar as msg

if TYPE_CHECKING:
    from bot.replies import CalendarReply


def calendar_view(reply: CalendarReply, *, exported: bool = False) -> RenderableType:
    """Summary, observances, posts per week, every slot (blocked ones in red), notices, what to do next."""
    summary = reply.summary
    parts: list[RenderableType] = [
        Text(summary.title, style="bold"),
        Text(summary.overview),
        Text(msg.OBSERVANCES, style="bold"),
        *(Text(f"  • {line}") for line in summary.observances),
        Text(msg.WEEKS, style="bold"),
        *(Text(f"  • {line}") for line in summary.weeks),
    ]
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column("slot", overflow="fold")
    for slot in reply.plan.slots:
        table.add_row(Text(slot_line(slot), style="" if slot.postable else "bold red"))
    parts.append(table)
    parts += [Text(f"! {notice}", style="yellow") for notice in summary.notices]
    if summary.submission:
        parts.append(Text(summary.submission, style="bold"))
    if not exported:
        parts.append(Text(msg.ICS_OFFERED.format(month=reply.plan.month, filename=reply.ics_filename), style="dim"))
    if reply.submission is None:
        parts.append(Text(msg.SUBMIT_HINT.format(month=reply.plan.month), style="dim"))
    return Group(*parts)
