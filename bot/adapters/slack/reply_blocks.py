"""Replies to a comment or review in Slack: Block Kit laid out from the reply card (bot.responder.card).

Each postable reply sits in a code block so it can be copied as is; a blocked one shows only why. Layout only:
every sentence comes from bot.messages.replies.
"""

from __future__ import annotations

from typing import Any

from bot.replies import CommentReply
from bot.responder.card import reply_card

Block = dict[str, Any]
SECTION_LIMIT = 3000


def reply_blocks(reply: CommentReply) -> tuple[str, list[Block]]:
    card = reply_card(reply.result)
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": card.title[:150]}},
        _context(f"{card.sentiment} · {card.window}"),
    ]
    if card.escalation_title:
        emoji = ":rotating_light:" if card.urgent else ":warning:"
        lines = "\n".join(f"• {_esc(line)}" for line in card.escalation)
        blocks.append(_section(f"{emoji} *{_esc(card.escalation_title)}*\n{lines}"))
    for each in card.replies:
        if each.text is not None:
            blocks.append(_section(f"*{_esc(each.heading)}*\n```{_esc(each.text)}```"))
        else:
            blocks.append(_section(f":no_entry: *{_esc(each.heading)}*: {_esc(each.blocked or '')}"))
    if card.notices:
        blocks.append(_section("\n".join(f":warning: {_esc(n)}" for n in card.notices)))
    blocks.append(_context(f"{card.expectations}. {card.reminder}"))
    return card.title, blocks


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _esc(text)[:SECTION_LIMIT]}]}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
