"""Speed of the PHI identifier rules (contacts, identifiers, locations), per rule, on posts with and without digits.

The budget: together under 60 us per typical post with no digits, and reasonable with them. Posts are the texts
of the generated evaluation sets (evals/*.jsonl). Each post gets a fresh Document, as in a real check, so the
shared per-post work (the digit test, the word set, the phone and keyword passes) is counted in the first rule
that asks for it. One process, pinned to one CPU where the OS allows.

    .venv/bin/python benchmarks/phi_identifier_rules_bench.py [--posts N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from guardrails.normalize import normalize  # noqa: E402 - after the path tweak above
from guardrails.rules.base import Document, Rule  # noqa: E402
from guardrails.rules.phi import contacts, identifiers, locations  # noqa: E402
from guardrails.settings import GuardrailSettings  # noqa: E402

EVALS = REPO / "evals"
BUDGET_NO_DIGITS_US = 60.0


def load_texts(limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(EVALS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return texts[:limit]


def measure(rules: list[Rule], texts: list[str], settings: GuardrailSettings, runs: int) -> dict[str, list[float]]:
    """Microseconds per post for each rule and for all of them together."""
    times: dict[str, list[float]] = {rule.id: [] for rule in rules}
    times["total"] = []
    for _ in range(runs):
        for text in texts:
            doc = Document(normalized=normalize(text), platform=None, settings=settings)
            began = time.perf_counter()
            for rule in rules:
                start = time.perf_counter()
                for _match in rule.scan(doc):
                    pass
                times[rule.id].append((time.perf_counter() - start) * 1e6)
            times["total"].append((time.perf_counter() - began) * 1e6)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    settings = GuardrailSettings()
    rules = [cls(settings) for cls in (*contacts.RULES, *identifiers.RULES, *locations.RULES)]
    texts = load_texts(args.posts)
    if not texts:
        sys.exit("no posts: generate the evaluation sets first (scripts/generate_evals)")
    plain = [t for t in texts if not any(c.isdigit() for c in t)]
    numbered = [t for t in texts if any(c.isdigit() for c in t)]
    for label, group in (("no digits", plain), ("with digits", numbered)):
        times = measure(rules, group, settings, args.runs)
        total = statistics.median(times["total"])
        print(f"{label}: {len(group)} posts, all identifier rules p50 {total:.1f} us", end="")
        print(f" (budget {BUDGET_NO_DIGITS_US:.0f} us)" if label == "no digits" else "")
        slowest = sorted(((statistics.median(v), k) for k, v in times.items() if k != "total"), reverse=True)
        print("   " + ", ".join(f"{rule_id} {p50:.1f}" for p50, rule_id in slowest[:6]))


if __name__ == "__main__":
    main()
