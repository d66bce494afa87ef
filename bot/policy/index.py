"""The guide's search index: BM25 (bm25s) over sections, plus what is needed to judge a hit.

BM25 ranks sections; it cannot say whether the best section really answers. For that each hit also gets
its *coverage*: the share of the question's meaningful terms, weighted by how rare they are in the guide,
that the section holds. A question whose rare words the guide never uses ("cafeteria", "menu") has low
coverage everywhere and is not answered from the guide.

The index is built once per process for each guide configuration (`index_for`).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from bot.config import AppConfig
from bot.policy.define import asked_term, defines_in
from bot.policy.loader import builtin_sections, load_guide
from bot.policy.medical import health_words
from bot.policy.models import Section
from bot.policy.question import Asked, Question, asks_leave, question_terms, read_question, story_terms
from bot.policy.related import RELATED_WEIGHT, expansion, related_held
from bot.policy.text import is_concept, is_context, is_generic, tokens

PARTIAL = 0.7  # share of min_coverage enough when two or more meaningful terms match
LONG_MATCH = 3  # this many meaningful terms found in one section...
LONG_SHARE = 0.3  # ...need only this share of min_coverage
HEADING_WEIGHT = 3  # a heading's words count this many times: headings name what a section is about
RARE_SECTIONS = 2  # a focus term held by at most this many sections brings them into the candidates
SOLE_TOPIC = 0.75  # a section holding this much of a question about a policy topic answers it, heading or not
MAY_WE_SHARE = 0.6  # "may we ...?" about a concept of the guide: this share of min_coverage is enough
CONTEXT_SHARE = 0.5  # who or where a question's story happened weighs this much in ranking (_background)
MIN_STORY_TERMS = 4  # a story tells a situation in this many terms at least; fewer name a topic


class Hit(BaseModel):
    model_config = ConfigDict(frozen=True)

    section: Section
    score: float
    coverage: float
    matched: int = 0  # how many of the question's meaningful terms the section holds
    anchored: bool = True  # one of the question's meaningful terms names a topic of the guide (is in a heading)
    titled: bool = True  # one of the question's meaningful terms is in this section's own headings
    focused: bool = True  # the section holds a term the question is about, not only who or where it is about
    on_focus: bool = False  # ...and the question has such a term (not only "patient", "Facebook")
    defines: bool = False  # the question asks what a term means and this section defines it ("Reach: ...")
    concept: bool = False  # the section holds a focus term that staff words fold to ("quiet" is "dormant")
    # ...in its own heading or in one of its prohibitions ("the governor race" is politics: "No politics ...",
    # "Don't engage in political debates")
    concept_titled: bool = False
    may_we: bool = False  # the question asks whether we may do something ("can we ...?", "is it ok to ...?")
    rank: int

    def confident(self, min_coverage: float) -> bool:
        """Whether the guide answers the question from this section. In order:

        - a long, chatty question: four meaningful words here, one a policy topic; or three here under a
          heading that names one of them, even if the rest of the question is context the guide never uses;
        - enough coverage (min_coverage, or PARTIAL of it when two or more words match: one unknown word,
          "surgery" in "repost a patient's post about their surgery", may pass), and
        - one matching word only when this section's heading names it ("what is social listening?"), two
          only when one of them is a policy topic: "can I bring my dog to work?" shares ordinary words with
          the guide and is still not a policy question.

        A section that shares only the question's context ("patient", "Facebook") and lacks what the question
        asks about ("can I friend a patient on Facebook?") never answers it.
        """
        if self.defines:
            return True
        if not self.focused:
            return False
        if self.matched >= LONG_MATCH + 1 and self.anchored:
            return True
        if self.matched >= LONG_MATCH - 1 and self.titled and self.coverage >= LONG_SHARE * min_coverage:
            return True
        enough = self.coverage >= min_coverage or (self.matched >= 2 and self.coverage >= PARTIAL * min_coverage)
        if self.matched == 1 and self.concept and self.coverage >= min_coverage:
            return True  # "what happens if our page goes quiet?": one word, folded to the guide's concept
        if self.may_we and self.concept and self.coverage >= MAY_WE_SHARE * min_coverage:
            return True  # "is it a bad look to crack jokes?": asking leave to do what the guide has a rule on
        if self.may_we and self.concept_titled:
            return True  # "the mayor toured our new wing ... post that we back his reelection. ok?": a rule's topic
        if self.anchored and self.on_focus and self.coverage >= SOLE_TOPIC:
            return True  # "politics", "content mix": a guide with plain headings still answers its topics
        return enough and (self.titled or self.matched >= 3 or (self.matched >= 2 and self.anchored))


class GuideIndex:
    def __init__(self, sections: Sequence[Section]) -> None:
        import bm25s  # heavy (numpy): imported only when a question is asked

        self.sections = list(sections)
        corpus = [self._section_tokens(s) for s in self.sections]
        self.doc_terms = [set(toks) for toks in corpus]
        df: Counter[str] = Counter()
        for terms in self.doc_terms:
            df.update(terms)
        n = max(len(self.sections), 1)
        self.df = df
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus or [[""]], show_progress=False)
        self._vocab = set(df)
        self.titles = [set(tokens(s.heading)) for s in self.sections]
        self.ruled = [_ruled_terms(s.text) for s in self.sections]
        self.topics = set().union(domain_topics(), *self.titles)

    @staticmethod
    def _section_tokens(section: Section) -> list[str]:
        head = tokens(section.heading) * HEADING_WEIGHT
        return head + tokens(" ".join(section.parents)) + tokens(section.text, guide=True)

    def names(self, word: str) -> bool:
        """Whether the guide's text holds this word (as a term: "tiktok", "instagram")."""
        return any(t in self._vocab for t in tokens(word))

    def term_weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)

    def search(self, question: Asked, k: int = 5) -> list[Hit]:
        read = read_question(question)
        query = self._without_unknown_health(read.text, question_terms(read))
        known = [t for t in dict.fromkeys(query) if t in self._vocab]
        if not self.sections or not known:
            return []
        scores = self._weighted_scores(known, self._background(read, known))
        wider = [t for t in expansion(list(dict.fromkeys(query))) if t in self._vocab and t not in known]
        if wider:  # related terms widen the search at a lower weight: "drug" also finds "medical treatments"
            scores = scores + RELATED_WEIGHT * self._bm25.get_scores(wider)
        order = sorted(range(len(self.sections)), key=lambda i: -float(scores[i]))[:k]
        order = self._with_rare(query, order, k)
        asked = asked_term(read.text)
        defining = [i for i in range(len(self.sections)) if asked and defines_in(self.sections[i].text, asked)]
        order = [*defining[:1], *(i for i in order if i not in defining[:1])][:k]  # the definition is the answer
        anchored = any(t in self.topics for t in known if not is_generic(t))
        may_we = asks_leave(read)
        told = self._told(read)
        hits = []
        for rank, i in enumerate(order):
            if float(scores[i]) <= 0 and i not in defining:
                break
            hits.append(
                Hit(
                    section=self.sections[i],
                    score=float(scores[i]),
                    coverage=self.coverage(query, i, told),
                    matched=self.matched(query, i),
                    anchored=anchored,
                    titled=any(t in self.titles[i] for t in known if not is_generic(t)),
                    focused=self.focused(query, i),
                    on_focus=self.focused(query, i, strict=True),
                    defines=i in defining,
                    concept=any(is_concept(t) and t in self.doc_terms[i] for t in self.focus_terms(query)),
                    concept_titled=any(
                        is_concept(t) and (t in self.titles[i] or t in self.ruled[i]) for t in self.focus_terms(query)
                    ),
                    may_we=may_we,
                    rank=rank,
                )
            )
        return hits

    def _background(self, read: Question, known: list[str]) -> frozenset[str]:
        """Who or where a scenario's story says it happened (a platform, patients, staff) and its ask does not
        name: "nobody has touched our Instagram since the intern left. Is that a problem?" is about a dormant
        account, wherever it is. A lead of a few words ("quick one: linkedin, how often") names the topic rather
        than telling a story."""
        told = tokens(read.story)
        if len(told) < MIN_STORY_TERMS:
            return frozenset()
        asked = frozenset(tokens(read.ask))
        return frozenset(t for t in told if is_context(t) and t not in asked)

    def _weighted_scores(self, known: list[str], background: frozenset[str]) -> Any:
        """BM25 over the question's terms, the background of its story (_background) at CONTEXT_SHARE when the
        story is about something besides: the sections that name Instagram most do not say what to do about a
        dormant Instagram account."""
        focus = [t for t in known if t not in background]
        context = [t for t in known if t in background]  # the guide's words only: BM25 takes no other
        if not context or not self.focus_terms(focus):
            return self._bm25.get_scores(known)
        return self._bm25.get_scores(focus) + CONTEXT_SHARE * self._bm25.get_scores(context)

    def _without_unknown_health(self, question: str, query: list[str]) -> list[str]:
        """The question's terms without the condition or procedure it names when the guide never does ("our new
        knee replacement technique ... does it need a disclaimer?"): what the post is about is not what the
        guide is asked, and an unknown word weighs most in the coverage that decides whether the guide answers."""
        named = {t for word in health_words(question) for t in tokens(word)}
        return [t for t in query if t in self._vocab or t not in named]

    def _with_rare(self, query: Sequence[str], order: list[int], k: int) -> list[int]:
        """The BM25 candidates, with the section that holds the question's rarest focus term when only a few
        sections hold it: BM25 lets sections that repeat the question's common words ("reply", "comments")
        crowd out the one that holds its rare word once ("under the influence" for "after a couple drinks")."""
        rare = [t for t in self.focus_terms(query) if 0 < self.df.get(t, 0) <= RARE_SECTIONS]
        extra = [i for t in rare for i in range(len(self.sections)) if t in self.doc_terms[i] and i not in order]
        if not extra:
            return order
        extra = list(dict.fromkeys(extra))[: k - 1]
        return [*order[: k - len(extra)], *extra]

    def matched(self, query: Sequence[str], doc: int) -> int:
        """How many of the question's meaningful terms section `doc` holds, itself or in a related term."""
        terms = self.doc_terms[doc]
        return sum(1 for t in dict.fromkeys(query) if not is_generic(t) and t in terms)

    def focused(self, query: Sequence[str], doc: int, *, strict: bool = False) -> bool:
        """Whether section `doc` holds one of the question's focus terms, or (unless strict) the question has
        none beyond its context (who or where: "what is Facebook for?" is about Facebook)."""
        focus = self.focus_terms(query)
        return (not focus and not strict) or any(t in self.doc_terms[doc] for t in focus)

    @staticmethod
    def focus_terms(query: Sequence[str]) -> list[str]:
        """What a question asks about: its terms that are neither generic nor context (who or where)."""
        return [t for t in dict.fromkeys(query) if not is_generic(t) and not is_context(t)]

    def _told(self, question: Question) -> frozenset[str]:
        """The words of a scenario's story that the guide never uses ("yelling", "wait times", "brutal shift"):
        they say what happened, not what is asked, so they do not count against the guide covering the ask."""
        return frozenset(t for t in story_terms(question) if t not in self._vocab and not related_held(t, self._vocab))

    def coverage(self, query: Sequence[str], doc: int, told: frozenset[str] = frozenset()) -> float:
        """Rarity-weighted share of the question's meaningful terms found in section `doc` (0..1). A figure the
        guide never states ("tweeting like 8-10 times a day", "waited 5 hours") is the asker's own number, not a
        word the guide lacks: it is left out rather than weighed as the rarest term, and so are the story words
        of a scenario question that the guide never uses (`told`)."""
        terms = [t for t in dict.fromkeys(query) if not is_generic(t) and not self._own_figure(t) and t not in told]
        if not terms:
            return 0.0
        total = sum(self.term_weight(t) for t in terms)
        found = sum(self.term_weight(t) * self.held_share(t, doc) for t in terms)
        return found / total if total else 0.0

    def _own_figure(self, term: str) -> bool:
        return term.isdigit() and term not in self._vocab

    def held_share(self, term: str, doc: int) -> float:
        """1 when section `doc` holds the term, RELATED_WEIGHT when it holds only a related term, else 0."""
        terms = self.doc_terms[doc]
        if term in terms:
            return 1.0
        return RELATED_WEIGHT if related_held(term, terms) else 0.0


