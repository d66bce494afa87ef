"""Fit phi.name's weights (scripts/train_name_scorer): a logistic regression over the rule's own features.

Why fitted: the hand table grew case by case and generalised poorly to posts nobody had tuned it on. The fit sees
every candidate of the training sets at once. Hand-written sets weigh 1 per candidate; the big generated ones share
`generated_share` of the hand-written sets' total weight, so their thousands of template posts cannot drown the
varied hand-written ones. The clearing cues are kept <= 0 (the rule reads them only when the positive part reaches
the threshold). The weights are written on the rule's scale, 2.0 plus the log-odds, so app.yaml's threshold keeps
its meaning.

`--loso` measures instead: for each hand-written set, fit on all the others and run the rule with those weights on
it, beside the hand-set table, so the two can be compared on text each fit never saw.

Training data: the hand-written sets of HAND_WRITTEN (every evals/ training set written by hand, rounds 1-5) weigh 1
per candidate; the generated sets of GENERATED share `--generated-share` of that weight; with `--test-rows` (the
default) the rule tests' parametrized rows too (bot/evaluation/name_candidates.test_rows: the texts of
tests/test_rule_phi_name*.py on the default engine, with the names each must report).

Features: the rule's own (people_names_score.Feature: shape, title, person cues before and after, nickname, relation,
hashtag, care; the clearing cues staff, public figure, donor, building, recognition, renown, greeting), and with
`--context-l2 L` the learned context keys of people_names_learned (lower-cased words and word pairs left and right of
the candidate, its shape, its place in the sentence, the longer words of its line), pulled towards 0 with strength L
and kept only when `--min-count` candidates show them.

`--protocol` is the round-5 validation (issue #10): each set of PROTOCOL is left out in turn, the old features alone
and the old features with the learned context are fitted on everything else, and the rule is run with each on the
set left out; `--thresholds` also runs both at other thresholds, to tell a better model from a moved threshold.
Measured on 2026-12-05 at 9aa7847 (8 sets left out, 272 patient posts, 520 clean posts; `--protocol --context-l2 20
--thresholds 1.8 2.0`): the old features catch 221/272 names and flag 64/520 clean posts; with the learned context
208/272 and 55/520, at threshold 1.8 212/272 and 56/520 (the old features at 1.8: 223/272, 66/520). The learned
words trade recall for false flags at about the rate the threshold does; so did every variant tried (L2 2-100, the
shape and position keys alone, keys seen in 6+ sets, keys only on candidates without a person cue, keys that may only
clear). No learned weights are shipped (guardrails/data/name_weights.tsv holds none); the rule reads them only when
the file has some.

scipy and numpy are the optional 'train' extra: imported here only, never at run time or by the tests.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.config import AppConfig, load_config
from bot.evaluation.name_candidates import (
    TEST_ROWS,
    Candidate,
    Outcome,
    Scorer,
    candidates,
    measure,
    test_row_candidates,
)
from guardrails.rules.phi.people_names_learned import PREFIX
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
    "evals/train_r4_clean/posts.jsonl",
    "evals/train_r4_advice/posts.jsonl",
    "evals/heldout_lead.jsonl",
    "evals/train_r5/posts.jsonl",
    "evals/train_r5_names/posts.jsonl",
    "evals/train_r5_places/posts.jsonl",
    "evals/train_r5_advice/posts.jsonl",
)
# The hand-written sets left out one at a time by `--protocol` (issue #10 round 5): each is measured by a fit that
# never saw it, the old features alone beside the old features with the learned context.
PROTOCOL = (
    "evals/train_r3/phi.jsonl",
    "evals/train_r4_clean/posts.jsonl",
    "evals/handwritten.jsonl",
    "evals/handwritten_2.jsonl",
    "evals/heldout_lead.jsonl",
    "evals/train_r5/posts.jsonl",
    "evals/train_r5_names/posts.jsonl",
    "evals/train_r5_places/posts.jsonl",
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
DEFAULT_CONTEXT_L2 = 20.0  # --protocol's learned context without --context-l2
MIN_WEIGHT = 0.001  # learned keys lighter than this are not written: they move no score past the threshold


def vocabulary(rows: Sequence[Candidate], min_count: int) -> list[str]:
    """The learned context keys at least `min_count` candidates show: a key seen once is a phrasing, not an idea."""
    counts: Counter[str] = Counter(k for r in rows for k in r.keys)
    return sorted(k for k, n in counts.items() if n >= min_count)


def fit(
    rows: Sequence[Candidate],
    hand: set[str],
    generated_share: float,
    prior: float,
    context_l2: float | None = None,
    min_count: int = 2,
    positive_weight: float = 1.0,
) -> NameWeights:
    """The weights a logistic regression finds for `rows` (`hand`: the sets that weigh 1 per candidate).

    The penalty pulls each rule feature's weight towards the hand table's (`prior`: its strength), not towards 0: a
    feature the training sets rarely show (a nickname, a donor) keeps about its hand weight, one they show often
    moves to what the data say. The clearing cues are bounded to <= 0. With `context_l2` the learned context keys
    (people_names_learned) are fitted too, pulled towards 0 with that strength: a word weighs something only when
    many candidates agree on it."""
    import numpy as np
    from scipy import sparse  # type: ignore[import-untyped]  # the optional 'train' extra, no stubs
    from scipy.optimize import minimize  # type: ignore[import-untyped]

    hand_total = sum(1 for r in rows if r.set_name in hand)
    other_total = len(rows) - hand_total
    other_weight = generated_share * hand_total / other_total if other_total else 0.0
    vocab = vocabulary(rows, min_count) if context_l2 is not None else []
    column = {k: i for i, k in enumerate(vocab)}
    dense = np.array([[1.0 if f in r.features else 0.0 for f in ORDER] for r in rows])
    cells = [(i, column[k]) for i, r in enumerate(rows) for k in r.keys if k in column]
    ctx = sparse.csr_matrix(
        (np.ones(len(cells)), ([c[0] for c in cells], [c[1] for c in cells])), shape=(len(rows), len(vocab))
    )
    y = np.array([1.0 if r.positive else 0.0 for r in rows])
    s = np.array([1.0 if r.set_name in hand else other_weight for r in rows])
    s = s * np.where(y > 0, positive_weight, 1.0)
    w0 = np.array([HAND[f] for f in ORDER])
    start = np.concatenate([[-OFFSET], w0, np.zeros(len(vocab))])
    size = len(ORDER)
    l2 = context_l2 or 0.0

    def loss(theta: Any) -> tuple[float, Any]:
        rule, learned = theta[1 : 1 + size], theta[1 + size :]
        z = theta[0] + dense @ rule + ctx @ learned
        p = 1 / (1 + np.exp(-z))
        value = float(
            np.sum(s * (np.logaddexp(0, z) - y * z))
            + prior / 2 * np.sum((rule - w0) ** 2)
            + l2 / 2 * np.sum(learned**2)
        )
        g = s * (p - y)
        grad = np.concatenate([[g.sum()], dense.T @ g + prior * (rule - w0), ctx.T @ g + l2 * learned])
        return value, grad

    bounds = [(None, None)] + [(None, 0.0) if f in NEGATIVE else (None, None) for f in ORDER]
    bounds += [(None, None)] * len(vocab)
    found = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 20000})
    theta = [float(v) for v in found.x]
    context = {k: round(w, 4) for k, w in zip(vocab, theta[1 + size :], strict=True) if abs(w) >= MIN_WEIGHT}
    return NameWeights(
        base=OFFSET + theta[0], weights=dict(zip(ORDER, theta[1 : 1 + size], strict=True)), context=context
    )


def hand_scorer(features: Iterable[Feature], _keys: frozenset[str] = frozenset()) -> float:
    return score(features)


def blend(fitted: NameWeights, share: float) -> Scorer:
    """`share` of the fitted score and the rest of the hand table's."""

    def scorer(features: Iterable[Feature], keys: frozenset[str] = frozenset()) -> float:
        seen = list(features)
        return share * fitted.score(seen, keys) + (1 - share) * score(seen)

    return scorer


