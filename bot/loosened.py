"""Settings in app.yaml that loosen CarePost's safety, each as one loud line to print when it starts.

Allowed on purpose (an organization may need them) but never silent: whoever reads the start-up output or the
log must see that a protection is weaker than the built-in default. Emulator mode, which is not an app.yaml
setting, is announced by `serve` itself.
"""

from __future__ import annotations

from bot.config import AppConfig
from bot.messages import startup as msg


def loosened(config: AppConfig) -> list[str]:
    """One line per loosened setting, in a stable order (self-approval, then rules by id)."""
    lines = [msg.LOOSENED_SELF_APPROVAL] if config.review.allow_self_approval else []
    if config.guardrails.rules:  # the rule classes are loaded only when app.yaml changes a rule
        lines += _rule_lines(config)
    return lines


def _rule_lines(config: AppConfig) -> list[str]:
    from guardrails.model import Category
    from guardrails.registry import RULE_CLASSES

    classes = {cls.id: cls for cls in RULE_CLASSES}
    lines: list[str] = []
    for rule_id, setting in sorted(config.guardrails.rules.items()):
        cls = classes.get(rule_id)
        if cls is None:
            continue
        if not setting.enabled:
            if cls.category is Category.PHI:
                lines.append(msg.LOOSENED_RULE_OFF.format(rule=rule_id))
        elif setting.severity is not None and setting.severity.rank < cls.severity.rank:
            effect = msg.EFFECT.get(cls.severity.value, cls.severity.value)
            lines.append(
                msg.LOOSENED_SEVERITY.format(
                    rule=rule_id, default=cls.severity.value, severity=setting.severity.value, effect=effect
                )
            )
    return lines
