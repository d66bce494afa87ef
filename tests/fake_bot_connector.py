"""A local stand-in for the Bot Framework connector service (Teams' serviceUrl).

The bot under test replies by POSTing activities to {serviceUrl}/v3/conversations/{id}/activities[/{replyTo}];
this server records them and lets a test wait for the next one without sleeping.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class RecordedActivity:
    conversation_id: str
    body: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.body.get("text") or "")

    @property
    def cards(self) -> list[dict[str, Any]]:
        return [
            a["content"]
            for a in self.body.get("attachments") or []
            if a.get("contentType") == "application/vnd.microsoft.card.adaptive"
        ]


@dataclass
class FakeConnector:
    activities: list[RecordedActivity] = field(default_factory=list)
    _arrived: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    server: TestServer | None = None
    members: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("")).rstrip("/") + "/"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v3/conversations/{conversation}/activities", self._post)
        app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._post)
        app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._post)
        app.router.add_get("/v3/conversations/{conversation}/members/{member}", self._member)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    async def _post(self, request: web.Request) -> web.Response:
        body = await request.json()
        async with self._arrived:
            self.activities.append(RecordedActivity(request.match_info["conversation"], body))
            self._arrived.notify_all()
        return web.json_response({"id": f"reply-{next(self._ids)}"})

    async def _member(self, request: web.Request) -> web.Response:
        member = self.members.get(request.match_info["member"])
        if member is None:
            return web.json_response({"error": {"code": "NotFound"}}, status=404)
        return web.json_response(member)

    async def wait_for(self, count: int, timeout: float = 10.0, kind: str = "message") -> list[RecordedActivity]:
        """Wait until `count` activities of `kind` have arrived; return them."""

        def ready() -> bool:
            return len(self.of_kind(kind)) >= count

        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(ready), timeout)
        return self.of_kind(kind)

    def of_kind(self, kind: str) -> list[RecordedActivity]:
        return [a for a in self.activities if a.body.get("type") == kind]
