"""Slack ack latency under load: 20 slash commands at once against the real server (aiohttp + Bolt).

    .venv/bin/python benchmarks/slack_ack_bench.py [--rounds N] [--concurrency C] [--llm-delay S]

Each round posts C signed slash commands at the same moment (a mix of /draft on six platforms, /check and
/policy) to `carepost serve`'s app on 127.0.0.1, with Slack's Web API and response_urls played by the local
fake from tests/. It prints the ack latency (request sent -> HTTP 200 received, what Slack times against its
3 seconds) and the delivery latency (request sent -> the reply posted to the response_url). With
--llm-delay, an OpenAI-compatible fake answers every model call only after that many seconds (then fails, so
the offline drafter answers): acks must not move.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.config import config_from_mapping
from bot.service import CarePost
from tests.fake_slack_api import sign, slash_body, start_harness

COMMANDS = [
    ("/draft", "education flu shots on facebook, x, instagram, linkedin, threads, youtube"),
    ("/draft", "community heat stroke on instagram, linkedin"),
    ("/check", "Join us Saturday for free flu shots at our Main Street clinic! Call (555) 010-2000."),
    ("/policy", "can I share a patient's photo?"),
]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def line(label: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"{label:<34} p50 {percentile(ms, 0.50):8.1f} ms   p99 {percentile(ms, 0.99):8.1f} ms   "
        f"max {max(ms):8.1f} ms   mean {statistics.fmean(ms):8.1f} ms   (n={len(ms)})"
    )


async def slow_llm(delay: float) -> TestServer:
    async def complete(_request: web.Request) -> web.Response:
        await asyncio.sleep(delay)
        return web.json_response({"error": {"message": "slow fake", "type": "invalid_request_error"}}, status=400)

    app = web.Application()
    app.router.add_post("/v1/chat/completions", complete)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


async def run(rounds: int, concurrency: int, llm_delay: float | None) -> None:
    llm = await slow_llm(llm_delay) if llm_delay else None
    if llm is not None:
        os.environ["OPENAI_API_KEY"] = "bench"
        os.environ["OPENAI_BASE_URL"] = str(llm.make_url("/v1"))
    harness = await start_harness(CarePost(config_from_mapping({})))
    await harness.bot.warm_up()  # as `carepost serve` does before it listens
    acks: list[float] = []
    deliveries: list[float] = []
    async with aiohttp.ClientSession() as session:

        async def one(index: int) -> None:
            command, text = COMMANDS[index % len(COMMANDS)]
            name = f"r{len(acks) + index}-{time.monotonic_ns()}"
            body = slash_body(command, text, harness.slack.response_url(name), user=f"U{index:04d}")
            headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(harness.secret, body)}
            started = time.perf_counter()
            async with session.post(harness.url + "/slack/events", data=body.encode(), headers=headers) as resp:
                await resp.read()
                assert resp.status == 200, resp.status
            acks.append(time.perf_counter() - started)
            await harness.slack.wait_until(
                lambda: any(c.path.endswith("/" + name) for c in harness.slack.of("respond")), timeout=120
            )
            deliveries.append(time.perf_counter() - started)

        for _ in range(rounds):
            await asyncio.gather(*(one(i) for i in range(concurrency)))
    await harness.close()
    if llm is not None:
        await llm.close()
    mode = f"model answers after {llm_delay:.1f} s" if llm_delay else "offline drafter, no model"
    print(f"Slack slash commands: {rounds} rounds x {concurrency} at once ({mode})")
    print(line("ack (HTTP 200 to Slack)", acks))
    print(line("delivery (reply at response_url)", deliveries))
    print(f"acks over Slack's 3 s limit: {sum(a > 3 for a in acks)} of {len(acks)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--llm-delay", type=float, default=None, help="Seconds the fake model takes per call.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        os.environ["CAREPOST_DATA_DIR"] = data
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "CAREPOST_CONFIG", "CAREPOST_DATABASE_URL"):
            os.environ.pop(name, None)
        asyncio.run(run(args.rounds, args.concurrency, args.llm_delay))


if __name__ == "__main__":
    main()
