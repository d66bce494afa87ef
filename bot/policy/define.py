"""Questions that ask what a term means, and the sentences that define it.

"How is reach defined?" or "What does sentiment analysis measure?" is answered by the guide's definition of
the term, which is usually one item of a list ("Reach: The number of unique users who saw your content",
"reach (unique users who saw the content)"). Such an item names the term once and says nothing else of the
question, so word overlap ranks it low; its shape, the term at the head of a segment followed by a colon,
a dash or a bracket, is what marks it as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.policy.text import is_generic, tokens

MAX_HEAD_WORDS = 5  # a defined term is a short name, not the opening of a sentence
HEAD_SLACK = 2  # a head may name a little more than the question asks ("Sentiment Analysis" for "sentiment")

# What a question asking for a definition looks like; the named group is the term.
_ASKS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\s*how (?:is|are) (?P<term>.+?) (?:defined|measured|calculated|computed)\b"),
    re.compile(r"^\s*what (?:does|do) (?P<term>.+?) (?:mean|measure|stand for|track|show)\b"),
    re.compile(r"^\s*what (?:is|are|'s) (?:the )?(?P<term>.+?) (?:formula|definition)\b"),
    re.compile(r"^\s*(?:define|definition of|what is meant by) (?P<term>.+?)\s*[?.]?\s*$"),
    # "how do I calculate engagement rate for the monthly report?": the term ends where its purpose begins
    re.compile(
        r"^\s*how (?:do|should|can|would|to) (?:i |we |you )?(?:calculate|compute|measure|work out|figure out) "
        r"(?:the |our |an? )?(?P<term>.+?)(?: for | in | on | from | across | per |\s*[?.]|\s*$)"
    ),
    re.compile(r"^\s*what(?: is|'s) the (?:formula|calculation) for (?:the |our |an? )?(?P<term>.+?)\s*[?.]?\s*$"),
)

# A segment's head: at the start of a unit or after a list separator, a few words, then ":", " (", or a dash.
# The end mark is looked ahead, not consumed: in "KPIs to consider: Engagement Rate: ..." the colon that ends
# one head opens the next.
_HEAD = re.compile(r"(?:^|[;:\u2022]\s*)([A-Za-z][\w /&'-]{0,60}?)(?=:\s|\s\(|\s[\u2013\u2014-]\s)")


def asked_term(question: str) -> tuple[str, ...]:
    """The canonical terms of what a question asks to have defined, or () when it asks something else."""
    low = question.lower().replace("\u2019", "'")
    for pattern in _ASKS:
        found = pattern.search(low)
        if found:
            terms = tuple(t for t in tokens(found.group("term")) if not is_generic(t))
            if 0 < len(terms) <= MAX_HEAD_WORDS:
                return terms
    return ()


def defines(sentence: str, asked: Sequence[str]) -> bool:
    """Whether the sentence (or list item) holds a definition headed by the asked term."""
    if not asked:
        return False
    want = set(asked)
    need = max(1, len(want) - 1)  # "sentiment analysis" is defined under "sentiment" too
    return any(len(want & set(head)) >= need and len(head) <= len(want) + HEAD_SLACK for head in _heads(sentence))


def defines_in(text: str, asked: Sequence[str]) -> bool:
    """Whether a section's text holds a definition of the asked term on one of its lines."""
    return bool(asked) and any(defines(line.lstrip("-*\u2022 "), asked) for line in text.split("\n"))


@lru_cache(maxsize=16384)
def _heads(sentence: str) -> tuple[tuple[str, ...], ...]:
    out = []
    for found in _HEAD.finditer(sentence):
        words = found.group(1).split()
        if 0 < len(words) <= MAX_HEAD_WORDS:
            out.append(tuple(t for t in tokens(found.group(1)) if not is_generic(t)))
    return tuple(h for h in out if h)
