"""`carepost ask` exactly as interface.md has it: JSON shape, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["ask", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_answer_has_the_contract_shape_and_cites_the_guide() -> None:
    code, out, _ = run("--json", "how often should we post on LinkedIn?")
    assert code == 0
    payload = json.loads(out)
    assert payload["grounded"] is True
    assert "2-3 times per week" in payload["answer"]
    assert set(payload["citations"][0]) == {"source", "section", "quote"}
    assert payload["citations"][0]["section"] == "How often to post on LinkedIn"


def test_json_for_a_question_outside_the_guide_is_not_grounded_and_cites_nothing() -> None:
    code, out, _ = run("--json", "What's the cafeteria menu today?")
    payload = json.loads(out)
    assert code == 0
    assert payload["grounded"] is False and payload["citations"] == []


def test_json_for_a_medical_question_is_declined() -> None:
    code, out, _ = run("--json", "Should I stop taking my blood thinner?")
    payload = json.loads(out)
    assert code == 0
    assert payload["declined"] is True and payload["grounded"] is False and payload["citations"] == []


def test_people_get_the_answer_and_its_sources() -> None:
    code, out, _ = run("Can we delete a bad review?")
    assert code == 0
    assert "fraudulent" in out
    assert "Sources" in out and "builtin/07-reviews.md" in out


def test_an_unquoted_question_is_read_whole() -> None:
    code, out, _ = run("--json", "how", "often", "should", "we", "tweet?")
    assert code == 0 and json.loads(out)["grounded"] is True


def test_an_empty_question_is_a_one_line_usage_error() -> None:
    code, out, err = run("--json", "  ")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "QUESTION is empty" in err


def test_a_bad_policy_guide_path_is_a_one_line_config_error(tmp_path: Path) -> None:
    config = tmp_path / "app.yaml"
    config.write_text("policy:\n  guide: [nowhere/]\n", encoding="utf-8")
    code, out, err = run("--config", str(config), "--json", "how often should we post?")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "policy.guide" in err


def test_python_dash_m_bot_ask_works_like_carepost_ask(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", "What are the HIPAA fines?"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "$1.5 million" in json.loads(result.stdout)["answer"]
