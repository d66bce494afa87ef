"""phi rules: people (see ../shared/spec/guardrails.md)."""

from __future__ import annotations

from guardrails.rules.base import Rule

RULES: tuple[type[Rule], ...] = ()
