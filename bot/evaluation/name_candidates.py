"""phi.name's candidates in the labelled sets, as scripts/train_name_scorer fits and compares scorers on them.

A candidate is what the rule scores (people_names' `_reaches`): its span and the features seen around it. It is a
positive when it overlaps a gold phi.name span of an item that expects phi.name, a negative in an item that is clean
or forbids phi.name; other items (PHI of another kind, names not pinned) teach nothing and are left out.

The rule is read, never copied: the extractor lets every candidate through (so the clearing cues are read for all
of them, not only for those whose positive part reaches today's threshold) and keeps the features of the last,
fullest decision per span. A scorer is then measured the way `carepost eval` counts phi.name (items whose every
gold span a finding overlaps; clean items with any finding) by running the real rule with that scorer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import AppConfig
from bot.evaluation.items import EvalItem, read_items
from bot.evaluation.orgs import ORGS_FILE, load_orgs
from guardrails.engine import resolve_platform
from guardrails.model import UnknownPlatformError
from guardrails.normalize import normalize
from guardrails.rules.base import Document
from guardrails.rules.phi.people_names import NameRule
from guardrails.rules.phi.people_names_score import Feature
from guardrails.settings import GuardrailSettings

RULE = "phi.name"
Scorer = Callable[[Iterable[Feature]], float]


@dataclass(frozen=True)
class Candidate:
    set_name: str
    item: str
    features: frozenset[Feature]
    positive: bool


@dataclass
class Outcome:
    """phi.name on one set, counted as `carepost eval` counts it (items, not spans)."""

    positives: int = 0
    hits: int = 0
    negatives: int = 0
    flagged: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def line(self) -> str:
        recall = self.hits / self.positives if self.positives else 1.0
        rate = self.flagged / self.negatives if self.negatives else 0.0
        flagged = f"clean flagged {self.flagged}/{self.negatives} = {rate:.3f}"
        return f"recall {self.hits}/{self.positives} = {recall:.3f}, {flagged}"


def role(item: EvalItem) -> bool | None:
    """True: names in it are pinned (an item that expects phi.name); False: it must hold none; None: unknown."""
    if RULE in item.expect:
        return True if any(s.rule == RULE for s in item.spans) else None
    if item.clean or RULE in item.forbid:
        return False
    return None


def _settings(path: Path, app: AppConfig) -> dict[str | None, GuardrailSettings]:
    orgs = path.parent / ORGS_FILE if (path.parent / ORGS_FILE).is_file() else Path("evals") / ORGS_FILE
    return load_orgs(orgs, app)


def _document(item: EvalItem, settings: GuardrailSettings) -> Document:
    return Document(normalized=normalize(item.text), platform=resolve_platform(item.platform), settings=settings)


def _overlaps(span: tuple[int, int], golds: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in golds)


def _golds(item: EvalItem) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in item.spans if s.rule == RULE]


class _Recording(NameRule):
    """The rule with every candidate let through and its features written down, keyed by span."""

    def __init__(self, settings: GuardrailSettings) -> None:
        super().__init__(settings)
        self.seen: dict[tuple[int, int], list[Feature]] = {}

    def _reaches(self, features: list[Feature], start: int, end: int) -> bool:
        self.seen[(start, end)] = list(features)
        return True


class _Scored(NameRule):
    """The rule deciding with `scorer` instead of the shipped weights."""

    def __init__(self, settings: GuardrailSettings, scorer: Scorer) -> None:
        super().__init__(settings)
        self.scorer = scorer

    def _reaches(self, features: list[Feature], start: int, end: int) -> bool:
        return self.scorer(features) >= self.threshold


def _items(path: Path, app: AppConfig) -> Iterator[tuple[EvalItem, GuardrailSettings]]:
    """The set's items with their organization's settings; an item on a platform the engine does not know
    (evals/train_r4_clean's 'tiktok') is left out, as `carepost eval` counts it an item error and scores nothing."""
    settings = _settings(path, app)
    for item in read_items(path):
        try:
            resolve_platform(item.platform)
        except UnknownPlatformError:
            continue
        yield item, settings[item.config]


def candidates(path: Path, app: AppConfig) -> list[Candidate]:
    """Every scored candidate of the set's items whose names are known (see `role`)."""
    rules: dict[int, _Recording] = {}
    found: list[Candidate] = []
    for item, settings in _items(path, app):
        kind = role(item)
        if kind is None:
            continue
        rule = rules.setdefault(id(settings), _Recording(settings))
        rule.seen = {}
        doc = _document(item, settings)
        kept = [(m.start, m.end) for m in rule.scan(doc) if m.start is not None and m.end is not None]
        golds = _golds(item)
        for (start, end), features in sorted(rule.seen.items()):
            if not _overlaps((start, end), kept):
                continue  # cleared whatever its score: a staff member on the list, a word in a foreign sentence
            span = doc.normalized.to_original(start, end)
            positive = kind and _overlaps(span, golds)
            found.append(Candidate(str(path), item.id, frozenset(features), positive))
    return found


def measure(path: Path, app: AppConfig, scorer: Scorer, threshold: float | None = None) -> Outcome:
    """phi.name's recall and clean posts flagged on one set with `scorer` deciding."""
    rules: dict[int, _Scored] = {}
    outcome = Outcome()
    for item, settings in _items(path, app):
        kind = role(item)
        if kind is None:
            continue
        rule = rules.get(id(settings))
        if rule is None:
            rule = rules[id(settings)] = _Scored(settings, scorer)
            if threshold is not None:
                rule.threshold = threshold
        doc = _document(item, settings)
        spans = [
            doc.normalized.to_original(m.start, m.end)
            for m in rule.scan(doc)
            if m.start is not None and m.end is not None
        ]
        if kind:
            outcome.positives += 1
            if all(_overlaps(gold, spans) for gold in _golds(item)):
                outcome.hits += 1
            else:
                outcome.missed.append(item.id)
        else:
            outcome.negatives += 1
            if spans:
                outcome.flagged += 1
                outcome.false.append(item.id)
    return outcome
