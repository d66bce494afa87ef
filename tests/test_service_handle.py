"""The one door into the core, CarePost.handle: every request becomes a Reply, every failure an ErrorReply."""

from __future__ import annotations

import pytest

from bot.config import config_from_mapping
from bot.intents import (
    AdvocacyIntent,
    AskIntent,
    CheckIntent,
    DraftIntent,
    HelpIntent,
    Intent,
    InvalidIntent,
    ReviewIntent,
    SubmitIntent,
)
from bot.replies import (
    Actor,
    AdvocacyReply,
    AnswerReply,
    CheckReply,
    DraftReply,
    ErrorReply,
    HelpReply,
    ReviewItemReply,
    ReviewListReply,
    acknowledgement,
)
from bot.service import CarePost
from guardrails import Verdict
from guardrails.settings import Platform

ALICE = Actor(id="UALICE", channel="slack", display_name="alice")
REVIEWER = Actor(id="UREVIEW1", channel="slack", display_name="rev")
EVENT_POST = "Join us for our community 5K this Saturday at Riverside Park!"


@pytest.fixture
def service() -> CarePost:
    return CarePost(config_from_mapping({"review": {"reviewers": ["UREVIEW1", "boss@riversidehealth.org"]}}))


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        # Slow work gets a line at once; the platforms named as people know them.
        (DraftIntent(topic="flu", platforms=[Platform.X, Platform.LINKEDIN]), "Drafting for X, LinkedIn..."),
        (DraftIntent(topic="flu"), "Drafting for your usual platforms..."),  # defaults from app.yaml
        (AskIntent(question="may I?"), "Looking that up in the social media policy..."),
        (SubmitIntent(platform=Platform.YOUTUBE, text="t"), "Submitting the YouTube draft for review..."),
        (HelpIntent(), None),  # instant: no acknowledgement needed
        (CheckIntent(text="hello"), None),  # the guardrails are fast and local
    ],
)
def test_acknowledgements(request_: Intent, expected: str | None) -> None:
    assert acknowledgement(request_) == expected


async def test_help_and_invalid_words(service: CarePost) -> None:
    assert isinstance(await service.handle(HelpIntent(), ALICE), HelpReply)
    reply = await service.handle(InvalidIntent(problem="say more"), ALICE)
    assert reply == ErrorReply(message="say more")


async def test_a_check_shows_the_redacted_preview_and_hides_phi_in_findings(service: CarePost) -> None:
    text = "Huge thanks to Dana Whitfield (MRN 7730021) for sharing her knee replacement journey!"
    reply = await service.handle(CheckIntent(text=text, platform=Platform.X), ALICE)
    assert isinstance(reply, CheckReply)
    post = reply.post
    assert post.verdict is Verdict.BLOCK
    assert post.text is None  # nothing postable offered
    assert post.preview is not None and "7730021" not in post.preview
    assert all("7730021" not in (f.text or "") for f in post.findings)
    assert post.limit == 280


async def test_a_text_too_large_for_the_guardrails_is_a_message(service: CarePost) -> None:
    reply = await service.handle(CheckIntent(text="x" * 200_000), ALICE)
    assert isinstance(reply, ErrorReply)
    assert "guardrails could not check" in reply.message


async def test_a_draft_without_a_pillar_uses_education_and_reports_each_post(service: CarePost) -> None:
    reply = await service.handle(DraftIntent(topic="heat stroke", platforms=[Platform.X]), ALICE)
    assert isinstance(reply, DraftReply)
    assert reply.pillar == "education"
    assert reply.request.pillar == "education"  # buttons built from the reply know the pillar used
    (post,) = reply.posts
    assert post.platform == "x" and post.limit == 280 and post.length <= 280


async def test_phi_in_a_topic_never_reaches_the_buttons(service: CarePost) -> None:
    reply = await service.handle(DraftIntent(topic="flu shots for Jane Doe MRN 1234567", platforms=[Platform.X]), ALICE)
    assert isinstance(reply, DraftReply)
    assert "1234567" not in reply.request.topic
    assert reply.notices


async def test_regenerate_returns_one_platform(service: CarePost) -> None:
    asked = DraftIntent(topic="heat stroke", pillar="education", platforms=[Platform.LINKEDIN], variant=1)
    reply = await service.handle(asked, ALICE)
    assert isinstance(reply, DraftReply)
    assert [p.platform for p in reply.posts] == ["linkedin"]


