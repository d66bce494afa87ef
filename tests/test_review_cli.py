"""`carepost review ...` on the command line: the JSON shapes of interface.md and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from bot.cli import main

pytestmark = pytest.mark.usefixtures("fresh_stores")

APP_YAML = 'review:\n  reviewers: ["compliance@riversidehealth.org", "U0REVIEW1"]\n'


@pytest.fixture
def config(tmp_path: Path) -> str:
    path = tmp_path / "review.yaml"
    path.write_text(APP_YAML, encoding="utf-8")
    return str(path)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run(*args, "--json")
    return result.exit_code, json.loads(result.stdout)


def test_submit_list_show_approve_in_the_contract_shapes(config: str) -> None:
    code, submitted = run_json(
        "review", "submit", "--by", "U0AUTHOR", "--platform", "linkedin", "--pillar", "education",
        "--topic", "flu", "Get your flu shot #FluSeason", "--config", config,
    )  # fmt: skip
    assert code == 0
    assert {"id", "state", "verdict", "findings", "text"} <= submitted.keys()
    assert submitted["state"] == "submitted" and submitted["verdict"] in ("pass", "warn", "fix")
    item_id = str(submitted["id"])

    code, listed = run_json("review", "list", "--config", config)
    assert code == 0
    row = listed["items"][0]
    assert {"id", "state", "platform", "text", "submitted_by"} <= row.keys()
    assert "reviewed_by" not in row  # only once someone decided
    assert (row["id"], row["platform"], row["submitted_by"]) == (submitted["id"], "linkedin", "U0AUTHOR")

    code, approved = run_json("review", "approve", item_id, "--by", "U0REVIEW1", "--config", config)
    assert code == 0
    assert (approved["id"], approved["state"], approved["reviewed_by"]) == (submitted["id"], "approved", "U0REVIEW1")

    code, listed = run_json("review", "list", "--state", "approved", "--config", config)
    assert listed["items"][0]["reviewed_by"] == "U0REVIEW1"
    code, listed = run_json("review", "list", "--state", "submitted", "--config", config)
    assert listed == {"items": []}

    code, shown = run_json("review", "show", item_id, "--config", config)
    assert code == 0 and shown["state"] == "approved"
    assert [e["action"] for e in shown["audit"]] == ["submitted", "approved"]


@pytest.mark.parametrize(
    ("who", "why"),
    [
        ("U0STRANGER", "is not a reviewer"),  # not listed under review.reviewers
        ("U0REVIEW1", "cannot approve it"),  # the reviewer's own draft
    ],
)
def test_a_refused_step_exits_1_with_an_error_object(config: str, who: str, why: str) -> None:
    _code, submitted = run_json("review", "submit", "--by", "U0REVIEW1", "--platform", "x", "Hi", "--config", config)
    code, refused = run_json("review", "approve", str(submitted["id"]), "--by", who, "--config", config)
    assert code == 1
    assert list(refused) == ["error"] and why in refused["error"]


def test_double_approval_and_reject_after_approval_exit_1(config: str) -> None:
    _code, submitted = run_json("review", "submit", "--by", "U0A", "--platform", "x", "Hello", "--config", config)
    item_id = str(submitted["id"])
    assert run_json("review", "approve", item_id, "--by", "U0REVIEW1", "--config", config)[0] == 0
    code, again = run_json("review", "approve", item_id, "--by", "compliance@riversidehealth.org", "--config", config)
    assert code == 1 and "already approved" in again["error"]
    result = run("review", "reject", item_id, "--by", "U0REVIEW1", "--comment", "no", "--config", config)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("carepost: item") and result.stderr.count("\n") == 1


def test_changes_and_reject_need_a_comment_and_record_it(config: str) -> None:
    _code, submitted = run_json("review", "submit", "--by", "U0A", "--platform", "x", "Hello", "--config", config)
    item_id = str(submitted["id"])
    assert run("review", "changes", item_id, "--by", "U0REVIEW1", "--config", config).exit_code == 2
    code, changed = run_json(
        "review", "changes", item_id, "--by", "U0REVIEW1", "--comment", "Add a CTA", "--config", config
    )
    assert code == 0 and changed["state"] == "changes_requested" and changed["comment"] == "Add a CTA"


def test_a_blocked_submission_exits_1_and_queues_nothing(config: str) -> None:
    """Issue #11: an item the guardrails block could never be approved; it is not queued at all."""
    code, refused = run_json(
        "review", "submit", "--by", "U0A", "--platform", "x", "Call Dana about MRN 7730021", "--config", config
    )
    assert code == 1
    assert "not put in the review queue" in refused["error"]
    assert (refused["id"], refused["state"], refused["verdict"]) == (None, None, "block")
    assert refused["findings"] and "7730021" not in json.dumps(refused)  # findings shown, PHI hidden
    assert run_json("review", "list", "--config", config)[1] == {"items": []}
    code, trail = run_json("review", "audit", "--config", config)
    assert [(e["actor"], e["action"], e["item_id"]) for e in trail["events"]] == [("U0A", "refused", None)]
    result = run("review", "submit", "--by", "U0A", "--platform", "x", "MRN 7730021 is home", "--config", config)
    assert result.exit_code == 1 and "not put in the review queue" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("review", "approve", "999", "--by", "U0REVIEW1"), "no review item 999"),  # unknown id
        (("review", "list", "--state", "finished"), "unknown review state"),  # not one of the four states
        (("review", "submit", "--by", "U0A", "--platform", "myspace", "Hi"), "unknown platform"),  # bad platform
        (("review", "submit", "--by", "U0A", "--platform", "x", " "), "empty"),  # nothing to submit
    ],
)
def test_bad_usage_exits_2_with_one_line(config: str, args: tuple[str, ...], message: str) -> None:
    result = run(*args, "--config", config)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_submit_reads_standard_input_and_people_get_rich_output(config: str) -> None:
    result = run("review", "submit", "--by", "U0A", "--platform", "x", "-", "--config", config, stdin="From stdin\n")
    assert result.exit_code == 0
    assert "Submitted item 1" in result.stdout
    listing = run("review", "list", "--config", config)
    assert listing.exit_code == 0 and "From stdin" in listing.stdout
    assert "Audit trail" in run("review", "show", "1", "--config", config).stdout


