"""`carepost check` as a program: output shapes from interface.md, stdin, batches, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main

FINDING_KEYS = {"rule", "category", "severity", "start", "end", "text", "message", "fix"}
CLEAN = "Our lobby café has new hours: 7am to 7pm on weekdays."
BLOCKED = "Email the family at jane.doe82@gmail.com with updates"  # a personal e-mail: phi.email blocks


def carepost(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.decode("utf-8") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=data,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""


def test_human_output_passes_a_clean_text() -> None:
    result = CliRunner().invoke(main, ["check", CLEAN])
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output


def test_human_output_shows_the_blocking_rule() -> None:
    result = CliRunner().invoke(main, ["check", BLOCKED])
    assert result.exit_code == 1
    assert "BLOCKED" in result.output
    assert "phi.email" in result.output


def test_json_shape() -> None:
    result = carepost("check", "--json", "--platform", "x", BLOCKED)
    assert result.returncode == 1
    payload = json.loads(result.stdout)  # one JSON object and nothing else on stdout
    assert {"verdict", "findings", "text", "fixed_text"} <= set(payload)
    assert payload["verdict"] == "block"
    assert payload["text"] == BLOCKED
    email = next(f for f in payload["findings"] if f["rule"] == "phi.email")
    assert set(email) >= FINDING_KEYS
    assert email["category"] == "phi"
    assert email["severity"] == "block"
    assert BLOCKED[email["start"] : email["end"]] == email["text"] == "jane.doe82@gmail.com"
    assert "jane.doe82@gmail.com" not in payload["fixed_text"]  # the redacted preview


def test_json_of_a_clean_text_exits_zero() -> None:
    result = carepost("check", "--json", CLEAN)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["verdict"] == "pass"
    assert payload["findings"] == []
    assert payload["fixed_text"] == CLEAN


def test_dash_reads_standard_input() -> None:
    result = carepost("check", "--json", "-", stdin=BLOCKED + "\n")
    assert result.returncode == 1
    assert json.loads(result.stdout)["text"].strip() == BLOCKED


def test_jsonl_batch_keeps_order_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": CLEAN}),
        "this is not json",
        json.dumps({"id": "c", "text": BLOCKED, "platform": "twitter"}),
        json.dumps({"id": "d"}),  # no text
        json.dumps({"id": "e", "text": CLEAN, "platform": "myspace"}),  # unknown platform
        "",  # blank lines are skipped
        json.dumps({"id": 6, "text": "Sincere thanks to our volunteers."}),
        json.dumps({"id": "g", "text": CLEAN, "platform": 5}),  # a platform that is not a string
        json.dumps(["a", "list"]),  # not an object
        json.dumps({"id": "i", "text": "The last line still gets its answer."}),
    ]
    result = carepost("check", "--jsonl", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d", "e", 6, "g", None, "i"]  # one line per input, in order
    good = [o for o in out if "error" not in o]
    bad = [o for o in out if "error" in o]
    assert [o["id"] for o in good] == ["a", "c", 6, "i"]
    for o in good:
        assert set(o) == {"id", "verdict", "findings", "fixed_text"}
    assert [o["line"] for o in bad] == [2, 4, 5, 8, 9]
    assert all(o["error"].startswith(f"line {o['line']}:") for o in bad)
    assert "myspace" in bad[2]["error"]
    assert out[2]["verdict"] == "block"
    assert result.returncode == 2  # a bad line is a usage problem, reported after every line was answered


def test_jsonl_all_good_lines_exit_by_verdict() -> None:
    clean = carepost("check", "--jsonl", stdin=json.dumps({"id": 1, "text": CLEAN}) + "\n")
    assert clean.returncode == 0
    blocked = carepost("check", "--jsonl", stdin=json.dumps({"id": 1, "text": BLOCKED}) + "\n")
    assert blocked.returncode == 1


def test_jsonl_with_a_text_argument_is_a_usage_error() -> None:
    assert_one_line_error(carepost("check", "--jsonl", "some text"))


@pytest.mark.parametrize(
    "args",
    [
        ("check", ""),  # empty text
        ("check", "   "),  # blank text
        ("check", "--platform", "myspace", "hello"),  # unknown platform
    ],
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...]) -> None:
    assert_one_line_error(carepost(*args))


def test_missing_text_from_empty_stdin() -> None:
    assert_one_line_error(carepost("check", "-", stdin=""))


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("organisation:\n  name: X\n", "organisation"),  # unknown key
        ("organization: [unclosed\n", "not valid YAML at line 2"),  # broken YAML, with where
        ("- a list\n", "top level"),  # not a mapping
        ("guardrails:\n  rules:\n    phi.nmae: {enabled: false}\n", "phi.nmae"),  # unknown rule id
    ],
)
def test_bad_config_exits_2_with_one_line(tmp_path: Path, body: str, needle: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    result = carepost("check", "--config", str(path), "--json", "hello")
    assert_one_line_error(result)
    assert needle in result.stderr


def test_missing_config_file(tmp_path: Path) -> None:
    result = carepost("check", "--config", str(tmp_path / "absent.yaml"), "hello")
    assert_one_line_error(result)
    assert "absent.yaml" in result.stderr


def test_config_changes_what_is_allowed(tmp_path: Path) -> None:
    text = "Questions? Write to jane.doe82@gmail.com"
    path = tmp_path / "own.yaml"
    path.write_text("organization:\n  emails: [jane.doe82@gmail.com]\n", encoding="utf-8")
    own = carepost("check", "--config", str(path), "--json", text)
    assert "phi.email" not in {f["rule"] for f in json.loads(own.stdout)["findings"]}
    other = carepost("check", "--json", text)
    assert "phi.email" in {f["rule"] for f in json.loads(other.stdout)["findings"]}


def test_a_global_config_option_applies_to_the_command(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("guardrails:\n  rules:\n    phi.nme: {enabled: false}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(bad), "check", "hello"])
    assert result.exit_code == 2
    assert "phi.nme" in result.output


def test_an_empty_text_in_a_batch_is_a_bad_line_not_a_pass() -> None:
    result = CliRunner().invoke(main, ["check", "--jsonl"], input='{"id": 7, "text": "   "}\n')
    assert result.exit_code == 2
    line = json.loads(result.output.splitlines()[0])
    assert line["id"] == 7 and "empty" in line["error"]
