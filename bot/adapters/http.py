"""One aiohttp server for `carepost serve`: GET /healthz, POST /slack/events, and whatever Teams attaches.

Slack requests have their signature and timestamp checked on the raw bytes first (401, or 400 for a timestamp
that is not a number, with one log line); only a signed request is parsed and handed to the Bolt AsyncApp
(a signed body that cannot be parsed answers 400). The response leaves as soon as the listener acknowledges.
Teams plugs in through `bot.adapters.teams.attach(app, service)`, so this module never imports botbuilder.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from aiohttp import web

from bot.adapters.slack.app import SlackBot
from bot.adapters.slack.verify import verify
from bot.messages import chat as msg
from bot.messages import slack as slack_msg

if TYPE_CHECKING:
    from bot.service import CarePost

log = logging.getLogger("carepost.http")

SLACK_BOT_KEY = web.AppKey("carepost.slack", SlackBot)


class AdapterUnavailableError(RuntimeError):
    """An adapter asked for on the command line is not in this build; the message is one line."""


def build_app(service: CarePost, *, slack: SlackBot | None = None, teams: bool = False) -> web.Application:
    app = web.Application()
    app.router.add_get("/healthz", healthz)
    if slack is not None:
        app[SLACK_BOT_KEY] = slack
        if slack.settings.serves_http:
            app.router.add_post("/slack/events", slack_events)
        app.on_cleanup.append(_close_slack)
    if teams:
        attach_teams(app, service)
    return app


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def slack_events(request: web.Request) -> web.Response:
    from slack_bolt.adapter.aiohttp import to_aiohttp_response
    from slack_bolt.request.async_request import AsyncBoltRequest

    bot = request.app[SLACK_BOT_KEY]
    raw = await request.read()
    checked = verify(bot.settings.signing_secret, raw, request.headers, now=time.time())
    if checked.outcome != "ok":
        log.warning("slack: request refused (%s)", checked.outcome)
        return web.json_response({"error": slack_msg.REQUEST_REFUSED}, status=checked.status)
    try:
        headers: dict[str, str | Sequence[str]] = dict(request.headers)
        bolt_request = AsyncBoltRequest(body=raw.decode("utf-8"), query=request.query_string, headers=headers)
        if not isinstance(bolt_request.body, dict):
            raise TypeError("not an object")
    except Exception as exc:  # a signed body Bolt cannot parse: say so, never a traceback
        log.warning("slack: signed request with an unreadable body (%s)", type(exc).__name__)
        return web.json_response({"error": slack_msg.REQUEST_UNREADABLE}, status=400)
    bolt_response = await bot.app.async_dispatch(bolt_request)
    return await to_aiohttp_response(bolt_response)


def attach_teams(app: web.Application, service: CarePost) -> None:
    try:
        module = importlib.import_module("bot.adapters.teams")
    except ModuleNotFoundError as exc:
        raise AdapterUnavailableError(msg.TEAMS_NOT_AVAILABLE) from exc
    attach = getattr(module, "attach", None)
    if not callable(attach):
        raise AdapterUnavailableError(msg.TEAMS_NOT_AVAILABLE)
    attach(app, service)


def teams_available() -> bool:
    try:
        module = importlib.import_module("bot.adapters.teams")
    except ModuleNotFoundError:
        return False
    return callable(getattr(module, "attach", None))


async def _close_slack(app: web.Application) -> None:
    from bot.adapters.slack.app import close_client

    bot = app[SLACK_BOT_KEY]
    await bot.drain()
    await close_client(bot)


async def start(app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Start serving; returns the runner (to clean up) and the port actually bound (port 0 picks one)."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    addresses = runner.addresses
    bound = int(addresses[0][1]) if addresses else port
    return runner, bound
