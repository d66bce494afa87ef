"""A planned month as an Adaptive Card: the summary, the observances and posts per week, the first slots, and a
"Queue for review" button that asks the core to plan the same month again and queue it in one step (the plan
is deterministic for a month and a configuration, so the button queues what the card shows).

Teams has no plain file upload for bots (a file needs the consent flow), so with `teams.public_url` the card
links to signed .ics and CSV downloads served by the bot's own server (calendar_links.py), and without it says
how to export the file from the command line. Layout only: every sentence comes from bot.messages.calendar.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.teams.actions import intent_data
from bot.calendar.summary import slot_line
from bot.intents import CalendarIntent
from bot.messages import calendar as msg
from bot.replies import CalendarReply

Card = dict[str, Any]
Element = dict[str, Any]
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
SLOTS_SHOWN = 10  # the card shows the first slots; the whole month is in the .ics and CSV


def calendar_card(reply: CalendarReply, files: dict[str, str] | None = None) -> Card:
    """`files`: signed links to the month's .ics and CSV (calendar_links.py); None offers the command line."""
    summary = reply.summary
    body: list[Element] = [
        _text(summary.title, weight="Bolder", size="Large"),
        _text(summary.overview),
        _text(msg.OBSERVANCES, weight="Bolder"),
        _text("\n".join(f"- {line}" for line in summary.observances)),
        _text(msg.WEEKS, weight="Bolder"),
        _text("\n".join(f"- {line}" for line in summary.weeks)),
        _text("\n".join(f"- {slot_line(s)}" for s in reply.plan.slots[:SLOTS_SHOWN]), size="Small"),
    ]
    body += [_text(f"⚠️ {notice}", color="Warning") for notice in summary.notices]
    if summary.submission:
        body.append(_text(summary.submission, weight="Bolder"))
    if files is None:
        body.append(_text(msg.ICS_OFFERED.format(month=reply.plan.month, filename=reply.ics_filename), isSubtle=True))
    else:
        body.append(_text(msg.LINKS_OFFERED, isSubtle=True))
    out: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.4", "body": body}
    actions: list[Element] = []
    if reply.submission is None and any(s.postable for s in reply.plan.slots):
        again = CalendarIntent(month=reply.plan.month, platforms=list(reply.plan.platforms), submit=True)
        actions.append({"type": "Action.Submit", "title": msg.CARD_SUBMIT, "data": intent_data(again)})
    if files is not None:
        actions.append({"type": "Action.OpenUrl", "title": msg.CARD_ICS, "url": files["ics"]})
        actions.append({"type": "Action.OpenUrl", "title": msg.CARD_CSV, "url": files["csv"]})
    if actions:
        out["actions"] = actions
    out["msteams"] = {"width": "Full"}
    return out


def _text(text: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}
