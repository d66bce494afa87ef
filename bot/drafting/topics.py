"""The built-in topic knowledge base and the hashtags a topic suggests.

A topic matches an entry when one of the entry's aliases occurs in it as whole words; the longest alias
wins, so "heat stroke" is about heat, not stroke. A topic that matches nothing gets no facts from here: the
organization's own material may have some (facts.py), else the offline drafter writes a skeleton with
[placeholders] (skeleton.py) rather than invent medical content.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from bot.drafting.content import load_yaml

_WORD = re.compile(r"[A-Za-z0-9']+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "in",
        "on",
        "at",
        "to",
        "with",
        "about",
        "our",
        "your",
        "my",
        "is",
        "are",
        "be",
        "how",
        "what",
        "why",
        "when",
        "new",
        "from",
        "by",
        "signs",
        "sign",
        "tips",
        "tip",
        "awareness",
        "day",
        "week",
        "month",
        "season",
    ]
)
MAX_TAG_CHARS = 28


class TopicEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    label: str
    aliases: list[str]
    emoji: str = ""
    hooks: list[str] = Field(min_length=1)
    why: str
    facts: list[str] = Field(min_length=3)
    tips: list[str] = Field(min_length=3)
    service: str
    month: str = ""
    hashtags: list[str] = Field(default_factory=list)
    visual: str = ""
    urgent: str = ""


@lru_cache(maxsize=1)
def knowledge_base() -> dict[str, TopicEntry]:
    data = load_yaml("topics.yaml")
    return {key: TopicEntry(key=key, **entry) for key, entry in data["topics"].items()}


@lru_cache(maxsize=1)
def _alias_index() -> list[tuple[re.Pattern[str], str, int]]:
    index = []
    for entry in knowledge_base().values():
        for alias in entry.aliases:
            pattern = re.compile(r"(?<![A-Za-z])" + r"\s+".join(map(re.escape, alias.split())) + r"(?![A-Za-z])", re.I)
            index.append((pattern, entry.key, len(alias)))
    index.sort(key=lambda item: -item[2])
    return index


def match_topic(topic: str) -> TopicEntry | None:
    """The knowledge-base entry a free-text topic is about, or None."""
    for pattern, key, _length in _alias_index():
        if pattern.search(topic):
            return knowledge_base()[key]
    return None


def topic_hashtags(topic: str, entry: TopicEntry | None) -> list[str]:
    """The entry's curated tags, else one CamelCase tag made from the topic's meaningful words.

    Bracketed redaction tags ([NAME]) never become hashtags.
    """
    if entry is not None:
        return list(entry.hashtags)
    cleaned = re.sub(r"\[[A-Z_]+\]", " ", topic)
    words = [w for w in _WORD.findall(cleaned) if w.lower() not in STOPWORDS]
    tag = "".join(w[:1].upper() + w[1:] for w in words[:3] if w.replace("'", ""))
    tag = tag.replace("'", "")
    if not tag or not any(c.isalpha() for c in tag) or len(tag) > MAX_TAG_CHARS:
        return []
    return [f"#{tag}"]


def pick_hashtags(candidates: list[str], count: int) -> list[str]:
    """The first `count` distinct tags, compared without case."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in candidates:
        key = tag.lower()
        if key in seen or count <= len(out):
            continue
        seen.add(key)
        out.append(tag)
    return out
