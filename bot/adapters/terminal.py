"""`carepost chat`: the Slack conversation in a terminal, one line in, one rendered reply out.

Lines go through the same intents and the same door as Slack and Teams. What Slack offers as buttons the
terminal offers as follow-up words about the last drafts (bot.intents.parse_follow_up): `submit linkedin`,
`regenerate x`, `switch to community`. Reads standard input line by line, so it works with a pipe as well as at
a prompt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.cli.render import VERDICT_STYLE, verdict_badge
from bot.intents import Intent, parse, parse_follow_up
from bot.messages import chat as msg
from bot.replies import (
    Actor,
    AdvocacyReply,
    AnswerReply,
    CalendarReply,
    CheckReply,
    CommentReply,
    DraftReply,
    ErrorReply,
    HelpReply,
    NotQueuedReply,
    PostView,
    Reply,
    ReviewItemReply,
    ReviewListReply,
    acknowledgement,
    platform_label,
)

if TYPE_CHECKING:
    from bot.review.models import ReviewItem
    from bot.service import CarePost

QUIT = re.compile(r"^\s*(?:quit|exit|bye|q)\s*$", re.IGNORECASE)


class TerminalChat:
    """One conversation: remembers the last drafts so that follow-up words can act on them."""

    def __init__(self, service: CarePost, actor: Actor, console: Console) -> None:
        self.service = service
        self.actor = actor
        self.console = console
        self.last_draft: DraftReply | None = None

    async def run(self, lines: Iterable[str], *, prompt: bool) -> None:
        self.console.print(Text(msg.TERMINAL_WELCOME, style="dim"))
        iterator = iter(lines)
        while True:
            if prompt:
                self.console.print(Text(msg.TERMINAL_PROMPT, style="bold cyan"), end="")
            line = next(iterator, None)
            if line is None or QUIT.match(line):
                break
            if not line.strip():
                continue
            await self.say(line)
        self.console.print(Text(msg.TERMINAL_BYE, style="dim"))

    async def say(self, line: str) -> Reply:
        request = self.follow_up(line) or parse(line)
        working = acknowledgement(request, self.service.config.drafting.default_platforms)
        if working:
            self.console.print(Text(working, style="dim"))
        reply = await self.service.handle(request, self.actor)
        if isinstance(reply, DraftReply):
            self.last_draft = reply
        self.console.print(render(reply))
        return reply

    def follow_up(self, line: str) -> Intent | None:
        """`submit x`, `regenerate linkedin`, `switch to community`: the buttons of the last drafts."""
        return parse_follow_up(line, self.last_draft)


# --- rich layout of a Reply (layout only; sentences from bot.messages) ---


def render(reply: Reply) -> RenderableType:
    if isinstance(reply, DraftReply) and reply.refusal is not None:
        reply = ErrorReply(message=reply.refusal, problem="refused")  # a refused topic reads as an error
    if isinstance(reply, DraftReply):
        title = msg.DRAFT_TITLE.format(pillar=reply.pillar, topic=reply.topic) if reply.pillar else reply.topic
        parts: list[RenderableType] = [Text(n, style="dim italic") for n in reply.notices]
        parts += [_post(p) for p in reply.posts]
        if reply.posts:
            platforms = reply.posts[0].platform or ""
            parts.append(Text(msg.TERMINAL_FOLLOW_UPS.format(platform=platforms), style="dim"))
        return Group(Text(title, style="bold"), *parts)
    if isinstance(reply, CheckReply):
        return _post(reply.post, title=msg.CHECK_TITLE.format(platform=_where(reply.post.platform)))
    if isinstance(reply, NotQueuedReply):
        return Group(Text(reply.note, style="bold red"), _post(reply.post))
    if isinstance(reply, AnswerReply):
        lines: list[RenderableType] = [Text(reply.answer)]
        for citation in reply.citations:
            template = msg.CITATION if citation.quote else msg.CITATION_NO_QUOTE
            line = template.format(source=citation.source, section=citation.section or "", quote=citation.quote or "")
            lines.append(Text(line, style="dim"))
        lines += [Text(n, style="dim italic") for n in reply.notices]
        return Group(*lines)
    if isinstance(reply, ReviewItemReply):
        return Group(*([Text(reply.note, style="bold")] if reply.note else []), _item(reply.item))
    if isinstance(reply, ReviewListReply):
        return _review_list(reply)
    if isinstance(reply, AdvocacyReply):
        return _advocacy(reply)
    if isinstance(reply, HelpReply):
        table = Table(title=reply.title, show_header=False, title_justify="left")
        table.add_column(style="cyan")
        table.add_column()
        for example, what in reply.rows:
            table.add_row(Text(example), Text(what))
        return Group(Text(reply.intro), table)
    if isinstance(reply, CalendarReply):
        from bot.cli.calendar_view import calendar_view

        return calendar_view(reply)
    if isinstance(reply, CommentReply):
        from bot.cli.reply_view import reply_view
        from bot.responder.card import reply_card

        return reply_view(reply_card(reply.result))
    assert isinstance(reply, ErrorReply)
    return Text(reply.message, style="bold red")


def _post(post: PostView, title: str | None = None) -> RenderableType:
    facts_badge = post.facts_badge()
    badge = Text(f" {facts_badge} ", style="bold black on yellow") if facts_badge else verdict_badge(post.verdict)
    parts: list[RenderableType] = [badge, Text(post.length_note(), style="dim")]
    if post.text is not None:
        parts.append(Text(post.text))
    elif post.preview is not None:
        parts += [Text(msg.REDACTED_PREVIEW, style="bold red"), Text(post.preview)]
    parts += [Text(msg.FINDING.format(rule=f.rule, message=f.message), style="yellow") for f in post.findings]
    if not post.findings:
        parts.append(Text(msg.NO_FINDINGS, style="green"))
    if post.alt_text:
        parts.append(Text(msg.ALT_TEXT.format(alt_text=post.alt_text), style="dim"))
    heading = title or platform_label(post.platform)
    return Panel(Group(*parts), title=heading, title_align="left", border_style=VERDICT_STYLE[post.verdict])


def _where(platform: str | None) -> str:
    return f" ({platform_label(platform)})" if platform else ""


def _item(item: ReviewItem) -> RenderableType:
    state = item.state.value.replace("_", " ")
    title = msg.REVIEW_ITEM_TITLE.format(id=item.id, platform=platform_label(item.platform), state=state)
    parts: list[RenderableType] = [Text(item.text)]
    if item.comment:
        parts.append(Text(msg.REVIEW_COMMENT.format(comment=item.comment), style="dim"))
    return Panel(Group(*parts), title=title, title_align="left")


def _review_list(reply: ReviewListReply) -> RenderableType:
    state = f" ({reply.state.replace('_', ' ')})" if reply.state else ""
    if not reply.items:
        return Text(msg.REVIEW_LIST_EMPTY.format(state=state))
    return Group(Text(msg.REVIEW_LIST_TITLE.format(state=state), style="bold"), *(_item(i) for i in reply.items))


def _advocacy(reply: AdvocacyReply) -> RenderableType:
    where = _where(reply.platform)
    if not reply.items:
        return Text(msg.ADVOCACY_EMPTY.format(platform=where))
    parts: list[RenderableType] = [Text(msg.ADVOCACY_TITLE.format(platform=where), style="bold")]
    for item in reply.items:
        line = msg.ADVOCACY_ITEM.format(
            id=item.id, platform=platform_label(item.platform), approved_by=item.approved_by
        )
        parts.append(Panel(Text(item.text), title=line, title_align="left"))
    return Group(*parts)
