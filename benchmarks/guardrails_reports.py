"""Every guardrail report over the evaluation sets and random posts, written one line each, to compare two trees.

A speed change must not change a single report. Run this on the tree before the change and on the tree after
(PYTHONPATH picks the tree), then compare the two files: the first differing line names the item.

    PYTHONPATH=/path/to/old .venv/bin/python benchmarks/guardrails_reports.py --out /tmp/old.jsonl
    .venv/bin/python benchmarks/guardrails_reports.py --out /tmp/new.jsonl --compare /tmp/old.jsonl

`--fix-effects` counts, per kind of fix, the fixed texts whose re-check found something new or lost something:
why the engine re-checks a fixed text in full instead of reusing the first findings.

Items: every row of evals/*.jsonl on its own platform and on x, plus `--random` posts made of words drawn from
those rows (a fixed seed), cut at 280 characters and checked on x, where most posts get a disclaimer or a trim.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guardrails import Report

REPO = Path(__file__).resolve().parent.parent
EVALS = REPO / "evals"


def items(evals: Path, random_posts: int, seed: int) -> Iterator[tuple[str, str, str | None]]:
    """(label, text, platform) for every eval row (its platform and x) and the random 280-character posts."""
    texts: list[str] = []
    for path in sorted(evals.glob("*.jsonl")):  # top level only: held-out sets live in folders of their own
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            texts.append(row["text"])
            yield f"{path.name}:{number}", row["text"], row.get("platform")
            yield f"{path.name}:{number}@x", row["text"], "x"
    rng = random.Random(seed)
    words = [word for text in texts for word in text.split(" ")]
    for number in range(random_posts):
        post = " ".join(rng.choice(words) for _ in range(rng.randint(30, 70)))
        yield f"random:{number}", post[: rng.choice((140, 260, 280, 300, 400))], "x"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write one report per line")
    parser.add_argument("--compare", type=Path, help="a file written before: print the differences")
    parser.add_argument("--random", type=int, default=3000, help="random posts on x (default 3,000)")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--evals", type=Path, default=EVALS, help="where the sets are (default evals/)")
    parser.add_argument(
        "--fix-effects", action="store_true", help="also count, per kind of fix, the fixed texts whose findings changed"
    )
    args = parser.parse_args()
    from guardrails import Engine, GuardrailSettings

    engine = Engine(GuardrailSettings())
    print(f"guardrails from {Path(sys.modules['guardrails'].__file__ or '').parent}", file=sys.stderr)
    effects: dict[str, list[int]] = {}
    with args.out.open("w", encoding="utf-8") as out:
        for label, text, where in items(args.evals, args.random, args.seed):
            report = engine.check(text, where)
            if args.fix_effects:
                count_effects(report, effects)
            line = {"item": label, "report": report.model_dump(mode="json")}
            out.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
    for fixes, (checks, new, gone) in sorted(effects.items()):
        print(f"fixes {fixes:<22} {checks:6,} fixed texts: {new:4,} with a new finding, {gone:4,} lost one")
    if args.compare is not None:
        sys.exit(compare(args.compare, args.out))


def count_effects(report: Report, effects: dict[str, list[int]]) -> None:
    """Does the re-check of the fixed text find something the text did not have, or lose something it had (other
    than what the fixes were for)? Either would make a re-check that reuses the first findings report otherwise."""
    if report.fixed_text == report.text:
        return
    fixes = ",".join(sorted({f.fix.value for f in report.findings if f.fix is not None}))
    before = {(f.rule, f.text) for f in report.findings}
    after = {(f.rule, f.text) for f in report.remaining}
    new = any(key not in before for key in after if key[0] != "platform.hashtags")
    gone = any(
        (f.rule, f.text) not in after for f in report.findings if f.fix is None and f.rule != "platform.hashtags"
    )
    row = effects.setdefault(fixes, [0, 0, 0])
    row[0] += 1
    row[1] += new
    row[2] += gone


def compare(old: Path, new: Path) -> int:
    """Print how many reports differ (and the first few items); 0 when every report is identical."""
    before = old.read_text(encoding="utf-8").splitlines()
    after = new.read_text(encoding="utf-8").splitlines()
    differing = [json.loads(a)["item"] for a, b in zip(before, after, strict=False) if a != b]
    digest = hashlib.sha256("\n".join(after).encode()).hexdigest()[:16]
    print(f"{len(after):,} reports ({digest}), {len(before):,} before: {len(differing):,} differ {differing[:10]}")
    return 1 if differing or len(before) != len(after) else 0


if __name__ == "__main__":
    main()
