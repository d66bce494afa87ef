"""phi.mrn: medical record numbers, found by their keyword."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huge thanks to Dana Whitfield (MRN 7730021) for sharing!", ["7730021"]),  # spec example
        ("MRN 0048213", ["0048213"]),  # spec example: leading zeros kept
        ("Her medical record # 0048213 is attached", ["0048213"]),  # spelled out with #
        ("medical record number: 55-1234", ["55-1234"]),  # with "number:" filler
        ("See chart #A-2231-77", ["A-2231-77"]),  # spec example: chart with a letter prefix
        ("MRN:MR4481290", ["MR4481290"]),  # no space after the colon
        ("MRN 5558675309", ["5558675309"]),  # ten digits after MRN: an MRN, not a phone
        ("M.R.N. 7730021", ["7730021"]),  # dotted abbreviation
        ("MRN 77\u200b30021", ["77\u200b30021"]),  # zero-width space inside
        ("Medical Record Number (MRN): 12345678", ["12345678"]),  # abbreviation in parentheses
        ("EMR # 123456 belongs to her", ["123456"]),  # EMR keyword
        ("Can someone look at record WF6423014? The allergy list is wrong.", ["WF6423014"]),  # bare "record"
        ("medical rec. number 90-421-190, my mom", ["90-421-190"]),  # abbreviated "rec."
        # issue #10 round 5: a number spaced out or read aloud after its keyword
        ("portal still broken for MRN 0 0 4 8 8 1 2 7 - daughter can't see results", ["0 0 4 8 8 1 2 7"]),  # spaced
        (
            "chart to fix: M R N zero zero seven seven three one five, wrong birthday",
            ["zero zero seven seven three one five"],
        ),
        # issue #10 round 7: the British hospital number, shortened, and full-width characters folded
        (
            "chasing the notes for hosp no. \uff26\uff27\uff14\uff14\uff10\uff11\uff19\uff12\uff17",
            ["\uff26\uff27\uff14\uff14\uff10\uff11\uff19\uff12\uff17"],
        ),
    ],
)
def test_mrn_found(text: str, expected: list[str]) -> None:
    assert spans("phi.mrn", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Check the chart of 2024 results",  # "chart" with no # or number marker
        "Medical records are kept private under HIPAA",  # keyword without a number
        "Our MRN system upgrade finishes Oct 12",  # keyword, then words
        "Record-breaking 2024 for our blood drive",  # "record" is not a chart number
        "MRN reminders go out every one or two weeks.",  # digit words that are no run of six
    ],
)
def test_mrn_not_found(text: str) -> None:
    assert spans("phi.mrn", text) == []
