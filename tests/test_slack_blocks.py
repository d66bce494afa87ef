"""Block Kit layout: what a social media manager reads, inside Slack's limits (50 blocks, 3000 characters per
section, 2000 per button value, 150 per header)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.adapters.slack import actions
from bot.adapters.slack.blocks import render, reviewer_message
from bot.drafting.models import DraftResult
from bot.intents import DraftIntent, InvalidIntent, SubmitIntent
from bot.policy.models import Answer, Citation
from bot.replies import AnswerReply, DraftReply, ErrorReply, HelpReply, PostView
from guardrails import Category, Finding, Severity, Verdict
from guardrails.settings import Platform

PHONE = Finding(
    rule="phi.phone", category=Category.PHI, severity=Severity.BLOCK, start=0, end=12, text="[PHONE]",
    message="Phone number that is not one of the organization's own",
)  # fmt: skip


def post(platform: str, text: str, verdict: Verdict = Verdict.PASS, **extra: Any) -> PostView:
    blocked = verdict is Verdict.BLOCK
    return PostView(
        platform=platform,
        verdict=verdict,
        text=None if blocked else text,
        preview=text if blocked else None,
        length=len(text),
        limit=3000,
        **extra,
    )


def draft_reply(posts: list[PostView]) -> DraftReply:
    request = DraftIntent(topic="heat stroke", pillar="education", platforms=[Platform(p.platform) for p in posts])
    return DraftReply(result=DraftResult(pillar="education", topic="heat stroke"), posts=posts, request=request)


def walk(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        found.append(block)
        found.extend(block.get("elements", []))
    return found


def test_six_long_posts_stay_inside_slack_limits() -> None:
    long_text = "Stay cool, drink water. " * 250  # 6000 characters: two sections per post
    reply = draft_reply([post(p.value, long_text, alt_text="A nurse with a water bottle") for p in Platform])
    _, blocks = render(reply)
    assert len(blocks) <= 50
    for element in walk(blocks):
        text = element.get("text")
        if isinstance(text, dict):
            assert len(text["text"]) <= (150 if element["type"] == "header" else 3000)
        if element.get("type") == "button":
            assert len(element["value"]) <= 2000
    # The whole post is there, over as many sections as it needs.
    shown = "".join(b["text"]["text"] for b in blocks if b["type"] == "section" and b["text"]["type"] == "plain_text")
    assert shown.count("Stay cool") >= 250


def test_a_post_too_long_for_a_button_value_is_kept_and_found_again() -> None:
    long_text = "Stay cool, drink water. " * 250
    _, blocks = render(draft_reply([post("linkedin", long_text)]))
    submit = next(e for e in walk(blocks) if e.get("action_id") == actions.SUBMIT)
    request = actions.decode(actions.SUBMIT, submit["value"])
    assert isinstance(request, SubmitIntent)
    assert request.text == long_text


def test_a_forgotten_long_post_asks_to_draft_again() -> None:
    value = json.dumps({"p": "linkedin", "t": "heat", "x": None, "k": "not-kept-here"})
    request = actions.decode(actions.SUBMIT, value)
    assert isinstance(request, InvalidIntent)
    assert "draft it again" in request.problem


def test_a_blocked_post_shows_the_redacted_preview_findings_and_no_submit_button() -> None:
    reply = draft_reply([post("x", "[PHONE] call me", Verdict.BLOCK, findings=[PHONE])])
    _, blocks = render(reply)
    text = json.dumps(blocks)
    assert "BLOCKED" in text
    assert "Redacted preview (NOT postable" in text
    assert "`phi.phone`: Phone number that is not one of the organization" in text
    assert actions.SUBMIT not in text
    assert actions.REGENERATE in text


@pytest.mark.parametrize(
    ("verdict", "badge"),
    [
        (Verdict.PASS, "PASS: ready to post"),  # each verdict gets its own clear badge
        (Verdict.WARN, "WARN: postable, read the warnings first"),
        (Verdict.FIX, "FIXED: postable after the automatic fixes shown"),
    ],
)
def test_each_postable_verdict_has_a_badge_length_and_a_submit_button(verdict: Verdict, badge: str) -> None:
    _, blocks = render(draft_reply([post("instagram", "Hello", verdict)]))
    text = json.dumps(blocks, ensure_ascii=False)
    assert badge in text
    assert "5/3000 characters" in text
    assert actions.SUBMIT in text


def test_post_text_is_plain_text_so_markup_in_a_post_is_shown_as_typed() -> None:
    _, blocks = render(draft_reply([post("facebook", "*Free* flu shots <today>")]))
    plain = [b for b in blocks if b["type"] == "section" and b["text"]["type"] == "plain_text"]
    assert plain[0]["text"]["text"] == "*Free* flu shots <today>"


def test_answers_put_each_citation_in_a_context_block() -> None:
    answer = Answer(
        answer="Never post identifiable images of patients without consent.",
        grounded=True,
        citations=[Citation(source="builtin/04-privacy.md", section="Photos", quote="Never post identifiable images")],
    )
    reply = AnswerReply(question="q", result=answer)
    _, blocks = render(reply)
    contexts = [b for b in blocks if b["type"] == "context"]
    assert len(contexts) == 1
    assert "builtin/04-privacy.md / Photos" in contexts[0]["elements"][0]["text"]


def test_user_words_are_escaped_in_mrkdwn() -> None:
    _, blocks = render(ErrorReply(message="I don't know <!channel> & friends"))
    assert "&lt;!channel&gt; &amp; friends" in blocks[0]["text"]["text"]


def test_help_lists_every_command() -> None:
    _, blocks = render(HelpReply())
    assert "draft [pillar] &lt;topic&gt;" in json.dumps(blocks)


def test_the_reviewer_message_mentions_the_group_in_the_review_channel() -> None:
    from datetime import UTC, datetime

    from bot.review.models import Channel, ReviewItem, ReviewState

    item = ReviewItem(
        id=7, state=ReviewState.SUBMITTED, platform="linkedin", text="Hello", verdict="pass",
        submitted_by="UALICE", submitted_via=Channel.SLACK, submitted_at=datetime.now(UTC),
    )  # fmt: skip
    _, blocks = reviewer_message(item, group="S0REVIEW")
    text = json.dumps(blocks)
    assert "<!subteam^S0REVIEW>" in text and "<@UALICE>" in text
    assert {actions.APPROVE, actions.REJECT, actions.CHANGES} <= {e.get("action_id") for e in walk(blocks)}
