"""Drafting speed: offline 6-platform drafts (target < 50 ms), and what CarePost adds around a model call.

    .venv/bin/python benchmarks/drafting_bench.py [--runs N]

The LLM part uses the local fake OpenAI-compatible server from tests/ (loopback, answers at once), so the
figure is CarePost's own overhead: prompt building, token budget, JSON validation, guardrails, repair
bookkeeping. It is measured as (service.draft with the fake model) - (a bare openai call to the same server).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import AppConfig
from bot.drafting.models import DraftRequest
from bot.service import CarePost

TOPICS = ["flu shots", "heart health", "stroke signs", "mammograms", "knee replacement recovery program"]
PILLARS = ["education", "community", "promotion", "thought-leadership"]


def summary(label: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"{label:<52} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   max {ms[-1]:7.2f} ms   (n={len(ms)})"
    )


async def offline(runs: int) -> list[float]:
    os.environ.pop("OPENAI_API_KEY", None)
    service = CarePost(AppConfig())
    await service.draft(DraftRequest(pillar="education", topic="warm-up"))
    samples = []
    for i in range(runs):
        request = DraftRequest(pillar=PILLARS[i % len(PILLARS)], topic=TOPICS[i % len(TOPICS)])
        start = time.perf_counter()
        result = await service.draft(request)
        samples.append(time.perf_counter() - start)
        assert len(result.drafts) == 6
    return samples


async def with_fake_llm(runs: int) -> tuple[list[float], list[float]]:
    from openai import AsyncOpenAI

    from tests.fake_openai import FakeOpenAI

    server = FakeOpenAI()
    base_url = await server.start()
    os.environ["OPENAI_API_KEY"] = "sk-bench"
    os.environ["OPENAI_BASE_URL"] = base_url
    try:
        service = CarePost(AppConfig())
        await service.draft(DraftRequest(pillar="education", topic="flu shots"))
        body = server.requests[-1]
        totals = []
        for i in range(runs):
            start = time.perf_counter()
            result = await service.draft(DraftRequest(pillar="education", topic=TOPICS[i % 4]))
            totals.append(time.perf_counter() - start)
            assert all(d.source == "llm" for d in result.drafts)
        bare = []
        client = AsyncOpenAI(api_key="sk-bench", base_url=base_url, max_retries=0)
        for _ in range(runs):
            start = time.perf_counter()
            await client.chat.completions.create(model="m", messages=body["messages"])
            bare.append(time.perf_counter() - start)
        await client.close()
        return totals, bare
    finally:
        await server.stop()
        os.environ.pop("OPENAI_API_KEY", None)
        os.environ.pop("OPENAI_BASE_URL", None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    samples = asyncio.run(offline(args.runs))
    print(summary("offline draft, 6 platforms (target < 50 ms)", samples))
    totals, bare = asyncio.run(with_fake_llm(max(10, args.runs // 2)))
    print(summary("LLM draft via local fake server, 6 platforms", totals))
    print(summary("bare openai call to the same server", bare))
    overhead = statistics.median(totals) - statistics.median(bare)
    print(f"{'CarePost overhead around the model call':<52} median {overhead * 1000:7.2f} ms")


if __name__ == "__main__":
    main()
