"""Drafting quality on topics outside the built-in knowledge base (issue #12 item 3).

    .venv/bin/python benchmarks/drafting_quality.py [--config app.yaml] [--facts facts] [-v]

Drafts the 40 topics of benchmarks/data/drafting_topics.yaml (written before any tuning) with the offline
drafter on every default platform and counts:

- names a fact: at least one draft shares a run of FACT_WORDS words with a line of the facts folder (the
  organization's own material, read here straight from the files, not through the drafter's retrieval);
- differs per platform: no two platforms' posts (hashtags, links and the disclaimer removed) share more than
  MAX_SHARED of the shorter one's sentences of SAME_WORDS words or more, word for word;
- good: both; honest: a topic with no fact in its drafts is marked needs_facts (and not only "ready to post").

The scorer knows nothing of how the drafter works, so the same script measures the tree before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_config  # noqa: E402  (after the path insert, so the script runs from a clone)
from bot.drafting.models import DraftRequest  # noqa: E402
from bot.service import CarePost  # noqa: E402

FACT_WORDS = 5  # words in a row shared with the facts folder: a name, a time, a place, a number
SAME_WORDS = 6  # a sentence this long, word for word on several platforms, is the same text
MAX_SHARED = 0.5  # share of the shorter post's sentences two platforms' posts may have in common
_WORD = re.compile(r"[a-z0-9$']+")
_KEY = re.compile(r"^\s*-\s*[A-Za-z' ]{2,20}:\s*")
_NOISE = re.compile(r"https?://\S+|#\w+|\S+\.(?:org|com)\S*")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    """Runs of n words, never across a " | " left where a contact or a link was cut out."""
    out: set[tuple[str, ...]] = set()
    for part in text.split(" | "):
        toks = words(part)
        out |= {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}
    return out


def fact_shingles(folder: Path, contacts: list[str]) -> set[tuple[str, ...]]:
    """Word runs of the facts folder's lines; the organization's phone, site and e-mail are no fact."""
    out: set[tuple[str, ...]] = set()
    for path in sorted(folder.glob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                out |= shingles(strip(_KEY.sub("", line), contacts), FACT_WORDS)
    return out


def strip(text: str, contacts: list[str]) -> str:
    for contact in contacts:
        text = text.replace(contact, " | ")
    return _NOISE.sub(" | ", text)


def body(text: str, disclaimer: str) -> str:
    return _NOISE.sub(" ", text.replace(disclaimer, " "))


def sentences(text: str) -> set[tuple[str, ...]]:
    """The post's sentences and lines of SAME_WORDS words or more, as word tuples."""
    parts = re.split(r"[.!?\n]+", text)
    return {tuple(w) for w in (words(p) for p in parts) if len(w) >= SAME_WORDS}


def differs(drafts: list[dict[str, Any]], disclaimers: list[str]) -> bool:
    """False when two platforms' posts (the disclaimer aside) share more than MAX_SHARED of the shorter one's
    sentences word for word: the same text with a different wrapper."""
    posts = []
    for draft in drafts:
        text = draft["text"]
        for disclaimer in disclaimers:
            text = body(text, disclaimer)
        posts.append(sentences(text))
    return all(len(a & b) <= MAX_SHARED * (min(len(a), len(b)) or 1) for a, b in combinations(posts, 2))


async def score(config_path: Path, facts: Path, verbose: bool) -> dict[str, int]:
    os.environ.pop("OPENAI_API_KEY", None)
    config = load_config(config_path)
    service = CarePost(config)
    settings = config.guardrail_settings()
    disclaimers = sorted({settings.disclaimers.for_platform(p) for p in config.drafting.default_platforms}, key=len)
    disclaimers.reverse()
    org = config.organization
    contacts = [*org.phones, *org.emails, org.website or "", org.website.split("//")[-1] if org.website else ""]
    contacts = [c for c in contacts if c]
    known = fact_shingles(facts, contacts)
    topics = yaml.safe_load((ROOT / "benchmarks" / "data" / "drafting_topics.yaml").read_text())["topics"]
    totals = {"topics": 0, "names_fact": 0, "differs": 0, "good": 0, "needs_facts": 0, "honest": 0}
    for row in topics:
        result = await service.draft(DraftRequest(pillar=row["pillar"], topic=row["topic"]))
        drafts = result.payload()["drafts"]
        named = any(shingles(strip(d["text"], contacts), FACT_WORDS) & known for d in drafts)
        varied = differs(drafts, disclaimers)
        flagged = any(d.get("needs_facts") for d in drafts)
        totals["topics"] += 1
        totals["names_fact"] += named
        totals["differs"] += varied
        totals["good"] += named and varied
        totals["needs_facts"] += flagged
        totals["honest"] += named or flagged
        if verbose:
            marks = (
                f"fact={'y' if named else 'n'} differs={'y' if varied else 'n'} needs_facts={'y' if flagged else 'n'}"
            )
            print(f"{row['topic']:<40} {marks}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=ROOT / "app.yaml")
    parser.add_argument("--facts", type=Path, default=ROOT / "facts")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    totals = asyncio.run(score(args.config, args.facts, args.verbose))
    n = totals["topics"]
    print(f"topics: {n}")
    print(f"drafts that name at least one concrete fact: {totals['names_fact']}/{n}")
    print(f"drafts that differ per platform:             {totals['differs']}/{n}")
    print(f"both (good):                                 {totals['good']}/{n}")
    print(f"marked needs_facts:                          {totals['needs_facts']}/{n}")
    print(f"honest (a fact, or marked needs_facts):      {totals['honest']}/{n}")


if __name__ == "__main__":
    main()
