"""A planned month in Slack: a Block Kit summary (observances, posts per week, notices) and the .ics attached.

The file goes up with files_upload_v2 into the conversation the person asked in, so the team can open it in
Outlook or Google Calendar from there. When Slack refuses (the bot is not in that channel, no files:write
scope) the summary still arrives and says how to export the month from the command line.
Layout only: every sentence comes from bot.messages.calendar.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from bot.adapters.slack.actions import SUBMIT_CALENDAR, calendar_submit_value
from bot.messages import calendar as msg
from bot.replies import CalendarReply

if TYPE_CHECKING:
    from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)
Block = dict[str, Any]
SECTION_LIMIT = 3000


def calendar_blocks(reply: CalendarReply, *, attached: bool) -> tuple[str, list[Block]]:
    summary = reply.summary
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": summary.title[:150]}},
        _section(_esc(summary.overview)),
        _section(f"*{msg.OBSERVANCES}*\n" + "\n".join(f"• {_esc(line)}" for line in summary.observances)),
        _section(f"*{msg.WEEKS}*\n" + "\n".join(f"• {_esc(line)}" for line in summary.weeks)),
    ]
    if summary.notices:
        blocks.append(_section("\n".join(f":warning: {_esc(n)}" for n in summary.notices)))
    if summary.submission:
        blocks.append(_section(_esc(summary.submission)))
    hint = msg.ICS_ATTACHED.format(filename=reply.ics_filename) if attached else _offer(reply)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _esc(hint)}]})
    if reply.submission is None and any(s.postable for s in reply.plan.slots):
        value = calendar_submit_value(reply.plan.month, [p.value for p in reply.plan.platforms])
        button: Block = {
            "type": "button",
            "text": {"type": "plain_text", "text": msg.CARD_SUBMIT},
            "action_id": SUBMIT_CALENDAR,
            "value": value,
            "style": "primary",
        }
        blocks.append({"type": "actions", "elements": [button]})
    return summary.title, blocks


async def attach_ics(client: AsyncWebClient, channel: str | None, reply: CalendarReply, thread: str | None) -> bool:
    """Upload the month's .ics into the conversation; False (logged, never raised) when Slack refuses."""
    if not channel:
        return False
    try:
        await client.files_upload_v2(
            channel=channel,
            thread_ts=thread,
            content=reply.ics,
            filename=reply.ics_filename,
            title=reply.summary.title,
        )
    except Exception as exc:  # not in the channel, no files:write scope, Slack down: the summary says how to export
        log.warning("slack: could not attach the calendar file (%s)", type(exc).__name__)
        return False
    return True


def _offer(reply: CalendarReply) -> str:
    return msg.ICS_OFFERED.format(month=reply.plan.month, filename=reply.ics_filename)


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
