"""Guardrail speed: throughput and per-post latency of the whole rule suite, and cold start of `carepost check`.

Posts come from the generated evaluation sets in evals/ (realistic posts of many kinds, six organizations'
wording); the 280-character posts are built from them, each exactly 280 characters long. One process, one
engine, pinned to one CPU where the OS allows. Cold start runs the installed console script as a subprocess.

    .venv/bin/python benchmarks/guardrails_bench.py [--posts N] [--runs N] [--json]

Targets (issue #10): >= 5,000 posts/s on one core, p50 < 300 us for a 280-character post on X, cold start < 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from guardrails import Engine, GuardrailSettings  # noqa: E402 - after the path tweak above

EVALS = REPO / "evals"
TARGET_RATE = 5_000.0
TARGET_P50_280_US = 300.0
TARGET_COLD_S = 1.0


def load_posts(limit: int) -> list[tuple[str, str | None]]:
    """(text, platform) pairs from every generated set, interleaved so each kind is represented."""
    per_file: list[list[tuple[str, str | None]]] = []
    for path in sorted(EVALS.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        per_file.append([(row["text"], row.get("platform")) for row in rows])
    posts: list[tuple[str, str | None]] = []
    index = 0
    while len(posts) < limit and any(index < len(rows) for rows in per_file):
        posts += [rows[index] for rows in per_file if index < len(rows)]
        index += 1
    return posts[:limit]


def posts_of_280(posts: list[tuple[str, str | None]], count: int) -> list[str]:
    """Exactly 280 characters each: consecutive posts joined, cut at 280 (X's limit in plain characters)."""
    out: list[str] = []
    buffer = ""
    for text, _ in posts * (1 + count * 280 // max(1, sum(len(t) for t, _ in posts))):
        buffer = f"{buffer} {text}".strip()
        if len(buffer) >= 280:
            out.append(buffer[:280])
            buffer = ""
            if len(out) == count:
                break
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed_checks(
    engine: Engine, posts: Sequence[tuple[str, str | None]], clock: Callable[[], int] = time.perf_counter_ns
) -> tuple[float, list[float]]:
    """Total seconds and each check's microseconds, on `clock` (wall time, or this thread's CPU time)."""
    each: list[float] = []
    started = clock()
    for text, where in posts:
        t0 = clock()
        engine.check(text, where)
        each.append((clock() - t0) / 1000)
    return (clock() - started) / 1e9, each


def per_rule_cost(texts: Sequence[str], where: str) -> list[tuple[str, float]]:
    """CPU microseconds per text of each part of a full `check` on `where`, most expensive first (exclusive times).

    A rule's scan is counted over both passes (the detect and the re-check of the fixed text), a trim rule's
    fix apart from its scan. Views the rules share through `Document.memo` (the health-term scan, token sets,
    the advice rules' own results that disclaimer.missing asks for) are rows of their own ("memo KEY"), so they
    are not billed to whichever rule happened to ask first. The rows add up to the wrapped check; "engine" is
    the rest: Findings, fixes, the report, and most of the wrappers' own cost (a CPU-clock read is a system
    call, ~0.6 us), which is the wrapped check minus the unwrapped one, printed first. Measured on a separate
    engine, so the timed runs above are not slowed by the wrappers.
    """
    from guardrails import engine as engine_module
    from guardrails.rules.base import Document

    engine = Engine(GuardrailSettings())
    for text in texts[:100]:
        engine.check(text, where)
    started = time.thread_time_ns()
    for text in texts:
        engine.check(text, where)
    unwrapped = time.thread_time_ns() - started
    totals: dict[str, int] = {}
    nested: list[int] = []  # per open timed call: the time its own timed callees took
    clock = time.thread_time_ns

    def timed(label: str, call: Callable[..., Any], materialize: bool = False) -> Callable[..., Any]:
        def wrapper(*args: Any) -> Any:
            nested.append(0)
            t0 = clock()
            try:
                result = call(*args)
                return list(result) if materialize else result
            finally:
                elapsed = clock() - t0
                totals[label] = totals.get(label, 0) + elapsed - nested.pop()
                if nested:
                    nested[-1] += elapsed

        return wrapper

    memo = Document.memo

    def timed_memo(doc: Document, key: str, factory: Callable[[], Any]) -> Any:
        return memo(doc, key, timed(f"memo {key}", factory))

    for rule, _severity in engine.rules:
        rule.scan = timed(f"scan {rule.id}", rule.scan, materialize=True)  # type: ignore[method-assign]
        rule.apply_trim = timed(f"trim {rule.id}", rule.apply_trim)  # type: ignore[method-assign]
    module = vars(engine_module)  # the engine's own reference to normalize, swapped for a timed one
    normalize = module["normalize"]
    module["normalize"] = timed("normalize", normalize)
    Document.memo = timed_memo  # type: ignore[method-assign,assignment]  # a timed stand-in, restored below
    try:
        for text in texts[:100]:
            engine.check(text, where)
        totals.clear()
        started = clock()
        for text in texts:
            engine.check(text, where)
        whole = clock() - started
    finally:
        module["normalize"] = normalize
        Document.memo = memo  # type: ignore[method-assign]
    totals["engine, and the wrappers' cost"] = whole - sum(totals.values())
    rows = sorted(((label, ns / 1000 / len(texts)) for label, ns in totals.items()), key=lambda r: -r[1])
    return [("check, unwrapped", unwrapped / 1000 / len(texts)), ("check, wrapped", whole / 1000 / len(texts)), *rows]


def cold_start(runs: int) -> tuple[list[str], list[float], list[float]]:
    script = Path(sys.executable).parent / "carepost"
    command = [str(script), "check", "hello"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CAREPOST_", "OPENAI_"))}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=REPO, check=False)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return command, walls, cpus


def pin_to_one_cpu() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000, help="posts in the throughput run (at least 2,000)")
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs (the median is reported)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--per-rule", action="store_true", help="also print the CPU cost of each rule and phase per 280-char post on x"
    )
    args = parser.parse_args()
    pinned = pin_to_one_cpu()
    posts = load_posts(max(args.posts, 2000))
    if len(posts) < 2000:
        sys.exit(f"only {len(posts)} posts in {EVALS}: run scripts/generate_evals first")
    engine = Engine(GuardrailSettings())
    timed_checks(engine, posts[:300])  # warm caches the way a running service has them
    seconds, each = timed_checks(engine, posts)
    cpu_seconds, cpu_each = timed_checks(engine, posts, time.thread_time_ns)
    short = [(text, "x") for text in posts_of_280(posts, 2000)]
    timed_checks(engine, short[:200])
    _, each_280 = timed_checks(engine, short)
    _, cpu_each_280 = timed_checks(engine, short, time.thread_time_ns)
    command, walls, cpus = cold_start(args.runs)
    rate = len(posts) / seconds
    p50_280 = percentile(each_280, 0.50)
    cold = statistics.median(walls)
    figures = {
        "command": shlex.join([Path(sys.executable).name, *sys.argv]),
        "python": platform.python_version(),
        "cpu": pinned,
        "posts": len(posts),
        "mean_chars": round(statistics.fmean(len(t) for t, _ in posts), 1),
        "posts_per_s": round(rate, 1),
        "p50_us": round(percentile(each, 0.50), 1),
        "p99_us": round(percentile(each, 0.99), 1),
        "posts_280": len(short),
        "p50_280_us": round(p50_280, 1),
        "p99_280_us": round(percentile(each_280, 0.99), 1),
        "cpu_posts_per_s": round(len(posts) / cpu_seconds, 1),
        "cpu_p50_us": round(percentile(cpu_each, 0.50), 1),
        "cpu_p50_280_us": round(percentile(cpu_each_280, 0.50), 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cold_start_command": shlex.join(command),
        "cold_start_median_s": round(cold, 3),
        "cold_start_runs_s": [round(w, 3) for w in walls],
        "cold_start_cpu_median_s": round(statistics.median(cpus), 3),
    }
    if args.json:
        print(json.dumps(figures))
        return
    f = figures
    print(f"command: {f['command']}")
    print(f"python {f['python']}, {pinned}; load average {f['load_average']}; posts from {EVALS.relative_to(REPO)}/")
    print(
        f"throughput   {len(posts):,} posts (mean {f['mean_chars']} chars): {rate:,.0f} posts/s"
        f"   target >= {TARGET_RATE:,.0f}: {verdict(rate >= TARGET_RATE)}"
    )
    print(f"latency      all posts: p50 {f['p50_us']} us, p99 {f['p99_us']} us")
    print(
        f"CPU time     (this thread only, what a busy machine does not inflate): {f['cpu_posts_per_s']:,} posts/s,"
        f" p50 {f['cpu_p50_us']} us, 280-char p50 {f['cpu_p50_280_us']} us"
    )
    print(
        f"280 chars    {len(short):,} posts on x: p50 {f['p50_280_us']} us, p99 {f['p99_280_us']} us"
        f"   target p50 <= {TARGET_P50_280_US:.0f} us: {verdict(p50_280 <= TARGET_P50_280_US)}"
    )
    print(
        f"cold start   `{f['cold_start_command']}`: median {cold:.3f} s of {args.runs} runs {f['cold_start_runs_s']}"
        f"   target < {TARGET_COLD_S:.0f} s: {verdict(cold < TARGET_COLD_S)}"
    )
    print(f"             CPU time of those runs (user + sys): median {f['cold_start_cpu_median_s']} s")
    if args.per_rule:
        print("per rule     CPU us per 280-char post on x (exclusive; scans over both passes, shared views, trims):")
        for label, micros in per_rule_cost([t for t, _ in short[:1000]], "x"):
            print(f"  {label:<44} {micros:8.1f}")


if __name__ == "__main__":
    main()
