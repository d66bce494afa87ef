"""Policy Q&A figures: hit rate at 1 and 3, right-fact rate, grounded accuracy, medical declines, latency.

Runs the question set in tests/data/policy_questions.yaml on the built-in guide and on ../shared/seeds/
used as the guide (skipped with a note when that directory is absent). No network; the LLM is not used.

    .venv/bin/python benchmarks/policy_bench.py [--set PATH] [--misses]

--set PATH measures another question file of the same shape (a held-out set) on both guides.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import AppConfig, PolicyConfig  # noqa: E402 - after the path tweak above
from bot.policy.quality import Figures, load_question_set, measure  # noqa: E402

QUESTIONS = REPO / "tests" / "data" / "policy_questions.yaml"
SEEDS = REPO.parent / "shared" / "seeds"


def show(name: str, f: Figures, misses: bool, target: str) -> None:
    rows = [
        ("in-scope questions", f"{f.in_scope}"),
        ("hit rate @1", f"{f.hit_at_1:.1%}"),
        ("hit rate @3", f"{f.hit_at_3:.1%}"),
        ("answered with the fact", f"{f.right_fact:.1%}   (target {target})"),
        ("out of scope not grounded", f"{f.out_of_scope_not_grounded:.1%} of {f.out_of_scope}   (target >= 90%)"),
        ("medical declined", f"{f.medical_declined:.1%} of {f.medical}   (target 100%)"),
        ("grounded accuracy", f"{f.grounded_accuracy:.1%}"),
        ("index build", f"{f.index_build_ms:.1f} ms"),
        ("latency per question", f"mean {f.latency_ms_mean:.2f} ms, p95 {f.latency_ms_p95:.2f} ms   (target < 20 ms)"),
    ]
    print(f"== {name}")
    for label, value in rows:
        print(f"  {label:<27} {value}")
    if misses:
        for miss in f.misses:
            print(f"  MISS [{miss.kind}] {miss.question} -> {miss.got}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Policy Q&A figures on the built-in guide and the seed articles.")
    parser.add_argument("--set", dest="path", type=Path, default=QUESTIONS, help="question file (YAML)")
    parser.add_argument("--misses", action="store_true", help="print each question answered wrongly")
    return parser.parse_args()


async def main() -> None:
    for name in [n for n in os.environ if n.startswith("OPENAI_")]:
        del os.environ[name]  # measure the offline, extractive answers
    args = parse_args()
    if not args.path.is_file():
        sys.exit(f"--set {args.path}: no such file; give a question file shaped like {QUESTIONS.name}")
    questions = load_question_set(args.path)
    misses = bool(args.misses)
    print(f"question set: {args.path}")
    show("built-in guide", await measure(AppConfig(), questions), misses, ">= 95%")
    if SEEDS.is_dir():
        config = AppConfig(policy=PolicyConfig(guide=sorted(SEEDS.glob("*.txt"))))  # the articles, not README
        show(f"seed articles as the guide ({SEEDS})", await measure(config, questions, seeds=True), misses, ">= 90%")
    else:
        print(f"== seed articles: skipped, {SEEDS} not found")


if __name__ == "__main__":
    asyncio.run(main())
