"""conduct.political: political or partisan content."""

from __future__ import annotations

import pytest

from guardrails import Engine

RULE = "conduct.political"
ENGINE = Engine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vote for Jane Smith for governor on November 5!", True),  # a candidate
        ("Republicans want to cut your health care.", True),  # a party, partisan
        ("Tell your senator to oppose HB 1234.", True),  # legislation stance
        ("Election Day is Tuesday: make your voice heard.", True),  # election content
        ("We stand with Democrats on Medicaid expansion.", True),  # partisan stance
        ("Vote for Riverside in the Best of Springfield awards!", False),  # a popularity contest
        ("Dr. Chen was elected president of the state cardiology society.", False),  # professional honor
        ("Conservative treatment for back pain includes rest and physical therapy.", False),  # medical sense
        ("Is your child a candidate for ear tubes? Ask our ENT team.", False),  # medical candidate
        ("Flu shots are available this Saturday.", False),  # nothing political
        # issue #10: testimony and conferences take no side
        ("Dr. Ana Ruiz testified before the state legislature on nurse staffing ratios.", False),  # testimony
        ("Our CEO testified to the Senate health committee about rural hospital closures.", False),  # testimony
        ("Our cardiologists presented new research at the World Congress of Cardiology.", False),  # a conference
        ("Tell the state legislature to pass SB 22 and fund nurses now.", True),  # lobbying, not testimony
        # round 8: an office held, used as a visitor's title, is no stance (five rounds' sets thanked one)
        ("Thank you to State Senator Camille Durand for touring our new crisis center.", False),  # a visit, thanked
        ("Governor JB Pritzker toured our new unit this afternoon with our CEO.", False),  # a visit, reported
        ("Thank you, Senator, for your support of community health centers.", False),  # the title as a vocative
        ("Thank you Senator Ruiz for voting against Medicaid cuts!", True),  # a vote thanked: a stance
        ("Governor Smith wants to gut our funding. Call his office today.", True),  # no visit: politics
    ],
)
def test_conduct_political(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected
