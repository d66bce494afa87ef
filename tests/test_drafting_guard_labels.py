"""The topic guard takes an identifier's keyword out with its value: "Dana Whitfield MRN 7730021 knee surgery"
drafted as "MRN knee surgery #MRNKneeSurgery", marked pass, because the guardrails redact only the value."""

from __future__ import annotations

import pytest

from bot.config import config_from_mapping
from bot.drafting.models import DraftRequest
from bot.service import CarePost


@pytest.mark.parametrize(
    ("topic", "kept", "orphan"),
    [
        ("Dana Whitfield MRN 7730021 knee surgery", "knee surgery", "MRN"),  # the probe's topic
        ("MRN: 7730021 knee surgery", "knee surgery", "MRN"),  # a colon between label and value
        ("knee surgery, MRN #7730021, Dana Whitfield", "knee surgery", "MRN"),  # label, '#', value
        ("medical record number 7730021 knee surgery", "knee surgery", "record"),  # a label of several words
        ("knee surgery for member id 88812345", "knee surgery", "member"),  # health plan id: both words go
        ("acct no. 55512345 billing help", "billing help", "acct"),  # an abbreviated label with 'no.'
        ("flu shots, DOB 3/4/1950", "flu shots", "DOB"),  # a date of birth's label
        ("call 555-867-5309 flu shots", "flu shots", "call"),  # 'call' only pointed at the phone number
        ("patient in room 412 knee surgery", "patient knee surgery", "room"),  # 'in' pointed at 'room 412' (one span)
    ],
)
async def test_an_identifiers_keyword_goes_with_its_value(topic: str, kept: str, orphan: str) -> None:
    request = DraftRequest(pillar="education", topic=topic, platforms=["x", "instagram"])
    result = await CarePost(config_from_mapping({"drafting": {"drafter": "offline"}})).draft(request)
    assert result.topic == kept
    for draft in result.drafts:
        assert not any(orphan.strip().lower() in tag.lower() for tag in draft.hashtags), draft.hashtags


@pytest.mark.parametrize(
    "topic",
    [
        "patient record keeping tips",  # 'record' with no identifier after it is the subject: it stays
        "new phone line for appointments",  # 'phone' is a topic word when no number follows
    ],
)
async def test_a_label_word_with_no_identifier_after_it_stays(topic: str) -> None:
    request = DraftRequest(pillar="education", topic=topic, platforms=["x"])
    result = await CarePost(config_from_mapping({"drafting": {"drafter": "offline"}})).draft(request)
    assert result.topic == topic
