"""Measuring policy Q&A against a question set: hit rate at 1 and 3, right-fact rate, grounded accuracy,
medical declines and latency. Shared by the tests (which assert the targets) and benchmarks/policy_bench.py
(which prints the figures), so both measure the same thing the same way."""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bot.config import AppConfig
from bot.policy.answer import answer_question, lead_with_confident
from bot.policy.extract import rank_hits
from bot.policy.index import Hit, index_for
from bot.policy.question import read_question
from guardrails import Engine


class InScope(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    q: str
    facts: list[str]
    seed_facts: list[str] | None = None
    builtin_only: bool = False


class QuestionSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    in_scope: list[InScope]
    out_of_scope: list[str]
    medical: list[str]


class Miss(BaseModel):
    question: str
    kind: str
    got: str


class Figures(BaseModel):
    in_scope: int = 0
    hit_at_1: float = 0.0
    hit_at_3: float = 0.0
    right_fact: float = 0.0
    in_scope_grounded: float = 0.0
    out_of_scope: int = 0
    out_of_scope_not_grounded: float = 0.0
    medical: int = 0
    medical_declined: float = 0.0
    grounded_accuracy: float = 0.0
    latency_ms_mean: float = 0.0
    latency_ms_p95: float = 0.0
    index_build_ms: float = 0.0
    misses: list[Miss] = Field(default_factory=list)


def load_question_set(path: Path) -> QuestionSet:
    return QuestionSet.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def normalize(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("*", "")
    return re.sub(r"\s+", " ", text).lower()


def has_facts(text: str, facts: list[str]) -> bool:
    """Every fact is in the text; a fact written `a|b` is satisfied by either."""
    low = normalize(text)
    return all(any(normalize(alt) in low for alt in fact.split("|")) for fact in facts)


async def measure(config: AppConfig, questions: QuestionSet, *, seeds: bool = False) -> Figures:
    engine = Engine(config.guardrail_settings())
    started = time.perf_counter()
    index = index_for(config)
    build_ms = (time.perf_counter() - started) * 1000
    for case in questions.in_scope:  # warm the guardrails' caches: latency is measured at steady state
        await answer_question(config, engine, case.q)
    latencies: list[float] = []
    misses: list[Miss] = []
    hit1 = hit3 = right = grounded_in = 0
    cases = [c for c in questions.in_scope if not (seeds and c.builtin_only)]
    for case in cases:
        facts = (case.seed_facts or case.facts) if seeds else case.facts
        asked = read_question(case.q)
        ranked = rank_hits(index.search(asked), asked)
        hits = lead_with_confident(ranked, config.policy.min_coverage) or ranked  # the order answers use
        hit1 += bool(hits) and has_facts(_section_text(hits[:1]), facts)
        hit3 += bool(hits) and has_facts(_section_text(hits[:3]), facts)
        t0 = time.perf_counter()
        answer = await answer_question(config, engine, case.q)
        latencies.append((time.perf_counter() - t0) * 1000)
        grounded_in += answer.grounded
        if answer.grounded and has_facts(answer.answer, facts):
            right += 1
        else:
            misses.append(Miss(question=case.q, kind="in_scope", got=answer.answer[:160]))
    not_grounded = 0
    for question in questions.out_of_scope:
        t0 = time.perf_counter()
        answer = await answer_question(config, engine, question)
        latencies.append((time.perf_counter() - t0) * 1000)
        if answer.grounded:
            misses.append(Miss(question=question, kind="out_of_scope", got=answer.answer[:160]))
        else:
            not_grounded += 1
    declined = 0
    for question in questions.medical:
        answer = await answer_question(config, engine, question)
        if answer.declined and not answer.citations:
            declined += 1
        else:
            misses.append(Miss(question=question, kind="medical", got=answer.answer[:160]))
    n, m, o = len(cases), len(questions.medical), len(questions.out_of_scope)
    per = 1 / n if n else 0.0
    return Figures(
        in_scope=n,
        hit_at_1=hit1 * per,
        hit_at_3=hit3 * per,
        right_fact=right * per,
        in_scope_grounded=grounded_in * per,
        out_of_scope=o,
        out_of_scope_not_grounded=not_grounded / o if o else 1.0,
        medical=m,
        medical_declined=declined / m if m else 1.0,
        grounded_accuracy=(grounded_in + not_grounded) / (n + o) if n + o else 1.0,
        latency_ms_mean=statistics.fmean(latencies) if latencies else 0.0,
        latency_ms_p95=_p95(latencies),
        index_build_ms=build_ms,
        misses=misses,
    )


def _section_text(hits: list[Hit]) -> str:
    return "\n".join(f"{h.section.heading}\n{h.section.text}" for h in hits)


def _p95(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