def test_an_unreachable_database_is_one_line_and_exit_3(config: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pg import free_port

    monkeypatch.setenv("CAREPOST_DATABASE_URL", f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none")
    result = run("review", "list", "--json", "--config", config)
    assert result.exit_code == 3
    assert "review database is not reachable" in result.stderr and "CAREPOST_DATABASE_URL" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "url",
    [
        "not a url",  # not a URL at all
        "postgresql://bob:s3cret@host:port/db",  # a port that is not a number (and a password never echoed)
        "mysql+nosuchdriver://u@h/db",  # a dialect or driver this installation does not have
    ],
)
def test_an_unusable_database_url_is_a_config_error_exit_2(
    config: str, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("CAREPOST_DATABASE_URL", url)
    result = run("review", "list", "--config", config)
    assert result.exit_code == 2
    assert "CAREPOST_DATABASE_URL cannot be used" in result.stderr and result.stderr.count("\n") == 1
    assert "s3cret" not in result.output


def test_plain_postgresql_urls_mean_psycopg_3() -> None:
    from bot.store.db import make_engine

    engine = make_engine("postgresql://u@127.0.0.1:1/db")
    try:
        assert engine.url.drivername == "postgresql+psycopg"
    finally:
        engine.dispose()


def test_alias_catches_an_own_draft_from_the_command_line(config: str) -> None:
    _code, submitted = run_json(
        "review", "submit", "--by", "U0ALICE", "--alias", "compliance@riversidehealth.org", "--platform", "x", "Hi",
        "--config", config,
    )  # fmt: skip
    code, refused = run_json(
        "review", "approve", str(submitted["id"]), "--by", "compliance@riversidehealth.org", "--config", config
    )
    assert code == 1 and "cannot approve it" in refused["error"]
    # the refusal names who submitted it (was "compliance@... submitted item N": the alias, not the submitter)
    assert refused["error"].startswith(f"U0ALICE submitted item {submitted['id']}, so compliance@")
    _code, own = run_json("review", "submit", "--by", "U0REVIEW1", "--platform", "x", "Hi", "--config", config)
    code, refused = run_json("review", "approve", str(own["id"]), "--by", "u0review1", "--config", config)
    assert refused["error"].startswith(f"u0review1 submitted item {own['id']} and cannot approve it")


def test_the_audit_trail_on_the_command_line(config: str) -> None:
    _code, first = run_json("review", "submit", "--by", "U0A", "--platform", "x", "One", "--config", config)
    run_json("review", "submit", "--by", "U0B", "--platform", "x", "Two", "--config", config)
    run_json("review", "approve", str(first["id"]), "--by", "U0REVIEW1", "--config", config)
    code, trail = run_json("review", "audit", "--config", config)
    assert code == 0
    assert [(e["actor"], e["action"], e["channel"]) for e in trail["events"]] == [
        ("U0A", "submitted", "cli"),
        ("U0B", "submitted", "cli"),
        ("U0REVIEW1", "approved", "cli"),
    ]
    code, only = run_json("review", "audit", "--item", str(first["id"]), "--config", config)
    assert [e["action"] for e in only["events"]] == ["submitted", "approved"]
    assert "Audit trail" in run("review", "audit", "--config", config).stdout
