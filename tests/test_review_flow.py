"""The whole path on the service: submit -> approve -> advocacy library -> pick -> publish, and the other exits."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import config_from_mapping
from bot.review.errors import ReviewNotFoundError
from bot.review.models import ReviewState
from bot.service import CarePost

pytestmark = pytest.mark.usefixtures("fresh_stores")

REVIEWER = "compliance@riversidehealth.org"
AUTHOR = "U0AUTHOR"
POST = "Free flu shots this Saturday at our Springfield clinic. #FluSeason #Community"


@pytest.fixture
def service() -> CarePost:
    return CarePost(config_from_mapping({"review": {"reviewers": [REVIEWER, "U0REVIEW1"]}}))


async def test_submit_approve_and_the_item_joins_the_advocacy_library(service: CarePost) -> None:
    item = await service.review.submit(
        text=POST, platform="linkedin", submitted_by=AUTHOR, channel="slack", pillar="Community", topic="flu shots"
    )
    assert item.state is ReviewState.SUBMITTED
    assert [i.id for i in await service.review.list_items("submitted")] == [item.id]
    assert await service.review.advocacy_list() == []  # nothing unapproved is ever in the library
    assert await service.review.advocacy_pick(platform="linkedin") is None

    approved = await service.review.decide("approve", item.id, by=REVIEWER, channel="teams", comment="Lovely")
    assert approved.state is ReviewState.APPROVED
    assert approved.reviewed_by == REVIEWER
    assert approved.advocacy_id is not None
    assert await service.review.list_items("submitted") == []

    library = await service.review.advocacy_list(platform="linkedin", pillar="community")
    assert [a.review_id for a in library] == [item.id]
    entry = library[0]
    assert entry.approved_by == REVIEWER
    assert entry.hashtags == ["#FluSeason", "#Community"]
    assert entry.text.startswith("Free flu shots")
    assert await service.review.advocacy_list(platform="facebook") == []

    picked = await service.review.advocacy_pick(platform="linkedin")
    assert picked is not None and picked.id == entry.id
    assert await service.review.get_advocacy(approved.advocacy_id) == entry
    published = await service.review.mark_published(entry.id, where="linkedin", by="U0STAFF", channel="teams")
    assert published.published_where == "linkedin" and published.published_at is not None

    actions = [(e.action.value, e.channel.value) for e in await service.review.audit_log(item.id)]
    assert actions == [("submitted", "slack"), ("approved", "teams"), ("published", "teams")]


async def test_pick_prefers_an_item_not_yet_published(service: CarePost) -> None:
    ids = []
    for text in ("First post #One", "Second post #Two"):
        item = await service.review.submit(text=text, platform="x", submitted_by=AUTHOR, channel="cli")
        ids.append((await service.review.decide("approve", item.id, by=REVIEWER, channel="cli")).advocacy_id)
    newest = await service.review.advocacy_pick(platform="twitter")
    assert newest is not None and newest.id == ids[1]
    await service.review.mark_published(ids[1], where="x", by=AUTHOR)
    fresh = await service.review.advocacy_pick(platform="x")
    assert fresh is not None and fresh.id == ids[0]


async def test_reject_and_request_changes_keep_the_item_out_of_the_library(service: CarePost) -> None:
    rejected = await service.review.submit(text="Post one", platform="x", submitted_by=AUTHOR, channel="cli")
    sent_back = await service.review.submit(text="Post two", platform="x", submitted_by=AUTHOR, channel="cli")
    after_reject = await service.review.decide(
        "reject", rejected.id, by="u0review1", channel="slack", comment="Off brand"
    )
    after_changes = await service.review.decide(
        "changes", sent_back.id, by=REVIEWER, channel="slack", comment="Add a CTA"
    )
    assert after_reject.state is ReviewState.REJECTED and after_reject.comment == "Off brand"
    assert after_changes.state is ReviewState.CHANGES_REQUESTED
    assert await service.review.advocacy_list() == []
    assert {i.state for i in await service.review.list_items()} == {ReviewState.REJECTED, ReviewState.CHANGES_REQUESTED}


async def test_unknown_ids_are_a_clear_error(service: CarePost) -> None:
    with pytest.raises(ReviewNotFoundError, match="no review item 42"):
        await service.review.get(42)
    with pytest.raises(ReviewNotFoundError, match="no review item abc"):
        await service.review.decide("approve", "abc", by=REVIEWER, channel="cli")
    with pytest.raises(ReviewNotFoundError, match="no advocacy item 7"):
        await service.review.mark_published(7, where="x", by=REVIEWER)


async def test_claims_and_conversations_through_the_service(service: CarePost) -> None:
    from bot.deliveries import Conversation

    assert await service.deliveries.claim("slack", "Ev1") is True
    assert await service.deliveries.claim("slack", "Ev1") is False
    chat = Conversation(key="teams:personal:1", kind="personal", user_id="U0REVIEW1", reference={"a": 1})
    channel = Conversation(key="teams:channel:19", kind="channel", reference={"b": 2})
    await service.deliveries.remember(chat)
    await service.deliveries.remember(channel, advocacy=True)
    await service.deliveries.remember(channel)  # refreshed: still the advocacy channel
    assert [c.key for c in await service.deliveries.advocacy_channels()] == ["teams:channel:19"]
    assert [c.key for c in await service.deliveries.reviewer_chats()] == ["teams:personal:1"]


async def test_reviewers_are_recognised_under_any_identity_without_case(service: CarePost) -> None:
    from bot.replies import Actor

    assert service.may_decide(Actor(id="UX", channel="slack", email="Compliance@RiversideHealth.org"))
    assert service.may_decide(Actor(id=" u0review1 ", channel="slack"))
    assert not service.may_decide(Actor(id="U0AUTHOR", channel="slack"))
    assert not service.may_decide(Actor(id="", channel="cli"))


async def test_the_store_can_be_prepared_at_start_up(service: CarePost) -> None:
    from pathlib import Path

    await service.review.prepare()
    assert Path(service.config.database_url().removeprefix("sqlite:///")).is_file()


async def test_pillars_are_stored_by_their_key_and_unknown_ones_refused(service: CarePost) -> None:
    from bot.review.errors import ReviewInputError

    item = await service.review.submit(
        text="Hi", platform="x", submitted_by=AUTHOR, channel="cli", pillar="Educational"
    )
    assert item.pillar == "education"
    with pytest.raises(ReviewInputError, match="gossip"):
        await service.review.submit(text="Hi", platform="x", submitted_by=AUTHOR, channel="cli", pillar="gossip")


async def test_the_store_and_the_engine_are_passed_in(tmp_path: Path) -> None:
    """Two services on two stores see only their own queue; the engine given is the one that checks."""
    from bot.store.store import Store
    from guardrails import Engine

    config = config_from_mapping({"review": {"reviewers": [REVIEWER]}})
    engine = Engine(config.guardrail_settings())
    first, second = (Store.open_new(f"sqlite:///{tmp_path / name}.db") for name in ("one", "two"))
    try:
        one, two = CarePost(config, engine=engine, store=first), CarePost(config, engine=engine, store=second)
        await one.review.submit(text="Hi", platform="x", submitted_by=AUTHOR, channel="cli")
        assert len(await one.review.list_items()) == 1 and await two.review.list_items() == []
        assert one.engine is engine and one.review.engine is engine
        assert one.review is one.review  # one desk per service, built once
    finally:
        first.close()
        second.close()
