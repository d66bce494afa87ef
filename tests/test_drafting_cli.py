"""`carepost draft` as ../shared/spec/interface.md specifies it: output, --json shape, exit codes, errors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests import fake_openai
from tests.fake_openai import FakeOpenAI


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["draft", *args])
    return result.exit_code, result.stdout, result.stderr


def test_readable_output_for_every_platform() -> None:
    code, out, _err = invoke("--pillar", "education", "--topic", "flu shots")
    assert code == 0
    for platform in ("facebook", "x", "instagram", "linkedin", "threads", "youtube"):
        assert f"{platform} ·" in out
    assert "/280 weighted characters" in out
    assert "PASS" in out and "Hashtags:" in out and "Alt text:" in out and "Title:" in out
    assert "Not ready yet" not in out  # a built-in topic has its facts: the summary does not hedge


def test_summary_says_postable_skeletons_still_need_facts() -> None:
    """'6 postable' alone read as 'ready to post' under drafts full of [placeholders]: the summary says so too."""
    code, out, _err = invoke("--pillar", "education", "--topic", "childhood asthma", "--platform", "x")
    assert code == 0
    summary = " ".join(out.split())
    assert "1 postable, 0 blocked." in summary
    assert "Not ready yet: 1 of the 1 postable need facts" in summary


def test_json_shape() -> None:
    code, out, _err = invoke("--pillar", "education", "--topic", "flu shots", "--platform", "x,youtube", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"pillar", "topic", "drafts"}
    assert data["pillar"] == "education" and data["topic"] == "flu shots"
    assert [d["platform"] for d in data["drafts"]] == ["x", "youtube"]
    for draft in data["drafts"]:
        assert set(draft) >= {"platform", "text", "verdict", "findings", "hashtags"}
        assert draft["verdict"] in ("pass", "warn", "fix")
        assert draft["postable"] is True and draft["posting_frequency"]  # the sources' posting rhythm
    assert "alt_text" in data["drafts"][0]
    assert data["drafts"][1]["title"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # unknown pillar: the valid ones are listed
        (["--pillar", "memes", "--topic", "sleep"], "use one of: education, community, promotion, thought-leadership"),
        # unknown platform: the valid ones are listed
        (["--pillar", "education", "--topic", "sleep", "--platform", "x,tiktok"], "unknown platform 'tiktok'"),
        # empty topic
        (["--pillar", "education", "--topic", "  "], "the topic is empty"),
        # no platform at all
        (["--pillar", "education", "--topic", "sleep", "--platform", ","], "no platform given"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args: list[str], expected: str) -> None:
    code, out, err = invoke(*args, "--json")
    assert code == 2
    assert out == ""
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_option_is_exit_2() -> None:
    code, _out, _err = invoke("--topic", "sleep")
    assert code == 2


def test_refused_topic_is_exit_1_with_the_reason() -> None:
    code, out, _err = invoke("--pillar", "education", "--topic", "how much ibuprofen should I take", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["drafts"] == [] and "medical advice" in data["refused"]


@pytest.fixture
async def blocking_llm(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.default = fake_openai.with_text(fake_openai.PHI_TEXT)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", await server.start())
    yield server
    await server.stop()


async def test_blocked_draft_is_exit_1(blocking_llm: FakeOpenAI, tmp_path: object) -> None:
    import asyncio

    code, out, _err = await asyncio.to_thread(
        invoke, "--pillar", "education", "--topic", "flu shots", "--platform", "x", "--json"
    )
    assert code == 1
    (draft,) = json.loads(out)["drafts"]
    assert draft["verdict"] == "block" and draft["postable"] is False
    assert "555-867-5309" not in out
