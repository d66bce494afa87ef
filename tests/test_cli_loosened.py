"""Every command announces, on stderr, each app.yaml setting that loosens safety; --json output stays clean."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_a_loosened_setting_is_one_loud_stderr_line_and_stdout_stays_json(tmp_path: Path) -> None:
    config = tmp_path / "loose.yaml"
    config.write_text("review: {allow_self_approval: true}\n")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--json", "--config", str(config), "Join our 5K this Saturday!"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["verdict"] == "pass"
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("WARNING: review.allow_self_approval")


def test_the_repository_app_yaml_loosens_nothing() -> None:
    repo = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--config", str(repo / "app.yaml"), "Join our 5K this Saturday!"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stderr == ""
