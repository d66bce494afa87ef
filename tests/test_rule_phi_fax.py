"""phi.fax: a number written with "fax" beside it, not the organization's own fax."""

from __future__ import annotations

import pytest

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Organization
from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fax her records to 555-867-5310", ["555-867-5310"]),  # "fax" before the number
        ("Fax: (555) 222-3333", ["(555) 222-3333"]),  # label form
        ("Send it to 555.222.3333 (fax) today", ["555.222.3333"]),  # "(fax)" after the number
        ("Call 555-867-5309 or fax 555-867-5310", ["555-867-5310"]),  # only the second number is a fax
        ("F: 555 222 3333", ["555 222 3333"]),  # letterhead abbreviation
        ("fax # for my mom's home health agency: 602 279 1580", ["602 279 1580"]),  # "fax" far before on the line
        ("fax \uff15\uff15\uff15-222-3333", ["\uff15\uff15\uff15-222-3333"]),  # full-width digits
    ],
)
def test_fax_found(text: str, expected: list[str]) -> None:
    assert spans("phi.fax", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-867-5309 today",  # a phone number, not a fax
        "Our fax machine drive collected 2,000,000 pages",  # a count near the word fax
        "Fax forms to the office; hours 9:00-17:00",  # no number at all
    ],
)
def test_fax_not_found(text: str) -> None:
    assert spans("phi.fax", text) == []


def test_org_fax_is_allowed() -> None:
    # the organization's configured fax passes in any format
    engine = Engine(GuardrailSettings(organization=Organization(faxes=["555-010-2001"])))
    assert spans("phi.fax", "Referrals: fax (555) 010-2001", engine) == []
    assert spans("phi.fax", "Referrals: fax (555) 222-2009", engine) == ["(555) 222-2009"]
    # another number on the organization's own exchange is one of its department lines (see phi.phone's tests)
    assert spans("phi.fax", "Referrals: fax (555) 010-2009", engine) == []
