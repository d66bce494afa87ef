"""Teams with real credentials: tokens that fail validation, at /api/messages of the real CloudAdapter over loopback.

The signing keys come from a local OpenID endpoint (a plain HTTP server on its own thread, since botframework
fetches them with a blocking `requests.get`), never from Microsoft. Every token that fails, for whatever
reason, is a 401 with one log line; the bot's turn never runs and nothing is sent to the serviceUrl.
"""

from __future__ import annotations

import asyncio
import http.server
import logging
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import aiohttp
import jwt
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from botframework.connector.auth import AuthenticationConstants

from bot.adapters.teams import TEAMS_KEY, attach
from bot.adapters.teams.settings import BotFrameworkSettings
from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_bot_connector import FakeConnector

APP_ID = "00000000-0000-0000-0000-00000000c0de"


class _Erroring(http.server.BaseHTTPRequestHandler):
    """An OpenID metadata endpoint that is up but broken: 500 on the metadata path, HTML on any other."""

    asked: list[str] = []  # noqa: RUF012 - one list per test run, reset by the fixture

    def do_GET(self) -> None:
        self.asked.append(self.path)
        status, body = (500, b"oops") if self.path.endswith("openid-configuration") else (200, b"<html>")
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def erroring_openid() -> Iterator[str]:
    _Erroring.asked.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Erroring)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/openid-configuration"
    server.shutdown()
    server.server_close()
    thread.join()


class _Hanging(http.server.BaseHTTPRequestHandler):
    """An OpenID metadata endpoint that accepts the connection and then says nothing until the test ends."""

    asked = threading.Event()
    release = threading.Event()

    def do_GET(self) -> None:
        self.asked.set()
        self.release.wait()
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def hanging_openid() -> Iterator[str]:
    _Hanging.asked.clear()
    _Hanging.release.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hanging)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/.well-known/openid-configuration"
    _Hanging.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def unreachable_openid() -> str:
    """A loopback port nothing listens on (bound, then released): the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/.well-known/openid-configuration"


@dataclass(frozen=True)
class LocalKeys(BotFrameworkSettings):
    """Microsoft's public-cloud settings, spelled out (botframework reads these attribute names), except that the
    signing keys are published at a local URL."""

    TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL: str = ""
    TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL: str = ""
    TO_BOT_FROM_CHANNEL_TOKEN_ISSUER: str = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
    TO_CHANNEL_FROM_BOT_LOGIN_URL: str = AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL
    TO_CHANNEL_FROM_BOT_OAUTH_SCOPE: str = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE


async def ping(_request: web.Request) -> web.Response:
    return web.Response(text="pong")


async def serve(openid_url: str) -> TestServer:
    settings = LocalKeys(
        APP_ID=APP_ID,
        APP_PASSWORD="not-a-real-secret",
        APP_TENANTID="",
        APP_TYPE="MultiTenant",
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=openid_url,
        TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL=openid_url,
    )
    app = web.Application()
    app.router.add_get("/ping", ping)
    attach(app, CarePost(config_from_mapping({})), settings)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    await fake.start()
    yield fake
    await fake.close()


def activity(service_url: str) -> dict[str, object]:
    return {
        "type": "message",
        "id": "a1",
        "text": "help",
        "serviceUrl": service_url,
        "channelId": "msteams",
        "from": {"id": "29:someone", "aadObjectId": "aad-someone"},
        "recipient": {"id": "28:carepost-bot"},
        "conversation": {"id": "a:personal", "conversationType": "personal"},
    }


def well_formed_token() -> str:
    """A token with Bot Framework's issuer and this app as audience: it gets as far as fetching the keys."""
    claims = {"iss": "https://api.botframework.com", "aud": APP_ID, "exp": int(time.time()) + 600}
    return jwt.encode(claims, "a-key-nobody-published-anywhere-at-all", algorithm="HS256", headers={"kid": "k1"})


async def post(server: TestServer, body: dict[str, object], authorization: str | None) -> int:
    headers = {"Authorization": authorization} if authorization is not None else {}
    url = server.make_url("/api/messages")
    async with aiohttp.ClientSession() as session, session.post(url, json=body, headers=headers) as resp:
        return resp.status


@pytest.mark.parametrize(
    "authorization",
    [
        None,  # no token at all
        "Bearer garbage",  # not a JWT: the decoder raised and the adapter answered 500
        "Bearer a.b.c",  # three parts, none of them base64 JSON
        "Basic dXNlcjpwYXNz",  # another scheme
        "Bearer " + jwt.encode({"iss": "https://evil.example"}, "k" * 32, algorithm="HS256"),  # an issuer not allowed
    ],
)
async def test_a_token_that_fails_validation_is_a_401_with_one_log_line(
    unreachable_openid: str, connector: FakeConnector, caplog: pytest.LogCaptureFixture, authorization: str | None
) -> None:
    caplog.set_level(logging.INFO)
    server = await serve(unreachable_openid)
    try:
        assert await post(server, activity(connector.url), authorization) == 401
    finally:
        await server.close()
    (line,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.exc_info is None and "refused" in line.getMessage()
    assert connector.of_kind("message") == []  # the turn never ran: nothing sent to the serviceUrl


@pytest.mark.parametrize("endpoint", ["unreachable_openid", "erroring_openid"])
async def test_a_token_whose_keys_cannot_be_fetched_is_a_401(
    request: pytest.FixtureRequest, connector: FakeConnector, caplog: pytest.LogCaptureFixture, endpoint: str
) -> None:
    caplog.set_level(logging.INFO)
    server = await serve(request.getfixturevalue(endpoint))
    try:
        assert await post(server, activity(connector.url), "Bearer " + well_formed_token()) == 401
    finally:
        await server.close()
    (line,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert line.exc_info is None
    assert connector.of_kind("message") == []
    if endpoint == "erroring_openid":
        assert _Erroring.asked  # the keys were asked for, and the failure to get them refused the token


@pytest.mark.parametrize(
    "body",
    [
        {"text": "no type"},  # not an activity
        {"type": "message", "timestamp": "not a date"},  # a field of the wrong kind
    ],
)
async def test_a_body_that_is_not_an_activity_is_a_400(
    unreachable_openid: str, connector: FakeConnector, body: dict[str, object]
) -> None:
    server = await serve(unreachable_openid)
    try:
        assert await post(server, body, "Bearer garbage") == 400
    finally:
        await server.close()


async def test_a_key_endpoint_that_hangs_neither_freezes_the_server_nor_lets_the_token_in(
    hanging_openid: str, connector: FakeConnector
) -> None:
    server = await serve(hanging_openid)
    server.app[TEAMS_KEY].auth_timeout = 0.3
    try:
        pending = asyncio.ensure_future(post(server, activity(connector.url), "Bearer " + well_formed_token()))
        assert await asyncio.to_thread(_Hanging.asked.wait, 30)  # the key fetch is under way, and hangs
        async with aiohttp.ClientSession() as session, session.get(server.make_url("/ping")) as resp:
            assert resp.status == 200  # other routes still answer meanwhile: the loop is not blocked
        assert await pending == 401
    finally:
        _Hanging.release.set()  # the worker thread's fetch ends, so the loop's executor can shut down
        await server.close()
    assert connector.of_kind("message") == []
