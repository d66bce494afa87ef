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
from guardrails.rules.phi.people_names import NameRule, candidate_keys
from guardrails.rules.phi.people_names_score import Feature
from guardrails.settings import GuardrailSettings

RULE = "phi.name"
# A scorer reads the rule's features and the candidate's learned context keys (people_names_learned).
Scorer = Callable[[Iterable[Feature], frozenset[str]], float]


@dataclass(frozen=True)
class Candidate:
    set_name: str
    item: str
    features: frozenset[Feature]
    positive: bool
    keys: frozenset[str] = frozenset()


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
        self.seen: dict[tuple[int, int], tuple[list[Feature], frozenset[str]]] = {}

    def _reaches(self, features: list[Feature], doc: Document, start: int, end: int) -> bool:
        self.seen[(start, end)] = (list(features), candidate_keys(doc, start, end))
        return True


class _Scored(NameRule):
    """The rule deciding with `scorer` instead of the shipped weights."""

    def __init__(self, settings: GuardrailSettings, scorer: Scorer) -> None:
        super().__init__(settings)
        self.scorer = scorer

    def _reaches(self, features: list[Feature], doc: Document, start: int, end: int) -> bool:
        return self.scorer(features, candidate_keys(doc, start, end)) >= self.threshold


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
        for (start, end), (features, keys) in sorted(rule.seen.items()):
            if not _overlaps((start, end), kept):
                continue  # cleared whatever its score: a staff member on the list, a word in a foreign sentence
            span = doc.normalized.to_original(start, end)
            positive = kind and _overlaps(span, golds)
            found.append(Candidate(str(path), item.id, frozenset(features), positive, keys))
    return found


TEST_MODULES = ("tests.test_rule_phi_name", "tests.test_rule_phi_name_context", "tests.test_rule_phi_name_cues")
TEST_ROWS = "tests/test_rule_phi_name*.py"  # the set name the test rows' candidates carry


def test_rows() -> list[tuple[str, list[str]]]:
    """The rule tests' parametrized rows run on the default engine, as (text, the names it must report): rows of
    ("text", "expected") and rows of "text" whose test asserts no name. Rows with settings of their own
    (test_name_configuration) and other assertions are left out."""
    import importlib
    import inspect

    rows: list[tuple[str, list[str]]] = []
    for module_name in TEST_MODULES:
        module = importlib.import_module(module_name)
        for name, function in sorted(vars(module).items()):
            if not name.startswith("test_") or name == "test_name_configuration":
                continue
            source = inspect.getsource(function)
            for mark in getattr(function, "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                argnames, values = mark.args[0], mark.args[1]
                if argnames == ("text", "expected") and "names(text) == expected" in source:
                    rows += [(v.values[0] if hasattr(v, "values") else v[0], list(_expected(v))) for v in values]
                elif argnames == "text" and "names(text) == []" in source:
                    rows += [(v.values[0] if hasattr(v, "values") else v, []) for v in values]
    return rows


def _expected(value: object) -> list[str]:
    row = value.values if hasattr(value, "values") else value
    return list(row[1])  # type: ignore[index]


def test_row_candidates() -> list[Candidate]:
    """Every scored candidate of the rule tests' rows (test_rows): a positive where it overlaps an expected name."""
    settings = GuardrailSettings()
    rule = _Recording(settings)
    found: list[Candidate] = []
    for number, (text, expected) in enumerate(test_rows()):
        rule.seen = {}
        doc = Document(normalized=normalize(text), platform=resolve_platform(None), settings=settings)
        kept = [(m.start, m.end) for m in rule.scan(doc) if m.start is not None and m.end is not None]
        golds = [(i, i + len(n)) for n in expected for i in _occurrences(text, n)]
        for (start, end), (features, keys) in sorted(rule.seen.items()):
            if not _overlaps((start, end), kept):
                continue
            span = doc.normalized.to_original(start, end)
            found.append(Candidate(TEST_ROWS, f"row-{number}", frozenset(features), _overlaps(span, golds), keys))
    return found


def _occurrences(text: str, name: str) -> Iterator[int]:
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


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
