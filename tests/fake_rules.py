"""Tiny stand-in rules for the engine and evaluation tests: the framework is tested without the real rules.

`install(monkeypatch)` swaps guardrails.registry.RULE_CLASSES for these, so `Engine()` builds only them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from guardrails import registry
from guardrails.model import Category, FixKind, Severity
from guardrails.rules.base import Document, Match, PatternRule, Rule


class FakeSecret(PatternRule):
    """phi: the word SECRET (matched on the normalized copy, so evasions inside it are seen through)."""

    id = "phi.secret"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "A secret"
    fix = FixKind.REDACT
    tag = "[SECRET]"
    PATTERNS = (("secret", re.compile(r"SECRET")),)


class FakePhone(PatternRule):
    id = "phi.fakephone"
    category = Category.PHI
    severity = Severity.BLOCK
    message = "A phone number"
    fix = FixKind.REDACT
    tag = "[PHONE]"
    PATTERNS = (("phone", re.compile(r"\b\d{3}-\d{3}-\d{4}\b")),)


class FakeDisclaimer(Rule):
    """fix: appends a disclaimer to any text mentioning 'health' that lacks it."""

    id = "disclaimer.fake"
    category = Category.DISCLAIMER
    severity = Severity.FIX
    message = "Needs a disclaimer"
    fix = FixKind.APPEND
    TEXT = "Not medical advice."

    def scan(self, doc: Document) -> Iterator[Match]:
        if "health" in doc.lower and self.TEXT.lower() not in doc.lower:
            yield Match()

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        return self.TEXT


class FakeStubborn(Rule):
    """fix: a fix that does not remove what it found (appends, yet still fires on the fixed text)."""

    id = "platform.stubborn"
    category = Category.PLATFORM
    severity = Severity.FIX
    message = "Stubborn"
    fix = FixKind.APPEND

    def scan(self, doc: Document) -> Iterator[Match]:
        if "stubborn" in doc.lower:
            yield Match()

    def fix_text_for(self, doc: Document, match: Match) -> str | None:
        return "(still stubborn)"


class FakeNoop(Rule):
    """fix: a fix finding with nothing to apply (no text to append)."""

    id = "platform.noop"
    category = Category.PLATFORM
    severity = Severity.FIX
    message = "Cannot fix itself"
    fix = FixKind.APPEND

    def scan(self, doc: Document) -> Iterator[Match]:
        if "noop" in doc.lower:
            yield Match()


class FakeBest(PatternRule):
    id = "claims.best"
    category = Category.CLAIMS
    severity = Severity.WARN
    message = "Unsubstantiated superlative"
    PATTERNS = (("best", re.compile(r"(?i)\bbest\b")),)


class FakeBoom(Rule):
    """Raises on the word boom: the engine must block the text under this rule's id."""

    id = "conduct.boom"
    category = Category.CONDUCT
    severity = Severity.WARN
    message = "never shown"

    def scan(self, doc: Document) -> Iterator[Match]:
        if "boom" in doc.lower:
            raise RuntimeError("rule bug")
        return iter(())


FAKE_RULES: tuple[type[Rule], ...] = (
    FakeSecret,
    FakePhone,
    FakeDisclaimer,
    FakeStubborn,
    FakeNoop,
    FakeBest,
    FakeBoom,
)


def install(monkeypatch: pytest.MonkeyPatch, rules: tuple[type[Rule], ...] = FAKE_RULES) -> None:
    monkeypatch.setattr(registry, "RULE_CLASSES", rules)
