"""Two `carepost serve` processes on one PostgreSQL database agree with each other.

A Slack retry or a Teams redelivery that reaches the other instance is not acted on twice, and two reviewers
approving the same item at the same moment, through different instances, make exactly one approval. The
processes are real (`python -m bot serve`), so is the database (tests/pg.py starts one), and Slack and the
Bot Framework connector are played by local servers.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest

from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_bot_connector import FakeConnector
from tests.fake_slack_api import BOT_USER, FakeSlack, event_body, sign

SECRET = "two-instances-secret"
BOT = {"id": "28:carepost-bot", "name": "CarePost"}
REVIEWERS = [
    {"id": "29:r1", "name": "Reviewer One", "aadObjectId": "aad-r1"},
    {"id": "29:r2", "name": "Reviewer Two", "aadObjectId": "aad-r2"},
]


@dataclass
class Instance:
    process: asyncio.subprocess.Process
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


async def start_instance(env: dict[str, str], config_path: str) -> Instance:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "serve",
        "--slack",
        "--teams",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--config",
        config_path,
        env=env,
        stderr=asyncio.subprocess.PIPE,
    )
    assert process.stderr is not None
    for _ in range(40):  # bounded: the listening line comes first unless a library warns before it
        line = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
        found = re.search(r"127\.0\.0\.1:(\d+)", line)
        if "listening" in line and found:
            return Instance(process, int(found.group(1)))
        if not line:
            break
    process.kill()
    raise AssertionError(f"carepost serve did not start: {line!r}")


async def stop(instance: Instance) -> None:
    if instance.process.returncode is None:
        instance.process.terminate()
        try:
            await asyncio.wait_for(instance.process.wait(), 30)
        except TimeoutError:
            instance.process.kill()
            await instance.process.wait()


@dataclass
class Pair:
    a: Instance
    b: Instance
    slack: FakeSlack
    connector: FakeConnector
    service: CarePost


@pytest.fixture
async def pair(postgres_url: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Pair]:
    monkeypatch.setenv("CAREPOST_DATABASE_URL", postgres_url)  # the test's own view of the shared database
    slack = FakeSlack()
    await slack.start()
    connector = FakeConnector()
    await connector.start()
    config_path = tmp_path / "app.yaml"
    config_path.write_text('review:\n  reviewers: ["aad-r1", "aad-r2"]\n', encoding="utf-8")
    env = {
        **os.environ,
        "CAREPOST_DATABASE_URL": postgres_url,
        "SLACK_API_URL": slack.api_url,
        "SLACK_BOT_TOKEN": "xoxb-two-instances",
        "SLACK_SIGNING_SECRET": SECRET,
    }
    a = await start_instance(env, str(config_path))
    b = await start_instance(env, str(config_path))
    service = CarePost(config_from_mapping({"review": {"reviewers": ["aad-r1", "aad-r2"]}}))
    try:
        yield Pair(a, b, slack, connector, service)
    finally:
        await stop(a)
        await stop(b)
        await slack.close()
        await connector.close()


async def post_slack_event(instance: Instance, body: str, headers: dict[str, str] | None = None) -> int:
    all_headers = {**sign(SECRET, body), "Content-Type": "application/json", **(headers or {})}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{instance.url}/slack/events", data=body, headers=all_headers) as resp,
    ):
        return resp.status


async def post_activity(instance: Instance, body: dict[str, Any]) -> int:
    async with aiohttp.ClientSession() as session, session.post(f"{instance.url}/api/messages", json=body) as resp:
        return resp.status


def activity(connector: FakeConnector, sender: dict[str, str], activity_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "id": activity_id,
        "serviceUrl": connector.url,
        "channelId": "emulator",
        "from": sender,
        "recipient": BOT,
        "conversation": {"id": f"a:personal-{sender['aadObjectId']}", "conversationType": "personal"},
        **extra,
    }


async def test_a_slack_retry_reaching_the_other_instance_is_acted_on_once(pair: Pair) -> None:
    event = {"type": "app_mention", "user": "UALICE", "text": f"<@{BOT_USER}> help", "ts": "7.7", "channel": "C1"}
    body = event_body(event, "EvTwoInstances")
    assert await post_slack_event(pair.a, body) == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert await post_slack_event(pair.b, body, retry) == 200
    # A different event through B as a barrier: once it is answered, a wrong second answer would be too.
    barrier = event_body({**event, "ts": "8.8"}, "EvBarrier")
    assert await post_slack_event(pair.b, barrier) == 200
    await pair.slack.wait_for("chat.postMessage", count=2, timeout=30)
    threads = [c.params.get("thread_ts") for c in pair.slack.of("chat.postMessage")]
    assert threads.count("7.7") == 1


async def test_a_teams_double_click_on_both_instances_is_handled_once(pair: Pair) -> None:
    body = activity(pair.connector, REVIEWERS[0], "same-click", text="help")
    statuses = await asyncio.gather(post_activity(pair.a, body), post_activity(pair.b, body))
    assert all(status in (200, 201) for status in statuses)
    await post_activity(pair.a, activity(pair.connector, REVIEWERS[0], "barrier", text="help"))
    await pair.connector.wait_for(2, timeout=30)
    replies = [a for a in pair.connector.of_kind("message") if a.body.get("replyToId") == "same-click"]
    assert len(replies) == 1


async def test_two_reviewers_approving_at_once_on_two_instances_make_one_approval(pair: Pair) -> None:
    item = await pair.service.review.submit(
        text="Join our community 5K this Saturday at 9am!",
        platform="facebook",
        submitted_by="aad-author",
        channel="teams",
    )
    approve = {"carepost": {"kind": "review", "action": "approve", "item_id": item.id}}
    first = activity(pair.connector, REVIEWERS[0], "approve-1", value=approve)
    second = activity(pair.connector, REVIEWERS[1], "approve-2", value=approve)
    await asyncio.gather(post_activity(pair.a, first), post_activity(pair.b, second))
    outcomes = await pair.connector.wait_for(4, timeout=30)  # each: an acknowledgement, then its card
    assert len([a for a in outcomes if a.cards]) == 2
    decided = await pair.service.review.get(item.id)
    assert decided.state.value == "approved"
    assert decided.reviewed_by in ("aad-r1", "aad-r2")
    approvals = [e for e in await pair.service.review.audit_log(item.id) if e.action.value == "approved"]
    assert len(approvals) == 1
    assert len(await pair.service.review.advocacy_list()) == 1