LEARNED_HEADER = (
    "# ctx:... lines: learned context keys (people_names_learned: l1/r1 the word next to the candidate, lb/rb the\n"
    "# word pair next to it, l/r a word within 3, sh its shape, pos first in its sentence, w a longer word of its\n"
    "# line), fitted with the features under an L2 pull towards 0; a key not listed weighs 0."
)


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
    if weights.context:
        lines.insert(-1 - len(ORDER), LEARNED_HEADER)
        lines += [f"{PREFIX}{key}\t{weight:.4f}" for key, weight in sorted(weights.context.items())]
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


def protocol(rows: dict[str, list[Candidate]], hand: list[str], app: AppConfig, args: argparse.Namespace) -> None:
    """Leave each of PROTOCOL's sets out in turn: fit the old features alone and the old features with the learned
    context on every other set, and measure the rule with each on the set left out, at each of `args.thresholds`.
    The lines to compare are `old` and `new`; the sums at the end pool the sets."""
    thresholds = args.thresholds or [None]
    totals: dict[tuple[str, float | None], list[Outcome]] = {}
    for left_out in [p for p in PROTOCOL if p in rows]:
        train = [r for name, rs in rows.items() if name != left_out for r in rs]
        others = set(hand) - {left_out}
        share, prior, weight = args.generated_share, args.prior, args.positive_weight
        old = fit(train, others, share, prior, positive_weight=weight)
        new = fit(train, others, share, prior, args.context_l2 or DEFAULT_CONTEXT_L2, args.min_count, weight)
        print(left_out)
        for threshold in thresholds:
            for label, weights in (("old", old), ("new", new)):
                outcome = measure(Path(left_out), app, weights.score, threshold)
                totals.setdefault((label, threshold), []).append(outcome)
                at = "" if threshold is None else f" at {threshold}"
                print(f"  {label}{at} {outcome.line()}")
    for (label, threshold), outcomes in totals.items():
        at = "" if threshold is None else f" at {threshold}"
        print(f"{label}{at}: {summary(outcomes)}")


