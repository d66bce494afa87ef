"""Who may decide, and which steps are refused: every refusal names the reason and is on the record."""

from __future__ import annotations

import threading

import pytest

from bot.config import config_from_mapping
from bot.review.errors import ReviewInputError, ReviewRefusedError, SubmissionBlockedError
from bot.review.models import ReviewItem, ReviewState
from bot.service import CarePost
from guardrails import Engine

pytestmark = pytest.mark.usefixtures("fresh_stores")

REVIEWERS = ["compliance@riversidehealth.org", "U0REVIEW1", "5f3c2b1a-0000-4000-8000-00000000abcd"]


def make_service(engine_class: type[Engine] = Engine, **review: object) -> CarePost:
    config = config_from_mapping({"review": {"reviewers": REVIEWERS, **review}})
    return CarePost(config, engine=engine_class(config.guardrail_settings()))


@pytest.fixture
def service() -> CarePost:
    return make_service()


async def submit(
    service: CarePost, text: str = "Walk with a doc this Sunday #Health", by: str = "U0AUTHOR"
) -> ReviewItem:
    return await service.review.submit(text=text, platform="facebook", submitted_by=by, channel="slack")


async def last_refusal(service: CarePost, item_id: int) -> str:
    events = [e for e in await service.review.audit_log(item_id) if e.action.value == "refused"]
    assert events, "a refused step must be on the record"
    return events[-1].detail or ""


async def test_someone_not_listed_cannot_decide(service: CarePost) -> None:
    item = await submit(service)
    for action in ("approve", "reject", "changes"):
        with pytest.raises(ReviewRefusedError, match="U0RANDOM is not a reviewer") as refused:
            await service.review.decide(action, item.id, by="U0RANDOM", channel="slack", comment="x")
        assert "review.reviewers" in refused.value.reason
    assert (await service.review.get(item.id)).state is ReviewState.SUBMITTED
    assert "not a reviewer" in await last_refusal(service, item.id)


async def test_reviewers_are_matched_by_email_slack_id_or_teams_object_id_any_case(service: CarePost) -> None:
    for who in ("COMPLIANCE@RiversideHealth.org", "u0review1", "5F3C2B1A-0000-4000-8000-00000000ABCD"):
        item = await submit(service)
        assert (await service.review.decide("approve", item.id, by=who, channel="teams")).state is ReviewState.APPROVED


async def test_nobody_approves_their_own_draft(service: CarePost) -> None:
    item = await submit(service, by="Compliance@riversidehealth.org")
    with pytest.raises(ReviewRefusedError, match=r"submitted item .* cannot approve it"):
        await service.review.decide("approve", item.id, by="compliance@RIVERSIDEHEALTH.org", channel="cli")
    assert (await service.review.get(item.id)).state is ReviewState.SUBMITTED


async def test_self_approval_when_the_configuration_allows_it() -> None:
    service = make_service(allow_self_approval=True)
    item = await submit(service, by="U0REVIEW1")
    assert (
        await service.review.decide("approve", item.id, by="U0REVIEW1", channel="slack")
    ).state is ReviewState.APPROVED


async def test_approving_twice_or_after_a_rejection_is_refused(service: CarePost) -> None:
    item = await submit(service)
    await service.review.decide("approve", item.id, by="U0REVIEW1", channel="slack")
    with pytest.raises(ReviewRefusedError, match="already approved by U0REVIEW1, so it cannot be approved"):
        await service.review.decide("approve", item.id, by="compliance@riversidehealth.org", channel="cli")
    with pytest.raises(ReviewRefusedError, match=r"already approved .* cannot be rejected"):
        await service.review.decide("reject", item.id, by="U0REVIEW1", channel="cli", comment="changed my mind")
    other = await submit(service)
    await service.review.decide("reject", other.id, by="U0REVIEW1", channel="cli", comment="No")
    with pytest.raises(ReviewRefusedError, match="already rejected"):
        await service.review.decide("approve", other.id, by="U0REVIEW1", channel="cli")
    with pytest.raises(ReviewRefusedError, match="already rejected"):
        await service.review.decide("changes", other.id, by="U0REVIEW1", channel="cli", comment="x")
    assert len(await service.review.advocacy_list()) == 1


async def test_reject_and_request_changes_need_a_comment(service: CarePost) -> None:
    item = await submit(service)
    with pytest.raises(ReviewRefusedError, match="a comment is required"):
        await service.review.decide("reject", item.id, by="U0REVIEW1", channel="cli", comment="  ")


