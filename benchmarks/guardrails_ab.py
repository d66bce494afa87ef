"""Guardrail speed of two trees, compared in alternating blocks: a busy machine slows both alike.

The guardrails bench measures one tree at a time, and on a shared machine the load moves by a factor of two
within a minute, which is more than most speed changes. Here one worker process per tree holds its engine; the
parent has them check the same block of posts in turn (A B B A ...), many times, and compares their CPU time per
post block by block. The posts are the bench's: the eval posts on their platforms, and 280-character posts on x.

    .venv/bin/python benchmarks/guardrails_ab.py /path/to/tree_a /path/to/tree_b [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from guardrails import Engine, GuardrailSettings
engine = Engine(GuardrailSettings())
posts = json.loads(sys.stdin.readline())
for text, where in posts:
    engine.check(text, where)
print("ready", flush=True)
for line in sys.stdin:
    started = time.thread_time_ns()
    for text, where in posts:
        engine.check(text, where)
    print(time.thread_time_ns() - started, flush=True)
"""


def start(tree: Path, posts: list[tuple[str, str | None]]) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(tree)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(json.dumps(posts) + "\n")
    worker.stdin.flush()
    if worker.stdout.readline().strip() != "ready":
        sys.exit(f"the worker for {tree} did not start")
    return worker


def block(worker: subprocess.Popen[str]) -> int:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    return int(worker.stdout.readline())


def compare(name: str, trees: tuple[Path, Path], posts: list[tuple[str, str | None]], rounds: int) -> None:
    workers = [start(tree, posts) for tree in trees]
    times: list[list[int]] = [[], []]
    for number in range(rounds):
        order = (0, 1) if number % 2 == 0 else (1, 0)
        for index in order:
            times[index].append(block(workers[index]))
    for worker in workers:
        worker.terminate()
        worker.wait()
    a, b = (statistics.median(t) / 1000 / len(posts) for t in times)
    ratios = [tb / ta for ta, tb in zip(times[0], times[1], strict=True)]
    print(
        f"{name:<26} A {a:8.1f} us  B {b:8.1f} us  per post (median of {rounds} blocks of {len(posts)});"
        f" B/A median {statistics.median(ratios):.3f}, range {min(ratios):.3f}-{max(ratios):.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree_a", type=Path, help="a tree holding guardrails/ (before)")
    parser.add_argument("tree_b", type=Path, help="a tree holding guardrails/ (after)")
    parser.add_argument("--rounds", type=int, default=20, help="blocks per tree (default 20)")
    parser.add_argument("--posts", type=int, default=400, help="posts per block (default 400)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import guardrails_bench as bench

    posts = bench.load_posts(max(args.posts, 2000))[: args.posts]
    short: list[tuple[str, str | None]] = [(text, "x") for text in bench.posts_of_280(posts * 5, args.posts)]
    started = time.monotonic()
    compare("eval posts", (args.tree_a, args.tree_b), posts, args.rounds)
    compare("280-character posts on x", (args.tree_a, args.tree_b), short, args.rounds)
    print(f"({time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
