"""Extractive answers: the sentences of the best sections that answer the question, with their citations.

Nothing is written here that the guide does not say: the answer is made of the guide's own sentences,
each quoted in a citation that names its file and section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from bot.policy.index import GuideIndex, Hit
from bot.policy.loader import LIST_MARK
from bot.policy.models import Citation
from bot.policy.question import Kind, has_answer_shape, question_kind, wants_steps
from bot.policy.text import is_context, is_generic, tokens

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"“*])")
_AGREE = tokens("agree")[0]  # "the sources disagree", "do the articles agree?" (disagree is folded into agree)
MAX_SENTENCES_PER_SECTION = 3
SHAPE_BONUS = 1.0
SHAPE_RANK_BONUS = 0.3
SHAPED_TERMS = 2
MAX_SECTIONS = 2
MAX_ANSWER_CHARS = 900
SHORT_SECTION_CHARS = 700
TITLE_BONUS = 0.1
KEEP_RATIO = 0.6  # a sentence is kept when it scores at least this share of the best one in its section
SECOND_SECTION_RATIO = 0.65  # a second section joins when it ranks this close to the first...
SECOND_SENTENCE_RATIO = 0.8  # ...and its best sentence matches the question this well beside the first's


class Extract(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    citations: list[Citation]
    extractive: bool = True  # the text is the citations' quotes joined in order


def sentences(block_text: str) -> list[str]:
    """The quotable units of a section: sentences, with a list kept whole behind the line that introduces it
    ("four pillars: education; community engagement; ...")."""
    units: list[str] = []
    open_list = True  # a list that opens a section is one unit: its heading introduces it
    for block in block_text.split("\n"):
        if block.startswith(LIST_MARK):
            item = block[len(LIST_MARK) :].strip().rstrip(";,.")
            if open_list and units:
                units[-1] += (" " if units[-1].endswith(":") else "; ") + item
            else:
                units.append(item)
            continue
        parts = [s.strip() for s in _SENTENCE_END.split(block) if s.strip()]
        units.extend(parts)
        open_list = bool(parts) and parts[-1].endswith(":")
    return units


def rank_hits(hits: Sequence[Hit], question: str = "") -> list[Hit]:
    """BM25 order refined by coverage: a section that holds the question's rare words wins a close race, and
    so does one with a sentence that holds what the question asks for (a rate, a time, a figure) next to one
    of its terms."""
    if not hits:
        return []
    top = max(h.score for h in hits)
    kind = question_kind(question)
    query = [t for t in _query_terms(question) if not is_context(t)] if question else []
    return sorted(hits, key=lambda h: -(combined(h, top) + (SHAPE_RANK_BONUS if _shaped(h, query, kind) else 0.0)))


def _shaped(hit: Hit, query: Sequence[str], kind: Kind) -> bool:
    """Whether one sentence holds the answer's shape beside the question's terms. A rate or a time is a common
    phrase, so it needs two of them when the question has two: a fine "per year" beside "HIPAA" does not
    answer how often to train on HIPAA. A figure needs one."""
    need = min(SHAPED_TERMS, len(query)) if kind in (Kind.FREQUENCY, Kind.SPEED) else 1
    return any(
        has_answer_shape(kind, s) and sum(1 for t in query if t in _terms(s)) >= need
        for s in _sentences_cached(hit.section.text)
    )


def combined(hit: Hit, top_score: float) -> float:
    """BM25 relative to the best hit, the coverage of the question's terms, and a bonus when the section's
    own heading names what the question asks about."""
    return 0.45 * hit.score / (top_score or 1.0) + 0.4 * hit.coverage + (TITLE_BONUS if hit.titled else 0.0)


def extract_answer(index: GuideIndex, question: str, hits: Sequence[Hit]) -> Extract:
    query = _query_terms(question)
    kind = question_kind(question)
    ranked = list(hits)  # already ranked by the caller (rank_hits, then led by a confident hit)
    top_score = max(h.score for h in ranked)
    first = combined(ranked[0], top_score)
    chosen: list[tuple[Hit, list[str]]] = []
    best_first = 0.0
    for hit in ranked[:3]:
        if len(chosen) >= MAX_SECTIONS:
            break
        if chosen and combined(hit, top_score) < SECOND_SECTION_RATIO * first:
            break
        picked, best = _pick_sentences(index, query, hit.section.text, MAX_SENTENCES_PER_SECTION, kind)
        if not chosen and len(hit.section.text) <= SHORT_SECTION_CHARS:
            picked = _whole(query, hit, picked) if wants_steps(question) else _on_topic(index, query, hit, picked)
        if chosen and (best < SECOND_SENTENCE_RATIO * best_first or _same_as_chosen(picked, chosen)):
            continue
        if not chosen:
            best_first = best
        else:
            picked = picked[:1]
        chosen.append((hit, picked))
    return _compose(chosen)


def _whole(query: Sequence[str], hit: Hit, picked: list[str]) -> list[str]:
    """A short section whole, led by the sentence that answers best; a note that the sources disagree only
    when the question is about the point they disagree on."""
    lead = picked[:1]
    on_point = _about_the_point(query, hit)
    rest = [
        s for s in _sentences_cached(hit.section.text) if s not in lead and (on_point or not _notes_disagreement(s))
    ]
    return lead + rest


def _on_topic(index: GuideIndex, query: Sequence[str], hit: Hit, picked: list[str]) -> list[str]:
    """A short section's sentences that share a term with the question, the best first: the sentence that
    answers leads and unrelated ones (filler) are left out. A note that the sources disagree stays only when
    the question is about the point they disagree on."""
    lead = picked[:1]
    on_point = _about_the_point(query, hit)
    rest = [
        s
        for s in _sentences_cached(hit.section.text)
        if s not in lead and (on_point if _notes_disagreement(s) else _score(index, query, s) > 0)
    ]
    return (lead + rest)[: MAX_SENTENCES_PER_SECTION + 1]


def _notes_disagreement(sentence: str) -> bool:
    return _AGREE in _terms(sentence)


def _about_the_point(query: Sequence[str], hit: Hit) -> bool:
    """Whether the question asks what the section is about: agreement itself, or a word of its heading that is
    more than context ("how often ... Instagram" for "How often to post on Instagram", not "what is Facebook
    for?"). Only then does a note that the sources disagree belong in the answer."""
    heading = set(tokens(hit.section.heading))
    return _AGREE in query or any(t in heading and not is_context(t) and not is_generic(t) for t in query)


def _shaped_score(index: GuideIndex, query: Sequence[str], sentence: str, kind: Kind, heaviest: float) -> float:
    score = _score(index, query, sentence)
    return score + SHAPE_BONUS * heaviest if score > 0 and has_answer_shape(kind, sentence) else score


def _score(index: GuideIndex, query: Sequence[str], sentence: str) -> float:
    return sum(index.term_weight(t) for t in query if t in _terms(sentence))


@lru_cache(maxsize=4096)
def _sentences_cached(text: str) -> tuple[str, ...]:
    return tuple(sentences(text))


@lru_cache(maxsize=16384)
def _terms(sentence: str) -> frozenset[str]:
    return frozenset(tokens(sentence, guide=True))


def _query_terms(question: str) -> list[str]:
    """The question's terms that can tell one sentence from another (generic words like "good" cannot)."""
    terms = list(dict.fromkeys(tokens(question)))
    specific = [t for t in terms if not is_generic(t)]
    return specific or terms


def _pick_sentences(
    index: GuideIndex, query: Sequence[str], text: str, limit: int, kind: Kind = Kind.OTHER
) -> tuple[list[str], float]:
    """The units that hold the most of the question's weighted terms; one that also holds what the kind of
    question asks for (a rate for "how often", a time for "how fast", a figure for "how much") gains
    SHAPE_BONUS of the question's heaviest term, so the sentence with the answer beats the one that repeats
    the question."""
    candidates = _sentences_cached(text)
    heaviest = max((index.term_weight(t) for t in query), default=0.0)
    scored = [(_shaped_score(index, query, s, kind, heaviest), n, s) for n, s in enumerate(candidates)]
    best = max((score for score, _, _ in scored), default=0.0)
    if best <= 0:
        return list(candidates[:2]), 0.0
    keep: list[tuple[float, int, str]] = []
    size = 0
    for item in sorted((x for x in scored if x[0] >= KEEP_RATIO * best), key=lambda x: (-x[0], x[1]))[:limit]:
        if keep and size + len(item[2]) > MAX_ANSWER_CHARS:
            continue  # the best unit always goes in; weaker ones only while they fit
        keep.append(item)
        size += len(item[2]) + 1
    lead, *rest = keep  # the sentence that answers best leads; the others follow in the guide's order
    return [lead[2], *(s for _, _, s in sorted(rest, key=lambda x: x[1]))], best


def quote_for(index: GuideIndex, question: str, text: str, limit: int = 2) -> str:
    """The sentences of a passage that best match the question: the quote for an LLM-cited passage."""
    picked, _ = _pick_sentences(index, _query_terms(question), text, limit, question_kind(question))
    return " ".join(picked)


def _same_as_chosen(picked: list[str], chosen: list[tuple[Hit, list[str]]]) -> bool:
    seen = {s for _, group in chosen for s in group}
    return all(s in seen for s in picked)


def _compose(chosen: list[tuple[Hit, list[str]]]) -> Extract:
    parts: list[str] = []
    citations: list[Citation] = []
    used = 0
    for hit, picked in chosen:
        group: list[str] = []
        for sentence in picked:
            if (group or citations) and used + len(sentence) > MAX_ANSWER_CHARS:
                break
            group.append(sentence)
            used += len(sentence) + 1
        if not group:
            continue
        quote = " ".join(group)
        parts.append(quote)
        citations.append(Citation(source=hit.section.source, section=hit.section.heading, quote=quote))
    return Extract(text=" ".join(parts), citations=citations)
