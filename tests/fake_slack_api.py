"""A local stand-in for Slack: the Web API (SLACK_API_URL), the response_url, and the Socket Mode WebSocket.

The app under test calls it over loopback HTTP like it would call slack.com. Every call is recorded; a test
waits for the calls it expects with `wait_for` (a condition, never a sleep). Also: helpers that sign
requests the way Slack does (v0 HMAC-SHA256 over "v0:{timestamp}:{body}").
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestServer

BOT_USER = "UCAREBOT"


@dataclass
class Call:
    """One request the app made: a Web API method (`chat.postMessage`) or `respond` for a response_url."""

    method: str
    params: dict[str, Any]
    path: str = ""

    @property
    def text(self) -> str:
        return str(self.params.get("text") or "")

    @property
    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.params.get("blocks") or []
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        return list(blocks)

    @property
    def everything(self) -> str:
        """All the words a person would read in this call (text and blocks), for simple assertions."""
        return self.text + "\n" + json.dumps(self.blocks, ensure_ascii=False)


@dataclass
class FakeSlack:
    calls: list[Call] = field(default_factory=list)
    server: TestServer | None = None
    socket_envelopes: list[dict[str, Any]] = field(default_factory=list)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    emails: dict[str, str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("")).rstrip("/")

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def response_url(self, name: str = "cmd") -> str:
        return f"{self.base}/respond/{name}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack_sdk reads some methods (users.info) with GET
        app.router.add_post("/respond/{name}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)  # files_upload_v2's step 2 (files.slack.com)
        app.router.add_get("/socket", self._socket)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self.server is not None:
            await self.server.close()

    # --- recording ---

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_until(self, ready: Callable[[], bool], timeout: float = 10.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(ready), timeout)

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        await self.wait_until(lambda: len(self.of(method)) >= count, timeout)
        return self.of(method)

    # --- the Web API ---

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        await self._record(Call(method, params, request.path))
        channel = params.get("channel", "C1")
        if method == "auth.test":
            return web.json_response(
                {"ok": True, "user_id": BOT_USER, "bot_id": "BCAREBOT", "team_id": "T1", "user": "carepost"}
            )
        if method in ("chat.postMessage", "chat.update"):
            ts = params.get("ts") or f"1700000000.{next(self._ts):06d}"
            message = {"text": params.get("text")}
            return web.json_response({"ok": True, "channel": channel, "ts": ts, "message": message})
        if method == "chat.postEphemeral":
            return web.json_response({"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"})
        if method == "users.info":
            user = params.get("user", "")
            if user not in self.emails:
                return web.json_response({"ok": False, "error": "user_not_found"})
            return web.json_response({"ok": True, "user": {"id": user, "profile": {"email": self.emails[user]}}})
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):06d}"
            return web.json_response({"ok": True, "file_id": file_id, "upload_url": f"{self.base}/upload/{file_id}"})
        if method == "files.completeUploadExternal":
            files = params.get("files")
            listed = json.loads(files) if isinstance(files, str) else list(files or [])
            return web.json_response(
                {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title")} for f in listed]}
            )
        if method == "apps.connections.open":
            ws_url = self.base.replace("http://", "ws://") + "/socket"
            return web.json_response({"ok": True, "url": ws_url})
        return web.json_response({"ok": True})

    async def _upload(self, request: web.Request) -> web.Response:
        """The file's bytes, recorded as an `upload` call with `file_id` and `content` (decoded as UTF-8)."""
        body = await request.read()
        content = body.decode("utf-8", errors="replace")
        await self._record(Call("upload", {"file_id": request.match_info["file_id"], "content": content}, request.path))
        return web.Response(text="OK")

    async def _respond(self, request: web.Request) -> web.Response:
        params = await _params(request)
        await self._record(Call("respond", params, request.path))
        return web.Response(text="ok")

    # --- Socket Mode ---

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        async with self._changed:
            self._changed.notify_all()
        async for message in ws:
            if message.type is not WSMsgType.TEXT:
                continue
            async with self._changed:
                self.socket_acks.append(json.loads(message.data))
                self._changed.notify_all()
        return ws

    @property
    def socket_connected(self) -> bool:
        return any(not ws.closed for ws in self._sockets)

    async def send_envelope(self, envelope: dict[str, Any]) -> None:
        ws = next(ws for ws in self._sockets if not ws.closed)
        await ws.send_json(envelope)


