"""The offline drafter: deterministic posts from templates, with no network and no model.

The same pillar, topic, platform and variant always give the same post (the random choices are seeded by a
hash of them), so a "regenerate" press is a new variant number, and a test can name its expected output.
Facts come only from the built-in knowledge base, or for another topic from the organization's own material
(bot/drafting/shapes.py); a topic with neither gets a skeleton per platform with [placeholders] for the facts
(bot/drafting/skeleton.py). Every post is
measured the platform's way and shortened until it fits.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.drafting.brief import Brief
from bot.drafting.content import PlatformView, load_yaml
from bot.drafting.models import Candidate
from bot.drafting.topics import pick_hashtags, topic_hashtags
from bot.messages import drafting as msg
from guardrails.measure import post_length
from guardrails.settings import Platform

DISCLAIMED_PILLARS = frozenset({"education", "thought-leadership"})
GENERIC_EMOJI = "💙"
EMOJI_BULLETS = ("✔️", "✅", "👉", "→")
_FORMATTER = string.Formatter()
_SPACES = re.compile(r"[ \t]{2,}")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # "tip." after a tip that ended in a stop; an ellipsis stays


@dataclass(frozen=True)
class Line:
    template: str
    optional: bool


@lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    return load_yaml("templates.yaml")


def layouts(platform: Platform) -> list[list[Line]]:
    out = []
    for raw in templates()["layouts"][platform.value]:
        lines = [Line(t[1:], True) if t.startswith("?") else Line(t, False) for t in raw.rstrip("\n").split("\n")]
        out.append(lines)
    return out


class OfflineDrafter:
    """Writes every platform's post from the templates; never fails, never calls out."""

    name = "offline"

    def draft(self, brief: Brief, views: list[PlatformView]) -> list[Candidate]:
        return [self.draft_one(brief, view) for view in views]

    def draft_one(self, brief: Brief, view: PlatformView) -> Candidate:
        if brief.entry is None and brief.facts is not None and brief.facts.facts:
            from bot.drafting.shapes import draft_from_facts  # it builds on this module's helpers

            return draft_from_facts(brief, view, brief.facts)
        if brief.entry is None:
            from bot.drafting.skeleton import draft_skeleton  # it builds on this module's helpers

            return draft_skeleton(brief, view)
        rng = _rng(brief, view.platform)
        slots = _slots(brief, view, rng)
        options = layouts(view.platform)
        start = (rng.randrange(len(options)) + brief.variant) % len(options)
        tags = _hashtags(brief, view)
        text = ""
        for offset in range(len(options)):
            text = _fit(options[(start + offset) % len(options)], slots, tags, view, brief.voice.banned_words)
            if post_length(text, view.limits) <= view.limits.max_chars:
                break
        else:
            text = _hard_fit(text, view, keep=slots.get("disclaimer") or "")
        return Candidate(
            platform=view.platform.value,
            text=text,
            hashtags=[t for t in tags if t in text],
            alt_text=_alt_text(brief, view) if view.profile.alt_text else None,
            title=_title(brief, view, rng) if view.profile.title_max else None,
            visual=_visual(brief, view),
        )


def _rng(brief: Brief, platform: Platform) -> random.Random:
    key = f"{brief.pillar.key}|{brief.topic.strip().lower()}|{platform.value}|{brief.variant}"
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def _label(brief: Brief) -> str:
    """The topic as it reads inside a sentence: the person's words, Title Case folded for known topics."""
    topic = " ".join(brief.topic.split()).strip(" .!?;:")
    entry = brief.entry
    if entry is not None and (len(topic) > 60 or topic.lower() in {a.lower() for a in entry.aliases}):
        return entry.label  # a bare alias ("stroke signs") reads better as the entry's label
    words = topic.split()
    if brief.entry is not None and words and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        topic = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    return topic


def _slots(brief: Brief, view: PlatformView, rng: random.Random) -> dict[str, str | None]:
    voice, entry = brief.voice, brief.entry
    label = _label(brief)
    base: dict[str, str | None] = {
        "topic": label,
        "Topic": _cap(label),
        "label": label,
        "Label": _cap(label),
        "org": voice.name,
        "website": voice.website,
        "phone": voice.phone,
        "town": voice.town or "our community",
        "Town": _title_case(voice.town or "our community"),
    }
    assert entry is not None  # draft_one sends a topic outside the knowledge base to shapes or skeleton
    facts, tips = list(entry.facts), list(entry.tips)
    base.update(
        why=entry.why,
        month=entry.month,
        urgent=entry.urgent,
        service=entry.service,
        kb_hook=rng.choice(entry.hooks),
    )
    emoji = entry.emoji or GENERIC_EMOJI
    rng.shuffle(tips)
    for number in range(3):
        base[f"fact{number + 1}"] = facts[number]
        base[f"tip{number + 1}"] = tips[number]
    base["emoji"] = "" if view.profile.emoji == "none" else emoji
    base["disclaimer"] = voice.disclaimers[view.platform]  # every knowledge-base topic is a health topic
    bank: dict[str, list[str]] = templates()["pillars"].get(brief.pillar.key) or templates()["pillars"]["education"]
    for slot in ("hook", "li_hook", "angle", "cta", "cta_short", "cta_bio", "cta_site", "question", "close"):
        base[slot] = _choose(bank, slot, base, rng, banned=voice.banned_words)
    base["video_intro"] = _choose(bank, "video_intro", base, rng, banned=voice.banned_words)
    return base


