"""Related terms: words that are not the same word but point at the same passage, used at a lower weight.

The synonym table in text.py folds words that mean the same ("reply" is "respond") on both sides at full
weight. Many words a person uses are only *near* the guide's word: a "drug" question is answered by a
sentence about "medical treatments", an "agency cost" by what a system might "invest" a month. Folding them
would blur the guide (a treatment is not always a drug), so each group here only widens a question: a term of
the question also looks for the other terms of its group, and a sentence or section holding one of them earns
RELATED_WEIGHT of the term's weight instead of all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from bot.policy.text import tokens

RELATED_WEIGHT = 0.5  # a related term counts this share of the question's own term

# Each group: words a hospital's social media staff use for what the guide may say in another word. "a b > c"
# widens a and b (narrow words) to c (the broader word the guide uses), not c to them: a question about a
# "drug" finds "medical treatments", but a question about treatments is not widened to drugs.
GROUPS: tuple[str, ...] = (
    "budget invest investment fee fees",
    "igtv clip clips livestream > video",
    "drug drugs medication medicine prescription pharma pharmaceutical > treatment",
    "vaccine vaccines vaccination screening screenings > prevent",
    "click clicks > ctr",
    "millennials teens teenagers > young",
    "misinformation unverified verify accurate reliable",
    "crisis outbreak pandemic",
    "monitor listening chatter buzz",
    "kpi analytics benchmark performance",
    "report reports reporting > kpi analytics",
    "search discoverability seo",
    "accessibility alt caption captions contrast",
    "calendar plan planning",
    "explain teach > educate",
    "professional professionalism",
    "audit assess",
    "exaggerated exaggerate overstate guarantee promise promises miracle",
    "documentation record > document",
    "react reactive responsive timely",
    "client clients customer customers > patient",
    "colleague colleagues workforce personnel > staff",
    "challenge challenges > trend",
)


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each canonical term (as `tokens` gives it) to the other canonical terms of its groups."""
    table: dict[str, set[str]] = {}
    for group in GROUPS:
        narrow, _, broad = group.partition(" > ")
        terms, wider = set(tokens(narrow)), set(tokens(broad))
        for term in terms:
            table.setdefault(term, set()).update((wider or terms) - {term})
    return {term: frozenset(others) for term, others in table.items()}


def related(term: str) -> frozenset[str]:
    """The canonical terms related to `term` (never the term itself)."""
    return _table().get(term, frozenset())


def expansion(query: Sequence[str]) -> list[str]:
    """The related terms of a question's terms that the question does not already hold, in order."""
    own = set(query)
    out: dict[str, None] = {}
    for term in query:
        for other in sorted(related(term)):
            if other not in own:
                out[other] = None
    return list(out)


def related_held(term: str, held: Iterable[str] | frozenset[str] | set[str]) -> bool:
    """Whether a text's terms hold a term related to `term` (the term itself is checked by the caller)."""
    others = related(term)
    if not others:
        return False
    if isinstance(held, set | frozenset):
        return not others.isdisjoint(held)
    return any(t in others for t in held)
