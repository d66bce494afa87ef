"""Drafting costs nothing until a draft goes to a model: the CLI, the service and the offline path never load
the openai client, tiktoken or aiohttp."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_offline_drafting_never_loads_the_llm_stack(tmp_path: Path) -> None:
    code = (
        "import asyncio, sys, bot.cli, bot.service, bot.cli.draft\n"
        "from bot.drafting.models import DraftRequest\n"
        "asyncio.run(bot.service.CarePost().draft(DraftRequest(pillar='education', topic='flu shots')))\n"
        "heavy = sorted(m for m in ('openai', 'tiktoken', 'httpx2', 'aiohttp') if m in sys.modules)\n"
        "print(','.join(heavy))"
    )
    env = {"PATH": "/usr/bin:/bin", "CAREPOST_DATA_DIR": str(tmp_path)}  # no OPENAI_API_KEY: offline
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
