"""normalize -> every rule -> fixes -> re-check -> verdict.

The engine is the only place that turns rule matches into Findings, so severities from the configuration,
offset mapping and fail-closed behaviour are applied once for every rule. A rule that raises becomes a
`block` finding under its own id: if a check cannot run, the text is not postable.
"""

from __future__ import annotations

import logging

from guardrails import fixes
from guardrails.model import (
    Finding,
    FixKind,
    InputTooLargeError,
    Report,
    Severity,
    UnknownPlatformError,
    Verdict,
)
from guardrails.normalize import normalize
from guardrails.registry import build_rules
from guardrails.rules.base import Document, Rule
from guardrails.settings import GuardrailSettings, Platform, canonical_platform

log = logging.getLogger("carepost.guardrails")

FAILED_MESSAGE = "This check could not run, so the text is blocked until it can"


class Engine:
    """Built once per configuration; `check` is then cheap and safe to call from many threads."""

    def __init__(self, settings: GuardrailSettings | None = None) -> None:
        self.settings = settings or GuardrailSettings()
        self.rules: list[tuple[Rule, Severity]] = build_rules(self.settings)

    def check(self, text: str, platform: str | Platform | None = None) -> Report:
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        if len(text) > self.settings.max_text_chars:
            raise InputTooLargeError(
                f"text is {len(text):,} characters; the guardrails check at most "
                f"{self.settings.max_text_chars:,} (guardrails.max_text_chars in app.yaml)"
            )
        resolved = resolve_platform(platform)
        shared: dict[str, dict[object, object]] = {}  # views the re-check of the fixed text reuses (Document)
        findings = self.detect(text, resolved, shared)
        fixed = self._apply_fixes(text, findings, resolved)
        remaining = self.detect(fixed, resolved, shared) if fixed != text else findings
        verdict = _verdict(findings, remaining, changed=fixed != text)
        return Report(
            verdict=verdict,
            findings=findings,
            text=text,
            fixed_text=fixed,
            platform=resolved.value if resolved else None,
            remaining=[f for f in remaining if fixed != text],
        )

    def detect(
        self, text: str, platform: Platform | None, shared: dict[str, dict[object, object]] | None = None
    ) -> list[Finding]:
        """Every finding of every enabled rule, sorted by position (whole-text findings last). `shared` carries the
        views that are a function of their key alone from the check of a text to the check of its fixed copy."""
        doc = Document(
            normalized=normalize(text),
            platform=platform,
            settings=self.settings,
            across_passes={} if shared is None else shared,
        )
        findings: list[Finding] = []
        for rule, severity in self.rules:
            findings.extend(self._run_rule(rule, severity, doc))
        findings.sort(key=lambda f: (f.start is None, f.start or 0, f.end or 0, f.rule))
        return findings

    def _run_rule(self, rule: Rule, severity: Severity, doc: Document) -> list[Finding]:
        try:
            out = []
            for match in rule.scan(doc):
                start = end = None
                if match.start is not None and match.end is not None:
                    start, end = doc.normalized.to_original(match.start, match.end)
                out.append(
                    Finding(
                        rule=rule.id,
                        category=rule.category,
                        severity=severity,
                        start=start,
                        end=end,
                        text=doc.original[start:end] if start is not None else None,
                        message=match.message or rule.message,
                        fix=rule.fix,
                        fix_text=rule.fix_text_for(doc, match),
                    )
                )
            return out
        except Exception as exc:  # fail closed: a rule that cannot run blocks the text
            log.error("guardrail rule %s failed (%s); blocking the text", rule.id, type(exc).__name__)
            return [
                Finding(
                    rule=rule.id,
                    category=rule.category,
                    severity=Severity.BLOCK,
                    message=FAILED_MESSAGE,
                )
            ]

    def _apply_fixes(self, text: str, findings: list[Finding], platform: Platform | None) -> str:
        fixed = fixes.redact(text, fixes.redactions(findings))
        fixed = fixes.append(fixed, fixes.appendices(findings))
        trimmed_by = {f.rule for f in findings if f.fix is FixKind.TRIM}
        for rule, _severity in self.rules:
            # an appended disclaimer can push a text that fitted over the limit: trim rules then run too
            if rule.id in trimmed_by or (rule.fix is FixKind.TRIM and fixed != text):
                fixed = rule.apply_trim(fixed, platform)
        return fixed


def resolve_platform(platform: str | Platform | None) -> Platform | None:
    if platform is None or isinstance(platform, Platform):
        return platform
    resolved = canonical_platform(platform)
    if resolved is None:
        valid = ", ".join(p.value for p in Platform)
        raise UnknownPlatformError(f"unknown platform {platform!r}; use one of: {valid} (twitter means x)")
    return resolved


def _verdict(findings: list[Finding], remaining: list[Finding], *, changed: bool) -> Verdict:
    """Block findings stay blocking even when redacted: a redacted draft is a preview, not a post.

    A `fix` finding still present after the fixes means the fix did not work, which blocks too.
    """
    if any(f.severity is Severity.BLOCK for f in findings):
        return Verdict.BLOCK
    if changed and any(f.severity in (Severity.BLOCK, Severity.FIX) for f in remaining):
        return Verdict.BLOCK
    if changed:
        return Verdict.FIX
    if any(f.severity is Severity.FIX for f in findings):
        # a fix finding whose fix changed nothing cannot be trusted as fixed
        return Verdict.BLOCK
    if any(f.severity is Severity.WARN for f in findings):
        return Verdict.WARN
    return Verdict.PASS
