"""phi.ssn: social security numbers; issued ranges without a keyword, anything after "SSN"."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her SSN is 123-45-6789.", ["123-45-6789"]),  # keyword and dashes
        ("social security number 123456789", ["123456789"]),  # keyword, no dashes
        ("Number 123 45 6789 on the form", ["123 45 6789"]),  # spaced form in the issued ranges, no keyword
        ("SSN 987-65-4321", ["987-65-4321"]),  # outside the issued ranges but the keyword says SSN
        ("Last four of her SSN: 6789", ["6789"]),  # partial SSN after the keyword
        ("SSN ***-**-6789 on the form", ["***-**-6789"]),  # masked SSN still shows the last four
        ("SSN ending 2019", ["2019"]),  # last four that look like a year are still the SSN's
        ("The form asked for my SSN so I wrote 206.62.6173, was that safe?", ["206.62.6173"]),  # SSN said earlier
        ("SSN 123\u200b-45-6789", ["123\u200b-45-6789"]),  # zero-width space inside
        ("SSN \uff11\uff12\uff13-45-6789", ["\uff11\uff12\uff13-45-6789"]),  # full-width digits
        # issue #10 round 7: digits spaced out one by one, the SSN said before them
        ("The SSN on the form (4 1 9 - 3 3 - 8 0 2 7) was visible.", ["4 1 9 - 3 3 - 8 0 2 7"]),
    ],
)
def test_ssn_found(text: str, expected: list[str]) -> None:
    assert spans("phi.ssn", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Code 000-12-3456 on the flyer",  # area 000 is never issued
        "Ref 666-12-3456",  # area 666 is never issued
        "Ticket 900-12-3456",  # 9xx areas are not SSNs
        "Ref 123-00-4567",  # group 00 is never issued
        "We screened 123456789 people",  # nine digits with no keyword
        "Social media reach: 123.45.6789 views? No. Our SSN drive. Call 555.867.5309",  # another sentence's SSN
        "Call 555-867-5309",  # a phone number is 3-3-4, not 3-2-4
        "MRN 123-45-6789",  # an MRN keyword makes it phi.mrn
        "Social media tips for 2024",  # "social" with no number
        "Steps 4 1 9 - 3 3 - 8 0 2 7 of the drill",  # spaced digits with no SSN said
    ],
)
def test_ssn_not_found(text: str) -> None:
    assert spans("phi.ssn", text) == []
