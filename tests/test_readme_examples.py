"""Every command in README.md's "What it does" block runs as written, as a fresh clone would run it.

Each line goes to bash as it stands (comments included), in order, in an empty directory holding only the
repository's app.yaml and the files and folders it names (as a fresh clone has them), with `carepost` on PATH
and no secrets set. Exit codes are checked; a command that
claims --json must print one JSON object (--jsonl: one a line) on stdout. `chat` is fed end-of-input, and
`serve` is started, asked for /healthz and stopped.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import yaml

REPO = Path(__file__).resolve().parent.parent
BLOCKED_EXAMPLE = "Dana Whitfield"  # the README's first check shows a blocked post: exit 1, as the README says


def readme_examples() -> list[str]:
    """The command lines of the first ```sh block under "## What it does"."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## What it does", 1)[1]
    block = re.search(r"```sh\n(.*?)\n```", section, re.S)
    assert block is not None, "README.md has no ```sh block under 'What it does'"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def named_paths(node: Any) -> Iterator[str]:
    """Relative paths in app.yaml that exist in the repository (drafting.facts, policy.guide...)."""
    if isinstance(node, dict):
        for value in node.values():
            yield from named_paths(value)
    elif isinstance(node, list):
        for value in node:
            yield from named_paths(value)
    elif isinstance(node, str) and node.strip(". /") and not Path(node).is_absolute() and (REPO / node).exists():
        yield node


def fresh_directory(into: Path) -> None:
    """What a fresh clone gives the README's commands: app.yaml and what it names, nothing else."""
    shutil.copy(REPO / "app.yaml", into / "app.yaml")
    for name in named_paths(yaml.safe_load((REPO / "app.yaml").read_text(encoding="utf-8"))):
        source, target = REPO / name, into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        else:
            shutil.copy(source, target)


def environment() -> dict[str, str]:
    return {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}


def run(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=environment(), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def check_output(line: str, stdout: str) -> None:
    if "--jsonl" in line:
        rows = [json.loads(row) for row in stdout.splitlines()]
        assert rows and all(isinstance(row, dict) for row in rows), line
    elif "--json" in line:
        assert isinstance(json.loads(stdout), dict), line


async def serve(line: str, cwd: Path) -> None:
    """Start the line's server on a free port ($PORT=0), ask /healthz, stop it with Ctrl-C: exit 0."""
    env = {**environment(), "PORT": "0"}
    process = await asyncio.create_subprocess_exec(
        "bash", "-c", "exec " + line, cwd=cwd, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        assert process.stderr is not None
        port = None
        for _ in range(40):  # bounded: start-up warnings come before the listening line
            said = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
            found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", said)
            if found or not said:
                port = int(found.group(1)) if found else None
                break
        assert port is not None, line
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/healthz") as resp:
            assert resp.status == 200
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 60) == 0, line
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_every_readme_example_runs_as_written(tmp_path: Path) -> None:
    lines = readme_examples()
    assert any(line.startswith("carepost serve") for line in lines)
    fresh_directory(tmp_path)
    for line in lines:
        if line.startswith("carepost serve"):
            await serve(line, tmp_path)
            continue
        result = await asyncio.to_thread(run, line, tmp_path)
        expected = 1 if BLOCKED_EXAMPLE in line else 0
        assert result.returncode == expected, f"{line}\n{result.stderr}"
        assert "Traceback" not in result.stderr, line
        check_output(line, result.stdout)
