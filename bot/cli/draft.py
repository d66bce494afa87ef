"""`carepost draft`: one guardrailed post per platform from a pillar and a topic.

A request into the core like `/draft education flu shots on x` in Slack (bot.cli.door): the same DraftIntent,
the same `CarePost.handle`; the command lays out the DraftReply's result."""

from __future__ import annotations

import sys

import click
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from bot.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    config_option,
    emit_json,
    guarded,
    json_option,
    load,
    platform_list,
)
from bot.cli.door import ask, cli_actor
from bot.cli.review import CLI_USER
from bot.drafting.models import Draft, DraftResult
from bot.intents import DraftIntent
from bot.messages import drafting as msg
from bot.replies import DraftReply
from bot.service import CarePost


@click.command()
@click.option("--pillar", required=True, help="education, community, promotion or thought-leadership (aliases work).")
@click.option("--topic", required=True, help='What the posts are about, e.g. "flu shots". Never patient details.')
@click.option(
    "--platform",
    "platforms",
    default=None,
    help="Comma-separated: facebook, x (twitter), instagram, linkedin, threads, youtube. Default: all configured.",
)
@json_option
@config_option
@guarded
def draft(pillar: str, topic: str, platforms: str | None, as_json: bool, config_path: str | None) -> None:
    """Draft one post per platform. Exit 1 when a draft is blocked or the topic is refused, 2 on bad usage."""
    service = CarePost(load(config_path))
    intent = DraftIntent(topic=topic, pillar=pillar, platforms=platform_list(platforms))
    reply = ask(service, intent, cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, DraftReply)
    result = reply.result
    if as_json:
        emit_json(result.payload())
    else:
        _print(result)
    sys.exit(EXIT_BLOCKED if result.blocked else EXIT_OK)


def _print(result: DraftResult) -> None:
    from rich.console import Console

    out = Console(highlight=False)  # wrapped, not cropped: a post must be read in full
    if result.refused is not None:
        out.print(Panel(Text(result.refused), title=msg.REFUSED_HEADING, title_align="left", border_style="red"))
    notices = list(result.notices)
    if any(d.needs_facts for d in result.drafts) and notices:
        out.print(Text(notices.pop(0), style="bold yellow"))  # the missing facts, before any draft
    for draft_ in result.drafts:
        out.print(draft_panel(draft_))
    postable = sum(1 for d in result.drafts if d.postable)
    if result.drafts:
        summary = msg.SUMMARY.format(
            count=len(result.drafts),
            pillar=result.pillar,
            topic=result.topic,
            postable=postable,
            blocked=len(result.drafts) - postable,
        )
        out.print(Text(summary, style="bold"))
        skeletons = sum(1 for d in result.drafts if d.postable and d.needs_facts)
        if skeletons:
            out.print(Text(msg.SUMMARY_NEEDS_FACTS.format(count=skeletons, postable=postable), style="bold yellow"))
    if notices:
        out.print(Text(msg.NOTICES, style="bold yellow"))
        for notice in notices:
            out.print(Text(f"  • {notice}"))


def draft_panel(draft_: Draft) -> RenderableType:
    """One platform's post: verdict, title, text, length against the limit, hashtags, alt text, findings."""
    from bot.cli.render import VERDICT_STYLE, findings_table, verdict_badge

    parts: list[RenderableType] = [_badge(draft_, verdict_badge(draft_.verdict))]
    if draft_.title is not None:
        parts += [Text.assemble((f"{msg.TITLE}: ", "bold"), draft_.title)]
    if not draft_.postable:
        parts += [Text(msg.NOT_POSTABLE, style="bold red")]
    parts += [Text(""), Text(draft_.text), Text("")]
    parts.append(Text(_length_line(draft_), style="dim"))
    if draft_.hashtags:
        parts.append(Text.assemble((f"{msg.HASHTAGS}: ", "bold"), " ".join(draft_.hashtags)))
    if draft_.alt_text:
        parts.append(Text.assemble((f"{msg.ALT_TEXT}: ", "bold"), draft_.alt_text))
    elif draft_.visual:
        parts.append(Text.assemble((f"{msg.THUMBNAIL}: ", "bold"), draft_.visual))
    if draft_.frequency:
        parts.append(Text(msg.FREQUENCY.format(frequency=draft_.frequency), style="dim"))
    if draft_.findings:
        redacted = draft_.report.model_copy(update={"findings": [f.redacted() for f in draft_.findings]})
        parts += [Text(""), findings_table(redacted)]
    heading = msg.HEADING.format(platform=draft_.platform.value, source=msg.SOURCE[draft_.source])
    return Panel(Group(*parts), title=heading, title_align="left", border_style=VERDICT_STYLE[draft_.verdict])


def _badge(draft_: Draft, verdict: Text) -> Text:
    """A postable draft that lacks facts shows that first, instead of "PASS: ready to post"."""
    if not (draft_.needs_facts and draft_.postable):
        return verdict
    missing = ", ".join(msg.MISSING_LABELS.get(m, m) for m in draft_.missing) or msg.MISSING_LABELS["facts"]
    return Text(f" {msg.NEEDS_FACTS_BADGE.format(missing=missing)} ", style="bold black on yellow")


def _length_line(draft_: Draft) -> str:
    if draft_.report.platform == "x":
        return msg.LENGTH_X.format(length=draft_.length, limit=draft_.limit)
    return msg.LENGTH.format(length=draft_.length, limit=draft_.limit)
