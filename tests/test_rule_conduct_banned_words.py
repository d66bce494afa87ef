"""conduct.banned_words: words the organization listed in guardrails.terms.banned (a warning)."""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings, Severity
from guardrails.settings import Terms

RULE = "conduct.banned_words"
ENGINE = Engine(GuardrailSettings(terms=Terms(banned=["cutting-edge", "Mercy Hospital", "ASAP"])))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our cutting-edge imaging suite opens Monday.", True),  # a listed word
        ("Now partnering with MERCY HOSPITAL on flu clinics.", True),  # case-insensitive phrase
        ("Call us asap to book.", True),  # whole word, any case
        ("Our imaging suite opens Monday.", False),  # nothing listed
        ("We cut edges off the ribbon.", False),  # parts of the phrase are not the phrase
        ("Wasaps are not a word.", False),  # inside another word does not count
    ],
)
def test_banned_words(text: str, expected: bool) -> None:
    assert (RULE in ENGINE.check(text).rules) is expected


def test_no_list_means_no_findings_and_a_warning_otherwise() -> None:
    # without terms.banned the rule finds nothing; with it, findings are warnings with the word's span
    assert RULE not in Engine().check("Our cutting-edge imaging suite.").rules
    finding = next(f for f in ENGINE.check("Our cutting-edge imaging suite.").findings if f.rule == RULE)
    assert finding.severity is Severity.WARN
    assert finding.text == "cutting-edge"
