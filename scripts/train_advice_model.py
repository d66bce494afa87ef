"""Fit the advice model (guardrails/rules/advice_model.py) and write guardrails/data/advice_model.json.

Run with scripts/train_advice_model (needs the optional `train` extra: scikit-learn). Never imported at run time.

Labels are per sentence, from the items' post-level labels: in an item that expects an advice rule, the
sentence that rule's patterns fire on is that class (a one-sentence item is its class even when no pattern
fires); an expected kind no pattern found goes to the item's single unfired sentence that is no question (with
more than one, to the one a first fit scores highest for that kind: `placed`; the others are left out); otherwise the
other sentences of a positive item count as `none` at half weight; every sentence of an item that expects no
advice is `none`, unless a pattern fires there and the item does not forbid it (unknown: left out).
Hand-written sets weigh more than the big generated ones, so the generators' phrasings do not dominate.

The product's own offline drafts (every built-in topic, calendar observance and drafting-benchmark topic, on every
pillar and platform) are `none` too: they are the text the guardrails see most, and a model that never saw a
placeholder such as "[the cost or the insurance it takes]" learned that a sentence ending in "it" is advice.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.evaluation.items import EvalItem, read_items  # noqa: E402  (after the path is set)
from guardrails.normalize import normalize  # noqa: E402
from guardrails.rules.advice import ADVICE_RULES  # noqa: E402
from guardrails.rules.advice_features import sentence_views  # noqa: E402
from guardrails.rules.advice_model import (  # noqa: E402
    CLASSES,
    NONE_CLASS,
    WEIGHTS_PATH,
    AdviceModel,
    AdviceWeights,
    TrainingRecord,
)
from guardrails.rules.base import Document  # noqa: E402
from guardrails.settings import AdviceModelSettings, GuardrailSettings  # noqa: E402

DRAFTS = "offline drafts"
DRAFT_PILLARS = ("education", "community", "promotion", "thought-leadership")
# set -> weight of its sentences: hand-written sets up, the big generated ones down.
TRAINING_SETS: dict[str, float] = {
    "evals/advice.jsonl": 0.5,
    "evals/train_r2_advice.jsonl": 2.0,
    "evals/train_r3/advice.jsonl": 3.0,
    "evals/train_r4_advice/posts.jsonl": 3.0,
    "evals/train_r5/posts.jsonl": 3.0,  # round 5: advice, their education twins, clean look-alikes and PHI posts
    "evals/train_r5_advice/posts.jsonl": 3.0,  # round 5: advice pairs (English, Spanish, code-switched) and twins
    "evals/train_r7_advice/posts.jsonl": 3.0,  # rounds 7 and 8: hand-written advice/twin pairs
    "evals/train_r7_advice/posts_b.jsonl": 3.0,
    "evals/train_r8_advice/posts.jsonl": 3.0,
    "evals/train_r8_advice/posts_b.jsonl": 3.0,
    # the spent held-out sets (hand-written by people who never read the rules; tuned on). Their first-sight misses
    # are items whose kind no pattern found at the time: see `labelled_sentences` for how those are read. Measured
    # leaving one round out (round 8): the model alone finds 163 of the 263 expected findings of the left-out round
    # at the 0.9 bar, the model fitted without them 144, with 2 and 1 of 685 harmless posts flagged.
    "evals/heldout_r2a/posts.jsonl": 3.0,
    "evals/heldout_r2b/posts.jsonl": 3.0,
    "evals/heldout_r3a/posts.jsonl": 3.0,
    "evals/heldout_r3b/posts.jsonl": 3.0,
    "evals/heldout_r4a/posts.jsonl": 3.0,
    "evals/heldout_r4b/posts.jsonl": 3.0,
    "evals/heldout_r5a/posts.jsonl": 3.0,
    "evals/heldout_r5b/posts.jsonl": 3.0,
    "evals/heldout_r6a/posts.jsonl": 3.0,
    "evals/heldout_r6b/posts.jsonl": 3.0,
    "evals/heldout_r7a/posts.jsonl": 3.0,
    "evals/heldout_r7b/posts.jsonl": 3.0,
    "evals/train_r3/phi.jsonl": 1.0,
    "evals/train_r3/dates_ids.jsonl": 1.0,
    "evals/fresh.jsonl": 0.3,
    "evals/handwritten.jsonl": 3.0,
    "evals/handwritten_2.jsonl": 3.0,
    "evals/heldout_lead.jsonl": 3.0,
    "evals/negatives.jsonl": 0.5,
    "evals/claims_conduct.jsonl": 0.3,
    "evals/disclaimer.jsonl": 0.5,
    "evals/train_r2_names.jsonl": 1.0,
    "evals/train_r2_phi.jsonl": 1.0,
    "evals/spec_examples.jsonl": 1.0,
    # the advice rules' own test rows, education twins included (rows that must not fire forbid the file's rule)
    "tests/test_rule_advice_dosage.py": 3.0,
    "tests/test_rule_advice_medication.py": 3.0,
    "tests/test_rule_advice_diagnosis.py": 3.0,
    "tests/test_rule_advice_discourage_care.py": 3.0,
    # the offline drafter's own posts (draft_items)
    DRAFTS: 1.0,
}
ADVICE_IDS = frozenset(CLASSES[1:])
MIN_FEATURE_COUNT = 2
MIN_WEIGHT = 0.05  # a feature none of whose weights reaches this moves no probability enough to keep in the file
SETTINGS = GuardrailSettings(advice_model=AdviceModelSettings(enabled=False))
RULES = [cls(SETTINGS) for cls in ADVICE_RULES]

Row = tuple[set[str], str, float]
# An expected kind no pattern found, and the sentences it may be in (the unfired ones that are no question).
Pending = tuple[list[set[str]], str, float]


def labelled_sentences(item: EvalItem, weight: float) -> tuple[list[Row], list[Pending]]:
    """(features, class, weight) for each sentence of an item whose class can be told, and the kinds no pattern found
    whose sentence is one of several (`placed`, after a first fit, tells which)."""
    doc = Document(normalized=normalize(item.text), platform=None, settings=SETTINGS)
    fired_spans = [(rule.id, m.start, m.end or 0) for rule in RULES for m in rule.pattern_matches(doc)]
    expected = [rule_id for rule_id in CLASSES[1:] if rule_id in item.expect]
    clean = item.clean or set(item.forbid) >= ADVICE_IDS
    views = sentence_views(doc)
    # An expected kind no pattern found anywhere in the item is in one of its unfired sentences. Taught as `none`, they
    # taught the model the very advice the patterns missed, and adding the spent held-out sets (whose first-sight
    # misses are such items) made the refit worse (round 7). When one unfired sentence is no question, the kind is
    # its ("Rolled your ankle? Tape it up, no X-ray needed."); when more are, the first fit tells which (`placed`).
    unfound = [e for e in expected if not any(rule_id == e for rule_id, _s, _e in fired_spans)]
    unfired = [
        (s, e) for s, e, _f in views if not any(fs is not None and fs < e and fe > s for _r, fs, fe in fired_spans)
    ]
    answers = [(s, e) for s, e in unfired if not doc.lower[s:e].rstrip().endswith("?")]
    rows: list[Row] = []
    for start, end, features in views:
        fired = {rid for rid, s, e in fired_spans if s is not None and s < end and e > start}
        hit = [rid for rid in expected if rid in fired]
        if hit:
            rows.append((features, hit[0], weight))
        elif expected and len(views) == 1:
            rows.append((features, expected[0], weight))
        elif unfound and answers == [(start, end)]:
            rows.append((features, unfound[0], weight))
        elif expected and not fired and not unfound:
            rows.append((features, NONE_CLASS, weight / 2))
        elif not expected and (not fired or clean):
            rows.append((features, NONE_CLASS, weight))
    pending: list[Pending] = []
    if unfound and len(answers) > 1:
        candidates = [features for start, end, features in views if (start, end) in answers]
        pending = [(candidates, kind, weight) for kind in unfound]
    return rows, pending


def placed(pending: list[Pending], fitted: tuple[list[float], dict[str, list[float]]]) -> list[Row]:
    """Each pending kind taught on the candidate sentence a first fit scores highest for it. A miss of the spent
    held-out sets is most often one of several unfired sentences ("Nothing the ER can do for cracked ribs anyway."
    after "Tape 'em up and keep working."); left out, the model never learned the kinds the patterns missed: r7's
    misses stayed missed with r7 in the training sets (round 9)."""
    intercept, weights = fitted
    record = TrainingRecord(command="first fit", data=[])
    model = AdviceModel(
        AdviceWeights(format=1, training=record, classes=list(CLASSES), intercept=intercept, weights=weights)
    )
    index = {kind: CLASSES.index(kind) for kind in CLASSES}
    rows: list[Row] = []
    for candidates, kind, weight in pending:
        best = max(candidates, key=lambda features: model.probabilities(features)[index[kind]])
        rows.append((best, kind, weight))
    return rows


def test_rows(name: str) -> Iterator[EvalItem]:
    """The rows of a rule test file (`("text", True|False)` tuples, for the rule the file is named after) as items:
    a row that must fire expects the rule; one that must not forbids it."""
    rule_id = "advice." + Path(name).stem.removeprefix("test_rule_advice_")
    tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
    for number, node in enumerate(ast.walk(tree)):
        if not (isinstance(node, ast.Tuple) and len(node.elts) == 2):
            continue
        text, expected = node.elts
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        if not (isinstance(expected, ast.Constant) and isinstance(expected.value, bool)):
            continue
        label = {"expect": [rule_id]} if expected.value else {"forbid": [rule_id]}
        yield EvalItem.model_validate({"id": f"{name}:{number}", "text": text.value, **label})


def draft_items() -> Iterator[EvalItem]:
    """Each distinct sentence of the offline drafter's output, drafted with the advice model off (so the drafts
    do not depend on the weights being fitted), as a clean item."""
    import asyncio

    import yaml

    from bot.calendar.observances import builtin_observances
    from bot.config import config_from_mapping
    from bot.drafting.models import DraftRequest
    from bot.drafting.topics import knowledge_base
    from bot.service import CarePost

    service = CarePost(config_from_mapping({"guardrails": {"advice_model": {"enabled": False}}}))
    bench = yaml.safe_load((ROOT / "benchmarks" / "data" / "drafting_topics.yaml").read_text(encoding="utf-8"))
    topics = sorted(
        {entry.label for entry in knowledge_base().values()}
        | {spec.topic for spec in builtin_observances()}
        | {row["topic"] for row in bench["topics"]}
    )
    seen: set[str] = set()
    for topic in topics:
        for pillar in DRAFT_PILLARS:
            result = asyncio.run(service.draft(DraftRequest(pillar=pillar, topic=topic)))
            for draft in result.drafts:
                for line in draft.text.splitlines():
                    if line.strip() and line not in seen:
                        seen.add(line)
                        yield EvalItem.model_validate({"id": f"draft:{len(seen)}", "text": line, "clean": True})


def gather(sets: dict[str, float]) -> tuple[list[Row], list[Pending]]:
    rows: list[Row] = []
    pending: list[Pending] = []
    for name, weight in sets.items():
        if name == DRAFTS:
            items = draft_items()
        elif name.endswith(".py"):
            items = test_rows(name)
        else:
            items = read_items(ROOT / name)
        for item in items:
            found, unplaced = labelled_sentences(item, weight)
            rows.extend(found)
            pending.extend(unplaced)
    return rows, pending


def fit(rows: list[Row], c: float, advice_weight: float) -> tuple[list[float], dict[str, list[float]]]:
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]  # no stubs; train extra only
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]  # no stubs; train extra only

    counts = Counter(f for features, _label, _w in rows for f in features)
    kept = [{f: 1 for f in features if counts[f] >= MIN_FEATURE_COUNT} for features, _l, _w in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept)
    labels = [CLASSES.index(label) for _f, label, _w in rows]
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-6)
    sample_weights = [w * (advice_weight if label != NONE_CLASS else 1.0) for _f, label, w in rows]
    model.fit(matrix, labels, sample_weight=sample_weights)
    order = list(model.classes_)
    if order != list(range(len(CLASSES))):
        raise SystemExit(f"every class needs training sentences; have {[CLASSES[i] for i in order]}")
    intercept = [round(float(v), 4) for v in model.intercept_]
    weights: dict[str, list[float]] = {}
    for index, feature in enumerate(vectorizer.get_feature_names_out()):
        row = [round(float(model.coef_[k][index]), 3) for k in range(len(CLASSES))]
        if max(abs(v) for v in row) >= MIN_WEIGHT:
            weights[str(feature)] = row
    return intercept, weights


def write(
    path: Path,
    command: str,
    sets: dict[str, float],
    held_out: list[str],
    rows: list[Row],
    fitted: tuple[list[float], dict[str, list[float]]],
) -> None:
    """One feature a line, sorted: a diff of two trainings reads as a list of changed weights."""
    intercept, weights = fitted
    by_class = Counter(label for _f, label, _w in rows)
    header = {
        "format": 1,
        "training": {
            "command": command,
            "data": [f"{name} (weight {weight})" for name, weight in sets.items()],
            "held_out": held_out,
            "sentences": {label: by_class[label] for label in CLASSES},
            "features": "guardrails/rules/advice_features.py: class-token unigrams and bigrams, opening word, cues",
        },
        "classes": list(CLASSES),
        "intercept": intercept,
    }
    head = json.dumps(header, indent=1, ensure_ascii=False)[:-2]
    lines = [f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(weights.items())]
    path.write_text(head + ',\n "weights": {\n' + ",\n".join(lines) + "\n }\n}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold-out", action="append", default=[], help="a set to leave out (repeatable)")
    parser.add_argument("--add", action="append", default=[], help="SET=WEIGHT: one more training set")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--advice-weight", type=float, default=1.0, help="weight of advice sentences against none")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args()
    sets = dict(TRAINING_SETS)
    for extra in args.add:
        name, _, weight = extra.partition("=")
        sets[name] = float(weight or 1.0)
    for name in args.hold_out:
        sets.pop(name, None)
    rows, pending = gather(sets)
    if pending:
        rows += placed(pending, fit(rows, args.c, args.advice_weight))
    command = "scripts/train_advice_model " + " ".join(sys.argv[1:])
    write(args.out, command.strip(), sets, args.hold_out, rows, fit(rows, args.c, args.advice_weight))
    print(f"{len(rows)} sentences ->", args.out, dict(Counter(label for _f, label, _w in rows)))


if __name__ == "__main__":
    main()
