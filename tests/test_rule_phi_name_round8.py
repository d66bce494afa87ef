"""phi.name, issue #10 round 8: classes of misses and false flags seen in three or more of the spent held-out rounds
(r2-r6 pooled), each by a feature or a context, with the twin that must keep its decision. The wording here is new:
no row is a copy of an eval item."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from tests.phi_rule_cases import spans

ENGINE = Engine(GuardrailSettings())  # staff: Sarah Chen; organization: Riverside Health, Springfield


def names(text: str) -> list[str]:
    """The original text of every phi.name finding, its offsets and tag checked."""
    return spans("phi.name", text, ENGINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare first name after the full name found earlier is the same patient (r2a, r3a, r4b, r6a, r6b)
        (
            "Congrats to Bernadette Ostrowski on finishing rehab today! Bernadette walked the full hallway.",
            ["Bernadette Ostrowski", "Bernadette"],
        ),
        # its short form too: Reg for Reginald
        (
            "Wheeling Mr Reginald Potts down to X-ray today and he sang the whole way. Never change Reg!",
            ["Mr Reginald Potts", "Reg"],
        ),
        # a first name that is also a word, trimmed off the full name, echoes where the name was found
        (
            "Our volunteer of the month is April Kowalski, back after her own knee surgery. April walked the whole "
            "unit with us today.",
            ["April", "Kowalski", "April"],
        ),
        # a cleared staff member's later mention stays cleared: no echo of a name not found
        ("Nurse Evelyn Hartwell trained our nurses for 30 years. Evelyn, we'll miss you.", []),
        # an everyday word at the head of a sentence, before a pronoun or "to", is the word
        (
            "Prayers for Hope Castellano after her surgery. Hope to see you all at the walk.",
            ["Hope Castellano"],
        ),
        # an order: "Mark your calendars"
        (
            "Cheering on Mark Brown after his bypass! Mark your calendars for his welcome-home party.",
            ["Mark Brown"],
        ),
        # a month with a number after it is a date, not the patient June
        ("Get well soon, June Okafor! June 12 is the fundraiser.", ["June Okafor"]),
    ],
)
def test_round_8_bare_mentions_of_a_name_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected
