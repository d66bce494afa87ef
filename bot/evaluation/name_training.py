"""Fit phi.name's weights (scripts/train_name_scorer): a logistic regression over the rule's own features.

Why fitted: the hand table grew case by case and generalised poorly to posts nobody had tuned it on. The fit sees
every candidate of the training sets at once. Hand-written sets weigh 1 per candidate; the big generated ones share
`generated_share` of the hand-written sets' total weight, so their thousands of template posts cannot drown the
varied hand-written ones. The clearing cues are kept <= 0 (the rule reads them only when the positive part reaches
the threshold). The weights are written on the rule's scale, 2.0 plus the log-odds, so app.yaml's threshold keeps
its meaning.

`--loso` measures instead: for each hand-written set, fit on all the others and run the rule with those weights on
it, beside the hand-set table, so the two can be compared on text each fit never saw.

scipy and numpy are the optional 'train' extra: imported here only, never at run time or by the tests.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.config import AppConfig, load_config
from bot.evaluation.name_candidates import Candidate, Scorer, candidates, measure
from guardrails.rules.phi.people_names_score import NEGATIVE, WEIGHTS, Feature, score
from guardrails.rules.phi.people_names_weights import BASE, DATA_DIR, WEIGHTS_FILE, NameWeights, parse_weights

HAND_WRITTEN = (
    "evals/handwritten.jsonl",
    "evals/handwritten_2.jsonl",
    "evals/train_r2_names.jsonl",
    "evals/train_r2_phi.jsonl",
    "evals/train_r2_advice.jsonl",
    "evals/train_r3/phi.jsonl",
    "evals/train_r3/dates_ids.jsonl",
    "evals/train_r3/advice.jsonl",
)
GENERATED = (
    "evals/phi.jsonl",
    "evals/evasion.jsonl",
    "evals/fresh.jsonl",
    "evals/negatives.jsonl",
    "evals/claims_conduct.jsonl",
    "evals/disclaimer.jsonl",
    "evals/platform.jsonl",
)
ORDER = tuple(Feature)
OFFSET = 2.0  # the rule's scale: 2.0 + log-odds, so the default threshold 2.0 is even odds
HAND = {f: w for f, (_family, w) in WEIGHTS.items()}  # the prior: the hand table, additive, base 0


def fit(rows: Sequence[Candidate], hand: set[str], generated_share: float, prior: float) -> NameWeights:
    """The weights a logistic regression finds for `rows` (`hand`: the sets that weigh 1 per candidate).

    The penalty pulls each weight towards the hand table's (`prior`: its strength), not towards 0: a feature the
    training sets rarely show (a nickname, a donor) keeps about its hand weight, one they show often moves to what
    the data say. The clearing cues are bounded to <= 0."""
    import numpy as np
    from scipy.optimize import minimize  # type: ignore[import-untyped]  # the optional 'train' extra, no stubs

    hand_total = sum(1 for r in rows if r.set_name in hand)
    other_total = len(rows) - hand_total
    other_weight = generated_share * hand_total / other_total if other_total else 0.0
    x = np.array([[1.0 if f in r.features else 0.0 for f in ORDER] for r in rows])
    y = np.array([1.0 if r.positive else 0.0 for r in rows])
    s = np.array([1.0 if r.set_name in hand else other_weight for r in rows])
    w0 = np.array([HAND[f] for f in ORDER])
    start = np.concatenate([[-OFFSET], w0])

    def loss(theta: Any) -> tuple[float, Any]:
        z = theta[0] + x @ theta[1:]
        p = 1 / (1 + np.exp(-z))
        value = float(np.sum(s * (np.logaddexp(0, z) - y * z)) + prior / 2 * np.sum((theta[1:] - w0) ** 2))
        g = s * (p - y)
        grad = np.concatenate([[g.sum()], x.T @ g + prior * (theta[1:] - w0)])
        return value, grad

    bounds = [(None, None)] + [(None, 0.0) if f in NEGATIVE else (None, None) for f in ORDER]
    found = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 10000})
    theta = [float(v) for v in found.x]
    return NameWeights(base=OFFSET + theta[0], weights=dict(zip(ORDER, theta[1:], strict=True)))


def hand_scorer(features: Iterable[Feature]) -> float:
    return score(features)


def blend(fitted: NameWeights, share: float) -> Scorer:
    """`share` of the fitted score and the rest of the hand table's."""

    def scorer(features: Iterable[Feature]) -> float:
        seen = list(features)
        return share * fitted.score(seen) + (1 - share) * score(seen)

    return scorer


