"""Microsoft Teams: a botbuilder CloudAdapter bot at POST /api/messages, plus the advocacy channel publisher.

`attach(app, service)` is all the HTTP server knows of Teams; botbuilder is imported only here. With
`teams.public_url` in app.yaml it also serves the signed calendar files the cards link to (calendar_links.py).

Each request is authenticated here before the adapter runs the turn: any token that fails validation (missing,
garbage, forged, expired, or one whose signing keys cannot be fetched) is a 401 with one log line. Left to
CloudAdapter.process, only a PermissionError became a 401 and everything else a 500 with a traceback.

botframework fetches the signing keys with a blocking `requests.get` and no timeout; on the server's loop a
slow key endpoint would freeze every route (Slack, /healthz) for as long as it hangs. So authentication runs
on a worker thread with its own loop, and a request whose keys do not come within `auth_timeout` is a 401.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web
from botbuilder.core import MessageFactory, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ConversationReference

from bot.adapters.teams.bot import CarePostTeamsBot
from bot.adapters.teams.calendar_links import links_from, serve_files
from bot.adapters.teams.publisher import AdvocacyPublisher
from bot.adapters.teams.settings import BotFrameworkSettings, TeamsSettingsError
from bot.messages import teams as msg

if TYPE_CHECKING:
    from botframework.connector.auth import AuthenticateRequestResult

    from bot.service import CarePost

log = logging.getLogger(__name__)

AUTH_TIMEOUT_SECONDS = 10.0  # Bot Framework waits 15 s for the whole turn's answer

__all__ = ["TeamsAdapter", "TeamsSettingsError", "attach"]


class TeamsAdapter:
    """The CloudAdapter, the bot and the publisher, wired once per server."""

    def __init__(self, service: CarePost, settings: BotFrameworkSettings | None = None) -> None:
        self.settings = settings or BotFrameworkSettings.from_env()
        self.adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(self.settings))
        self.adapter.on_turn_error = self._on_turn_error
        self.publisher = AdvocacyPublisher(service, self.continue_with)
        self.links = links_from(service.config)
        self.bot = CarePostTeamsBot(service, self.publisher, self.continue_with, self.links)
        self.auth_timeout = AUTH_TIMEOUT_SECONDS

    async def continue_with(
        self, reference: ConversationReference, logic: Callable[[TurnContext], Awaitable[None]]
    ) -> None:
        await self.adapter.continue_conversation(reference, logic, self.settings.APP_ID or None)

    async def messages(self, request: web.Request) -> web.StreamResponse:
        activity = await _activity(request)
        if activity is None:
            return web.json_response({"error": msg.BAD_ACTIVITY}, status=400)
        try:
            authenticated = await self._authenticate(activity, request.headers.get("Authorization", ""))
        except Exception as exc:  # every way a token can fail (garbage, forged, keys unreachable or slow) is a 401
            log.warning("teams: request refused (%s)", type(exc).__name__)
            return web.json_response({"error": msg.UNAUTHORIZED}, status=401)
        invoke = await self.adapter.process_activity(authenticated, activity, self.bot.on_turn)
        if invoke:
            return web.json_response(data=serializer_helper(invoke.body), status=invoke.status)
        return web.Response(status=201)

    async def _authenticate(self, activity: Activity, header: str) -> AuthenticateRequestResult:
        """On a worker thread with its own loop (see the module's docstring), within auth_timeout."""
        check = self.adapter.bot_framework_authentication.authenticate_request(activity, header)
        result: AuthenticateRequestResult = await asyncio.wait_for(
            asyncio.to_thread(asyncio.run, check), self.auth_timeout
        )
        return result

    async def _on_turn_error(self, turn_context: TurnContext, error: Exception) -> None:
        log.error("Teams turn failed (%s)", type(error).__name__)
        try:
            await turn_context.send_activity(MessageFactory.text(msg.TURN_ERROR))
        except Exception as exc:  # the reply channel itself failed: nothing more to tell
            log.error("could not tell the person about the failure (%s)", type(exc).__name__)


TEAMS_KEY = web.AppKey("carepost.teams", TeamsAdapter)


async def _activity(request: web.Request) -> Activity | None:
    """The activity in a JSON body with a type; None for anything else (answered 400)."""
    try:
        body = await request.json()
    except ValueError:
        return None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str) or not body["type"]:
        return None
    try:
        activity = Activity().deserialize(body)
    except Exception:  # msrest raises its own DeserializationError for fields of the wrong kind
        return None
    return activity if isinstance(activity, Activity) else None


def attach(app: web.Application, service: CarePost, settings: BotFrameworkSettings | None = None) -> TeamsAdapter:
    """Serve Bot Framework activities at POST /api/messages and run the advocacy publisher with the app.
    `settings` None reads the environment."""
    teams = TeamsAdapter(service, settings)
    app[TEAMS_KEY] = teams
    app.router.add_post("/api/messages", teams.messages)
    if teams.links is not None:
        serve_files(app, service, teams.links)

    async def start(_app: web.Application) -> None:
        teams.publisher.start()

    async def stop(_app: web.Application) -> None:
        await teams.publisher.stop()
        await teams.bot.drain()

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    return teams
