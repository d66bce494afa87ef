"""An app.yaml that YAML itself makes hostile (aliases that expand without end, or refer to themselves) and a
CAREPOST_CONFIG naming a directory: one line naming the file, exit 2, never an abort, a hang or exit 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LAUGHS = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]" for prev, name in zip("abcdefg", "bcdefgh", strict=True)),
        "organization: {towns: *h}",
    ]
)


def run_check(config: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "bot", "check", "hello"]
    if config:
        args[4:4] = ["--config", config]
    return subprocess.run(args, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})})


@pytest.mark.parametrize(
    "body",
    [
        LAUGHS,  # 9**8 = 43 million strings from eight lines: was 45 s and an out-of-memory abort
        "a: &a [*a]\norganization: {towns: *a}",  # a list that holds itself: was exit 3, "internal error"
        "staff: &s\n  - {name: Ann Lee}\n  - *s",  # a self-reference inside a real key
    ],
)
def test_aliases_that_do_not_end_are_one_line_and_exit_2(tmp_path: Path, body: str) -> None:
    path = tmp_path / "app.yaml"
    path.write_text(body + "\n")
    result = run_check(str(path))
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr and "aliases" in result.stderr


def test_ordinary_aliases_still_load(tmp_path: Path) -> None:
    # one list of reviewers reused is what aliases are for
    path = tmp_path / "app.yaml"
    path.write_text('organization: {towns: &t ["Springfield"]}\nguardrails: {terms: {not_names: *t}}\n')
    assert run_check(str(path)).returncode == 0


def test_carepost_config_naming_a_directory_says_so(tmp_path: Path) -> None:
    result = run_check("", env={"CAREPOST_CONFIG": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"carepost: config error: {tmp_path}: is a directory; point --config or CAREPOST_CONFIG at an app.yaml file"
    )
