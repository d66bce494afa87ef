"""phi.license: driver's licences, DEA (check digit), NPI (Luhn), state licence and certificate numbers."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Driver's license D123-4567-8901", ["D123-4567-8901"]),  # driver's licence; no phone inside it
        ("DEA number AB1234563", ["AB1234563"]),  # DEA with keyword
        ("Prescriber BX1234563 signed", ["BX1234563"]),  # DEA without keyword: check digit is valid
        ("NPI 1234567893", ["1234567893"]),  # NPI with keyword, not a phone
        ("Prescriber 1234567893 signed the order", ["1234567893"]),  # bare NPI: starts with 1, passes Luhn
        ("state license RN 123456", ["RN 123456"]),  # licence with a type prefix
        ("licence no. 0088-221", ["0088-221"]),  # British spelling
        ("certificate #C-77120", ["C-77120"]),  # certificate number
        ("Board certification #12345", ["12345"]),  # certification number
        ("He gave us his state ID, 14298997, at admission.", ["14298997"]),  # comma between keyword and id
        ("DL# S530-4410-2291", ["S530-4410-2291"]),  # DL abbreviation
        ("lic. # 12345 for the nurse", ["12345"]),  # lic. abbreviation
        ("Please verify CDL F98-80-3262", ["F98-80-3262"]),  # commercial driver's licence
        ("a pad with DEA # BK 481 9205 was stolen", ["BK 481 9205"]),  # issue #10 round 7: written in groups
    ],
)
def test_license_found(text: str, expected: list[str]) -> None:
    assert spans("phi.license", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prescriber BX1234564 signed",  # DEA shape, wrong check digit, no keyword
        "Reference 1234567890 on the form",  # NPI shape, fails Luhn, no keyword
        "Our nurses are licensed in 2 states",  # "licensed" with no number
        "License plate 7XYZ123",  # a plate is phi.vehicle
        "Certificate programs start in 2025",  # keyword with no marker and a year
    ],
)
def test_license_not_found(text: str) -> None:
    assert spans("phi.license", text) == []
