"""`carepost serve` and its one aiohttp server: /healthz, the Slack route, the Teams hook, one-line errors."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import types
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.adapters.http import AdapterUnavailableError, attach_teams, build_app, start
from bot.service import CarePost

CARE = [sys.executable, "-m", "bot"]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CARE, *args], capture_output=True, text=True, env=env or dict(os.environ), timeout=60)


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({}, "SLACK_SIGNING_SECRET"),  # nothing set: the first thing HTTP mode needs is named
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),  # a secret but no token
        ({"SLACK_APP_TOKEN": "xapp-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),  # Socket Mode needs it too
        ({"SLACK_APP_TOKEN": "xoxb-wrong", "SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN"),  # a bot token pasted
    ],
)
def test_serve_slack_names_the_missing_variable_in_one_line(variables: dict[str, str], named: str) -> None:
    result = run_cli("serve", "--slack", env={**os.environ, **variables})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert named in lines[0]
    assert "Traceback" not in result.stderr


def test_serve_without_anything_configured_says_what_to_set() -> None:
    result = run_cli("serve")
    assert result.returncode == 2
    assert "SLACK_BOT_TOKEN" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


async def test_serve_runs_until_interrupted_and_answers_healthz(tmp_path: Path) -> None:
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "secret"}
    process = await asyncio.create_subprocess_exec(
        *CARE, "serve", "--slack", "--port", "0", "--host", "127.0.0.1", env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        assert process.stderr is not None
        line = ""
        for _ in range(20):  # bounded: the listening line comes first unless a library warns before it
            line = (await asyncio.wait_for(process.stderr.readline(), 30)).decode()
            if "listening" in line:
                break
        port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))  # type: ignore[union-attr]
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                assert resp.status == 200
                assert await resp.json() == {"status": "ok"}
            async with session.post(f"http://127.0.0.1:{port}/slack/events", data=b"command=/check") as resp:
                assert resp.status == 401  # unsigned
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


def test_teams_flag_without_the_teams_adapter_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "bot.adapters.teams", types.ModuleType("bot.adapters.teams"))
    with pytest.raises(AdapterUnavailableError, match="Teams adapter is not available"):
        attach_teams(web.Application(), CarePost())


async def test_teams_attaches_its_routes_to_the_same_server(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("bot.adapters.teams")

    async def messages(_request: web.Request) -> web.Response:
        return web.json_response({"teams": True})

    def attach(app: web.Application, service: CarePost) -> None:
        assert isinstance(service, CarePost)
        app.router.add_post("/api/messages", messages)

    module.attach = attach  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bot.adapters.teams", module)
    runner, port = await start(build_app(CarePost(), teams=True), "127.0.0.1", 0)
    try:
        async with aiohttp.ClientSession() as session:
            async with session.post(f"http://127.0.0.1:{port}/api/messages", json={}) as resp:
                assert await resp.json() == {"teams": True}
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                assert resp.status == 200
    finally:
        await runner.cleanup()
