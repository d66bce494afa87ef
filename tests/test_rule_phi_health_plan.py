"""phi.health_plan: member, beneficiary, policy and group numbers, and Medicare MBIs."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member ID: W123-456-789", ["W123-456-789"]),  # member id with a letter prefix
        ("policy number XJ99812", ["XJ99812"]),  # policy number
        ("Her NHS number is 943 476 5919.", ["943 476 5919"]),  # a national health number, not a phone
        ("group # 4471", ["4471"]),  # group number
        ("Medicare number 1EG4-TE5-MK73", ["1EG4-TE5-MK73"]),  # MBI after its keyword
        ("Her MBI is 1EG4TE5MK73", ["1EG4TE5MK73"]),  # MBI abbreviation
        ("card reads 1EG4-TE5-MK73", ["1EG4-TE5-MK73"]),  # the MBI layout stands on its own
        ("insurance card number 12345678", ["12345678"]),  # insurance card: plan, not account
        ("subscriber ID 889-221-00", ["889-221-00"]),  # subscriber id
        ("BCBS ID XYZ123456789", ["XYZ123456789"]),  # an insurer's name with ID: plan, not phi.id
        ("my member id is w123456 lol", ["w123456"]),  # a lower-case id in a casual comment
        ("Medicaid recipient ID LP833395-28 - coverage?", ["LP833395-28"]),  # a word between plan and ID
        ("Medicaid ID NR561089-10 please", ["NR561089-10"]),  # "NR" is part of the id, not "number"
        ("My card says member 13095178B but the portal differs", ["13095178B"]),  # "member" before a long id
        # issue #10 round 3: staff shorthand and the way insurers print ids
        ("Her Aetna ID is KLM 204 339 018 if that helps", ["KLM 204 339 018"]),  # letters and digit groups
        ("grp# 5521-B, policy 771204496 - denied again", ["5521-B", "771204496"]),  # group shorthand, bare policy
        ("mbr id JXK88213 on the screenshot, please blur", ["JXK88213"]),  # member abbreviated
        ("ins ID: 44Q-2210-98 shows in the pic", ["44Q-2210-98"]),  # insurance abbreviated
        # issue #10 round 5: an insurer's prefix and groups of two to four digits
        ("Prior auth still pending. Member ID XQB 442 18 903, group 7.", ["XQB 442 18 903"]),
        # issue #10 round 7: a few words between a member id and an unmistakable value
        ("She read her member ID out loud, QZR552019387, at the counter.", ["QZR552019387"]),
        ("her member ID W 8 8 3 - 2 0 1 - 7 7 4 is in the caption", ["W 8 8 3 - 2 0 1 - 7 7 4"]),  # spaced out
    ],
)
def test_health_plan_found(text: str, expected: list[str]) -> None:
    assert spans("phi.health_plan", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We accept most insurance plans, including Medicare and Medicaid",  # plans named, no number
        "Our visitor policy changes in 2024",  # "policy" without a number marker
        "Join our support group 2 times a month",  # "group" without a marker
        "Medicare open enrollment ends Dec 7",  # keyword and a date
        "Call 555-867-5309 about your plan",  # a phone number
        "Per policy NUR-104, visitors must sign in.",  # a staff policy's code, not a plan's id
        "Our policy 2024-11 update is on the intranet.",  # a policy's year and number
        "The new visitor policy takes effect 11/30/2024.",  # a date after "policy"
        "Our ins. team number is 555-0100.",  # 'ins.' with a phone number after more words
        "Member ID cards arrive in one to two weeks.",  # digit words, no id
        "Your member ID is on the card, 2024 edition.",  # words, then a year: no id of eight characters
    ],
)
def test_health_plan_not_found(text: str) -> None:
    assert spans("phi.health_plan", text) == []
