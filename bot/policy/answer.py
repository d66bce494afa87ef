"""Answering one question from the guide: decline medical questions, retrieve, extract (or compose with the
LLM), and pass the result through the guardrails.

The order is the policy: a medical question is declined before the guide is searched, so no section can
ever be quoted as advice; an unconfident retrieval says plainly that the guide does not cover the question
rather than quoting the nearest section; the LLM only rephrases passages it was given and must cite them.
"""

from __future__ import annotations

import asyncio
import logging
import os

from bot.config import AppConfig
from bot.messages import policy as msg
from bot.policy.extract import Extract, extract_answer, quote_for, rank_hits
from bot.policy.index import GuideIndex, Hit, cached_index, index_for
from bot.policy.medical import asks_for_medical_advice
from bot.policy.models import Answer, Citation
from bot.policy.question import read_question
from bot.policy.scope import asks_for_a_task, asks_for_live_data, asks_how_to_operate, names_only_unknown_platforms
from guardrails import Engine, Report

log = logging.getLogger("carepost.policy")

MAX_QUESTION_CHARS = 2000
LLM_PASSAGES = 4


class EmptyQuestionError(ValueError):
    """An empty or blank question."""


async def answer_question(config: AppConfig, engine: Engine, question: str) -> Answer:
    text = question.strip()[:MAX_QUESTION_CHARS]
    if not text:
        raise EmptyQuestionError(msg.EMPTY_QUESTION)
    if asks_for_medical_advice(text):
        return Answer(answer=msg.DECLINED_MEDICAL, grounded=False, declined=True)
    if asks_how_to_operate(text) or asks_for_live_data(text) or asks_for_a_task(text):
        return Answer(answer=msg.NOT_COVERED, grounded=False)  # which buttons to press, today's numbers: no guide
    index = cached_index(config)
    if index is None:
        index = await asyncio.to_thread(index_for, config)  # the first build stays off the event loop
    if names_only_unknown_platforms(text, index.names):
        return Answer(answer=msg.NOT_COVERED, grounded=False)  # another platform's figures are not this one's
    asked = read_question(text)  # its story and its ask, read once for retrieval, ranking and extraction
    hits = lead_with_confident(rank_hits(index.search(asked), asked), config.policy.min_coverage)
    if not hits:
        return Answer(answer=msg.NOT_COVERED, grounded=False)
    extract = extract_answer(index, asked, hits)
    notices: list[str] = []
    if os.environ.get("OPENAI_API_KEY"):
        private = engine.check(text).redacted_text  # PHI in a question never reaches the model
        extract, notice = await _compose_with_llm(index, private, hits, extract, config)
        notices += [notice] if notice else []
    return guard(engine, extract, notices)


def lead_with_confident(hits: list[Hit], min_coverage: float, within: int = 3) -> list[Hit]:
    """The ranked hits led by the best one that answers confidently, or none when no close hit does."""
    for n, hit in enumerate(hits[:within]):
        if hit.confident(min_coverage):
            return [hit, *hits[:n], *hits[n + 1 :]]
    return []


async def _compose_with_llm(
    index: GuideIndex, question: str, hits: list[Hit], fallback: Extract, config: AppConfig
) -> tuple[Extract, str]:
    """The LLM's answer when it works and cites; otherwise the extractive one and a notice saying why.
    Each cited passage is quoted with its sentences that best match the question."""
    from bot.policy.llm_answer import LLMAnswerError, compose

    sections = [h.section for h in hits[:LLM_PASSAGES]]
    try:
        reply = await compose(config, question, sections)
    except LLMAnswerError as exc:
        log.warning("policy LLM answer fell back to extractive: %s", exc.reason)
        return fallback, msg.LLM_FALLBACK.format(reason=exc.reason)
    citations = [
        Citation(source=s.source, section=s.heading, quote=quote_for(index, question, s.text))
        for s in (sections[i] for i in reply.cited)
    ]
    return Extract(text=reply.text, citations=citations, extractive=False), ""


def guard(engine: Engine, extract: Extract, notices: list[str]) -> Answer:
    """Run every quote, and a composed answer, through the guardrails. PHI is redacted; text the guardrails
    block as advice is withheld. Rules about posts (disclaimers, length, claims) do not apply to an answer.
    An extractive answer is its quotes joined, so checking the quotes checks the answer."""
    notes = list(notices)
    citations: list[Citation] = []
    for citation in extract.citations:
        quote, note = _apply(engine.check(citation.quote))
        citations.append(citation.model_copy(update={"quote": quote}))
        notes += [note] if note and note not in notes else []
    if extract.extractive:
        text = " ".join(c.quote for c in citations)
    else:
        text, note = _apply(engine.check(extract.text))
        notes += [note] if note and note not in notes else []
    return Answer(answer=text, grounded=True, citations=citations, notices=notes)


# A policy answer that says "before/after photos need consent" attaches no photo: phi.photo guards posts.
NOT_FOR_ANSWERS = frozenset({"phi.photo"})


def _apply(report: Report) -> tuple[str, str]:
    blocking = [
        f
        for f in report.findings
        if f.category in ("phi", "advice") and f.severity == "block" and f.rule not in NOT_FOR_ANSWERS
    ]
    if not blocking:
        return report.text, ""
    rules = ", ".join(dict.fromkeys(f.rule for f in blocking))
    if any(f.category == "advice" for f in blocking):
        return msg.WITHHELD.format(rules=rules), msg.WITHHELD.format(rules=rules)
    return report.redacted_text, msg.REDACTED.format(rules=rules)
