"""Hostile and broken requests at /slack/events of the real Bolt app behind the real aiohttp server, over loopback.

The signature and the timestamp are checked on the raw bytes before anything parses the body, so an unsigned
request is refused (401) whatever it holds, a timestamp that is not a number is a bad request (400), and a
signed body that cannot be parsed is a bad request too: each with one log line and never a traceback.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import SlackHarness, sign, start_harness

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@pytest.fixture
async def harness() -> AsyncIterator[SlackHarness]:
    h = await start_harness(CarePost(config_from_mapping({})))
    yield h
    await h.close()


async def send(harness: SlackHarness, body: str, headers: dict[str, str]) -> int:
    url = harness.url + "/slack/events"
    async with aiohttp.ClientSession() as session, session.post(url, data=body.encode(), headers=headers) as resp:
        return resp.status


def warnings_logged(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", JSON),  # malformed JSON: was parsed before the signature was looked at (500)
        ("payload=%7Bnot-json", FORM),  # an interactivity form whose payload is not JSON: the same
        ("command=/check&text=hello&user_id=UALICE", FORM),  # well-formed but unsigned: refused all the same
        ("", JSON),  # empty body, no headers at all
    ],
)
async def test_an_unsigned_request_is_refused_before_its_body_is_read(
    harness: SlackHarness, caplog: pytest.LogCaptureFixture, body: str, content_type: str
) -> None:
    caplog.set_level(logging.INFO)
    assert await send(harness, body, {"Content-Type": content_type}) == 401
    (line,) = warnings_logged(caplog)
    assert line.exc_info is None and "unsigned" in line.getMessage()
    assert harness.slack.of("respond") == [] and harness.slack.of("chat.postMessage") == []


@pytest.mark.parametrize(
    "timestamp",
    [
        "soon",  # not a number: Bolt's int() raised (500)
        "1e9",  # a float written in exponent form is not Slack's header either
        "\u0661\u0667" + "\u0660" * 8,  # Arabic-Indic digits: isdigit() alone would take them
        "9" * 40,  # a number too long to be a time
    ],
)
async def test_a_timestamp_that_is_not_a_number_is_a_bad_request(
    harness: SlackHarness, caplog: pytest.LogCaptureFixture, timestamp: str
) -> None:
    caplog.set_level(logging.INFO)
    body = "command=/check&text=hello&user_id=UALICE"
    headers = {"Content-Type": FORM, "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=00"}
    assert await send(harness, body, headers) == 400
    (line,) = warnings_logged(caplog)
    assert line.exc_info is None and "bad_timestamp" in line.getMessage()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("{not json", JSON),  # signed by Slack's secret, yet not JSON
        ("[1, 2, 3]", JSON),  # JSON, but not an object
        ("payload=%7Bnot-json", FORM),  # a signed form whose payload field is not JSON
    ],
)
async def test_a_signed_body_that_cannot_be_parsed_is_a_bad_request(
    harness: SlackHarness, caplog: pytest.LogCaptureFixture, body: str, content_type: str
) -> None:
    caplog.set_level(logging.INFO)
    headers = {"Content-Type": content_type, **sign(harness.secret, body)}
    assert await send(harness, body, headers) == 400
    (line,) = warnings_logged(caplog)
    assert line.exc_info is None and "unreadable" in line.getMessage()


async def test_a_body_changed_after_signing_is_refused(harness: SlackHarness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    signed = "command=/check&text=hello&user_id=UALICE"
    headers = {"Content-Type": FORM, **sign(harness.secret, signed, int(time.time()))}
    assert await send(harness, signed.replace("hello", "hullo"), headers) == 401
    (line,) = warnings_logged(caplog)
    assert "bad_signature" in line.getMessage()
