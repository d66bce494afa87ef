"""phi.ip: IPv4 and IPv6 addresses as the stdlib reads them; not versions, times or made-up quads."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Logged in from 192.168.1.20 yesterday", ["192.168.1.20"]),  # private IPv4
        ("Her IP 8.8.8.8.", ["8.8.8.8"]),  # sentence stop is not part of it
        ("Address 2001:db8::1 was used", ["2001:db8::1"]),  # compressed IPv6
        ("fe80:0:0:0:200:f8ff:fe21:67cf", ["fe80:0:0:0:200:f8ff:fe21:67cf"]),  # full IPv6
        ("IP \uff11\uff19\uff12.168.0.1", ["\uff11\uff19\uff12.168.0.1"]),  # full-width digits
        ("IP 192[.]168[.]1[.]1", ["192[.]168[.]1[.]1"]),  # defanged
        ("her ip 192(.)168(.)1(.)1", ["192(.)168(.)1(.)1"]),  # defanged with round brackets
        # issue #10 round 7: a space on either side of each dot
        ("her login came from 73 . 162 . 44 . 209, so we locked it", ["73 . 162 . 44 . 209"]),
    ],
)
def test_ip_found(text: str, expected: list[str]) -> None:
    assert spans("phi.ip", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Update to version 1.2.3 today",  # a three-part version
        "Firmware v1.2.3.4 is out",  # a four-part version with its keyword
        "Visit 999.1.1.1",  # not a valid address
        "Clinic runs 10:30:00 to 12:00:00",  # times are not IPv6
        "Scores 1.5, 2.5 and 3.5",  # decimals
        "Section 4.2.1.3 of the guide",  # an outline number after "Section"
        "Scores: 3 . 5 . 7 . 9",  # single digits spaced, no address
    ],
)
def test_ip_not_found(text: str) -> None:
    assert spans("phi.ip", text) == []
