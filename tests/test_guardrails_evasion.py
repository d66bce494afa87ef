"""Evasions inside PHI: invisible characters, full-width digits, look-alike letters, bidi controls, NBSP.

Each case must be found by its rule, and the finding must map back to the ORIGINAL span (evasion characters
included), so the redacted preview holds none of the identifier.
"""

from __future__ import annotations

import pytest

from guardrails import Engine, GuardrailSettings
from tests import fake_rules

ZWSP, ZWNJ, ZWJ, LRM, RLM, NBSP = "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00a0"


def fw(text: str) -> str:
    """Full-width form of ASCII digits and letters."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(GuardrailSettings())


@pytest.mark.parametrize(
    ("rule", "before", "value", "after"),
    [
        ("phi.phone", "Call me at ", f"312-55{ZWSP}5-0143", " tonight"),  # zero-width space inside the digits
        ("phi.phone", "Call me at ", f"312{ZWNJ}-555{ZWJ}-0143", " tonight"),  # non-joiner and joiner
        ("phi.phone", "Call me at ", fw("312-555-0143"), " tonight"),  # full-width digits
        ("phi.phone", "Call me at ", f"(312){NBSP}555{NBSP}0143", " tonight"),  # NBSP between the groups
        ("phi.phone", "Call me at ", "312\u2011555\u20110143", " tonight"),  # non-breaking hyphens
        ("phi.phone", "Call me at ", f"312{LRM}-555{RLM}-0143", " tonight"),  # bidi marks inside
        ("phi.name", "Get well soon, ", f"Mar{ZWSP}ia Gonz{ZWNJ}alez", "!"),  # zero-width inside a name
        ("phi.name", "Get well soon, ", "M\u0430ria Gonz\u0430lez", "!"),  # Cyrillic a
        ("phi.name", "Get well soon, ", "\u039c\u0430ria Gonzalez", "!"),  # Greek capital Mu
        ("phi.name", "Get well soon, ", f"Maria{NBSP}Gonzalez", "!"),  # NBSP between first and last name
        ("phi.name", "Thanks to our patient ", f"Ngozi{ZWSP} Okafor", " for the flowers"),  # ZWSP before a space
        ("phi.email", "Email ", f"jane.d{ZWSP}oe@gmail.com", " please"),  # zero-width inside the user
        ("phi.email", "Email ", "jane.doe@gm\u0430il.com", " please"),  # Cyrillic a in the domain
        ("phi.ssn", "SSN ", fw("219-09-9999"), ""),  # full-width SSN
        ("phi.ssn", "SSN ", f"219{ZWSP}-09-9999", ""),  # zero-width in an SSN
        ("phi.mrn", "MRN ", fw("0048213"), " callback"),  # full-width MRN digits
    ],
)
def test_evaded_identifier_is_found_at_its_original_span(
    engine: Engine, rule: str, before: str, value: str, after: str
) -> None:
    text = before + value + after
    report = engine.check(text)
    found = [f for f in report.findings if f.rule == rule]
    assert found, f"{rule} missed {text!r}"
    for finding in found:
        assert finding.start is not None and finding.end is not None
        assert text[finding.start : finding.end] == finding.text
    covered = {i for f in found for i in range(f.start or 0, f.end or 0)}
    visible = {len(before) + i for i, ch in enumerate(value) if ch.isalnum()}
    assert visible <= covered, "every visible character of the identifier lies inside a finding"
    assert report.verdict.value == "block"
    assert report.fixed_text.startswith(before.rstrip())
    assert value not in report.fixed_text


def test_cyrillic_context_word_still_counts(engine: Engine) -> None:
    text = "\u041cRN 0048213 needs a callback"  # Cyrillic capital Em in "MRN"
    found = [f for f in engine.check(text).findings if f.rule == "phi.mrn"]
    assert [f.text for f in found] == ["0048213"]


def test_offsets_with_evasions_before_the_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invisible and expanding characters EARLIER in the text must not shift a later finding's offsets."""
    fake_rules.install(monkeypatch)
    engine = Engine(GuardrailSettings())
    prefix = f"\ufb01ne{ZWSP}{ZWSP} \u202eday\u202c\u00a0\u00a0 caf\u00e9  "
    text = prefix + "SECRET and 555-867-5309"
    report = engine.check(text)
    by_rule = {f.rule: f for f in report.findings}
    assert by_rule["phi.secret"].start == len(prefix)
    assert by_rule["phi.secret"].text == "SECRET"
    assert by_rule["phi.fakephone"].text == "555-867-5309"
    assert report.fixed_text == prefix + "[SECRET] and [PHONE]"


@pytest.mark.parametrize(
    ("opener", "closer"),
    [("\u202e", "\u202c"), ("\u202a", "\u202c"), ("\u2067", "\u2069"), (ZWSP, ZWSP)],
)
def test_redaction_leaves_no_stray_bidi_control(monkeypatch: pytest.MonkeyPatch, opener: str, closer: str) -> None:
    """An override wrapped around an identifier goes with it: the preview is not turned around after the tag."""
    fake_rules.install(monkeypatch)
    text = f"Call me at {opener}555-867-5309{closer} tonight"
    report = Engine(GuardrailSettings()).check(text)
    assert report.fixed_text == "Call me at [PHONE] tonight"
    assert report.redacted_text == "Call me at [PHONE] tonight"