async def test_an_unknown_pillar_from_a_button_is_a_message(service: CarePost) -> None:
    reply = await service.handle(DraftIntent(topic="flu", pillar="banana"), ALICE)
    assert isinstance(reply, ErrorReply)
    assert "banana" in reply.message


async def test_answers_keep_their_citations(service: CarePost) -> None:
    reply = await service.handle(AskIntent(question="how often should we post on LinkedIn?"), ALICE)
    assert isinstance(reply, AnswerReply)
    assert reply.grounded and reply.citations


async def test_the_review_path_and_its_refusals(service: CarePost) -> None:
    submitted = await service.handle(SubmitIntent(platform=Platform.FACEBOOK, text=EVENT_POST), ALICE)
    assert isinstance(submitted, ReviewItemReply) and submitted.event == "submitted"
    item_id = submitted.item.id
    listing = await service.handle(ReviewIntent(action="list"), ALICE)
    assert isinstance(listing, ReviewListReply) and [i.id for i in listing.items] == [item_id]
    # A comment is required to reject: the desk's own rule, the same on every surface.
    no_comment = await service.handle(ReviewIntent(action="reject", item_id=item_id), REVIEWER)
    assert isinstance(no_comment, ErrorReply) and "what should change" in no_comment.message
    # The author is not a reviewer: the desk's own sentence reaches the person.
    refused = await service.handle(ReviewIntent(action="approve", item_id=item_id), ALICE)
    assert isinstance(refused, ErrorReply) and "not a reviewer" in refused.message
    unknown = await service.handle(ReviewIntent(action="show", item_id=999), ALICE)
    assert isinstance(unknown, ErrorReply) and "999" in unknown.message
    approved = await service.handle(ReviewIntent(action="approve", item_id=item_id), REVIEWER)
    assert isinstance(approved, ReviewItemReply) and approved.item.state == "approved"
    library = await service.handle(AdvocacyIntent(platform=Platform.FACEBOOK), ALICE)
    assert isinstance(library, AdvocacyReply) and [i.review_id for i in library.items] == [item_id]


async def test_a_reviewer_known_by_e_mail_decides_as_that_e_mail(service: CarePost) -> None:
    submitted = await service.handle(SubmitIntent(platform=Platform.FACEBOOK, text=EVENT_POST), ALICE)
    assert isinstance(submitted, ReviewItemReply)
    boss = Actor(id="UBOSS", channel="slack", email="Boss@RiversideHealth.org")
    decided = await service.handle(ReviewIntent(action="changes", item_id=submitted.item.id, comment="hours?"), boss)
    assert isinstance(decided, ReviewItemReply)
    assert decided.item.reviewed_by is not None and decided.item.reviewed_by.lower() == "boss@riversidehealth.org"


async def test_one_person_under_two_identities_cannot_approve_their_own_draft(service: CarePost) -> None:
    author = Actor(id="UBOSS", channel="slack", email="boss@riversidehealth.org")
    submitted = await service.handle(SubmitIntent(platform=Platform.FACEBOOK, text=EVENT_POST), author)
    assert isinstance(submitted, ReviewItemReply)
    refused = await service.handle(ReviewIntent(action="approve", item_id=submitted.item.id), author)
    assert isinstance(refused, ErrorReply)


class BrokenService(CarePost):
    async def ask(self, question: str) -> object:  # type: ignore[override]
        raise ConnectionError("index gone")


async def test_an_unexpected_failure_is_a_message_naming_only_its_kind() -> None:
    reply = await BrokenService().handle(AskIntent(question="may I?"), ALICE)
    assert isinstance(reply, ErrorReply)
    assert "ConnectionError" in reply.message and "index gone" not in reply.message


def test_a_draft_without_platforms_is_acknowledged_with_the_configured_defaults() -> None:
    defaults = [Platform.FACEBOOK, Platform.X]
    assert acknowledgement(DraftIntent(topic="flu"), defaults) == "Drafting for Facebook, X..."


async def test_a_refused_topic_is_a_draft_reply_with_the_reason_and_no_posts(service: CarePost) -> None:
    from bot.adapters.terminal import render

    reply = await service.handle(DraftIntent(topic="how much ibuprofen should I take"), ALICE)
    assert isinstance(reply, DraftReply)
    assert reply.posts == [] and reply.refusal is not None and "medical advice" in reply.refusal
    assert reply.result.payload()["refused"]  # the command line prints the drafter's own result
    assert "medical advice" in str(render(reply))  # chat surfaces say it as an error
