"""Run the guardrails over labelled items and count, per rule, what was caught and what was flagged wrongly.

Definitions (the README in evals/ repeats them for the people reading the figures):
- a positive for rule R is an item whose `expect` holds R; it is a hit when R fired, and when the item pins
  R to spans, when a finding of R overlaps every one of them. For PHI, `caught` counts the spans any PHI
  rule overlapped: the text is blocked and redacted even if the rule id is not the right one.
- a negative for R is an item whose `forbid` holds R, or a `clean` item that does not expect R when R's
  severity is block or warn; a false flag is R firing there.
- a clean item is falsely flagged when any block or warn finding fires that it does not expect.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from bot.evaluation.items import EvalItem, Span
from guardrails import Engine, Finding, GuardrailError, Report, Severity
from guardrails.engine import FAILED_MESSAGE
from guardrails.settings import GuardrailSettings

# Every rule id in ../shared/spec/guardrails.md with its spec severity: rules not written yet still get a row.
SPEC_RULES: dict[str, Severity] = {
    **{
        f"phi.{name}": Severity.BLOCK
        for name in [
            "name",
            "date",
            "age",
            "phone",
            "fax",
            "email",
            "ssn",
            "mrn",
            "health_plan",
            "account",
            "license",
            "vehicle",
            "device",
            "url",
            "ip",
            "address",
            "id",
            "photo",
        ]
    },
    "advice.dosage": Severity.BLOCK,
    "advice.medication": Severity.BLOCK,
    "advice.diagnosis": Severity.BLOCK,
    "advice.discourage_care": Severity.BLOCK,
    "disclaimer.missing": Severity.FIX,
    "disclaimer.testimonial": Severity.FIX,
    "claims.guarantee": Severity.BLOCK,
    "claims.superlative": Severity.WARN,
    "claims.fear": Severity.WARN,
    "claims.competitor": Severity.BLOCK,
    "conduct.political": Severity.WARN,
    "conduct.testimonial_consent": Severity.WARN,
    "platform.length": Severity.FIX,
    "platform.hashtags": Severity.WARN,
}

FLAGGING = (Severity.BLOCK, Severity.WARN)
TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
# Words a planted value carries for grammar, not identity ("ninety-one-year-old", "turned 94").
CONTEXT_WORDS = frozenset(
    {"year", "years", "yr", "yrs", "old", "yo", "aged", "age", "young", "turned", "turns", "celebrated", "birthday"}
)
MAX_EXAMPLES = 200


class Target(BaseModel):
    name: str
    goal: str
    value: float | None
    met: bool | None


class Example(BaseModel):
    """A missed or wrongly flagged item, for `--show-misses` (the PHI in it is our own synthetic data)."""

    id: str
    text: str
    platform: str | None = None
    config: str | None = None
    fired: list[str] = Field(default_factory=list)
    kind: str = ""


class RuleStats(BaseModel):
    rule: str
    implemented: bool
    severity: str
    positives: int = 0
    hits: int = 0
    caught: int = 0
    whole: int = 0
    negatives: int = 0
    false_flags: int = 0
    errors: int = 0
    misses: list[Example] = Field(default_factory=list)
    false_items: list[Example] = Field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.hits / self.positives if self.positives else None

    @property
    def whole_rate(self) -> float | None:
        """Pinned PHI whose every letter and digit lies inside a PHI finding: nothing of it left after redaction."""
        return self.whole / self.positives if self.positives else None

    @property
    def caught_rate(self) -> float | None:
        return self.caught / self.positives if self.positives else None

    @property
    def fp_rate(self) -> float | None:
        return self.false_flags / self.negatives if self.negatives else None


class Rate(BaseModel):
    count: int = 0
    good: int = 0

    def add(self, other: Rate) -> None:
        self.count += other.count
        self.good += other.good

    @property
    def value(self) -> float | None:
        return self.good / self.count if self.count else None


class Summary(BaseModel):
    items: int = 0
    seconds: float = 0.0
    item_errors: list[str] = Field(default_factory=list)
    rules: dict[str, RuleStats] = Field(default_factory=dict)
    clean: Rate = Field(default_factory=Rate, description="good = clean items with no unexpected block/warn.")
    clean_false: list[Example] = Field(default_factory=list)
    advice_recall: Rate = Field(default_factory=Rate)
    advice_negatives: Rate = Field(default_factory=Rate, description="good = advice negatives with no advice.*")
    disclaimer: Rate = Field(default_factory=Rate, description="good = right add/do-not-add decisions.")
    phi_caught: Rate = Field(default_factory=Rate, description="PHI spans any PHI rule overlapped.")
    phi_whole: Rate = Field(default_factory=Rate, description="PHI spans whose every letter and digit is redacted.")
    kinds: dict[str, Rate] = Field(
        default_factory=dict, description="Per generator kind, good = items with every expected hit and no false flag."
    )

    def phi_recall(self) -> Rate:
        """Pooled over every phi.* rule: hits / positives."""
        phi = [s for r, s in self.rules.items() if r.startswith("phi.")]
        return Rate(count=sum(s.positives for s in phi), good=sum(s.hits for s in phi))

    def merge(self, other: Summary) -> None:
        """Add another set's counts to this one (the overall figures over several sets)."""
        self.items += other.items
        self.seconds += other.seconds
        self.item_errors += other.item_errors
        for rule_id, theirs in other.rules.items():
            mine = self.rules.get(rule_id)
            if mine is None:
                mine = self.rules[rule_id] = RuleStats(
                    rule=rule_id, implemented=theirs.implemented, severity=theirs.severity
                )
            for name in ("positives", "hits", "caught", "whole", "negatives", "false_flags", "errors"):
                setattr(mine, name, getattr(mine, name) + getattr(theirs, name))
            mine.misses = (mine.misses + theirs.misses)[:MAX_EXAMPLES]
            mine.false_items = (mine.false_items + theirs.false_items)[:MAX_EXAMPLES]
        for name in ("clean", "advice_recall", "advice_negatives", "disclaimer", "phi_caught", "phi_whole"):
            getattr(self, name).add(getattr(other, name))
        self.clean_false = (self.clean_false + other.clean_false)[:MAX_EXAMPLES]
        for kind, rate in other.kinds.items():
            self.kinds.setdefault(kind, Rate()).add(rate)

    def targets(self) -> list[Target]:
        out: list[Target] = []
        for rule_id, stats in sorted(self.rules.items()):
            if rule_id.startswith("phi.") and stats.positives:
                out.append(_target(f"{rule_id} recall", ">= 0.99", stats.recall, lambda v: v >= 0.99))
        clean_fp = None if self.clean.value is None else 1 - self.clean.value
        out.append(_target("clean-post false flags", "<= 0.02", clean_fp, lambda v: v <= 0.02))
        out.append(_target("advice recall", ">= 0.95", self.advice_recall.value, lambda v: v >= 0.95))
        advice_fp = None if self.advice_negatives.value is None else 1 - self.advice_negatives.value
        out.append(_target("advice false positives", "<= 0.05", advice_fp, lambda v: v <= 0.05))
        out.append(_target("disclaimer decisions right", ">= 0.95", self.disclaimer.value, lambda v: v >= 0.95))
        return out

    def heldout_targets(self) -> list[Target]:
        """Issue #10's targets, for sets nobody tuned on: pooled PHI recall, not per identifier type."""
        clean_fp = None if self.clean.value is None else 1 - self.clean.value
        advice_fp = None if self.advice_negatives.value is None else 1 - self.advice_negatives.value
        return [
            _target("PHI recall (pooled)", ">= 0.95", self.phi_recall().value, lambda v: v >= 0.95),
            _target("clean posts flagged", "<= 0.05", clean_fp, lambda v: v <= 0.05),
            _target("advice recall", ">= 0.92", self.advice_recall.value, lambda v: v >= 0.92),
            _target("advice false positives", "<= 0.03", advice_fp, lambda v: v <= 0.03),
            _target("disclaimer decisions right", ">= 0.92", self.disclaimer.value, lambda v: v >= 0.92),
        ]


