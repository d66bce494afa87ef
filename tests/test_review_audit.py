"""The audit trail: every transition on the record, and no PHI in clear anywhere in the database."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import create_engine, inspect, text

from bot.config import config_from_mapping
from bot.review.errors import ReviewRefusedError, SubmissionBlockedError
from bot.service import CarePost
from guardrails import Engine

pytestmark = pytest.mark.usefixtures("fresh_stores")

PHI = ("John", "Smith", "555-867-5309", "867-5309", "Maria Garcia", "snozzberry")


def dump_database(url: str) -> str:
    """Every value of every row of every table, as one string: what someone with the file could read."""
    engine = create_engine(url)
    try:
        values: list[str] = []
        with engine.connect() as connection:
            for table in inspect(engine).get_table_names():
                for row in connection.execute(text(f'SELECT * FROM "{table}"')):
                    values.extend(str(v) for v in row)
        return "\n".join(values)
    finally:
        engine.dispose()


@pytest.fixture
def service(stand_in_rules: type[Engine]) -> CarePost:
    config = config_from_mapping({"review": {"reviewers": ["U0REVIEW1"]}})
    return CarePost(config, engine=stand_in_rules(config.guardrail_settings()))


async def test_phi_is_stored_only_redacted(service: CarePost, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SubmissionBlockedError):  # blocked: not queued, but the attempt is on the record
        await service.review.submit(
            text="So glad John Smith is home! Call him at 555-867-5309 #Recovery",
            platform="facebook",
            submitted_by="U0AUTHOR",
            channel="slack",
        )
    item = await service.review.submit(
        text="Walk with a doc this Sunday #Health",
        platform="facebook",
        submitted_by="U0AUTHOR",
        channel="slack",
        topic="John Smith's recovery",
    )
    assert item.topic == "[NAME]'s recovery"
    await service.review.decide(
        "reject", item.id, by="U0REVIEW1", channel="teams", comment="Never name Maria Garcia or John Smith"
    )
    with pytest.raises(ReviewRefusedError):  # refused: goes on the record too
        await service.review.decide("approve", item.id, by="U0AUTHOR", channel="cli")
    with pytest.raises(SubmissionBlockedError) as unfixed:
        await service.review.submit(
            text="Thanks to the team who cared for the snozzberry patient",
            platform="x",
            submitted_by="U0A",
            channel="cli",
        )
    assert "snozzberry" not in unfixed.value.report.redacted_text  # a PHI finding that no fix removed
    raw = dump_database(service.config.database_url())
    assert "[NAME]" in raw and "[PHONE]" in raw
    assert "submit" in caplog.text
    for secret in PHI:
        assert secret not in raw, secret
        assert secret not in caplog.text, secret


async def test_every_transition_is_an_audit_event_with_who_what_when_and_where(service: CarePost) -> None:
    item = await service.review.submit(text="Flu clinic Friday", platform="x", submitted_by="U0A", channel="slack")
    with pytest.raises(ReviewRefusedError):  # not a reviewer
        await service.review.decide("approve", item.id, by="U0A", channel="slack")
    await service.review.decide("approve", item.id, by="U0REVIEW1", channel="teams")
    advocacy = await service.review.advocacy_pick()
    assert advocacy is not None
    await service.review.mark_published(advocacy.id, where="x", by="U0STAFF", channel="cli")
    events = await service.review.audit_log(item.id)
    assert [(e.actor, e.action.value, e.channel.value) for e in events] == [
        ("U0A", "submitted", "slack"),
        ("U0A", "refused", "slack"),
        ("U0REVIEW1", "approved", "teams"),
        ("U0STAFF", "published", "cli"),
    ]
    assert all(e.item_id == item.id and e.at.tzinfo is not None for e in events)
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert events[0].text == "Flu clinic Friday"
    assert events[3].detail == "x"
    assert len(await service.review.audit_log()) == 4
