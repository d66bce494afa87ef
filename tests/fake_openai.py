"""A local OpenAI-compatible chat completions server for tests: aiohttp on 127.0.0.1, a random port.

Tests queue how the next requests are answered (a good post, PHI, dosing advice, an over-long post,
malformed JSON, 429, 500, a request that hangs until the test releases it); anything not queued gets a good
answer. Every request body is kept so tests can assert what CarePost sent (never the raw PHI).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

Responder = Callable[[dict[str, Any]], Awaitable[web.Response]]

GOOD_TEXT = {
    "facebook": (
        "Flu season is here. The CDC recommends a yearly flu vaccine for nearly everyone 6 months and older. "
        "Questions? Call us at (555) 010-2000 or visit https://www.riversidehealth.org #FluShot"
    ),
    "x": "Flu season is here. A yearly flu shot helps protect you. https://www.riversidehealth.org #FluShot",
    "instagram": "Flu season is here 💉\n\n✅ Get your flu shot early\n✅ Wash your hands\n\nLink in bio. #FluShot",
    "linkedin": "Prevention is a team effort. Our clinics are offering flu shots this season. #PublicHealth",
    "threads": "Flu season is here. Have you had your flu shot yet? #FluShot",
    "youtube": "What to know about flu shots this season, from our care team. https://www.riversidehealth.org",
}
PHI_TEXT = "Huge thanks to our patient Maria Gonzalez for sharing her story! Call her at 555-867-5309. #FluShot"
DOSING_TEXT = "Feeling feverish? Take 400 mg of ibuprofen every 6 hours and skip the clinic. #FluShot"


def completion(content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": "fake-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def requested_platforms(body: dict[str, Any]) -> list[str]:
    user = body["messages"][-1]["content"]
    return re.findall(r'"platform": "([a-z]+)"', user) or re.findall(r"^Platform: ([a-z]+)$", user, re.M)


def is_revise(body: dict[str, Any]) -> bool:
    return "Post that was blocked" in body["messages"][-1]["content"]


def post(platform: str, text: str) -> dict[str, Any]:
    return {
        "platform": platform,
        "text": text,
        "hashtags": ["#FluShot"],
        "alt_text": "A nurse giving a flu shot" if platform != "youtube" else None,
        "title": "Flu Shots: What to Know" if platform == "youtube" else None,
        "visual": "a nurse in scrubs",
    }


def answer(body: dict[str, Any], text_for: Callable[[str], str]) -> web.Response:
    """A well-formed answer to a draft or a revise request, with each platform's text from `text_for`."""
    platforms = requested_platforms(body)
    if is_revise(body):
        return web.json_response(completion(json.dumps(post(platforms[0], text_for(platforms[0])))))
    posts = [post(p, text_for(p)) for p in platforms]
    return web.json_response(completion(json.dumps({"posts": posts})))


async def good(body: dict[str, Any]) -> web.Response:
    return answer(body, lambda p: GOOD_TEXT[p])


def with_text(text: str) -> Responder:
    """Every platform gets `text` (PHI, dosing advice, something too long...)."""

    async def respond(body: dict[str, Any]) -> web.Response:
        return answer(body, lambda _p: text)

    return respond


async def malformed(body: dict[str, Any]) -> web.Response:
    return web.json_response(completion('{"posts": [{"platform": "x", "text": "unterminated'))


async def malformed_body(body: dict[str, Any]) -> web.Response:
    """The HTTP body itself is not JSON (a proxy's error page cut short), though it says it is."""
    return web.Response(text='{"id": "chatcmpl-fake", "choices": [', content_type="application/json")


async def wrong_shape(body: dict[str, Any]) -> web.Response:
    return web.json_response(completion(json.dumps({"drafts": "here you go"})))


def status(code: int, retry_after_ms: int | None = None) -> Responder:
    async def respond(body: dict[str, Any]) -> web.Response:
        headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
        error = {"error": {"message": f"fake {code}", "type": "fake", "code": str(code)}}
        return web.json_response(error, status=code, headers=headers)

    return respond


class FakeOpenAI:
    def __init__(self) -> None:
        self.queue: list[Responder] = []
        self.default: Responder = good
        self.requests: list[dict[str, Any]] = []
        self.release: asyncio.Event | None = None  # made in start(), on the test's event loop
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    def then(self, *responders: Responder) -> FakeOpenAI:
        self.queue.extend(responders)
        return self

    def hang(self) -> Responder:
        """A handler that answers only when the test sets `release`: the client's timeout fires first."""

        async def respond(body: dict[str, Any]) -> web.Response:
            assert self.release is not None
            await self.release.wait()
            return await good(body)

        return respond

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        responder = self.queue.pop(0) if self.queue else self.default
        return await responder(body)

    async def start(self) -> str:
        self.release = asyncio.Event()
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}/v1"
        return self.base_url

    async def stop(self) -> None:
        if self.release is not None:
            self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def prompts(self) -> str:
        """Everything CarePost sent, as one string, for assertions about what never leaves the machine."""
        return "\n".join(m["content"] for body in self.requests for m in body["messages"])