def _target(name: str, goal: str, value: float | None, ok: Callable[[float], bool]) -> Target:
    return Target(name=name, goal=goal, value=value, met=None if value is None else ok(value))


@dataclass
class Scorer:
    """Holds one engine per organization config, built once: building rules costs far more than a check."""

    settings: Mapping[str | None, GuardrailSettings]
    summary: Summary = field(default_factory=Summary)
    engines: dict[str | None, Engine] = field(default_factory=dict)

    def engine(self, config: str | None) -> Engine:
        if config not in self.engines:
            self.engines[config] = Engine(self.settings[config])
        return self.engines[config]

    def run(self, items: Iterable[EvalItem]) -> Summary:
        started = time.perf_counter()
        for item in items:
            self.score(item)
        self.summary.seconds += time.perf_counter() - started
        return self.summary

    def score(self, item: EvalItem) -> None:
        engine = self.engine(item.config)
        severities = {rule.id: severity for rule, severity in engine.rules}
        self.summary.items += 1
        try:
            report = engine.check(item.text, item.platform)
        except GuardrailError as exc:
            self.summary.item_errors.append(f"{item.id}: {exc}")
            return
        self._score_report(item, report, severities)

    def stats(self, rule_id: str, severities: Mapping[str, Severity]) -> RuleStats:
        stats = self.summary.rules.get(rule_id)
        if stats is None:
            severity = severities.get(rule_id, SPEC_RULES.get(rule_id, Severity.BLOCK))
            stats = RuleStats(rule=rule_id, implemented=rule_id in severities, severity=severity.value)
            self.summary.rules[rule_id] = stats
        return stats

    def _score_report(self, item: EvalItem, report: Report, severities: Mapping[str, Severity]) -> None:
        by_rule: dict[str, list[Finding]] = {}
        for finding in report.findings:
            by_rule.setdefault(finding.rule, []).append(finding)
            if finding.message == FAILED_MESSAGE:
                self.stats(finding.rule, severities).errors += 1
        example = Example(
            id=item.id,
            text=item.text,
            platform=item.platform,
            config=item.config,
            fired=list(by_rule),
            kind=item.kind,
        )
        phi_findings = [f for f in report.findings if f.is_phi]
        right = True
        for rule_id in item.expect:
            stats = self.stats(rule_id, severities)
            stats.positives += 1
            spans = [s for s in item.spans if s.rule == rule_id]
            if _covers(by_rule.get(rule_id, []), spans):
                stats.hits += 1
            else:
                right = False
                if len(stats.misses) < MAX_EXAMPLES:
                    stats.misses.append(example)
            if rule_id.startswith("phi."):
                caught = _covers(phi_findings, spans)
                whole = caught and _covers_whole(item.text, phi_findings, spans)
                stats.caught += caught
                stats.whole += whole
                self.summary.phi_caught.count += 1
                self.summary.phi_caught.good += caught
                self.summary.phi_whole.count += 1
                self.summary.phi_whole.good += whole
        negatives = set(item.forbid)
        if item.clean:
            negatives |= {
                rule_id
                for rule_id in {*severities, *SPEC_RULES}
                if severities.get(rule_id, SPEC_RULES.get(rule_id)) in FLAGGING
            }
        negatives -= set(item.expect)
        for rule_id in sorted(negatives):
            stats = self.stats(rule_id, severities)
            stats.negatives += 1
            if rule_id in by_rule:
                right = False
                stats.false_flags += 1
                if len(stats.false_items) < MAX_EXAMPLES:
                    stats.false_items.append(example)
        kind = self.summary.kinds.setdefault(item.kind or "-", Rate())
        kind.count += 1
        kind.good += right
        self._overall(item, by_rule, example)

    def _overall(self, item: EvalItem, by_rule: Mapping[str, list[Finding]], example: Example) -> None:
        s = self.summary
        if item.clean:
            unexpected = [
                rule_id
                for rule_id, found in by_rule.items()
                if rule_id not in item.expect and any(f.severity in FLAGGING for f in found)
            ]
            s.clean.count += 1
            s.clean.good += not unexpected
            if unexpected and len(s.clean_false) < MAX_EXAMPLES:
                s.clean_false.append(example)
        expected_advice = [r for r in item.expect if r.startswith("advice.")]
        fired_advice = [r for r in by_rule if r.startswith("advice.")]
        for rule_id in expected_advice:
            spans = [sp for sp in item.spans if sp.rule == rule_id]
            s.advice_recall.count += 1
            s.advice_recall.good += _covers(by_rule.get(rule_id, []), spans)
        if not expected_advice and (item.clean or any(r.startswith("advice.") for r in item.forbid)):
            s.advice_negatives.count += 1
            s.advice_negatives.good += not fired_advice
        for rule_id in ("disclaimer.missing", "disclaimer.testimonial"):
            if rule_id in item.expect or rule_id in item.forbid:
                s.disclaimer.count += 1
                s.disclaimer.good += (rule_id in by_rule) == (rule_id in item.expect)