async def test_two_reviewers_at_once_make_one_approval(service: CarePost) -> None:
    """Two threads on the shared SQLite file: the conditional UPDATE lets one through."""
    import asyncio

    item = await submit(service)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(who: str) -> None:
        desk = service.review
        barrier.wait(timeout=30)
        try:
            outcomes.append(desk.decide_now("approve", item.id, by=who, channel="slack", comment=None).state.value)
        except ReviewRefusedError:
            outcomes.append("refused")

    await asyncio.gather(
        asyncio.to_thread(approve, "U0REVIEW1"), asyncio.to_thread(approve, "compliance@riversidehealth.org")
    )
    assert sorted(outcomes) == ["approved", "refused"]
    assert len(await service.review.advocacy_list()) == 1


async def test_a_blocked_text_is_never_queued(stand_in_rules: type[Engine]) -> None:
    service = make_service(stand_in_rules)
    with pytest.raises(SubmissionBlockedError, match=r"not put in the review queue") as refused:
        await submit(service, text="Great to see John Smith home after surgery")
    assert "standin.name" in refused.value.reason
    assert refused.value.report.verdict.value == "block"  # the findings, for the person to fix
    assert await service.review.list_items() == []
    (event,) = await service.review.audit_log()
    assert (event.action.value, event.item_id, event.text) == (
        "refused",
        None,
        "Great to see [NAME] home after surgery",
    )


async def test_the_guardrails_run_again_at_approval_with_the_configuration_of_now(stand_in_rules: type[Engine]) -> None:
    service = make_service()  # as submitted: before the rule existed
    item = await submit(service, text="Our zorblax programme starts today")
    assert item.verdict != "block"
    later = make_service(stand_in_rules)  # the configuration changed: the stand-in rule now blocks the word
    with pytest.raises(ReviewRefusedError, match=r"blocked by the guardrails as configured now \(standin.claim\)"):
        await later.review.decide("approve", item.id, by="U0REVIEW1", channel="teams")


async def test_publication_checks_the_guardrails_again(stand_in_rules: type[Engine]) -> None:
    service = make_service()
    item = await submit(service, text="The zorblax walk is back")
    approved = await service.review.decide("approve", item.id, by="U0REVIEW1", channel="teams")
    assert approved.advocacy_id is not None
    later = make_service(stand_in_rules)
    with pytest.raises(ReviewRefusedError, match="cannot be published"):
        await later.review.mark_published(approved.advocacy_id, where="facebook", by="U0STAFF")
    assert await later.review.advocacy_list() == []  # withheld from staff too
    assert await later.review.advocacy_pick() is None


async def test_bad_input_is_a_usage_error(service: CarePost) -> None:
    item = await submit(service)
    with pytest.raises(ReviewInputError, match="unknown channel 'fax'"):
        await service.review.decide("approve", item.id, by="U0REVIEW1", channel="fax")
    with pytest.raises(ReviewInputError, match="say who is acting"):
        await service.review.decide("approve", item.id, by=" ", channel="cli")
    with pytest.raises(ReviewInputError, match="unknown review state 'done'"):
        await service.review.list_items("done")


async def test_an_own_draft_is_recognised_under_another_identity(service: CarePost) -> None:
    """A reviewer listed by e-mail who submitted from Slack (Slack id, e-mail as alias) cannot approve it."""
    item = await service.review.submit(
        text="Walk with a doc",
        platform="x",
        submitted_by="U0ALICE",
        channel="slack",
        aliases=["Compliance@riversidehealth.org"],
    )
    assert item.submitter_aliases == ["Compliance@riversidehealth.org"]
    with pytest.raises(ReviewRefusedError, match="cannot approve it"):
        await service.review.decide("approve", item.id, by="compliance@riversidehealth.org", channel="slack")
    other = await submit(service, by="compliance@riversidehealth.org")
    with pytest.raises(ReviewRefusedError, match="cannot reject it"):
        await service.review.decide(
            "reject", other.id, by="U0REVIEW1", channel="slack", comment="x", aliases=["COMPLIANCE@riversidehealth.org"]
        )
    assert (
        await service.review.decide("approve", other.id, by="U0REVIEW1", channel="slack", aliases=["U0BOB"])
    ).state.value == "approved"