_DONT = tokens("don't")[0]  # never, avoid, don't, shouldn't: the guide's prohibitions fold to one term
_RULE_BREAK = re.compile(r"[.;!?\n]|\s[-\u2013\u2014]\s")


def _ruled_terms(text: str) -> frozenset[str]:
    """The terms of a section's prohibitions ("Don't engage in political debates"): what a rule of the section
    forbids. Leave asked to do one of them ("can the CEO back a senate candidate?") is answered by that rule, as
    by a heading that names it."""
    out: set[str] = set()
    for part in _RULE_BREAK.split(text):
        terms = tokens(part, guide=True)
        if _DONT in terms:
            out.update(terms)
    return frozenset(out)


@lru_cache(maxsize=1)
def domain_topics() -> frozenset[str]:
    """The words of the built-in guide's headings: what social media policy is about, whatever guide is loaded,
    so an organization's own guide with terse headings still knows a policy topic when it sees one."""
    return frozenset(t for s in builtin_sections() for t in tokens(" ".join((s.heading, *s.parents))))


_CACHE: dict[tuple[object, ...], GuideIndex] = {}
_LOCK = threading.Lock()


def _key(config: AppConfig) -> tuple[object, ...]:
    policy = config.policy
    base = (config.source.parent if config.source is not None else Path.cwd()).resolve()
    return (base, tuple(str(p) for p in policy.guide), policy.extend_builtin)


def cached_index(config: AppConfig) -> GuideIndex | None:
    """The index if this process has built it already (a cheap check before building in a thread)."""
    return _CACHE.get(_key(config))


def index_for(config: AppConfig) -> GuideIndex:
    """The index of the configured guide, built on first use and kept for the life of the process."""
    key = _key(config)
    with _LOCK:
        index = _CACHE.get(key)
        if index is None:
            index = GuideIndex(load_guide(config))
            _CACHE[key] = index
        return index
