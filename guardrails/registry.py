"""The one list of rules, and the switches from the configuration that turn them off or change severity."""

from __future__ import annotations

import logging

from guardrails.model import Category, GuardrailError, Severity
from guardrails.rules import advice, claims, conduct, disclaimer, platform
from guardrails.rules import phi as phi_rules
from guardrails.rules.base import Rule
from guardrails.settings import GuardrailSettings

log = logging.getLogger("carepost.guardrails")

RULE_CLASSES: tuple[type[Rule], ...] = (
    *phi_rules.RULES,
    *advice.RULES,
    *disclaimer.RULES,
    *claims.RULES,
    *conduct.RULES,
    *platform.RULES,
)


class UnknownRuleError(GuardrailError):
    pass


def rule_ids() -> list[str]:
    return [cls.id for cls in RULE_CLASSES]


def check_rule_ids(settings: GuardrailSettings) -> None:
    """Every rule id the configuration names must exist: a typo must not leave a rule silently on."""
    known = set(rule_ids())
    unknown = sorted(set(settings.rules) - known)
    if unknown:
        raise UnknownRuleError(
            f"guardrails.rules.{unknown[0]}: no such rule; known rules are {', '.join(sorted(known))}"
        )


def build_rules(settings: GuardrailSettings) -> list[tuple[Rule, Severity]]:
    """Instantiate every enabled rule with its effective severity. Unknown ids in settings are an error."""
    check_rule_ids(settings)
    built: list[tuple[Rule, Severity]] = []
    for cls in RULE_CLASSES:
        setting = settings.rule_setting(cls.id)
        if not setting.enabled:
            if cls.category is Category.PHI:
                log.warning(
                    "PHI RULE %s IS TURNED OFF in app.yaml: texts with this identifier will NOT be caught",
                    cls.id,
                )
            continue
        if setting.severity is not None and setting.severity is not cls.severity and cls.category is Category.PHI:
            log.warning("PHI rule %s severity changed from %s to %s", cls.id, cls.severity, setting.severity)
        built.append((cls(settings), setting.severity or cls.severity))
    return built
