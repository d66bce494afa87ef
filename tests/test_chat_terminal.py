"""`carepost chat`: the Slack conversation in a terminal, driven through a pipe and in-process."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from bot.adapters.terminal import TerminalChat
from bot.config import config_from_mapping
from bot.replies import Actor, AnswerReply, CheckReply, ErrorReply, ReviewItemReply
from bot.service import CarePost

PHI_TEXT = "Huge thanks to Dana Whitfield (MRN 7730021) for sharing her knee replacement journey!"


def chat_session(who: str = "UALICE", reviewers: list[str] | None = None) -> tuple[TerminalChat, io.StringIO]:
    out = io.StringIO()
    service = CarePost(config_from_mapping({"review": {"reviewers": reviewers or []}}))
    console = Console(file=out, width=100, force_terminal=False, color_system=None)
    return TerminalChat(service, Actor(id=who, channel="cli", display_name=who), console), out


def test_piped_stdin_is_a_whole_conversation() -> None:
    lines = f"help\ncheck this: {PHI_TEXT}\ncan I share a patient's photo?\nquit\nhelp\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--as", "UALICE"],
        input=lines,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "What CarePost can do" in out
    assert "phi.mrn" in out and "7730021" not in out  # flagged, and the identifier is not echoed back
    assert ".md" in out  # the policy answer cites the guide
    assert out.count("What CarePost can do") == 1  # nothing after `quit` is read
    assert out.rstrip().endswith("Bye.")


async def test_follow_up_words_need_a_draft_first() -> None:
    session, _ = chat_session()
    reply = await session.say("submit linkedin")
    assert isinstance(reply, ErrorReply)
    assert "draft" in reply.message


async def test_check_and_ask_go_through_the_same_dispatch() -> None:
    session, out = chat_session()
    assert isinstance(await session.say(f"check this for x: {PHI_TEXT}"), CheckReply)
    assert "/280 characters" in out.getvalue()
    answer = await session.say("how often should we post on LinkedIn?")
    assert isinstance(answer, AnswerReply)
    assert answer.grounded


async def test_a_reviewer_approves_in_the_terminal_and_a_non_reviewer_is_refused() -> None:
    author, _ = chat_session("UALICE", reviewers=["ureview1"])
    item = await author.service.review.submit(
        text="Join us for our community 5K this Saturday!", platform="facebook", submitted_by="UALICE", channel="cli"
    )
    refused = await author.say(f"approve {item.id}")
    assert isinstance(refused, ErrorReply)
    assert "not a reviewer" in refused.message
    reviewer, out = chat_session("UREVIEW1", reviewers=["ureview1"])
    reviewer.service = author.service
    decided = await reviewer.say(f"reject {item.id}: say which Saturday")
    assert isinstance(decided, ReviewItemReply)
    assert decided.item.state == "rejected"
    assert decided.item.comment == "say which Saturday"
    assert "rejected" in out.getvalue()


def test_a_rejection_without_a_reason_says_how_to_give_one_in_chat(tmp_path: Path) -> None:
    # The chat's old hint ("reject 12: ...") was lost when the comment rule moved into the review desk: the
    # person was told a comment is required and not how to type one.
    config = tmp_path / "app.yaml"
    config.write_text("review: {reviewers: [UREVIEW1]}\n")
    care = [sys.executable, "-m", "bot"]
    submit = [*care, "review", "submit", "--json", "--by", "UALICE", "--platform", "x", "Our 5K is on Saturday!"]
    submitted = subprocess.run([*submit, "--config", str(config)], capture_output=True, text=True, check=True)
    item_id = json.loads(submitted.stdout)["id"]
    result = subprocess.run(
        [*care, "chat", "--as", "UREVIEW1", "--config", str(config)],
        input=f"reject {item_id}\nrequest changes on {item_id}\n",
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert result.returncode == 0, result.stderr
    assert f"`reject {item_id}: please remove" in result.stdout
    assert f"`request changes on {item_id}: please remove" in result.stdout
