"""Locality.SENTENCES (guardrails/rules/base.py): a rule declared local finds on a text with a disclaimer appended
exactly what it found on the text, so the engine's re-check of such a fixed text reuses its findings instead of
scanning it again (Engine._recheck). Fuzzed over the evaluation posts with every disclaimer a configuration in the
repository sets: app.yaml's defaults and every organization of evals/orgs.yaml and of the training sets' orgs.yaml.

The posts are every STRIDE-th of evals/*.jsonl (CAREPOST_LOCALITY_STRIDE=1 runs all of them, a few minutes).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import AppConfig
from bot.evaluation.orgs import load_orgs
from guardrails import Engine, GuardrailSettings
from guardrails.engine import resolve_platform
from guardrails.model import Finding
from guardrails.rules.base import Document, Locality, Match, Rule
from guardrails.settings import Platform

EVALS = Path(__file__).resolve().parent.parent / "evals"
STRIDE = int(os.environ.get("CAREPOST_LOCALITY_STRIDE", "40"))
# Declaring a rule local is a promise this file checks: the list is pinned so that a new one is a conscious step.
LOCAL_RULES = {"phi.name", "advice.dosage", "advice.medication", "advice.diagnosis", "advice.discourage_care"}


def org_settings() -> list[tuple[str, GuardrailSettings]]:
    """app.yaml's defaults, then every organization of the committed sets (never the held-out folders)."""
    out = [("default", GuardrailSettings())]
    for path in [EVALS / "orgs.yaml", *sorted(EVALS.glob("train_*/orgs.yaml"))]:
        for org, settings in load_orgs(path, AppConfig()).items():
            if org is not None:
                out.append((f"{path.parent.name}/{org}", settings))
    return out


def one_per_disclaimers() -> list[tuple[str, GuardrailSettings]]:
    """The first configuration of each distinct set of disclaimers: what the reuse depends on."""
    seen: dict[str, tuple[str, GuardrailSettings]] = {}
    for name, settings in org_settings():
        seen.setdefault(settings.disclaimers.model_dump_json(), (name, settings))
    return list(seen.values())


def configured_disclaimers() -> list[str]:
    texts: set[str] = set()
    for _name, settings in org_settings():
        d = settings.disclaimers
        texts.update(t.strip() for t in (d.default, d.short, d.testimonial, *d.platforms.values()) if t.strip())
    return sorted(texts)


def posts() -> list[tuple[str, str | None]]:
    """Every STRIDE-th row of the top-level evaluation sets, with its platform."""
    rows: list[tuple[str, str | None]] = []
    for path in sorted(EVALS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], row.get("platform")))
    return rows[::STRIDE]


def local_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.rule in LOCAL_RULES]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(GuardrailSettings())


def test_the_local_rules_are_the_declared_ones(engine: Engine) -> None:
    # a rule is re-run on every fixed text unless it says otherwise: the safe default for a new rule
    assert {rule.id for rule, _ in engine.rules if rule.locality is Locality.SENTENCES} == LOCAL_RULES
    assert Rule.locality is Locality.WHOLE_TEXT


@pytest.mark.parametrize("disclaimer", configured_disclaimers(), ids=lambda d: d[:30])
def test_a_local_rule_finds_on_text_and_disclaimer_what_it_found_on_the_text(engine: Engine, disclaimer: str) -> None:
    """The contract itself, wherever the engine would rely on it: the appendix alone is clean for the local rules and
    every local rule's keeps_findings vouches for the pair. Every post, needing the disclaimer or not."""
    appendix = f"\n\n{disclaimer}"
    for text, where in posts():
        text = text.rstrip()
        for platform in {resolve_platform(where), Platform.X}:
            alone = engine._clean_appendix(appendix, platform)
            if alone is None or not text:
                continue
            doc = engine._document(text, platform, None)
            fixed = engine._document(text + appendix, platform, None)
            before = local_findings(engine._findings(doc, engine.rules))
            if not all(rule.keeps_findings(doc, fixed, alone) for rule, _ in engine._local_rules):
                continue
            assert local_findings(engine._findings(fixed, engine.rules)) == before, (text, disclaimer)


@pytest.mark.parametrize(("name", "settings"), one_per_disclaimers(), ids=lambda v: v if isinstance(v, str) else "")
def test_reports_are_the_same_with_and_without_reuse(name: str, settings: GuardrailSettings) -> None:
    """End to end, a configuration per set of disclaimers: every report equals the one of a full re-check."""
    reusing, full = Engine(settings), Engine(settings)
    full.reuse_local = False
    for text, where in posts()[::2]:
        for platform in {where, "x"}:
            assert reusing.check(text, platform) == full.check(text, platform), (name, text, platform)


def counting(engine: Engine, rule_id: str) -> list[str]:
    """The texts one rule of `engine` scans, in order (the engine also scans an appendix alone, once)."""
    calls: list[str] = []
    rule = next(r for r, _ in engine.rules if r.id == rule_id)
    scan: Callable[[Document], Any] = rule.scan

    def counted(doc: Document) -> Iterator[Match]:
        calls.append(doc.original)
        return iter(list(scan(doc)))

    rule.scan = counted  # type: ignore[method-assign]
    return calls


def test_a_disclaimer_only_fix_scans_local_rules_once() -> None:
    # a health tip with nothing else to fix: the disclaimer is appended and only the whole-text rules run again
    engine = Engine(GuardrailSettings())
    names, dosage = counting(engine, "phi.name"), counting(engine, "advice.dosage")
    report = engine.check("Flu season is here. Washing your hands lowers your risk of catching it.", "facebook")
    assert report.fixed_text.endswith(engine.settings.disclaimers.default)
    assert report.fixed_text not in names + dosage
    assert report.text in names and report.text in dosage
    assert report.remaining == []


@pytest.mark.parametrize(
    "text",
    [
        # ends in a question: the appended disclaimer's first sentence would read as its answer
        "Is it flu or a cold? Fever and body aches come on fast with flu. Which one do you have?",
        # a reply to a handle at its end: with the disclaimer after it, the text no longer ends in the handle
        "Fever and body aches come on fast with flu, and rest helps @jamie",
        # a phone number is redacted: the fixed text is not the text with an appendix
        "Flu shots lower your risk of catching it. Call Dana at 617-555-0142 to book.",
    ],
)
def test_other_fixes_and_read_cues_recheck_in_full(text: str) -> None:
    engine = Engine(GuardrailSettings())
    full = Engine(GuardrailSettings())
    full.reuse_local = False
    names = counting(engine, "phi.name")
    report = engine.check(text, "facebook")
    assert report.fixed_text != text
    assert names.count(report.fixed_text) == 1
    assert report == full.check(text, "facebook")
