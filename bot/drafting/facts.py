"""The organization's own facts for a topic outside the built-in knowledge base.

Facts come from two places only: the files and folders of `drafting.facts` (service pages, events, openings,
roles) and the organization's own policy guide (`policy.guide`; CarePost's built-in guide is about social
media for staff, not about the organization, and is never quoted in a post). Both are read with the policy
guide's loader and searched with its BM25 index (bot/policy), so there is one way to read and rank Markdown.
A section is used only when the topic's words name it (its heading) or it holds most of them; its sentences
are then quoted as they are, with their source, so a draft never says more than the material does. A sentence
the guardrails read as medical advice or PHI is left out: the organization's material may hold advice for a
clinic visit that a public post must not give.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from bot.calendar.observances import builtin_observances
from bot.config import AppConfig
from bot.drafting.kinds import FIELDS, KEYWORDS, TopicKind, kind_of, required_fields
from bot.drafting.seasons import season_of
from bot.messages import drafting as msg
from bot.policy.loader import BUILTIN_PREFIX, LIST_MARK, load_guide, sections_of_entry
from bot.policy.models import Section
from bot.policy.text import is_generic, tokens
from guardrails import Engine, Severity

if TYPE_CHECKING:
    from bot.drafting.brief import Brief
    from bot.policy.index import GuideIndex, Hit

MIN_COVERAGE_TITLED = 0.4  # the topic's words in a section's heading: this share of their weight suffices
MIN_COVERAGE = 0.6  # otherwise the section must hold this share of the topic's (rarity-weighted) words
MAX_SECTIONS = 1  # sections one draft quotes: a second one was mostly a neighbour (Match Day for nurse residency)
MAX_PLAIN = 4  # plain sentences kept per topic (fields aside)
OBSERVANCE_WEIGHT = 0.1  # share of its rarity weight a word of observance names keeps when matching a section
NO_FACTS = "facts"  # what `missing` holds when nothing at all was found for an awareness topic
_FIELD_LINE = re.compile(r"^(?P<key>[A-Za-z' ]{2,20}):\s+(?P<value>.+)$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9]+")


class Fact(BaseModel):
    """One sentence of the organization's material, where it came from, and the part of a post it fills."""

    model_config = ConfigDict(frozen=True)

    text: str
    source: str = Field(description="The file, as app.yaml names it (or builtin/... for the built-in guide).")
    section: str
    field: str | None = Field(default=None, description="what, when, where, hours, how_to_join, role, ...")


class FactSheet(BaseModel):
    """What the drafters may say about a topic: the kind of post, the facts found, what a good post still lacks."""

    model_config = ConfigDict(frozen=True)

    kind: TopicKind
    facts: list[Fact] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list, description="Fields the kind of post needs and nobody gave.")
    health_topic: bool = Field(
        default=False, description="The topic alone needs the medical disclaimer, as the guardrails read it."
    )
    season: str | None = Field(
        default=None,
        description="When the topic's health observance falls (bot/drafting/seasons.py): true, general, and not "
        "a fact about the organization, so it never makes a draft ready to post.",
    )

    @property
    def needs_facts(self) -> bool:
        return not self.facts or bool(self.missing)

    def field(self, name: str) -> Fact | None:
        return next((f for f in self.facts if f.field == name), None)

    @property
    def plain(self) -> list[Fact]:
        return [f for f in self.facts if f.field is None or f.field == "what"]

    def sources(self) -> list[str]:
        return list(dict.fromkeys(f"{f.source} § {f.section}" for f in self.facts))


class FactFinder:
    """The facts index of one configuration, built on first use (it imports bm25s)."""

    def __init__(self, config: AppConfig, engine: Engine) -> None:
        self.config = config
        self.engine = engine

    def sheet(self, topic: str) -> FactSheet:
        """The kind of post the topic asks for and the facts about it; none when nothing is relevant enough."""
        facts: list[Fact] = []
        for hit in self._relevant(topic):
            facts.extend(self._facts_of(hit.section))
        facts = _dedupe(facts)
        kind = kind_of(topic, {f.field for f in facts if f.field})
        plain = [f for f in facts if f.field is None][:MAX_PLAIN]
        kept = [f for f in facts if f.field is not None] + plain
        season = season_of(topic, [*self.config.calendar.observances, *builtin_observances()])
        if not kept and season is not None and kind == "event":
            kind = "awareness"  # "World Kidney Day" is an observance to talk about, not an event to invite to
        missing = [name for name in required_fields(kind) if not any(f.field == name for f in kept)]
        if not kept:
            missing = missing or [NO_FACTS]
        health = any(f.rule == "disclaimer.missing" for f in self.engine.check(topic).findings)
        return FactSheet(kind=kind, facts=kept, missing=missing, season=season, health_topic=health)

    def _relevant(self, topic: str) -> list[Hit]:
        index = facts_index(self.config)
        hits = [h for h in index.search(topic, k=MAX_SECTIONS + 4) if _relevant(index, h, topic)]
        hits = [h for h in hits if _names_the_subject(h, topic)]
        hits.sort(key=lambda h: not _heading_names(h.section, topic))  # stable: BM25 order otherwise
        return hits[:MAX_SECTIONS]

    def _facts_of(self, section: Section) -> list[Fact]:
        out: list[Fact] = []
        for block in section.text.split("\n"):
            line = block.removeprefix(LIST_MARK).strip()
            match = _FIELD_LINE.match(line)
            name = FIELDS.get(match.group("key").strip().lower()) if match else None
            if match and name:
                out.extend(self._keep(match.group("value").strip(), section, name))
                continue
            for sentence in _SENTENCE.split(line):
                out.extend(self._keep(sentence.strip(), section, None))
        return out

    def _keep(self, text: str, section: Section, name: str | None) -> list[Fact]:
        """The sentence as a Fact, unless it is empty or the guardrails block it or read it as advice."""
        if len(text) < 4:
            return []
        report = self.engine.check(text)
        if any(f.rule.startswith("advice.") or f.severity is Severity.BLOCK for f in report.findings):
            return []
        return [Fact(text=text, source=section.source, section=section.heading, field=name)]


