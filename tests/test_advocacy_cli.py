"""`carepost advocacy list|publish`: the approved library in the contract shape; never an unapproved item."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import main

pytestmark = pytest.mark.usefixtures("fresh_stores")


@pytest.fixture
def config(tmp_path: Path) -> str:
    path = tmp_path / "review.yaml"
    path.write_text('review:\n  reviewers: ["U0REVIEW1"]\n', encoding="utf-8")
    return str(path)


def run_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(main, [*args, "--json"], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout) if result.stdout else {}


def submit_and_approve(config: str, text: str, platform: str, approve: bool = True) -> int:
    _code, item = run_json("review", "submit", "--by", "U0A", "--platform", platform, text, "--config", config)
    if approve:
        run_json("review", "approve", str(item["id"]), "--by", "U0REVIEW1", "--config", config)
    return int(item["id"])


def test_advocacy_list_holds_approved_items_only_in_the_contract_shape(config: str) -> None:
    submit_and_approve(config, "Share our blood drive #GiveBlood", "linkedin")
    submit_and_approve(config, "Not approved yet", "linkedin", approve=False)
    submit_and_approve(config, "On X #Health", "twitter")
    code, library = run_json("advocacy", "list", "--config", config)
    assert code == 0
    assert [i["text"] for i in library["items"]] == ["On X #Health", "Share our blood drive #GiveBlood"]
    for item in library["items"]:
        assert {"id", "platform", "text", "approved_by", "approved_at"} <= item.keys()
        assert item["approved_by"] == "U0REVIEW1"
    code, linkedin = run_json("advocacy", "list", "--platform", "linkedin", "--config", config)
    assert [i["platform"] for i in linkedin["items"]] == ["linkedin"]
    assert linkedin["items"][0]["hashtags"] == ["#GiveBlood"]


def test_publish_marks_the_item_and_unknown_ids_exit_2(config: str) -> None:
    submit_and_approve(config, "Share our blood drive", "facebook")
    _code, library = run_json("advocacy", "list", "--config", config)
    advocacy_id = str(library["items"][0]["id"])
    code, published = run_json("advocacy", "publish", advocacy_id, "--by", "U0STAFF", "--config", config)
    assert code == 0 and published["published_where"] == "facebook" and published["published_by"] == "U0STAFF"
    result = CliRunner().invoke(main, ["advocacy", "publish", "77", "--by", "U0STAFF", "--config", config])
    assert result.exit_code == 2 and "no advocacy item 77" in result.stderr


def test_people_get_a_table(config: str) -> None:
    empty = CliRunner().invoke(main, ["advocacy", "list", "--config", config])
    assert empty.exit_code == 0 and "Nothing approved" in empty.stdout
    submit_and_approve(config, "Share our blood drive", "facebook")
    table = CliRunner().invoke(main, ["advocacy", "list", "--config", config])
    assert "Advocacy library" in table.stdout and "U0REVIEW1" in table.stdout


def test_pick_gives_an_approved_item_or_exits_1(config: str) -> None:
    submit_and_approve(config, "Never approved", "linkedin", approve=False)
    code, nothing = run_json("advocacy", "pick", "--platform", "linkedin", "--config", config)
    assert code == 1 and nothing["item"] is None
    submit_and_approve(config, "Share this week #Advocacy", "linkedin")
    code, picked = run_json("advocacy", "pick", "--platform", "linkedin", "--config", config)
    assert code == 0 and picked["item"]["text"] == "Share this week #Advocacy"
    text = CliRunner().invoke(main, ["advocacy", "pick", "--config", config])
    assert "Share this week" in text.stdout and "U0REVIEW1" in text.stdout
