"""`carepost chat`: talk to CarePost in the terminal as in Slack (reads standard input; a pipe works too)."""

from __future__ import annotations

import asyncio
import getpass
import sys

import click

from bot.cli.common import config_option, guarded, load


@click.command()
@click.option("--as", "who", default=None, help="Who you are for the review queue (default: your user name).")
@config_option
@guarded
def chat(who: str | None, config_path: str | None) -> None:
    """Draft, check, ask and review in plain words; `help` lists what works, `quit` leaves."""
    from rich.console import Console

    from bot.adapters.terminal import TerminalChat
    from bot.replies import Actor
    from bot.service import CarePost

    service = CarePost(load(config_path))
    actor = Actor(id=who or _user(), channel="cli", display_name=who or _user())
    session = TerminalChat(service, actor, Console(highlight=False))
    asyncio.run(session.run(sys.stdin, prompt=sys.stdin.isatty()))


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli-user"
