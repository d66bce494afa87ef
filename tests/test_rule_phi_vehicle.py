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
        ("The grey Focus, reg NX19 KTB, belongs to a patient on Ward 6.", ["NX19 KTB"]),  # issue #10 r7: "reg"
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
        # issue #10 round 7: a bag's tag and a tag that reads another id's keyword are no plate
        "Your wife's cell on the bag tag, (317) 555-2284, goes to voicemail.",
        "The case's tag reads SN 40-7731-A992.",
    ],
)
def test_vehicle_not_found(text: str) -> None:
    assert spans("phi.vehicle", text) == []
