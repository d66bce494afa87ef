"""The advice model's scoring (guardrails/rules/advice_model.py): the same features give the same score, to the
last bit, whatever order they come in, so a report does not change with the process's hash seed."""

from __future__ import annotations

import random

import pytest

from guardrails.rules.advice_model import CLASSES, load_model


@pytest.mark.parametrize("seed", range(5))
def test_the_score_does_not_depend_on_the_order_of_the_features(seed: int) -> None:
    model = load_model()
    features = sorted(model.weights)[:: max(1, len(model.weights) // 60)]  # ~60 real features, all classes
    shuffled = features[:]
    random.Random(seed).shuffle(shuffled)
    assert model.probabilities(shuffled) == model.probabilities(features)  # exact, not approximate


def test_unknown_features_are_ignored_and_the_probabilities_sum_to_one() -> None:
    model = load_model()
    probabilities = model.probabilities(["no such feature", "u:zzzz-never-seen"])
    assert len(probabilities) == len(CLASSES)
    assert probabilities == model.probabilities([])
    assert sum(probabilities) == pytest.approx(1.0)
