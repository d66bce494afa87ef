"""Socket Mode: the same Bolt app over a WebSocket. The fake Slack hands out the socket URL from
apps.connections.open, sends envelopes and records the acks, exactly as Slack does."""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

from bot.adapters.slack.app import SlackBot
from bot.adapters.slack.settings import SlackSettings
from bot.adapters.slack.socket import start_socket_mode
from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import BOT_USER, FakeSlack


def command_envelope(fake: FakeSlack, envelope_id: str, command: str, text: str) -> dict[str, Any]:
    payload = {
        "token": "unused",
        "team_id": "T1",
        "channel_id": "C1",
        "user_id": "UALICE",
        "user_name": "alice",
        "command": command,
        "text": text,
        "response_url": fake.response_url(envelope_id),
        "trigger_id": "t1",
        "api_app_id": "A1",
    }
    return {"envelope_id": envelope_id, "type": "slash_commands", "payload": payload, "accepts_response_payload": True}


def event_envelope(envelope_id: str, event_id: str, event: dict[str, Any], retry: int = 0) -> dict[str, Any]:
    payload = {
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id,
        "event_time": 1700000000,
        "authorizations": [{"team_id": "T1", "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    }
    return {
        "envelope_id": envelope_id,
        "type": "events_api",
        "payload": payload,
        "accepts_response_payload": False,
        "retry_attempt": retry,
        "retry_reason": "timeout" if retry else "",
    }


async def test_socket_mode_acks_over_the_socket_and_delivers_through_the_response_url() -> None:
    fake = FakeSlack()
    await fake.start()
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=None, app_token="xapp-test", api_url=fake.api_url)
    bot = SlackBot(CarePost(config_from_mapping({})), settings)
    handler = await start_socket_mode(bot)
    try:
        await fake.wait_until(lambda: fake.socket_connected)
        await fake.send_envelope(command_envelope(fake, "env1", "/check", "Our 5K is on Saturday!"))
        await fake.wait_until(lambda: len(fake.socket_acks) >= 1)
        ack = fake.socket_acks[0]
        assert ack["envelope_id"] == "env1"
        assert ack["payload"]["text"] == "Checking your text..."
        (delivered,) = await fake.wait_for("respond")
        assert "Guardrail check" in delivered.everything
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
        await fake.close()


async def test_socket_mode_events_are_deduplicated_too() -> None:
    fake = FakeSlack()
    await fake.start()
    settings = SlackSettings(bot_token="xoxb-test", signing_secret=None, app_token="xapp-test", api_url=fake.api_url)
    bot = SlackBot(CarePost(config_from_mapping({})), settings)
    handler = await start_socket_mode(bot)
    try:
        await fake.wait_until(lambda: fake.socket_connected)
        mention = {"type": "app_mention", "user": "UALICE", "text": f"<@{BOT_USER}> help", "ts": "1.1", "channel": "C1"}
        await fake.send_envelope(event_envelope("e1", "EvS1", mention))
        await fake.send_envelope(event_envelope("e2", "EvS1", mention, retry=1))
        barrier = {**mention, "ts": "2.2"}
        await fake.send_envelope(event_envelope("e3", "EvS2", barrier))
        await fake.wait_until(lambda: len(fake.socket_acks) >= 3)
        await fake.wait_for("chat.postMessage", count=2)
        threads = [c.params.get("thread_ts") for c in fake.of("chat.postMessage")]
        assert sorted(threads) == ["1.1", "2.2"]
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
        await fake.close()


async def test_carepost_serve_runs_socket_mode_from_the_environment() -> None:
    fake = FakeSlack()
    await fake.start()
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_APP_TOKEN": "xapp-test",
        "SLACK_API_URL": fake.api_url,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", "--slack", "--port", "0", "--host", "127.0.0.1",
        env=env, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await fake.wait_until(lambda: fake.socket_connected, timeout=30)
        await fake.send_envelope(command_envelope(fake, "envS", "/carepost", "help"))
        await fake.wait_until(lambda: len(fake.socket_acks) >= 1, timeout=30)
        assert "blocks" in fake.socket_acks[0]["payload"]  # help is answered in the ack itself
    finally:
        process.terminate()
        await asyncio.wait_for(process.wait(), 30)
        await fake.close()
