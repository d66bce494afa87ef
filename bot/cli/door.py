"""How a command goes through the core: the same intents as the chat surfaces, one `CarePost.handle` call.

A command builds an intent (bot.intents) and an Actor (`--by`, `--alias`, channel `cli`), calls `handle`
through `ask`, and lays out the Reply it gets. `ask` settles what is not a result, the same for every
command: a refused step exits 1 (`{"error"}` under --json), a text the guardrails block for review exits 1
with its findings, bad input or an unknown id exits 2, an unreachable database or a failure exits 3.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from bot.cli.common import EXIT_BLOCKED, EXIT_USAGE, emit_json, fail
from bot.intents import Intent
from bot.messages import review as msg
from bot.replies import Actor, ErrorReply, NotQueuedReply, Reply

if TYPE_CHECKING:
    from bot.service import CarePost

EXIT_UNAVAILABLE = 3


def cli_actor(by: str, aliases: Sequence[str] = ()) -> Actor:
    """The person at the command line, as `--by` names them (and `--alias`, their other identities)."""
    return Actor(id=by.strip(), channel="cli", aliases=tuple(a for a in aliases if a.strip()))


def ask(service: CarePost, intent: Intent, actor: Actor, *, as_json: bool) -> Reply:
    """One `handle` call; returns the Reply only when it is a result, else exits as the module says."""
    reply = asyncio.run(service.handle(intent, actor))
    if isinstance(reply, NotQueuedReply):
        not_queued(reply, as_json)
    if isinstance(reply, ErrorReply):
        failed(reply, as_json)
    return reply


def failed(reply: ErrorReply, as_json: bool) -> NoReturn:
    if reply.problem == "refused":
        if as_json:
            emit_json({"error": reply.message})
            sys.exit(EXIT_BLOCKED)
        fail(reply.message, EXIT_BLOCKED)
    fail(reply.message, EXIT_USAGE if reply.problem == "input" else EXIT_UNAVAILABLE)


def not_queued(reply: NotQueuedReply, as_json: bool) -> NoReturn:
    """A blocked text was not queued: say so with its findings (PHI hidden) and exit 1."""
    post = reply.post
    if as_json:
        findings = [f.model_dump(mode="json") for f in post.findings]
        payload = {"error": reply.note, "id": None, "state": None, "verdict": post.verdict.value}
        emit_json({**payload, "findings": findings, "text": post.preview})
        sys.exit(EXIT_BLOCKED)
    from bot.adapters.terminal import render
    from bot.cli.render import console

    console().print(render(reply))
    fail(reply.note, EXIT_BLOCKED)


def item_number(item_id: str, *, advocacy: bool = False) -> int:
    """An id as typed (`12`, `#12`); anything else is an unknown id (exit 2)."""
    from bot.review.inputs import parse_id

    number = parse_id(item_id)
    if number is None:
        fail((msg.UNKNOWN_ADVOCACY_ITEM if advocacy else msg.UNKNOWN_ITEM_CLI).format(id=item_id))
    return number