def _covers_whole(text: str, findings: list[Finding], spans: list[Span]) -> bool:
    """Is every identifying character of each pinned span inside some finding (so redaction leaves none of it)?

    Identifying: the digits when the span has any ("room 512" -> 512, "94-year-old" -> 94), else its words
    outside courtesy titles and grammar ("Mr. Okafor" -> Okafor, "ninety-one-year-old" -> ninety, one).
    """
    covered = {i for f in findings if f.start is not None and f.end is not None for i in range(f.start, f.end)}
    return all(i in covered for span in spans for i in _identifying(text, span))


def _identifying(text: str, span: Span) -> list[int]:
    value = text[span.start : span.end]
    if any(c.isdigit() for c in value):
        return [span.start + i for i, c in enumerate(value) if c.isdigit()]
    titled = TITLE.match(value)
    skip = titled.end() if titled else 0
    return [
        span.start + word.start() + i
        for word in WORD.finditer(value)
        if word.start() >= skip and word.group().lower() not in CONTEXT_WORDS
        for i in range(len(word.group()))
    ]


def _covers(findings: list[Finding], spans: list[Span]) -> bool:
    """Did the findings fire at all, and overlap every pinned span?"""
    if not findings:
        return False
    return all(
        any(f.start is not None and f.end is not None and f.start < span.end and span.start < f.end for f in findings)
        for span in spans
    )


def printable(text: str, limit: int = 240) -> str:
    """One line a terminal shows faithfully: invisible and control characters as \\u escapes, cut at `limit`."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append("⏎ ")
        elif unicodedata.category(ch) in ("Cf", "Cc", "Zs") and ch != " ":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    line = "".join(out)
    return line if len(line) <= limit else line[: limit - 1] + "…"