async def _params(request: web.Request) -> dict[str, Any]:
    if request.method == "GET":
        return dict(request.query)
    if request.content_type == "application/json":
        data = await request.json()
        return dict(data) if isinstance(data, dict) else {}
    form = await request.post()
    # slack_sdk sends some methods' arguments in the query string of a POST (files.getUploadURLExternal)
    return {**dict(request.query), **{key: str(value) for key, value in form.items()}}


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends with a request: a v0 signature over the timestamp and the raw body."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_body(command: str, text: str, response_url: str, user: str = "UALICE", channel: str = "C1") -> str:
    return urllib.parse.urlencode(
        {
            "token": "unused",
            "team_id": "T1",
            "channel_id": channel,
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "response_url": response_url,
            "trigger_id": f"trigger-{command}-{user}",
            "api_app_id": "A1",
        }
    )


def event_body(event: dict[str, Any], event_id: str) -> str:
    return json.dumps(
        {
            "token": "unused",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": BOT_USER, "is_bot": True}],
            "event": event,
        }
    )


def action_body(
    action_id: str,
    value: str,
    response_url: str,
    *,
    user: str = "UALICE",
    channel: str = "C1",
    message_ts: str = "1700000000.000001",
    action_ts: str = "1700000001.000001",
    is_ephemeral: bool = True,
    block_id: str | None = None,
) -> str:
    clicked = {"type": "button", "action_id": action_id, "value": value, "action_ts": action_ts}
    if block_id is not None:
        clicked["block_id"] = block_id
    payload = {
        "type": "block_actions",
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "user": {"id": user, "username": user.lower(), "team_id": "T1"},
        "channel": {"id": channel},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": is_ephemeral},
        "trigger_id": f"trigger-{action_ts}",
        "response_url": response_url,
        "actions": [clicked],
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def view_body(view: dict[str, Any], comment: str, user: str) -> str:
    submitted = dict(view)
    submitted["state"] = {"values": {"comment": {"text": {"type": "plain_text_input", "value": comment}}}}
    submitted["id"] = "V1"
    payload = {
        "type": "view_submission",
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "user": {"id": user, "username": user.lower(), "team_id": "T1"},
        "view": submitted,
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


@dataclass
class SlackHarness:
    """The real CarePost HTTP server (aiohttp + Bolt) on 127.0.0.1, Slack played by FakeSlack."""

    slack: FakeSlack
    url: str
    secret: str
    bot: Any
    runner: web.AppRunner
    session: Any = None

    async def post(
        self,
        body: str,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        headers: dict[str, str] | None = None,
        timestamp: int | None = None,
        secret: str | None = None,
    ) -> tuple[int, str]:
        import aiohttp

        if self.session is None:
            self.session = aiohttp.ClientSession()
        all_headers = {"Content-Type": content_type, **sign(secret or self.secret, body, timestamp)}
        all_headers.update(headers or {})
        async with self.session.post(self.url + "/slack/events", data=body.encode(), headers=all_headers) as resp:
            return resp.status, await resp.text()

    async def command(self, command: str, text: str, *, user: str = "UALICE", name: str = "cmd") -> tuple[int, str]:
        return await self.post(slash_body(command, text, self.slack.response_url(name), user=user))

    async def event(self, event: dict[str, Any], event_id: str, headers: dict[str, str] | None = None) -> int:
        status, _ = await self.post(event_body(event, event_id), content_type="application/json", headers=headers)
        return status

    async def click(self, action_id: str, value: str, *, user: str = "UALICE", name: str = "click", **kw: Any) -> int:
        status, _ = await self.post(action_body(action_id, value, self.slack.response_url(name), user=user, **kw))
        return status

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        await self.runner.cleanup()
        await self.slack.close()


async def start_harness(service: Any, secret: str = "test-signing-secret") -> SlackHarness:
    from bot.adapters.http import build_app, start
    from bot.adapters.slack.app import SlackBot
    from bot.adapters.slack.settings import SlackSettings

    slack = FakeSlack()
    await slack.start()
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=secret, api_url=slack.api_url)
    bot = SlackBot(service, settings)
    runner, port = await start(build_app(service, slack=bot), "127.0.0.1", 0)
    return SlackHarness(slack=slack, url=f"http://127.0.0.1:{port}", secret=secret, bot=bot, runner=runner)
