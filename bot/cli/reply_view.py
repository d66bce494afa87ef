"""A reply card laid out with rich, for `carepost reply` and the terminal chat ("reply to: ...") alike.
Layout only: every sentence comes from bot.messages.replies (through bot.responder.card)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from bot.responder.card import ReplyCard


def reply_view(card: ReplyCard) -> RenderableType:
    """Title, tone, window, escalation (red when urgent), each reply in a panel (blocked ones as a red line)."""
    parts: list[RenderableType] = [
        Text(card.title, style="bold"),
        Text(card.sentiment),
        Text(card.window, style="bold" if card.urgent else ""),
        Text(card.expectations, style="dim"),
    ]
    if card.escalation_title:
        style = "bold red" if card.urgent else "bold yellow"
        parts.append(Text(card.escalation_title, style=style))
        parts += [Text(f"  • {line}", style=style if card.urgent else "") for line in card.escalation]
    for reply in card.replies:
        if reply.text is not None:
            parts.append(Panel(Text(reply.text), title=reply.heading, title_align="left"))
        else:
            parts.append(Text(f"{reply.heading}: {reply.blocked}", style="bold red"))
    parts += [Text(f"! {notice}", style="yellow") for notice in card.notices]
    parts.append(Text(card.reminder, style="dim"))
    return Group(*parts)
