"""Write the generated evaluation sets to evals/: the same seed (and Faker version) gives the same files.

Run `carepost eval --regenerate` or `scripts/generate_evals`. evals/handwritten.jsonl is written by hand
and never touched here.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.evaluation.builder import Gen
from bot.evaluation.gen_content import advice_positives, claims_conduct, education, platform_items, stories
from bot.evaluation.gen_fresh import fresh
from bot.evaluation.gen_negatives import negative_evasions, negatives
from bot.evaluation.gen_phi import compound, phi_positives
from bot.evaluation.items import EvalItem, write_items
from bot.evaluation.org_profiles import ALL_ORGS
from bot.evaluation.orgs import ORGS_FILE

PER_RULE = 240
EVASION_SHARE = 0.2


def build_sets(seed: int, per_rule: int = PER_RULE) -> dict[str, list[EvalItem]]:
    """File stem -> items. Each part has its own seeded generator so that growing one leaves the others alone."""
    phi_plain, phi_evaded = phi_positives(Gen(seed), per_rule, EVASION_SHARE)
    g_content = Gen(seed + 1)
    return {
        "phi": phi_plain + compound(Gen(seed + 5), per_rule),
        "evasion": phi_evaded + negative_evasions(Gen(seed + 6), per_rule),
        "advice": advice_positives(Gen(seed + 2), per_rule),
        "claims_conduct": claims_conduct(g_content, per_rule),
        "disclaimer": stories(g_content, per_rule) + education(g_content, per_rule),
        "platform": platform_items(Gen(seed + 3), per_rule),
        "negatives": negatives(Gen(seed + 4), per_rule // 2),
        "fresh": fresh(Gen(seed + 7), per_rule // 2),
    }


def write_sets(directory: Path, seed: int, per_rule: int = PER_RULE) -> dict[str, int]:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ORGS_FILE).write_text(
        "# Fictional organizations the generated sets post for (written by bot/evaluation/generate.py).\n"
        + yaml.safe_dump(ALL_ORGS, sort_keys=False, allow_unicode=True, width=120),
        encoding="utf-8",
    )
    counts = {}
    for stem, items in build_sets(seed, per_rule).items():
        write_items(directory / f"{stem}.jsonl", items)
        counts[stem] = len(items)
    return counts
