"""phi.name's fitted weights: read from a small reviewable data file, checked before any text is.

The hand-set table in people_names_score grew feature by feature, case by case. The fitted table
(guardrails/data/name_weights.tsv, written by scripts/train_name_scorer from the labelled training sets) gives the
same features weights a logistic regression found, on the same scale: a candidate's score is `base` plus the weight
of every feature seen around it, which is 2.0 plus the fitted log-odds that the candidate is a person's name. So the
threshold in app.yaml keeps its meaning: 2.0 is even odds, 3.0 about 73 %, 1.0 about 27 %.

A broken file is an error, never a silent fallback to other weights: the rule then fails, and the engine blocks the
text (fails closed). The clearing cues (staff role, public figure, donor, building) must weigh <= 0, because the rule
looks for them only when the positive part of a score reaches the threshold.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from guardrails.rules.phi.people_names_learned import PREFIX
from guardrails.rules.phi.people_names_score import NEGATIVE, Feature

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"
WEIGHTS_FILE = "name_weights.tsv"
BASE = "base"


class NameWeightsError(ValueError):
    """The weights file cannot be used: its one-line message names the file, the line and the fix."""


class NameWeights(BaseModel):
    """A score per candidate: `base` plus the weight of each distinct feature present, plus the weight of each
    learned context key (people_names_learned) the file knows; a key no training set showed weighs nothing."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: float
    weights: dict[Feature, float]
    context: dict[str, float] = {}

    def score(self, features: Iterable[Feature], keys: Iterable[str] = ()) -> float:
        """The same features and keys always give the same score, in any order and however often each was seen:
        math.fsum is correctly rounded, so the order of a set (which changes with the hash seed) cannot matter."""
        weights, context = self.weights, self.context
        found = [context[k] for k in keys if k in context] if context else []
        return math.fsum([self.base, *(weights[f] for f in set(features)), *found])


def parse_weights(text: str, where: str) -> NameWeights:
    """`text`: lines `name<TAB>number`; '#' starts a comment. Every feature and `base` exactly once; learned context
    keys (named `ctx:...`, people_names_learned) at most once each."""
    values: dict[str, float] = {}
    context: dict[str, float] = {}
    known = {BASE, *(f.value for f in Feature)}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise NameWeightsError(f"{where}:{number}: expected 'name weight', got {line!r}; fix the line")
        name, value = parts
        if name.startswith(PREFIX):
            if name in context:
                raise NameWeightsError(f"{where}:{number}: {name!r} is given twice; keep one line for it")
            context[name] = _number(name, value, where, number)
            continue
        if name not in known:
            raise NameWeightsError(f"{where}:{number}: unknown feature {name!r}; use one of {sorted(known)}")
        if name in values:
            raise NameWeightsError(f"{where}:{number}: {name!r} is given twice; keep one line for it")
        weight = _number(name, value, where, number)
        if name in NEGATIVE and weight > 0:
            raise NameWeightsError(f"{where}:{number}: {name!r} clears a name and must weigh <= 0, not {weight}")
        values[name] = weight
    missing = sorted(known - values.keys())
    if missing:
        raise NameWeightsError(f"{where}: no weight for {', '.join(missing)}; add a line 'name weight' for each")
    base = values.pop(BASE)
    learned = {k[len(PREFIX) :]: v for k, v in context.items()}
    return NameWeights(base=base, weights={Feature(k): v for k, v in values.items()}, context=learned)


def _number(name: str, value: str, where: str, number: int) -> float:
    try:
        weight = float(value)
    except ValueError:
        raise NameWeightsError(f"{where}:{number}: {value!r} is not a number; write a decimal") from None
    if not math.isfinite(weight):
        raise NameWeightsError(f"{where}:{number}: {name!r} is {value}; write a finite number")
    return weight


@lru_cache(maxsize=4)
def load_weights(path: Path) -> NameWeights:
    """Read once per path and kept: the rule asks for it on every check."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NameWeightsError(
            f"{path}: cannot read phi.name's weights ({type(exc).__name__}); restore the file"
        ) from None
    return parse_weights(text, str(path))


@lru_cache(maxsize=4)
def shipped_weights(name: str = WEIGHTS_FILE) -> NameWeights:
    """The weights file of guardrails/data/ named `name`. Kept per name as `load_weights` keeps it per path: the rule
    asks once per candidate, and building the path and hashing it cost ~30 us a post (a broken file is not kept, so
    it fails every check until it is restored, as before)."""
    return load_weights(DATA_DIR / name)
