"""How long a person waits when the model hangs: `draft` and `ask` against a local server that never answers.

    .venv/bin/python benchmarks/llm_deadline_bench.py [--deadline SECONDS]

With the defaults (llm.timeout_seconds 30, max_retries 2) a hung model held `draft` for about 93 s before
llm.deadline_seconds existed; now each request ends at the deadline (default 20 s) plus CarePost's own work,
and falls back to the offline drafter or the extractive answer. Uses tests/fake_openai.py on loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest
from bot.service import CarePost
from tests.fake_openai import FakeOpenAI


async def measure(deadline: float | None) -> None:
    fake = FakeOpenAI()
    os.environ["OPENAI_BASE_URL"] = await fake.start()
    os.environ["OPENAI_API_KEY"] = "sk-bench"
    os.environ["CAREPOST_DATA_DIR"] = tempfile.mkdtemp(prefix="carepost-bench-")
    fake.default = fake.hang()
    service = CarePost(config_from_mapping({} if deadline is None else {"llm": {"deadline_seconds": deadline}}))
    try:
        start = time.monotonic()
        result = await service.draft(DraftRequest(pillar="education", topic="flu shots", platforms=["x"]))
        print(f"draft: {time.monotonic() - start:5.1f} s, drafts from {sorted({d.source for d in result.drafts})}")
        start = time.monotonic()
        answer = await service.ask("how often should we post on LinkedIn?")
        print(f"ask:   {time.monotonic() - start:5.1f} s, fell back: {bool(answer.notices)}")
    finally:
        await fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--deadline", type=float, default=None, help="llm.deadline_seconds (default: app default)")
    asyncio.run(measure(parser.parse_args().deadline))


if __name__ == "__main__":
    main()
