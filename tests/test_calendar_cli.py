"""`carepost calendar` at its real boundary (click's CliRunner): the .ics read back with icalendar, the CSV with
the csv module, one-step submission to the review queue, and one-line usage errors with exit 2."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
from click.testing import CliRunner, Result

from bot.cli import main

pytestmark = pytest.mark.usefixtures("fresh_stores")

# "kidney" banned and graded block: the kidney slots are blocked, nothing else. Since the built-in list holds
# National Kidney Month (March) as well as World Kidney Day (Thursday 11 March 2027), that is the slots of both.
KIDNEY = {"World Kidney Day", "National Kidney Month"}
BLOCKING_YAML = """
guardrails:
  terms: {banned: [kidney]}
  rules: {conduct.banned_words: {severity: block}}
review:
  reviewers: ["compliance@riversidehealth.org"]
"""


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["calendar", *args], catch_exceptions=False)


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run(*args, "--json")
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def blocking_config(tmp_path: Path) -> str:
    path = tmp_path / "blocking.yaml"
    path.write_text(BLOCKING_YAML, encoding="utf-8")
    return str(path)


def test_ics_parses_back_one_event_per_slot_with_stable_uids(tmp_path: Path) -> None:
    code, plan = run_json("--month", "2027-03", "--ics", str(tmp_path / "a.ics"))
    assert code == 0 and plan["ics_file"] == str(tmp_path / "a.ics")
    run("--month", "2027-03", "--ics", str(tmp_path / "b.ics"))
    first, second = (tmp_path / "a.ics").read_bytes(), (tmp_path / "b.ics").read_bytes()
    assert first == second  # the same month exports the same file: re-importing updates, never doubles

    cal = icalendar.Calendar.from_ical(first)
    events = cal.walk("VEVENT")
    assert len(events) == len(plan["slots"]) == 82
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "America/Chicago"
    by_uid = {str(e["UID"]): e for e in events}
    assert set(by_uid) == {s["uid"] for s in plan["slots"]}
    slot = plan["slots"][0]
    event = by_uid[slot["uid"]]
    start = event.decoded("DTSTART")
    assert isinstance(start, datetime) and start == datetime.fromisoformat(slot["start"])
    assert str(start.tzinfo) == "America/Chicago" and start.weekday() < 5
    assert slot["text"] in str(event["DESCRIPTION"])  # the draft itself is in the event
    assert slot["topic"] in str(event["SUMMARY"])


def test_csv_parses_back_one_row_per_slot(tmp_path: Path) -> None:
    code, plan = run_json("--month", "2027-02", "--platform", "facebook,linkedin", "--csv", str(tmp_path / "m.csv"))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8"), newline="")))
    assert len(rows) == len(plan["slots"]) and {r["platform"] for r in rows} == {"facebook", "linkedin"}
    assert [r["uid"] for r in rows] == [s["uid"] for s in plan["slots"]]
    heart = [r for r in rows if r["observance"] == "American Heart Month"]
    assert heart and any("\n" in r["text"] for r in heart)  # multi-line posts survive the CSV quoting
    assert rows[0]["text"] == plan["slots"][0]["text"]
    assert all(r["time_zone"] == "America/Chicago" and r["date"].startswith("2027-02-") for r in rows)


def test_json_shape_lists_observances_weeks_and_mix() -> None:
    code, plan = run_json("--month", "2027-02")
    assert code == 0
    assert {"month", "time_zone", "follows", "mix", "platforms", "observances", "weeks", "slots", "blocked"} <= set(
        plan
    )
    assert plan["month"] == "2027-02" and plan["follows"] == "001"
    assert "American Heart Month" in {o["name"] for o in plan["observances"]}
    assert sum(w["count"] for w in plan["weeks"]) == len(plan["slots"])


def test_people_see_the_summary_and_every_slot() -> None:
    result = run("--month", "March 2027", "--platform", "linkedin")
    assert result.exit_code == 0
    assert "Content calendar for March 2027" in result.stdout
    assert "World Kidney Day" in result.stdout and "Posts per week" in result.stdout
    assert "carepost calendar --month 2027-03 --ics" in result.stdout  # how to export it


def test_submit_queues_postable_slots_and_reports_blocked_ones(blocking_config: str) -> None:
    code, plan = run_json("--month", "2027-03", "--platform", "x", "--submit", "--by", "U0AUTHOR",
                          "--config", blocking_config)  # fmt: skip
    assert code == 1  # a blocked slot makes the result blocked, as for draft
    blocked = plan["blocked"]
    assert blocked and all(s["observance"] in KIDNEY for s in plan["slots"] if s["uid"] in blocked)
    assert {s["uid"] for s in plan["slots"] if s["observance"] in KIDNEY} == set(blocked)
    submission = plan["submission"]
    assert submission["skipped"] == blocked
    assert len(submission["queued"]) == len(plan["slots"]) - len(blocked)
    listed = json.loads(CliRunner().invoke(main, ["review", "list", "--json", "--config", blocking_config]).stdout)[
        "items"
    ]
    assert len(listed) == len(submission["queued"])
    assert all(item["submitted_by"] == "U0AUTHOR" for item in listed)
    assert not any("kidney" in item["text"].lower() for item in listed)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--month", "2027-13"], "is not a month"),  # no thirteenth month
        (["--month", "soon"], "is not a month"),  # not a month at all
        (["--month", "2027-03", "--platform", "tiktok"], "tiktok"),  # a network CarePost has no profile for
        (["--month", "2027-03", "--platform", "youtube"], "posts_per_week"),  # not planned in app.yaml
        (["--month", "2027-03", "--submit"], "--by"),  # submitting needs an author
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args: list[str], says: str) -> None:
    result = CliRunner().invoke(main, ["calendar", *args])
    assert result.exit_code == 2
    assert says in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unwritable_export_path_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["calendar", "--month", "2027-03", "--ics", str(tmp_path / "no" / "x.ics")])
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_submitting_the_same_month_twice_queues_it_once(blocking_config: str) -> None:
    args = ("--month", "2027-03", "--platform", "linkedin", "--submit", "--by", "U0AUTHOR", "--config", blocking_config)
    _, first = run_json(*args)
    _, second = run_json(*args)
    assert first["submission"]["queued"] and not second["submission"]["queued"]
    assert second["submission"]["already_queued"] == [q["uid"] for q in first["submission"]["queued"]]
