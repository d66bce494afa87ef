"""The data shapes every other part of CarePost reads: a Finding, a Report and their vocabularies.

They are pydantic models so that the CLI, the store and the chat adapters serialise them the same way,
and so that a finding read back from JSON is checked, not trusted.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Category(StrEnum):
    PHI = "phi"
    ADVICE = "advice"
    DISCLAIMER = "disclaimer"
    CLAIMS = "claims"
    CONDUCT = "conduct"
    PLATFORM = "platform"


class Severity(StrEnum):
    """How bad a finding is. The order matters: `rank` is used to pick the worst."""

    WARN = "warn"
    FIX = "fix"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return {"warn": 0, "fix": 1, "block": 2}[self.value]


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FIX = "fix"
    BLOCK = "block"


class FixKind(StrEnum):
    """What the engine can do about a finding without a person.

    `redact` replaces the span with `fix_text` (a tag such as [NAME]); `append` adds `fix_text` at the end
    (a disclaimer); `trim` asks the rule that found it to shorten the text.
    """

    REDACT = "redact"
    APPEND = "append"
    TRIM = "trim"


class Finding(BaseModel):
    """One thing a rule found. Offsets point into the ORIGINAL text, end exclusive."""

    model_config = ConfigDict(frozen=True)

    rule: str
    category: Category
    severity: Severity
    start: int | None = None
    end: int | None = None
    text: str | None = None
    message: str
    fix: FixKind | None = None
    fix_text: str | None = Field(default=None, description="The tag to redact with, or the text to append.")

    @property
    def is_phi(self) -> bool:
        return self.category is Category.PHI

    def redacted(self) -> Finding:
        """The same finding with the matched text hidden when it is PHI: safe for logs and the audit trail."""
        if not self.is_phi or self.text is None:
            return self
        return self.model_copy(update={"text": self.fix_text or "[REDACTED]"})


class Report(BaseModel):
    """What the guardrails say about one text on one platform.

    `fixed_text` is the text after deterministic fixes. When the verdict is `block` it is only a redacted
    preview, never something to post: `postable` says which.
    """

    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    findings: list[Finding]
    text: str
    fixed_text: str
    platform: str | None = None
    remaining: list[Finding] = Field(
        default_factory=list,
        description="Findings still present in fixed_text after the fixes (offsets into fixed_text).",
    )

    @property
    def postable(self) -> bool:
        return self.verdict is not Verdict.BLOCK

    @property
    def rules(self) -> list[str]:
        """Rule ids in order of appearance, without repeats."""
        return list(dict.fromkeys(f.rule for f in self.findings))

    @property
    def redacted_text(self) -> str:
        """The text with every PHI span replaced by its tag: what may be shown, logged or stored."""
        from guardrails.fixes import redact

        return redact(self.text, [f for f in self.findings if f.is_phi])

    def safe_dump(self) -> dict[str, object]:
        """A JSON-ready dict with no PHI in clear: the original text replaced by its redacted form."""
        data = self.model_dump(mode="json")
        data["text"] = self.redacted_text
        if any(f.is_phi and f.fix is not FixKind.REDACT for f in self.findings):
            # a PHI finding with no redaction (a photo) left fixed_text as written: show the redacted original
            data["fixed_text"] = self.redacted_text
        data["findings"] = [f.redacted().model_dump(mode="json") for f in self.findings]
        data["remaining"] = [f.redacted().model_dump(mode="json") for f in self.remaining]
        return data


class GuardrailError(ValueError):
    """Input the guardrails refuse to look at (too large, unknown platform). The message is one line."""


class InputTooLargeError(GuardrailError):
    pass


class UnknownPlatformError(GuardrailError):
    pass
