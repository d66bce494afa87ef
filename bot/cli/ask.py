"""`carepost ask QUESTION`: an answer from the social media policy guide, with its citations."""

from __future__ import annotations

import click

from bot.cli.common import EXIT_OK, config_option, emit_json, fail, guarded, load
from bot.messages import policy as msg
from bot.policy.models import Answer
from bot.service import CarePost


@click.command()
@click.argument("question", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@config_option
@guarded
def ask(question: tuple[str, ...], as_json: bool, config_path: str | None) -> None:
    """Answer QUESTION from the policy guide (words may be given unquoted). Medical questions are declined."""
    from bot.cli.door import ask as ask_core
    from bot.cli.door import cli_actor
    from bot.cli.review import CLI_USER
    from bot.intents import AskIntent
    from bot.replies import AnswerReply

    text = " ".join(question).strip()
    if not text:
        fail(msg.EMPTY_QUESTION)
    service = CarePost(load(config_path))
    reply = ask_core(service, AskIntent(question=text), cli_actor(CLI_USER), as_json=as_json)
    assert isinstance(reply, AnswerReply)
    answer = reply.result
    if as_json:
        emit_json(answer.payload())
    else:
        from rich.console import Console

        Console(highlight=False).print(answer_panel(answer))
    raise SystemExit(EXIT_OK)


def answer_panel(answer: Answer) -> object:
    """The answer, its notices and a numbered list of sources, in a panel titled by what kind of answer it is."""
    from rich.console import Group, RenderableType
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.text import Text

    if answer.declined:
        title, style = msg.HEADING_DECLINED, "yellow"
    elif not answer.grounded:
        title, style = msg.HEADING_NOT_COVERED, "magenta"
    else:
        title, style = msg.HEADING, "green"
    parts: list[RenderableType] = [Text(answer.answer)]
    parts += [Text(notice, style="italic yellow") for notice in answer.notices]
    if answer.citations:
        parts += [Text(""), Text(msg.SOURCES, style="bold")]
        for number, citation in enumerate(answer.citations, start=1):
            parts.append(Text(msg.SOURCE_LINE.format(n=number, section=citation.section, source=citation.source)))
            if citation.quote not in answer.answer:  # an extractive answer already is its quotes
                parts.append(Padding(Text(f'"{citation.quote}"', style="dim"), (0, 0, 0, 4)))
    return Panel(Group(*parts), title=title, title_align="left", border_style=style)
