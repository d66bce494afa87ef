"""Helpers for the PHI identifier rule tests: run the engine, keep one rule's spans in ORIGINAL offsets."""

from __future__ import annotations

from functools import lru_cache

from guardrails.engine import Engine
from guardrails.settings import GuardrailSettings

# The identifier rules of contacts.py, identifiers.py and locations.py.
IDENTIFIER_RULES = frozenset(
    {
        *("phi.phone", "phi.fax", "phi.email", "phi.url", "phi.ip", "phi.ssn", "phi.mrn", "phi.health_plan"),
        *("phi.account", "phi.license", "phi.vehicle", "phi.device", "phi.id", "phi.address"),
    }
)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine(GuardrailSettings())


def spans(rule_id: str, text: str, engine: Engine | None = None) -> list[str]:
    """The original text of each span `rule_id` reports, checked against its offsets and redaction tag."""
    report = (engine or default_engine()).check(text)
    out = []
    for finding in report.findings:
        if finding.rule != rule_id:
            continue
        assert finding.start is not None and finding.end is not None
        assert finding.text == text[finding.start : finding.end]
        assert finding.severity.value == "block"
        assert finding.fix_text is not None and finding.fix_text.startswith("[")
        out.append(finding.text)
    return out


def identifier_rules_hit(text: str, engine: Engine | None = None) -> list[str]:
    """Every identifier-rule id reported for `text` (for 'no finding at all from these rules' checks)."""
    report = (engine or default_engine()).check(text)
    return [f.rule for f in report.findings if f.rule in IDENTIFIER_RULES]
