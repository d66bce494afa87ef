"""Choosing the sentence that answers, across the best few sections rather than inside the first one.

BM25 ranks sections, and a section can rank first for sharing the question's words in its heading or in a
sentence that only repeats the question, while the sentence that answers sits in the runner-up. So every
sentence of the top sections is scored on its own: the question's terms it holds (weighted by rarity; who or
where the question is about counts less than what it asks; a related term, related.py, counts half), the ones
its section's heading supplies, the shape the kind of question asks for (a rate for "how often", a time for
"how fast", a figure for "how much"), and a smaller share for how well its section ranked. The best sentence
leads the answer; at most MAX_SUPPORT others follow it, each only while it answers a fair share as well as the
lead does on its own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from bot.policy.define import defines
from bot.policy.index import GuideIndex, Hit
from bot.policy.question import Kind, has_answer_shape
from bot.policy.related import RELATED_WEIGHT, related_held
from bot.policy.text import is_context, tokens

TOP_SECTIONS = 3  # the answer sentence is looked for in this many of the best sections
CONTEXT_SHARE = 0.5  # who or where the question is about ("patient", "Facebook") counts this much of a term
HEADING_SHARE = 1.0  # a term found only in the section's heading counts this much: the heading frames the sentence
SHAPE_SHARE = 0.3  # a sentence holding the answer's shape (a rate, a time, a figure, a rule) gains this much
DEFINES_SHARE = 0.6  # a sentence that defines the term a question asks to have defined ("Engagement Rate: ...")
STORY_SHARE = 0.5  # a term only a scenario's story holds ("a mom tagged us ...") counts this much: the ask decides
SECTION_SHARE = 0.35  # how well the section ranked, relative to the best one, counts this much
MAX_SUPPORT = 2  # at most this many sentences follow the lead
SUPPORT_RATIO = 0.3  # ...each only when it answers (on its own, section aside) at least this share of the lead


class Candidate(BaseModel):
    """One sentence of one of the top sections, with how well it answers the question."""

    model_config = ConfigDict(frozen=True)

    hit: Hit
    sentence: str
    position: int  # its place in the section, to keep the guide's order where it matters
    score: float
    answers: float  # the part of the score the sentence itself earns (its terms and shape), without its section
    own: float  # the share of the question's weighted terms in the sentence's own words: breaks a tie


def rank_sentences(
    index: GuideIndex,
    query: Sequence[str],
    kind: Kind,
    hits: Sequence[tuple[Hit, float, Sequence[str]]],
    asked: Sequence[str] = (),
    told: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Every sentence of the given sections, best answer first. `hits` pairs each section with its ranking
    score relative to the best section (0..1] and its quotable sentences; `asked` is the term a question asks
    to have defined (define.py), whose definition holds the answer's shape; `told` are the terms only a
    scenario's story holds, which say what happened rather than what is asked."""
    weights = {t: index.term_weight(t) * _share(t, told) for t in query}
    total = sum(weights.values()) or 1.0
    out: list[Candidate] = []
    for hit, prior, units in hits:
        heading = heading_terms(hit.section.heading, hit.section.parents)
        for position, sentence in enumerate(units):
            answers = _answers(weights, total, kind, sentence, heading)
            answers += DEFINES_SHARE if defines(sentence, asked) else 0.0
            own = sum(w for t, w in weights.items() if t in sentence_terms(sentence)) / total
            score = answers + SECTION_SHARE * prior
            out.append(Candidate(hit=hit, sentence=sentence, position=position, score=score, answers=answers, own=own))
    return sorted(out, key=lambda c: (-round(c.score, 6), -c.own, c.hit.rank, c.position))


def _share(term: str, told: frozenset[str]) -> float:
    """How much of its rarity a question term counts for choosing a sentence: less for who or where the
    question is about, and less for what only its story tells."""
    return (CONTEXT_SHARE if is_context(term) else 1.0) * (STORY_SHARE if term in told else 1.0)


def _answers(weights: dict[str, float], total: float, kind: Kind, sentence: str, heading: frozenset[str]) -> float:
    """The share of the question's weighted terms this sentence holds (its heading supplying some), plus the
    answer's shape when the sentence also holds one of the question's terms: a rate alone is no answer."""
    held = sentence_terms(sentence)
    own = sum(w for t, w in weights.items() if t in held)
    own += RELATED_WEIGHT * sum(w for t, w in weights.items() if t not in held and related_held(t, held))
    framed = sum(w for t, w in weights.items() if t not in held and t in heading)
    share = (own + HEADING_SHARE * framed) / total
    shaped = (own > 0 or framed > 0) and has_answer_shape(kind, sentence)
    if shaped or _lists_steps(kind, sentence, own, framed):
        share += SHAPE_SHARE
    return share


_LIST_UNIT = re.compile(r":\s[^;]+;\s")  # "compete by: focusing on niche topics; emphasizing ...": a list kept whole


def _lists_steps(kind: Kind, sentence: str, own: float, framed: float) -> bool:
    """A question asking how, or what something holds, is answered by the list of steps or parts under a
    heading that names what it asks about ("Staff Advocacy Programs": "create a program featuring: ...;
    ..."), though the list itself rarely repeats the question's words."""
    return kind in (Kind.PROCEDURE, Kind.OTHER) and framed > 0 and own == 0 and _LIST_UNIT.search(sentence) is not None


def supporting(lead: Candidate, ranked: Sequence[Candidate], limit: int = MAX_SUPPORT) -> list[Candidate]:
    """The sentences that may follow the lead: the next best, while they answer a fair share as well on their
    own (a second source's figure, the rule's reason). Anything weaker is filler and is left out."""
    out: list[Candidate] = []
    for candidate in ranked:
        if len(out) >= limit:
            break
        if candidate.sentence == lead.sentence or any(c.sentence == candidate.sentence for c in out):
            continue
        if candidate.answers <= 0 or candidate.answers < SUPPORT_RATIO * lead.answers:
            break
        if lead.own > 0 and candidate.own <= 0:
            continue  # the lead says it in the question's words; a sentence only its heading ties in is filler
        out.append(candidate)
    return out


@lru_cache(maxsize=16384)
def sentence_terms(sentence: str) -> frozenset[str]:
    return frozenset(tokens(sentence, guide=True))


@lru_cache(maxsize=4096)
def heading_terms(heading: str, parents: tuple[str, ...]) -> frozenset[str]:
    return frozenset(tokens(" ".join((heading, *parents))))
