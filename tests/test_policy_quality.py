"""The question set in tests/data/policy_questions.yaml against the built-in guide (targets asserted) and
against ../shared/seeds/ used as the guide (measured; skipped when the directory is absent).

Speed is not asserted here: benchmarks/policy_bench.py measures it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import AppConfig, PolicyConfig
from bot.policy.quality import Figures, QuestionSet, has_facts, load_question_set, measure

DATA = Path(__file__).resolve().parent / "data" / "policy_questions.yaml"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def questions() -> QuestionSet:
    return load_question_set(DATA)


def test_the_question_set_is_big_enough(questions: QuestionSet) -> None:
    assert len(questions.in_scope) >= 60
    assert len(questions.out_of_scope) >= 10 and len(questions.medical) >= 10


def offline_measure(config: AppConfig, questions: QuestionSet, *, seeds: bool = False) -> Figures:
    """Measured once per module (it asks ~100 questions), always offline: extractive answers only."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("OPENAI_API_KEY", raising=False)
        return asyncio.run(measure(config, questions, seeds=seeds))


@pytest.fixture(scope="module")
def builtin(questions: QuestionSet) -> Figures:
    return offline_measure(AppConfig(), questions)


def test_in_scope_questions_are_answered_with_the_right_fact(builtin: Figures) -> None:
    misses = [m.question for m in builtin.misses if m.kind == "in_scope"]
    assert builtin.right_fact >= 0.95, misses


def test_every_medical_question_is_declined(builtin: Figures) -> None:
    assert builtin.medical_declined == 1.0, [m.question for m in builtin.misses if m.kind == "medical"]


def test_out_of_scope_questions_are_not_grounded(builtin: Figures) -> None:
    assert builtin.out_of_scope_not_grounded >= 0.9, [m.question for m in builtin.misses if m.kind == "out_of_scope"]


def test_the_right_section_is_in_the_top_three(builtin: Figures) -> None:
    assert builtin.hit_at_3 >= 0.95


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present in this checkout")
def test_the_seed_articles_work_as_an_organizations_own_guide(questions: QuestionSet) -> None:
    config = AppConfig(policy=PolicyConfig(guide=sorted(SEEDS.glob("*.txt"))))
    figures = offline_measure(config, questions, seeds=True)
    # Floors that catch a regression, not targets: the articles are prose written for other purposes.
    assert figures.medical_declined == 1.0
    assert figures.out_of_scope_not_grounded >= 0.9
    assert figures.hit_at_3 >= 0.8
    assert figures.right_fact >= 0.6


@pytest.mark.parametrize(
    ("text", "facts", "found"),
    [
        ("Post 2\u20133 times per week.", ["2-3 times per week"], True),  # an en dash counts as a hyphen
        ("Reply with empathy.", ["empath"], True),  # a fact may be a stem
        ("Reply with care.", ["empathy|care"], True),  # alternatives
        ("Reply soon.", ["empathy", "soon"], False),  # every fact is needed
    ],
)
def test_fact_matching(text: str, facts: list[str], found: bool) -> None:
    assert has_facts(text, facts) is found