def _choose(
    bank: dict[str, list[str]],
    slot: str,
    slots: dict[str, str | None],
    rng: random.Random,
    *,
    banned: list[str],
) -> str:
    """A variant of a pillar phrase whose slots all have values and which holds no banned word."""
    options = bank.get(f"{slot}_known") or bank.get(slot) or []
    filled = [text for text in (_fill(option, slots) for option in options) if text is not None]
    clean = [text for text in filled if not _has_banned(text, banned)]
    pool = clean or filled
    return rng.choice(pool) if pool else ""


def _fill(template: str, slots: dict[str, str | None]) -> str | None:
    """The template with its slots filled, or None when a slot it names has no value."""
    values: dict[str, str] = {}
    for _literal, field, _spec, _conversion in _FORMATTER.parse(template):
        if field is None:
            continue
        value = slots.get(field)
        if value is None:
            return None
        values[field] = value
    return template.format_map(values)  # values are never parsed again: a topic may hold any braces


def _has_banned(text: str, banned: list[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", lowered) for word in banned if word.strip())


def _render(
    lines: list[Line], slots: dict[str, str | None], tags: list[str], view: PlatformView, banned: list[str]
) -> str:
    """Fill each line; drop lines that came out empty or hold a banned word; tidy spaces and blank lines."""
    values = dict(slots, hashtags=" ".join(tags))
    out: list[str] = []
    for line in lines:
        if not line.template.strip():
            out.append("")
            continue
        filled = _fill(line.template, values)
        if filled is None:
            continue
        filled = _SPACES.sub(" ", filled).strip()
        if filled == ".":  # Instagram's spacer line above the hashtag block
            out.append(filled)
            continue
        if not filled.strip(" .•✔️✅👉→0123456789") or _has_banned(filled, banned):
            continue
        if view.profile.emoji == "none":
            for bullet in EMOJI_BULLETS:
                filled = filled.replace(bullet, "•")
        out.append(filled)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return _DOUBLE_STOP.sub(".", text.replace(" .", "."))


def _fit(
    lines: list[Line], slots: dict[str, str | None], tags: list[str], view: PlatformView, banned: list[str]
) -> str:
    """Render, then drop optional lines (last first) and hashtags until the post fits the platform."""
    kept = list(lines)
    tags = list(tags)
    text = _render(kept, slots, tags, view, banned)
    while post_length(text, view.limits) > view.limits.max_chars:
        optional = [i for i, line in enumerate(kept) if line.optional]
        if optional:
            del kept[optional[-1]]
        elif len(tags) > 1:
            tags.pop()
        else:
            break
        text = _render(kept, slots, tags, view, banned)
    return text


def _hard_fit(text: str, view: PlatformView, keep: str) -> str:
    """Last resort for a very long topic: cut whole words from the longest line (never `keep`, the
    disclaimer) until it fits."""
    lines = text.split("\n")
    while post_length("\n".join(lines), view.limits) > view.limits.max_chars:
        cuttable = [i for i in range(len(lines)) if lines[i] and (not keep or keep not in lines[i])]
        if not cuttable:
            break
        longest = max(cuttable, key=lambda i: len(lines[i]))
        words = lines[longest].split(" ")
        if len(words) <= 1:
            lines[longest] = lines[longest][: max(0, len(lines[longest]) - 10)]
        else:
            lines[longest] = " ".join(words[:-1]).rstrip(",;:") + "…" if len(words) > 2 else words[0]
            lines[longest] = lines[longest].replace("……", "…")
    return "\n".join(lines).strip()


def _hashtags(brief: Brief, view: PlatformView) -> list[str]:
    candidates = [*topic_hashtags(brief.topic, brief.entry), *brief.pillar.hashtags, *brief.voice.brand_hashtags]
    candidates = [t for t in candidates if not _has_banned(t.lstrip("#"), brief.voice.banned_words)]
    return pick_hashtags(candidates, view.hashtag_count)


def _visual(brief: Brief, view: PlatformView) -> str:
    base = brief.entry.visual if brief.entry is not None and brief.entry.visual else None
    visual = base or msg.GENERIC_VISUAL.format(Label=_title_case(_label(brief)), org=brief.voice.name)
    if view.profile.title_max:  # the generic visual already puts the label in large type: say it once
        label = _title_case(_label(brief))
        return msg.THUMBNAIL_TEMPLATE.format(Visual=_cap(visual), Label=label) if base else _cap(visual)
    return visual


def _alt_text(brief: Brief, view: PlatformView) -> str:
    label = _title_case(_label(brief))
    if brief.entry is None or not brief.entry.visual:
        return msg.ALT_TEXT_GENERIC.format(visual=msg.GENERIC_VISUAL.format(Label=label, org=brief.voice.name))
    return msg.ALT_TEXT_TEMPLATE.format(visual=_cap(brief.entry.visual), Label=label, org=brief.voice.name)


def _title(brief: Brief, view: PlatformView, rng: random.Random) -> str:
    limit = view.profile.title_max or 100
    label = _title_case(_label(brief))
    slots: dict[str, str | None] = {
        "Label": label,
        "org": brief.voice.name,
        "Town": _title_case(brief.voice.town or ""),
    }
    bank: dict[str, list[str]] = templates()["pillars"].get(brief.pillar.key) or templates()["pillars"]["education"]
    options = [t for t in (_fill(o, slots) for o in bank.get("title", ["{Label}"])) if t and t.strip()]
    title = rng.choice(options) if options else label
    with_org = f"{title} | {brief.voice.name}"
    if brief.voice.name not in title and len(with_org) <= limit:
        return with_org
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"]
)


def _title_case(text: str) -> str:
    words = text.split()
    out = []
    for index, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            out.append(word)
        elif index > 0 and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
