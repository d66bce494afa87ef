"""Publishing approved items (bot.review.publishing): claimed once, re-checked, retried a bounded number of times,
every attempt on the audit trail. The surface's `send` is a stand-in here; Teams' own is tested in test_teams_bot."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.config import config_from_mapping
from bot.deliveries import Conversation
from bot.review.models import AdvocacyItem
from bot.review.publishing import MAX_ATTEMPTS
from bot.service import CarePost
from guardrails import Engine

pytestmark = pytest.mark.usefixtures("fresh_stores")

CHANNEL = Conversation(key="teams:channel:19:advocacy", kind="channel", reference={"conversation": {"id": "19"}})


class Surface:
    """A stand-in for the Teams end: fails the first `failures` sends, then reaches every channel."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.sent: list[int] = []

    async def send(self, item: AdvocacyItem, channels: Sequence[Conversation]) -> list[str]:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("connector down")
        self.sent.append(item.id)
        return [c.key for c in channels]


def make_service(engine_class: type[Engine] = Engine) -> CarePost:
    config = config_from_mapping({"review": {"reviewers": ["U0REVIEW1"]}})
    return CarePost(config, engine=engine_class(config.guardrail_settings()))


async def approved_item(service: CarePost, text: str = "Walk with a doc this Sunday #Health") -> int:
    item = await service.review.submit(text=text, platform="linkedin", submitted_by="U0A", channel="teams")
    await service.review.decide("approve", item.id, by="U0REVIEW1", channel="teams")
    return item.id


async def trail(service: CarePost, item_id: int) -> list[str]:
    return [e.action.value for e in await service.review.audit_log(item_id)]


async def test_nothing_is_attempted_while_there_is_nowhere_to_post() -> None:
    service = make_service()
    item_id = await approved_item(service)
    assert await service.publishing.run(Surface().send) == 0
    assert await trail(service, item_id) == ["submitted", "approved"]  # no attempt spent


async def test_a_failed_send_is_retried_and_each_attempt_is_an_audit_row() -> None:
    service = make_service()
    await service.deliveries.remember(CHANNEL, advocacy=True)
    item_id = await approved_item(service)
    surface = Surface(failures=1)
    assert await service.publishing.run(surface.send) == 0
    assert await service.publishing.run(surface.send) == 1  # the next round tries again, and it goes out
    assert await trail(service, item_id) == ["submitted", "approved", "publish_failed", "published"]
    failed = [e for e in await service.review.audit_log(item_id) if e.action.value == "publish_failed"]
    assert failed[0].detail is not None and "attempt 1 of" in failed[0].detail and "ConnectionError" in failed[0].detail
    assert await service.publishing.run(surface.send) == 0  # published: never posted twice
    assert len(surface.sent) == 1


async def test_retries_are_bounded() -> None:
    service = make_service()
    await service.deliveries.remember(CHANNEL, advocacy=True)
    item_id = await approved_item(service)
    surface = Surface(failures=100)
    for _round in range(MAX_ATTEMPTS + 2):
        assert await service.publishing.run(surface.send) == 0
    assert (await trail(service, item_id)).count("publish_failed") == MAX_ATTEMPTS
    (item,) = await service.review.advocacy_list()
    assert item.published_at is None  # left for a person, still in the library


async def test_an_item_blocked_since_approval_is_a_failed_attempt_naming_the_rules(
    stand_in_rules: type[Engine],
) -> None:
    before = make_service()
    await before.deliveries.remember(CHANNEL, advocacy=True)
    item_id = await approved_item(before, "Our zorblax programme starts today")
    later = make_service(stand_in_rules)  # the configuration changed: the stand-in rule now blocks the word
    surface = Surface()
    assert await later.publishing.run(surface.send) == 0
    assert surface.sent == []
    (failed,) = [e for e in await later.review.audit_log(item_id) if e.action.value == "publish_failed"]
    assert failed.rules == ["standin.claim"]


async def test_two_instances_post_an_item_once() -> None:
    first, second = make_service(), make_service()
    await first.deliveries.remember(CHANNEL, advocacy=True)
    await approved_item(first)
    one, two = Surface(), Surface()
    assert await first.publishing.run(one.send) + await second.publishing.run(two.send) == 1
    assert len(one.sent) + len(two.sent) == 1
