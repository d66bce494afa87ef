"""phi.device: implant serials, device ids, IMEI (Luhn), UDI and MAC addresses."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pacemaker serial number PJN123456S", ["PJN123456S"]),  # implant serial
        ("S/N: 88-1123-AB", ["88-1123-AB"]),  # S/N abbreviation
        ("IMEI 490154203237518", ["490154203237518"]),  # IMEI with keyword
        ("Her phone 490154203237518 was found", ["490154203237518"]),  # IMEI without keyword passes Luhn
        ("UDI (01)00884838000155(17)251231", ["(01)00884838000155(17)251231"]),  # GS1 UDI
        ("insulin pump serial 7731-22A", ["7731-22A"]),  # device type + serial
        ("MAC 00:1A:2B:3C:4D:5E", ["00:1A:2B:3C:4D:5E"]),  # MAC address of a device
        ("SN 12345678 for his pump", ["12345678"]),  # SN abbreviation
        ("Her CGM transmitter ID 4USLUU was recalled", ["4USLUU"]),  # device type, part, then ID
        ("Her Dexcom transmitter 8GK4PZ keeps dropping the signal.", ["8GK4PZ"]),  # a device word, then its code
        ("A cycler case, tag reads SN 40-7731-A992, is at the desk.", ["40-7731-A992"]),  # issue #10 r7: not a plate
    ],
)
def test_device_found(text: str, expected: list[str]) -> None:
    assert spans("phi.device", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our new MRI scanner arrives in 2025",  # a device with no identifier
        "Serial killers and other true-crime myths",  # keyword with no number
        "Number 490154203237519 fails Luhn",  # 15 digits, bad check digit, no keyword
        "Our new insulin pump class meets Tuesdays.",  # a device class, no code
        "Ask about the CPAP loaner program, model AS10.",  # a model name, not a code after the device word
    ],
)
def test_device_not_found(text: str) -> None:
    assert spans("phi.device", text) == []
