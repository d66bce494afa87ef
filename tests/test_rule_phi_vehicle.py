"""phi.vehicle: licence plates with their keyword, VINs by check digit."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("License plate 7XYZ123 in the lot", ["7XYZ123"]),  # plate with keyword
        ("plate number ABC-1234", ["ABC-1234"]),  # dashed plate
        ("Her car, plate ABC 1234, was towed", ["ABC 1234"]),  # spaced plate
        ("VIN 1HGCM82633A004352", ["1HGCM82633A004352"]),  # VIN with keyword
        ("plates: ABC 1234", ["ABC 1234"]),  # plural keyword
        ("His plate is CN28\u00a0YXC, blue Golf", ["CN28\u00a0YXC"]),  # a UK plate with a no-break space
        ("Blue pickup, plate 8PNT6JHJ7ZJPEBBVA, belongs to the family", ["8PNT6JHJ7ZJPEBBVA"]),  # long code after plate
        ("The dad drives a white Camry, tag 249 GNR.", ["249 GNR"]),  # "tag" as plate
        ("Car 1HGCM82633A004352 was found", ["1HGCM82633A004352"]),  # VIN alone, check digit valid
    ],
)
def test_vehicle_found(text: str, expected: list[str]) -> None:
    assert spans("phi.vehicle", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Code 1HGCM82633A004353 on the flyer",  # VIN shape with the wrong check digit, no keyword
        "Free parking plates 2 and 3 are reserved",  # "plates" with small numbers
        "License plate frames for sale",  # keyword without a number
    ],
)
def test_vehicle_not_found(text: str) -> None:
    assert spans("phi.vehicle", text) == []