def _relevant(index: GuideIndex, hit: Hit, topic: str) -> bool:
    """The topic names the section (its heading) or the section holds most of the topic's words. The built-in
    guide is in the index only so that word weights mean the same with three facts files as with thirty."""
    if hit.section.source.startswith(BUILTIN_PREFIX):
        return False
    if _heading_names(hit.section, topic):
        return True
    coverage = _coverage(index, topic, hit.section)
    if hit.titled and coverage >= MIN_COVERAGE_TITLED:
        return True
    return hit.matched >= 2 and coverage >= MIN_COVERAGE


def _heading_names(section: Section, topic: str) -> bool:
    """The heading and the topic name the same thing once the words of kinds and observances are set aside:
    "national hospital week" and "Hospital Week" are both about the hospital; "National Nurses Week" is not."""
    subject = _stems(topic) - KIND_WORDS
    return bool(subject) and subject == _stems(section.heading) - KIND_WORDS


def _coverage(index: GuideIndex, topic: str, section: Section) -> float:
    """The index's rarity-weighted share of the topic's words the section holds, with the words of observance
    names ("national", "week") kept at OBSERVANCE_WEIGHT: they are rare in a facts folder, so at full weight
    "national" alone ties "national hospital week" to National Nurses Week instead of to Hospital Week."""
    doc = next(i for i, s in enumerate(index.sections) if s is section)
    terms = [t for t in dict.fromkeys(tokens(topic)) if not is_generic(t)]
    weights = {t: index.term_weight(t) * (OBSERVANCE_WEIGHT if t in OBSERVANCE_TERMS else 1.0) for t in terms}
    total = sum(weights.values())
    return sum(w * index.held_share(t, doc) for t, w in weights.items()) / total if total else 0.0


def _names_the_subject(hit: Hit, topic: str) -> bool:
    """A section is about the topic only if it names what the topic is about, not just its kind: "phlebotomist
    hiring" shares only "hiring" with the Pharmacy Technician Hiring Event, "national hospital week" only
    "national week" with National Nurses Week; quoting those would put another event's date in the post."""
    subject = _stems(topic) - KIND_WORDS
    return not subject or bool(subject & _stems(f"{hit.section.heading} {hit.section.text}"))


def _stems(text: str) -> set[str]:
    """Lower-case words, a plural or possessive s folded ("nurses", "nurse's" and "nurse" are one word)."""
    words = _WORD.findall(text.lower().replace("'s", ""))
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


# words that say what kind of post a topic is, or when, and not what it is about (kinds.KEYWORDS and the like)
KIND_WORDS = frozenset(
    _stems(" ".join(phrase for _kind, phrases in KEYWORDS for phrase in phrases))
    | _stems("national world international global annual awareness month our your the a an and of for at in on to with")
)


# words of observance names: they say when a topic falls, not what it is about
OBSERVANCE_TERMS = frozenset(tokens("national world international global annual awareness month week day"))


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple[str | None, str]] = set()
    out: list[Fact] = []
    for fact in facts:
        key = (fact.field, fact.text.lower()) if fact.field else (None, fact.text.lower())
        if fact.field and any(f.field == fact.field for f in out):
            continue  # the best section's "When:" wins
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def facts_notices(brief: Brief) -> list[str]:
    """What the person reads first about facts: what is missing, or where the facts came from."""
    if brief.entry is not None:
        return []
    sheet = brief.facts
    if sheet is None or not sheet.facts:
        return [msg.UNKNOWN_TOPIC.format(topic=brief.topic)]
    sources = "; ".join(sheet.sources())
    if sheet.missing:
        what = ", ".join(msg.MISSING_LABELS.get(m, m) for m in sheet.missing)
        return [msg.NEEDS_FACTS_PARTS.format(kind=msg.KIND_LABELS[sheet.kind], missing=what, sources=sources)]
    return [msg.FACTS_FROM.format(sources=sources)]


# --- the index: drafting.facts and the policy guide, read and ranked the policy guide's way


FACTS_SKIP = frozenset({"readme.md"})  # a facts folder's README says how to write facts; it holds none


def load_facts(config: AppConfig) -> list[Section]:
    """The sections of every `drafting.facts` entry. A bad entry is a one-line ConfigError naming the key."""
    base = config.source.parent if config.source is not None else Path.cwd()
    out: list[Section] = []
    for entry in config.drafting.facts:
        full = entry if entry.is_absolute() else base / entry
        out.extend(
            sections_of_entry(
                entry, full, key="drafting.facts", skip=FACTS_SKIP, kind=" (a Markdown file or folder of facts)"
            )
        )
    return out


_CACHE: dict[tuple[object, ...], GuideIndex] = {}
_LOCK = threading.Lock()


def _key(config: AppConfig) -> tuple[object, ...]:
    base = (config.source.parent if config.source is not None else Path.cwd()).resolve()
    policy = config.policy
    return (base, tuple(map(str, config.drafting.facts)), tuple(map(str, policy.guide)), policy.extend_builtin)


def facts_index(config: AppConfig) -> GuideIndex:
    """One BM25 index (the policy guide's GuideIndex) over the facts and the org's guide, kept for the process."""
    from bot.policy.index import GuideIndex

    key = _key(config)
    with _LOCK:
        index = _CACHE.get(key)
        if index is None:
            index = GuideIndex([*load_facts(config), *load_guide(config)])
            _CACHE[key] = index
        return index
