"""The advice model: a multinomial logistic regression over a sentence's features (advice_features.py).

Why a model: the advice patterns fit the phrasing they were tuned on, and advice in words nobody tuned on got
through. A linear model over class tokens and cues ("you" + a `<drug>` + "stop", "sounds like" + a `<condition>`)
carries the idea to wordings the patterns never saw. It only speaks where no advice pattern fired on a sentence.

The weights are data (guardrails/data/advice_model.json, written by scripts/train_advice_model.py with the
command and the sets it was fit on in its header). Scoring is pure Python: a sum of weights and a softmax, so the
same text always gets the same scores. A missing or malformed weights file raises, and the engine then blocks
the text (fail closed): it never silently runs without the model.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

WEIGHTS_PATH = Path(__file__).resolve().parent.parent / "data" / "advice_model.json"
NONE_CLASS = "none"
CLASSES: tuple[str, ...] = (
    NONE_CLASS,
    "advice.dosage",
    "advice.medication",
    "advice.diagnosis",
    "advice.discourage_care",
)


class AdviceModelError(ValueError):
    """The weights file cannot be used: the advice rules then block every text until it is fixed."""


class TrainingRecord(BaseModel):
    """How the weights were made: enough to make them again."""

    model_config = ConfigDict(extra="allow", frozen=True)

    command: str
    data: list[str]


class AdviceWeights(BaseModel):
    """The file's shape: one intercept and one weight per class for every feature, in CLASSES order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: int = Field(ge=1, le=1)
    training: TrainingRecord
    classes: list[str]
    intercept: list[float]
    weights: dict[str, list[float]]

    @model_validator(mode="after")
    def _shapes(self) -> AdviceWeights:
        if tuple(self.classes) != CLASSES:
            raise ValueError(f"classes must be {list(CLASSES)}, in that order")
        size = len(CLASSES)
        if len(self.intercept) != size:
            raise ValueError(f"intercept must hold {size} numbers")
        for feature, row in self.weights.items():
            if len(row) != size or not all(math.isfinite(w) for w in row):
                raise ValueError(f"weights[{feature!r}] must hold {size} finite numbers")
        return self


class AdviceModel:
    """Scores a sentence's features: the probability of each class."""

    def __init__(self, weights: AdviceWeights) -> None:
        self.intercept = tuple(weights.intercept)
        self.weights = {feature: tuple(row) for feature, row in weights.weights.items()}
        self.known = frozenset(self.weights)

    def probabilities(self, features: Iterable[str]) -> tuple[float, ...]:
        """Each class's probability given a sentence's binary features (a feature given twice counts once). Most of
        them are no weight of the model: a set intersection drops those in C, where a lookup of each cost a fifth
        of the scoring."""
        weights = self.weights
        rows = [weights[feature] for feature in self.known.intersection(features)]
        # each class's logit: its intercept plus the features' weights, read as one column of (intercept, *rows).
        # fsum is correctly rounded, so the sum does not depend on the order of the features (a set's order changes
        # with the process's hash seed): the same text gets the same score in every process, to the last bit.
        logits = [math.fsum(column) for column in zip(self.intercept, *rows, strict=True)]
        top = max(logits)
        exps = [math.exp(value - top) for value in logits]
        total = sum(exps)
        return tuple(value / total for value in exps)


def read_weights(path: Path) -> AdviceWeights:
    """The weights file, checked. One-line errors name the file and what to do."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AdviceModelError(
            f"{path}: cannot read the advice model ({type(exc).__name__}); "
            "restore it from git or run scripts/train_advice_model"
        ) from exc
    try:
        return AdviceWeights.model_validate(raw)
    except ValueError as exc:
        first = str(exc).splitlines()[1:2] or [str(exc)]
        raise AdviceModelError(
            f"{path}: not an advice model ({first[0].strip()}); restore it from git or run scripts/train_advice_model"
        ) from exc


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS_PATH) -> AdviceModel:
    """Read once per process and path (a failure is not cached: every check tries again, and blocks)."""
    return AdviceModel(read_weights(path))
