"""phi.phone: phone numbers in any common format, not the organization's own, not dates or counts."""

from __future__ import annotations

import pytest

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings, Organization
from tests.phi_rule_cases import identifier_rules_hit, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Jenny at 555-867-5309 tonight", ["555-867-5309"]),  # dashed 555 number
        ("Her cell is (555) 123-4567.", ["(555) 123-4567"]),  # parenthesised area code
        ("Reach him on +1 555 444 2000", ["+1 555 444 2000"]),  # international prefix with spaces
        ("Text 555.867.5309 for updates", ["555.867.5309"]),  # dotted
        ("Number: 5558675309", ["5558675309"]),  # bare ten digits
        ("Call 555\u200b-867-5309 now", ["555\u200b-867-5309"]),  # zero-width space inside: offsets cover it
        (
            "Call \uff15\uff15\uff15-\uff18\uff16\uff17-\uff15\uff13\uff10\uff19",
            ["\uff15\uff15\uff15-\uff18\uff16\uff17-\uff15\uff13\uff10\uff19"],
        ),  # full-width
        ("Call 1-312-555-0199 ext. 12", ["1-312-555-0199 ext. 12"]),  # long-distance prefix with extension
        ("Call him at 001-656-686-4458x726", ["001-656-686-4458x726"]),  # odd exit code phonenumbers skips
        ("He left his number, +1-833-887-4084x6994", ["+1-833-887-4084x6994"]),  # toll-free, but his own
        ("Jenny: 867-5309", ["867-5309"]),  # seven-digit local number
        ("UK cousin: +44 20 7946 0958", ["+44 20 7946 0958"]),  # foreign number with country code
        ("reach me on whatsapp +52 1 55 1234 5678", ["+52 1 55 1234 5678"]),  # outdated format phonenumbers rejects
        ("Call (555) 010-2000 or her at 555-010-3000", ["555-010-3000"]),  # org number passes, the other not
    ],
)
def test_phone_found(text: str, expected: list[str]) -> None:
    assert spans("phi.phone", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Questions? Call (555) 010-2000.",  # the organization's own number
        "Questions? Call 555.010.2000 or +1 555 010 2000.",  # own number in other formats (E.164 compare)
        "Our hotline is 010-2000, or (555) 010-2000 ext. 4",  # own number without area code, with extension
        "We have served 2,000,000 patients since 1990.",  # a count with thousands separators
        "Over 2 000 000 meals served.",  # a count grouped by spaces
        "Clinic hours 9:00-17:00, Oct 12, 2024.",  # times and a date
        "Screenings on 2024-10-12 and 12/10/2024.",  # ISO and slashed dates
        "Take 1000 mg twice a day, 500-1000 ml of water.",  # dosages
        "Springfield, IL 62701-1234",  # ZIP+4
        "From 2019-2023 we grew 150%.",  # year ranges
        "Our $1 250 000 grant",  # money
        "MRN 5558675309 is on file",  # an MRN keyword gives phi.mrn, not a phone
        "Fax us at 555-867-5310",  # a fax is phi.fax, not phi.phone
        "Poison Control: 1-800-222-1222. Save it in your phone.",  # toll-free numbers belong to hotlines
        "She was admitted 4-12-2024.",  # a dashed date is phi.date's, not a phone
        "Order number 1234567 shipped.",  # seven bare digits are a count or a code
        "Apply by 11/30. Job ID: RN-2024-118.",  # digits inside a job code
        "NDC 0002-3227-30 is the insulin code",  # a drug code: no area code starts with 0
        "PO 4500012345 for the new beds",  # a purchase order number
    ],
)
def test_phone_not_found(text: str) -> None:
    assert spans("phi.phone", text) == []


def test_org_event_post_has_no_identifier_finding() -> None:
    # the spec's example: an event announcement with the organization's own number configured
    text = "Flu shots are available at our Main Street clinic this Saturday, Oct 12, 9am-1pm. Call (555) 010-2000."
    assert identifier_rules_hit(text) == []


def test_configured_region_reads_local_numbers() -> None:
    # with phone_region GB a UK number without +44 is read as British; the org's own UK number passes
    settings = GuardrailSettings(organization=Organization(phone_region="GB", phones=["020 7946 0000"]))
    engine = Engine(settings)
    assert spans("phi.phone", "Ring her on 020 7946 0958", engine) == ["020 7946 0958"]
    assert spans("phi.phone", "Ring us on +44 20 7946 0000", engine) == []
