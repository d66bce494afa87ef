"""Replies to a comment or review as an Adaptive Card, laid out from the reply card (bot.responder.card).

Teams has no code block to copy from, so each postable reply is its own monospace text block. A blocked reply
shows only why it is not postable. Layout only: every sentence comes from bot.messages.replies.
"""

from __future__ import annotations

from typing import Any

from bot.replies import CommentReply
from bot.responder.card import reply_card

Card = dict[str, Any]
Element = dict[str, Any]
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def comment_reply_card(reply: CommentReply) -> Card:
    card = reply_card(reply.result)
    body: list[Element] = [
        _text(card.title, weight="Bolder", size="Large"),
        _text(card.sentiment),
        _text(card.window, weight="Bolder" if card.urgent else "Default"),
    ]
    if card.escalation_title:
        color = "Attention" if card.urgent else "Warning"
        body.append(_text(("🚨 " if card.urgent else "⚠️ ") + card.escalation_title, weight="Bolder", color=color))
        body.append(_text("\n".join(f"- {line}" for line in card.escalation), color=color))
    for each in card.replies:
        body.append(_text(each.heading, weight="Bolder", separator=True))
        if each.text is not None:
            body.append(_text(each.text, fontType="Monospace"))
        else:
            body.append(_text(f"⛔ {each.blocked}", color="Attention"))
    body += [_text(f"⚠️ {notice}", color="Warning") for notice in card.notices]
    body.append(_text(f"{card.expectations}. {card.reminder}", isSubtle=True, size="Small"))
    return {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.4", "body": body, "msteams": {"width": "Full"}}


def _text(text: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}
