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
from guardrails.rules.base import Document, Locality, Rule
from guardrails.settings import GuardrailSettings, Platform, canonical_platform

log = logging.getLogger("carepost.guardrails")

FAILED_MESSAGE = "This check could not run, so the text is blocked until it can"
# How many (appendix, platform) pairs an engine remembers as clean or not (see Engine._clean_appendix).
REMEMBERED_APPENDICES = 64


class Engine:
    """Built once per configuration; `check` is then cheap and safe to call from many threads."""

    def __init__(self, settings: GuardrailSettings | None = None) -> None:
        self.settings = settings or GuardrailSettings()
        self.rules: list[tuple[Rule, Severity]] = build_rules(self.settings)
        self._local_rules = [(r, s) for r, s in self.rules if r.locality is Locality.SENTENCES]
        self._whole_text_rules = [(r, s) for r, s in self.rules if r.locality is not Locality.SENTENCES]
        self._local_ids = frozenset(r.id for r, _ in self._local_rules)
        self._appendices = appendices(self.settings)
        self._clean_appendices: dict[tuple[str, Platform | None], Document | None] = {}
        self._disclaimers = disclaimer_texts(self.settings)
        self._disclaimer_views: dict[str, dict[object, object]] | None = None  # see Engine._add_disclaimer_views
        # False re-checks every fixed text in full: what tests compare the reuse of local findings against.
        self.reuse_local = True

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
        doc = self._document(text, resolved, shared)
        findings = self._findings(doc, self.rules)
        fixed = self._apply_fixes(text, findings, resolved)
        remaining = self._recheck(doc, findings, fixed, shared) if fixed != text else findings
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
        return self._findings(self._document(text, platform, shared), self.rules)

    def _document(
        self, text: str, platform: Platform | None, shared: dict[str, dict[object, object]] | None
    ) -> Document:
        return Document(
            normalized=normalize(text),
            platform=platform,
            settings=self.settings,
            across_passes={} if shared is None else shared,
        )

    def _findings(self, doc: Document, rules: list[tuple[Rule, Severity]]) -> list[Finding]:
        findings: list[Finding] = []
        for rule, severity in rules:
            findings.extend(self._run_rule(rule, severity, doc))
        findings.sort(key=lambda f: (f.start is None, f.start or 0, f.end or 0, f.rule))
        return findings

    def _recheck(
        self, doc: Document, findings: list[Finding], fixed: str, shared: dict[str, dict[object, object]]
    ) -> list[Finding]:
        """The findings on the fixed text. Most fixes only append a disclaimer: then the rules judged sentence by
        sentence (Locality.SENTENCES) keep their findings on the text, which the fixed text begins with, and only the
        whole-text rules run again. Anything else (a redaction, a trim, a cue that differs) is checked in full."""
        self._add_disclaimer_views(fixed, shared)
        fixed_doc = self._document(fixed, doc.platform, shared)
        if not self.reuse_local or not self._local_rules or not self._appended_only(doc, findings, fixed_doc):
            return self._findings(fixed_doc, self.rules)
        kept = [f for f in findings if f.rule in self._local_ids]
        rechecked = self._findings(fixed_doc, self._whole_text_rules)
        return sorted(rechecked + kept, key=lambda f: (f.start is None, f.start or 0, f.end or 0, f.rule))

    def _appended_only(self, doc: Document, findings: list[Finding], fixed_doc: Document) -> bool:
        """May the local rules' findings on the text stand for the fixed text? Only when the fixed text is the text
        with one of the configured appendices after it, that appendix alone gives the local rules nothing to find,
        each local rule's `keeps_findings` vouches for the pair and no local rule failed on the text. Whatever the
        answer, every rule has read the text itself in full: the question is only what the re-check reports."""
        text = doc.original
        if not text or text != text.rstrip() or not fixed_doc.original.startswith(text):
            return False
        appendix = fixed_doc.original[len(text) :]
        if appendix not in self._appendices:
            return False
        alone = self._clean_appendix(appendix, doc.platform)
        if alone is None:
            return False
        if any(f.start is None for f in findings if f.rule in self._local_ids):
            return False  # a local rule that failed (or misbehaved) on the text: run it again on the fixed text
        try:
            return all(rule.keeps_findings(doc, fixed_doc, alone) for rule, _ in self._local_rules)
        except Exception:  # a cue that cannot be read: the full re-check reports the failing rule
            return False

    def _add_disclaimer_views(self, fixed: str, shared: dict[str, dict[object, object]]) -> None:
        """Add to a check's shared views (Document.pass_memo) what the configured disclaimers give as an appended
        paragraph, when the fixed text holds one: a value there is a function of its key alone, so one found on the
        disclaimer serves every fixed text that ends in it, and the re-check does not work it out again (the advice
        model's scores of the disclaimer's sentences). Worked out on the first such re-check, once per engine (a lost
        race between threads only works it out twice): a text needing no disclaimer never pays for it. The engine's
        tables are only read: what a check adds stays in its own."""
        if not any(text in fixed for text in self._disclaimers):
            return
        views = self._disclaimer_views
        if views is None:
            views = {}
            for text in sorted(self._disclaimers):
                self._findings(self._document(f"\n\n{text}", None, views), self.rules)
            self._disclaimer_views = views
        for name, table in views.items():
            own = shared.setdefault(name, {})
            for key, value in table.items():
                own.setdefault(key, value)

    def _clean_appendix(self, appendix: str, platform: Platform | None) -> Document | None:
        """The appendix as a text of its own when no local rule finds anything in it alone, else None. Remembered
        per appendix and platform: a few constant strings per configuration (cleared if it ever holds more)."""
        key = (appendix, platform)
        if key in self._clean_appendices:
            return self._clean_appendices[key]
        if len(self._clean_appendices) >= REMEMBERED_APPENDICES:
            self._clean_appendices.clear()
        # the disclaimers' views (a copy: the engine's tables are only read), so their sentences are not scored again
        views = {name: dict(table) for name, table in (self._disclaimer_views or {}).items()}
        doc = self._document(appendix, platform, views)
        alone = None if self._findings(doc, self._local_rules) else doc
        self._clean_appendices[key] = alone  # a lost race between threads only reads the appendix twice
        return alone

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


def disclaimer_texts(settings: GuardrailSettings) -> frozenset[str]:
    """Every disclaimer the configuration can append, stripped (what `fixes.append` adds)."""
    d = settings.disclaimers
    return frozenset(t.strip() for t in (d.default, d.short, d.testimonial, *d.platforms.values()) if t.strip())


def appendices(settings: GuardrailSettings) -> frozenset[str]:
    """What `fixes.append` can put after a text that ends in a non-space: a blank line and a configured disclaimer,
    or two of them (the medical disclaimer and the results caveat, in either order)."""
    texts = disclaimer_texts(settings)
    single = {f"\n\n{t}" for t in texts}
    return frozenset(single | {f"\n\n{a}\n\n{b}" for a in texts for b in texts if a != b})


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
