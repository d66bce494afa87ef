"""Signed links from a Teams calendar card to the month's .ics and CSV, and the route that serves them.

A bot cannot simply attach a file in Teams (files need the consent flow in personal chats and Graph in
channels), and Teams users have no command line. So the card links to `GET /calendar/<month>.ics` (and `.csv`)
on the server that runs the bot. The link carries the month, the platforms, an expiry and an HMAC-SHA256 of the
three under a server secret, so only links the bot handed out work, and only for `teams.link_days`. The file is
planned again through the core's one door when the link is opened: the plan is deterministic for a month and a
configuration, so it is the month the card showed (or, after an app.yaml change, the month as it now stands).

The secret is CAREPOST_LINK_SECRET, else MICROSOFT_APP_PASSWORD (never in app.yaml). With neither (the local
emulator), a random secret is made per process and said in one log line: links then last until a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from aiohttp import web
from pydantic import ValidationError

from bot.intents import CalendarIntent
from bot.messages import calendar as msg
from bot.replies import Actor, CalendarReply

if TYPE_CHECKING:
    from bot.config import AppConfig
    from bot.service import CarePost

log = logging.getLogger(__name__)

ROUTE = "/calendar/{month}.{kind}"
KINDS = {"ics": "text/calendar", "csv": "text/csv"}  # file extension -> content type (UTF-8)
MONTH = re.compile(r"^\d{4}-\d{2}$")
PLATFORMS = re.compile(r"^[a-z]+(?:,[a-z]+)*$")
SECRET_VARIABLES = ("CAREPOST_LINK_SECRET", "MICROSOFT_APP_PASSWORD")
LINK_ACTOR = Actor(id="calendar-link", channel="teams", display_name="Teams calendar link")
# Why a link is refused: the HTTP status and the one line the person reads.
Refusal = tuple[int, str]
INVALID: Refusal = (403, msg.LINK_INVALID)
EXPIRED: Refusal = (410, msg.LINK_EXPIRED)


@dataclass(frozen=True)
class CalendarLinks:
    base_url: str
    secret: bytes
    lifetime_seconds: int

    def for_month(self, month: str, platforms: list[str], now: float) -> dict[str, str]:
        """{'ics': url, 'csv': url} for the month, valid for the configured lifetime from `now`."""
        expires = int(now) + self.lifetime_seconds
        joined = ",".join(platforms)
        query = urlencode({"platforms": joined, "expires": expires, "sig": self._sign(month, joined, expires)})
        return {kind: f"{self.base_url}/calendar/{month}.{kind}?{query}" for kind in KINDS}

    def check(self, month: str, platforms: str, expires: str, signature: str, now: float) -> Refusal | None:
        """None for a good link, else why it is refused (INVALID or EXPIRED)."""
        if not (MONTH.match(month) and (platforms == "" or PLATFORMS.match(platforms)) and expires.isdigit()):
            return INVALID
        if not hmac.compare_digest(self._sign(month, platforms, int(expires)), signature):
            return INVALID
        if int(expires) < now:
            return EXPIRED
        return None

    def _sign(self, month: str, platforms: str, expires: int) -> str:
        payload = f"{month}|{platforms}|{expires}".encode()
        return hmac.new(self.secret, payload, hashlib.sha256).hexdigest()


def links_from(config: AppConfig, environ: dict[str, str] | None = None) -> CalendarLinks | None:
    """The link maker when app.yaml gives `teams.public_url`; None keeps the card's command-line hint."""
    base = config.teams.public_url
    if base is None:
        return None
    env = os.environ if environ is None else environ
    secret = next((env[name].strip() for name in SECRET_VARIABLES if env.get(name, "").strip()), "")
    if not secret:
        log.info("calendar links: no CAREPOST_LINK_SECRET or MICROSOFT_APP_PASSWORD; links last until a restart")
        secret = secrets.token_hex(32)
    return CalendarLinks(base, secret.encode(), config.teams.link_days * 86_400)


def serve_files(app: web.Application, service: CarePost, links: CalendarLinks) -> None:
    """GET /calendar/<month>.ics|.csv?platforms=..&expires=..&sig=..: the planned month as a file."""

    async def calendar_file(request: web.Request) -> web.Response:
        month, kind = request.match_info["month"], request.match_info["kind"]
        query = request.query
        if kind not in KINDS:
            return web.Response(status=404, text=msg.LINK_INVALID)
        refused = links.check(
            month, query.get("platforms", ""), query.get("expires", ""), query.get("sig", ""), time.time()
        )
        if refused is not None:
            status, text = refused
            log.info("calendar link refused (%s)", status)
            return web.Response(status=status, text=text)
        platforms = [p for p in query.get("platforms", "").split(",") if p]
        try:
            intent = CalendarIntent.model_validate({"month": month, "platforms": platforms})
        except ValidationError:  # signed, but a platform this build no longer knows
            return web.Response(status=400, text=msg.LINK_INVALID)
        reply = await service.handle(intent, LINK_ACTOR)
        if not isinstance(reply, CalendarReply):
            return web.Response(status=400, text=getattr(reply, "message", msg.LINK_INVALID))
        return _file(reply, kind)

    app.router.add_get(ROUTE, calendar_file)


def _file(reply: CalendarReply, kind: str) -> web.Response:
    from bot.calendar.export import to_csv

    body = reply.ics if kind == "ics" else to_csv(reply.plan)
    name = reply.ics_filename if kind == "ics" else reply.ics_filename.removesuffix(".ics") + ".csv"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return web.Response(body=body.encode("utf-8"), headers=headers, content_type=KINDS[kind], charset="utf-8")
