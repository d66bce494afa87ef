"""Extractive answers: the sentences of the best sections that answer the question, with their citations.

Nothing is written here that the guide does not say: the answer is made of the guide's own sentences,
each quoted in a citation that names its file and section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from bot.policy.choose import MAX_SUPPORT, TOP_SECTIONS, rank_sentences, supporting
from bot.policy.define import asked_term
from bot.policy.index import GuideIndex, Hit
from bot.policy.loader import LIST_MARK
from bot.policy.models import Citation
from bot.policy.question import Asked, Kind, Question, has_answer_shape, question_terms, read_question, story_terms
from bot.policy.text import is_context, is_generic, tokens

# A sentence ends at . ! or ? before a capital, but not after a title or a Latin abbreviation ("Dr. Smith").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"\s+(?=[A-Z0-9(\"“*])"
)
FOLLOW_IF_FEWER = 1  # the lead's next sentence joins when fewer sentences than this support it
BARE_ITEM_CHARS = 120  # a line this short, without a sentence's end, after a line ending in ":" is a list item
_AGREE = tokens("agree")[0]  # "the sources disagree", "do the articles agree?" (disagree is folded into agree)
SHAPE_BONUS = 1.0
SHAPE_RANK_BONUS = 0.3
DEFINES_BONUS = 1.0  # a section that defines the term a question asks about ranks first
SHAPED_TERMS = 2
MAX_ANSWER_CHARS = 900
TITLE_BONUS = 0.1
KEEP_RATIO = 0.6  # a sentence is kept when it scores at least this share of the best one in its section


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
        if open_list and units and not block.startswith(LIST_MARK) and _bare_item(block):
            block = LIST_MARK + block  # "compete by:" then "Focusing on niche topics": a list copied without marks
        if block.startswith(LIST_MARK) and _paragraph_item(block[len(LIST_MARK) :]):
            units.extend(_joined_to_antecedent(_split(block[len(LIST_MARK) :])))
            open_list = False  # a list of paragraphs: each sentence answers on its own
            continue
        if block.startswith(LIST_MARK):
            item = block[len(LIST_MARK) :].strip().rstrip(";,.")
            if open_list and units:
                units[-1] += (" " if units[-1].endswith(":") else "; ") + item
            else:
                units.append(item)
            continue
        parts = _joined_to_antecedent(_split(block))
        units.extend(parts)
        open_list = bool(parts) and parts[-1].endswith(":")
    return units


PARAGRAPH_ITEM_SENTENCES = 2  # a list item of this many sentences is a paragraph, not an entry of a list


_INLINE_BULLET = re.compile(r"\s+\u2022\s+")  # "... decisions. • Don't use too much humor: ...": items run together


INLINE_ITEM_CHARS = 60  # inline bullets split a paragraph only when every item after the first is this long


def _split(block: str) -> list[str]:
    """A paragraph's sentences. A bullet inside the paragraph starts a new one when the bullets carry paragraphs
    ("... decisions. • Don't use too much humor: While humor ..."), not when they list words ("removing all:
    Names • Addresses • Diagnoses"), which stay one unit."""
    parts = _INLINE_BULLET.split(block)
    if len(parts) < 2 or any(len(p) < INLINE_ITEM_CHARS for p in parts[1:]):
        parts = [block]
    return [s.strip() for part in parts for s in _SENTENCE_END.split(part) if s.strip()]


def _paragraph_item(item: str) -> bool:
    """Whether a list item is a paragraph of its own ("Facebook: On Facebook, the hospital ... . On the ... site
    you find ..."): joined into one unit with the other items, a list of paragraphs would hold nearly every word
    of a section and outscore the one sentence that answers."""
    return len(_split(item)) >= PARAGRAPH_ITEM_SENTENCES


# A sentence that points back at the one before it ("Same thing with commenting on a link", "This keeps people
# from being upset") says nothing on its own: it is quoted together with the sentence it points at.
_POINTS_BACK = re.compile(
    r"^(?:same thing|the same (?:goes|applies|is true)|likewise|similarly|"
    r"(?:this|that|it|these|they) (?:is|was|are|were|can|will|may|means?|helps?|keeps?|ensures?|makes?|gives?|"
    r"lets?|shows?|way)\b)",
    re.IGNORECASE,
)


def _joined_to_antecedent(parts: list[str]) -> list[str]:
    """The sentences of one paragraph, each one that points back joined to the sentence before it."""
    out: list[str] = []
    for part in parts:
        if out and _POINTS_BACK.match(part):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _bare_item(block: str) -> bool:
    text = block.strip()
    return 0 < len(text) <= BARE_ITEM_CHARS and not text.endswith((".", "!", "?", ":")) and "." not in text[:-1]


def rank_hits(hits: Sequence[Hit], question: Asked = "") -> list[Hit]:
    """BM25 order refined by coverage: a section that holds the question's rare words wins a close race, and
    so does one with a sentence that holds what the question asks for (a rate, a time, a figure) next to one
    of its terms."""
    if not hits:
        return []
    top = max(h.score for h in hits)
    read = read_question(question)
    kind = read.kind
    query = [t for t in _query_terms(read) if not is_context(t)] if read.text else []
    return sorted(
        hits,
        key=lambda h: (
            -(combined(h, top) + (SHAPE_RANK_BONUS if _shaped(h, query, kind) else 0.0) + (DEFINES_BONUS * h.defines))
        ),
    )


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


def extract_answer(index: GuideIndex, question: Asked, hits: Sequence[Hit]) -> Extract:
    """The sentence that best answers the question among the top sections leads (choose.py); the sentences
    that answer nearly as well follow it, at most MAX_SUPPORT of them, and nothing else: the rest of a section
    is filler for this question. A note that the sources disagree is quoted only when the question is about
    that point."""
    read = read_question(question)
    query = _query_terms(read)
    ranked = list(hits[:TOP_SECTIONS])  # already ranked by the caller (rank_hits, then led by a confident hit)
    top_score = max(h.score for h in hits)
    strengths = [combined(h, top_score) for h in ranked]
    best = max(strengths) or 1.0
    pool = [(hit, strength / best, _quotable(query, hit)) for hit, strength in zip(ranked, strengths, strict=True)]
    candidates = rank_sentences(index, query, read.kind, pool, asked_term(read.text), story_terms(read))
    if not candidates:
        return _compose([])
    lead = candidates[0]
    support = supporting(lead, candidates[1:])
    steps = read.kind in (Kind.PROCEDURE, Kind.OTHER)  # a yes/no or a figure: the lead says it
    follower = _follower(query, lead.hit, lead.sentence) if steps and len(support) < FOLLOW_IF_FEWER else ""
    picked = [(c.hit, c.sentence) for c in [lead, *support]]
    if follower and all(sentence != follower for _, sentence in picked):
        picked.insert(1, (lead.hit, follower))  # the lead's own paragraph goes on with its point
    note = _disagreement_note(query, lead.hit)
    if note and _AGREE in query:
        picked = [(lead.hit, note), *((h, s) for h, s in picked if s != note)][: MAX_SUPPORT + 1]  # asked: it leads
    elif note and all(sentence != note for _, sentence in picked):
        picked = [*picked[:MAX_SUPPORT], (lead.hit, note)]  # the question is about that point: say so
    groups: dict[int, tuple[Hit, list[str]]] = {}
    for hit, sentence in picked:
        groups.setdefault(id(hit), (hit, []))[1].append(sentence)
    return _compose(list(groups.values()))


def _follower(query: Sequence[str], hit: Hit, lead: str) -> str:
    """For a question asking what to do: the sentence right after the lead in its paragraph ("do not answer
    it." then where to send the person), which carries the lead's point on in words that need not repeat the
    question's. Never a note that the sources disagree the question is not about."""
    for block in hit.section.text.split("\n"):
        units = [s.strip() for s in _SENTENCE_END.split(block) if s.strip()] if not block.startswith(LIST_MARK) else []
        units = _joined_to_antecedent(units)
        if lead in units[:-1]:
            follower = units[units.index(lead) + 1]
            return follower if follower in _quotable(query, hit) else ""
    return ""


def _disagreement_note(query: Sequence[str], hit: Hit) -> str:
    """The section's note that the sources disagree, when the question is about the point they disagree on."""
    if not _about_the_point(query, hit):
        return ""
    return next((s for s in _sentences_cached(hit.section.text) if _notes_disagreement(s)), "")


def _quotable(query: Sequence[str], hit: Hit) -> list[str]:
    """A section's sentences that may be quoted for this question: a note that the sources disagree only when
    the question is about the point they disagree on."""
    on_point = _about_the_point(query, hit)
    return [s for s in _sentences_cached(hit.section.text) if on_point or not _notes_disagreement(s)]


# A note that the sources disagree. Not the folded term "agree": "agree on response windows" and "agree how the
# team deals with patients" are steps to quote, not notes about the sources.
_DISAGREEMENT = re.compile(
    r"\b(?:disagree[sd]?|disagreements?|differ|differs|conflicts?|conflicting|contradict\w*)\b", re.I
)


def _notes_disagreement(sentence: str) -> bool:
    return _DISAGREEMENT.search(sentence) is not None


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


def _query_terms(question: Question) -> list[str]:
    """The question's terms that can tell one sentence from another (generic words like "good" cannot)."""
    terms = list(dict.fromkeys(question_terms(question)))
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


def quote_for(index: GuideIndex, question: Asked, text: str, limit: int = 2) -> str:
    """The sentences of a passage that best match the question: the quote for an LLM-cited passage."""
    read = read_question(question)
    picked, _ = _pick_sentences(index, _query_terms(read), text, limit, read.kind)
    return " ".join(picked)


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