def render(weights: NameWeights, command: str, sets: dict[str, tuple[int, int]], share: float, prior: float) -> str:
    """The weights file: a header saying how it was made, then one 'name weight' line per feature."""
    lines = [
        "# phi.name's fitted weights (guardrails/rules/phi/people_names_weights.py reads them).",
        "# score = base + the weight of each feature seen around a candidate = 2.0 + log-odds that it is a name;",
        "# the candidate is a name when the score reaches guardrails.names.threshold (app.yaml, default 2.0).",
        "# Clearing cues are bounded to <= 0. Written by scripts/train_name_scorer; do not edit by hand:",
        f"#   {command}",
        f"# logistic regression (scipy L-BFGS-B), L2 pull {prior} towards the hand table;",
        f"# generated sets share {share} of the hand-written sets' weight.",
        "# training sets (candidates, of them positive):",
        *(f"#   {name}: {count} ({positives})" for name, (count, positives) in sets.items()),
        f"{BASE}\t{weights.base:.4f}",
        *(f"{f.value}\t{weights.weights[f]:.4f}" for f in ORDER),
    ]
    return "\n".join(lines) + "\n"


def _rows(paths: Iterable[str], app: AppConfig) -> dict[str, list[Candidate]]:
    return {p: candidates(Path(p), app) for p in paths if Path(p).is_file()}


def loso(rows: dict[str, list[Candidate]], hand: list[str], app: AppConfig, share: float, prior: float) -> None:
    """Leave one hand-written set out: fit on the rest, measure the rule on it, beside the hand table."""
    for left_out in hand:
        train = [r for name, rs in rows.items() if name != left_out for r in rs]
        fitted = fit(train, set(hand) - {left_out}, share, prior)
        path = Path(left_out)
        print(f"{left_out}")
        print(f"  hand   {measure(path, app, hand_scorer).line()}")
        print(f"  fitted {measure(path, app, fitted.score).line()}")
        print(f"  blend  {measure(path, app, blend(fitted, 0.5)).line()}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/train_name_scorer", description=__doc__.splitlines()[0])
    parser.add_argument("--hand", nargs="*", default=list(HAND_WRITTEN), help="hand-written training sets")
    parser.add_argument("--generated", nargs="*", default=list(GENERATED), help="generated training sets")
    parser.add_argument("--generated-share", type=float, default=0.5)
    parser.add_argument("--prior", type=float, default=10.0, help="pull towards the hand weights")
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out comparison; writes nothing")
    parser.add_argument("--out", default=str(DATA_DIR / WEIGHTS_FILE))
    args = parser.parse_args(argv)
    app = load_config(None)
    hand = [p for p in args.hand if Path(p).is_file()]
    rows = _rows([*hand, *args.generated], app)
    if args.loso:
        loso(rows, hand, app, args.generated_share, args.prior)
        return 0
    every = [r for rs in rows.values() for r in rs]
    weights = fit(every, set(hand), args.generated_share, args.prior)
    counts = {name: (len(rs), sum(r.positive for r in rs)) for name, rs in rows.items()}
    command = "scripts/train_name_scorer " + " ".join(sys.argv[1:] if argv is None else argv)
    text = render(weights, command.strip(), counts, args.generated_share, args.prior)
    parse_weights(text, args.out)  # what is written must load
    Path(args.out).write_text(text, encoding="utf-8")
    for feature in ORDER:
        odds = 1 / (1 + math.exp(-(weights.base - OFFSET + weights.weights[feature])))
        print(f"{feature.value:14} {weights.weights[feature]:+.3f}  (alone with base: p={odds:.2f})")
    print(f"base {weights.base:+.3f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
