"""Sentences for `carepost eval`."""

from __future__ import annotations

HEADING = "Guardrail evaluation: {items:,} items from {sets} in {seconds:.1f} s ({rate:,.0f} items/s)"
RULES_TITLE = "Per rule (recall on items that must fire it; FP rate on items where it must not)"
TARGETS_TITLE = "Overall, against the targets"
HELDOUT_TITLE = "Held-out sets, pooled, against the held-out targets ({sets})"
NO_HELDOUT = "no held-out sets found (evals/heldout*/posts.jsonl)"
COLUMNS = (
    "rule", "sev", "positives", "recall", "PHI caught", "PHI whole", "negatives", "FP rate", "errors", "status",
)  # fmt: skip
NOT_IMPLEMENTED = "not written yet"
MET = "met"
NOT_MET = "NOT MET"
NO_DATA = "no data"
MISSES_HEADING = "{rule}: {count} missed (expected, did not fire), showing {shown}"
FALSE_HEADING = "{rule}: {count} false flags (fired where it must not), showing {shown}"
CLEAN_FALSE_HEADING = "Clean posts flagged: {count}, showing {shown}"
EXAMPLE_LINE = "  [{id}] {where}fired={fired}\n      {text}"
ITEM_ERRORS = "{count} items could not be checked (first: {first})"
NO_SETS = "no evaluation sets found in {where}: run `carepost eval --regenerate` or pass --set PATH"
UNKNOWN_ORG = "{item}: names organization {org!r}, which {orgs} does not define"
REGENERATED = "wrote {count:,} items to {files} files in {where} (seed {seed})"
FAKER_MISSING = "--regenerate needs the dev dependencies (faker): pip install -e '.[dev]'"
PER_SET_TITLE = "Per set (pooled PHI recall = hits / positives over every phi.* rule)"
PER_SET_COLUMNS = (
    "set", "items", "PHI recall", "PHI caught", "PHI whole", "advice recall", "advice FP", "clean FP",
    "disclaimer right",
)  # fmt: skip
KINDS_TITLE = "Worst item kinds (an item is right when every expected rule fired and nothing fired that must not)"
KINDS_COLUMNS = ("kind", "items", "wrong", "right rate")