def summary(outcomes: Sequence[Outcome]) -> str:
    """Mean recall over the sets with positives and mean clean flagged over the sets with negatives; pooled too."""
    recalls = [o.hits / o.positives for o in outcomes if o.positives]
    flags = [o.flagged / o.negatives for o in outcomes if o.negatives]
    hits, positives = sum(o.hits for o in outcomes), sum(o.positives for o in outcomes)
    flagged, negatives = sum(o.flagged for o in outcomes), sum(o.negatives for o in outcomes)
    return (
        f"mean recall {sum(recalls) / max(1, len(recalls)):.3f}, "
        f"mean clean flagged {sum(flags) / max(1, len(flags)):.3f}"
        f"; pooled recall {hits}/{positives} = {hits / max(1, positives):.3f}, "
        f"clean flagged {flagged}/{negatives} = {flagged / max(1, negatives):.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/train_name_scorer", description=__doc__.splitlines()[0])
    parser.add_argument("--hand", nargs="*", default=list(HAND_WRITTEN), help="hand-written training sets")
    parser.add_argument("--generated", nargs="*", default=list(GENERATED), help="generated training sets")
    parser.add_argument("--generated-share", type=float, default=0.5)
    parser.add_argument("--prior", type=float, default=10.0, help="pull towards the hand weights")
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out comparison; writes nothing")
    parser.add_argument(
        "--protocol", action="store_true", help="leave each PROTOCOL set out: old features vs learned; writes nothing"
    )
    parser.add_argument("--context-l2", type=float, default=None, help="fit the learned context with this L2")
    parser.add_argument("--min-count", type=int, default=2, help="candidates a learned key must show")
    parser.add_argument("--positive-weight", type=float, default=1.0, help="weight of a name against a non-name")
    parser.add_argument("--thresholds", type=float, nargs="*", help="--protocol: also measure at these thresholds")
    parser.add_argument(
        "--test-rows", action=argparse.BooleanOptionalAction, default=True, help="train on the rule tests' rows too"
    )
    parser.add_argument("--out", default=str(DATA_DIR / WEIGHTS_FILE))
    args = parser.parse_args(argv)
    app = load_config(None)
    hand = [p for p in args.hand if Path(p).is_file()]
    rows = _rows([*hand, *args.generated], app)
    if args.test_rows:
        rows[TEST_ROWS] = test_row_candidates()
        hand.append(TEST_ROWS)
    if args.loso:
        loso(rows, hand, app, args.generated_share, args.prior)
        return 0
    if args.protocol:
        protocol(rows, hand, app, args)
        return 0
    every = [r for rs in rows.values() for r in rs]
    weights = fit(
        every, set(hand), args.generated_share, args.prior, args.context_l2, args.min_count, args.positive_weight
    )
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
