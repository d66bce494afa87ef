"""`carepost serve` as a process: where it listens, what it refuses, and the loud lines it prints at start.

Teams credentials are checked before anything starts (a blank or half-set pair is exit 2 naming the variable,
never "internal error"); emulator mode (no authentication) is announced, and refused on a non-loopback address
unless --allow-emulator-on-network says so; app.yaml settings that loosen safety are announced too.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.cli.serve import is_loopback
from bot.config import config_from_mapping
from bot.loosened import loosened

CARE = [sys.executable, "-m", "bot"]


def run_cli(*args: str, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **variables}
    return subprocess.run([*CARE, *args], capture_output=True, text=True, env=env, timeout=60)


async def start_serve(*args: str, **variables: str) -> tuple[asyncio.subprocess.Process, list[str], str, int]:
    """Start `serve` and read stderr up to the listening line: (process, lines before it, host, port)."""
    env = {**os.environ, **variables}
    process = await asyncio.create_subprocess_exec(
        *CARE, "serve", "--port", "0", *args, env=env, stderr=asyncio.subprocess.PIPE
    )
    assert process.stderr is not None
    before: list[str] = []
    for _ in range(40):  # bounded: the listening line comes after the start-up warnings
        line = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
        if not line:
            break
        found = re.search(r"listening on http://([^:]+):(\d+)", line)
        if found:
            return process, before, found.group(1), int(found.group(2))
        before.append(line.strip())
    process.kill()
    await process.wait()
    raise AssertionError(f"serve did not start: {before}")


async def stop(process: asyncio.subprocess.Process) -> int:
    process.send_signal(signal.SIGINT)
    return await asyncio.wait_for(process.wait(), 60)


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"MICROSOFT_APP_ID": "   "}, "MICROSOFT_APP_ID"),  # spaces only: was emulator mode, no auth, no warning
        ({"MICROSOFT_APP_ID": "", "MICROSOFT_APP_PASSWORD": " \t"}, "MICROSOFT_APP_PASSWORD"),  # the same for it
        ({"MICROSOFT_APP_ID": "0a1b2c3d-0000-4000-8000-000000000001"}, "MICROSOFT_APP_PASSWORD"),  # was exit 3
        ({"MICROSOFT_APP_PASSWORD": "secret"}, "MICROSOFT_APP_ID"),  # a password without an app id
    ],
)
def test_bad_teams_credentials_are_one_line_and_exit_2(variables: dict[str, str], named: str) -> None:
    result = run_cli("serve", "--teams", "--port", "0", **variables)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert named in line
    assert "internal error" not in line and "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["http", "-1", "70000", "3e3"])  # not a port: was exit 3 "internal error"
def test_a_port_variable_that_is_not_a_port_is_one_line(value: str) -> None:
    result = subprocess.run(
        [*CARE, "serve", "--teams"], capture_output=True, text=True, env={**os.environ, "PORT": value}, timeout=60
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("carepost: PORT is")


def test_a_host_that_is_not_this_machine_is_one_line_naming_it() -> None:
    result = run_cli("serve", "--teams", "--port", "0", "--host", "no-such-host.invalid", "--allow-emulator-on-network")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("carepost: cannot listen on --host no-such-host.invalid")


def test_emulator_mode_on_a_network_address_is_refused_without_the_flag() -> None:
    result = run_cli("serve", "--teams", "--host", "0.0.0.0", "--port", "0")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "--allow-emulator-on-network" in line


async def test_serve_listens_on_loopback_by_default_and_announces_emulator_mode() -> None:
    process, before, host, port = await start_serve("--teams")
    try:
        assert host == "127.0.0.1"
        assert any("EMULATOR MODE" in line for line in before)
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/healthz") as resp:
            assert resp.status == 200
    finally:
        assert await stop(process) == 0


async def test_emulator_mode_on_the_network_with_the_flag_warns_twice() -> None:
    process, before, host, _port = await start_serve("--teams", "--host", "0.0.0.0", "--allow-emulator-on-network")
    try:
        assert host == "0.0.0.0"
        assert any("EMULATOR MODE" in line for line in before)
        assert any("UNAUTHENTICATED" in line and "0.0.0.0" in line for line in before)
    finally:
        assert await stop(process) == 0


async def test_loosened_settings_are_announced_when_serve_starts(tmp_path: Path) -> None:
    config = tmp_path / "loose.yaml"
    config.write_text("review: {allow_self_approval: true}\nguardrails: {rules: {phi.mrn: {enabled: false}}}\n")
    process, before, _host, _port = await start_serve("--teams", "--config", str(config))
    try:
        assert any("allow_self_approval" in line and "WARNING" in line for line in before)
        assert any("phi.mrn is OFF" in line for line in before)
    finally:
        assert await stop(process) == 0


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({}, []),  # the defaults loosen nothing
        ({"review": {"allow_self_approval": True}}, ["allow_self_approval"]),  # one person can approve alone
        ({"guardrails": {"rules": {"phi.ssn": {"enabled": False}}}}, ["phi.ssn is OFF"]),  # PHI let through
        ({"guardrails": {"rules": {"conduct.political": {"enabled": False}}}}, []),  # not PHI: the README's example
        ({"guardrails": {"rules": {"advice.dosage": {"severity": "warn"}}}}, ["advice.dosage is lowered"]),  # no block
        ({"guardrails": {"rules": {"claims.superlative": {"severity": "block"}}}}, []),  # raised: stricter, silent
    ],
)
def test_each_loosened_setting_is_one_line(settings: dict[str, object], expected: list[str]) -> None:
    lines = loosened(config_from_mapping(settings))
    assert len(lines) == len(expected)
    for line, part in zip(lines, expected, strict=True):
        assert part in line


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),  # the default
        ("localhost", True),  # the name everyone types
        ("::1", True),  # IPv6 loopback
        ("127.0.0.2", True),  # all of 127/8 is loopback
        ("0.0.0.0", False),  # every interface
        ("::", False),  # every IPv6 interface
        ("bot.example.org", False),  # a name that may resolve anywhere
    ],
)
def test_which_addresses_count_as_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
