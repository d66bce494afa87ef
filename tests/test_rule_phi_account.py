"""phi.account: account, billing and invoice numbers with their keyword; card numbers by Luhn."""

from __future__ import annotations

import pytest

from tests.phi_rule_cases import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Account number 4452-1123-9987", ["4452-1123-9987"]),  # account number
        ("acct 9912345 is past due", ["9912345"]),  # abbreviation needs no marker
        ("invoice #INV-2024-0042", ["INV-2024-0042"]),  # invoice with letters
        ("billing account no. 7781-22", ["7781-22"]),  # billing account
        ("Paid with 4111 1111 1111 1111", ["4111 1111 1111 1111"]),  # a card number passes Luhn
        ("My statement says account 5727 8068 2757 is past due", ["5727 8068 2757"]),  # bare "account", long id
        ("Account # 555-867-5309", ["555-867-5309"]),  # phone-shaped but written as an account number
        ("bank account ending in 4421", ["4421"]),  # last four of an account
        ("Invoice 2024-0045 is overdue", ["2024-0045"]),  # invoice number without a marker
        ("Card ending 4242", ["4242"]),  # last four of a card
        ("His IBAN is GB82 WEST 1234 5698 7654 32.", ["GB82 WEST 1234 5698 7654 32"]),  # IBAN after its keyword, whole
        ("Wire to DE89370400440532013000 today.", ["DE89370400440532013000"]),  # an IBAN alone passes mod 97
        # issue #10 round 3: staff shorthand for a visit's financial number
        ("FIN 40029913 is the family who posted", ["40029913"]),  # Cerner-style financial number
        ("HAR 5500217841 on the clipboard", ["5500217841"]),  # hospital account record
        # issue #10 round 5: an account number read aloud, with commas, in a text with no digit at all
        (
            "billing q: acct number four four seven, nine two, one one zero. son wants a call back",
            ["four four seven, nine two, one one zero"],
        ),
    ],
)
def test_account_found(text: str, expected: list[str]) -> None:
    assert spans("phi.account", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Create an account at riversidehealth.org in 2024",  # keyword with no number marker
        "Paid with 4111 1111 1111 1112",  # fails Luhn
        "Take into account the 2,000,000 visits",  # "account" as a verb
        "Take into account 2024 trends",  # "account" before a short number
        "Please update claim #CL-0125415",  # a claim number is phi.id
        "Call (555) 010-2000 about billing",  # the organization's phone near "billing"
        "Member ID: W123-456-789",  # a health plan id
        "Billing: 555-010-9000",  # the billing office's phone line, for phi.phone to judge
        "Wire to DE89370400440532013001 today.",  # fails the IBAN check
        "Questions about a bill? Billing office (312) 555-9000",  # the same with a parenthesised area code
        "The shark lost a fin 2 years ago.",  # a fin with a count, no six digits
        "Fin 3 of the sculpture is loose.",  # a sculpture's fin
        "Our account team has one or two openings.",  # digit words, no run
    ],
)
def test_account_not_found(text: str) -> None:
    assert spans("phi.account", text) == []
