"""Plain words -> one request, the same for Slack, Teams and the terminal.

People type "draft an instagram post about heat stroke", "/draft education flu shots on x, linkedin",
"check this: ...", "can I share a patient's photo?", "approve 12", "advocacy linkedin". Each surface hands
the words (and, for slash commands, the command it came from) to `parse`, then the request to
`CarePost.handle`. Parsing is deliberately rule-based: it is cheap, deterministic, testable, and a
misread costs one retyped line; anything that is not clearly another request and reads like a question goes
to the policy Q&A, which says plainly when the guide does not cover it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.messages import calendar as calendar_msg
from bot.messages import chat as msg
from bot.messages import replies as replies_msg
from guardrails.settings import Platform, canonical_platform

if TYPE_CHECKING:
    from bot.replies import DraftReply

PILLARS = ("education", "community", "promotion", "thought-leadership")
PILLAR_ALIASES: dict[str, str] = {
    "edu": "education",
    "educational": "education",
    "health-education": "education",
    "tips": "education",
    "awareness": "education",
    "community": "community",
    "events": "community",
    "event": "community",
    "culture": "community",
    "promo": "promotion",
    "promotional": "promotion",
    "services": "promotion",
    "service": "promotion",
    "thought": "thought-leadership",
    "thoughtleadership": "thought-leadership",
    "thought-leader": "thought-leadership",
    "leadership": "thought-leadership",
    "research": "thought-leadership",
    "tl": "thought-leadership",
}


class Request(BaseModel):
    model_config = ConfigDict(frozen=True)


class DraftIntent(Request):
    kind: Literal["draft"] = "draft"
    topic: str
    pillar: str | None = Field(default=None, description="Canonical pillar; None: the default pillar (education).")
    platforms: list[Platform] = Field(default_factory=list, description="Empty: the defaults from app.yaml.")
    variant: int = Field(default=0, ge=0, description="> 0: regenerate the one platform as this variant.")


class CheckIntent(Request):
    kind: Literal["check"] = "check"
    text: str
    platform: Platform | None = None


class AskIntent(Request):
    kind: Literal["ask"] = "ask"
    question: str


ReviewAction = Literal["list", "show", "approve", "reject", "changes", "audit"]


class ReviewIntent(Request):
    kind: Literal["review"] = "review"
    action: ReviewAction
    item_id: int | None = None
    comment: str | None = None
    state: str | None = Field(default="submitted", description="`list` only: the state shown; None: every item.")
    command_line: bool = Field(default=False, description="Built by `carepost review`: hints name commands, not words.")


class SubmitIntent(Request):
    """Put one drafted post in the review queue (from a button; the text is guardrailed again on submit)."""

    kind: Literal["submit"] = "submit"
    platform: Platform
    text: str
    pillar: str | None = None
    topic: str | None = None


class AdvocacyIntent(Request):
    kind: Literal["advocacy"] = "advocacy"
    platform: Platform | None = None
    pick: bool = Field(default=False, description="One item to share now ('give me something'), not the list.")
    pillar: str | None = Field(default=None, description="Only items of this content pillar.")


class CalendarIntent(Request):
    """Plan a month of posts ("plan March", "/calendar 2027-03 on facebook, x"); `submit` queues the slots too."""

    kind: Literal["calendar"] = "calendar"
    month: str = Field(description="As typed (YYYY-MM or a month name); the core resolves and checks it.")
    platforms: list[Platform] = Field(default_factory=list, description="Empty: every platform app.yaml plans.")
    submit: bool = False


class PublishIntent(Request):
    """Record that an approved advocacy item went out (`carepost advocacy publish`); guardrailed again first."""

    kind: Literal["publish"] = "publish"
    item_id: int
    where: str = Field(default="", description="Where it went out; empty: the item's platform.")


class ReplyIntent(Request):
    """Draft replies to a pasted comment or review ("reply to: ...", "/reply google: ..."). `channel` is as typed
    (google, yelp, x...): the core checks it; None: a reply for each main channel."""

    kind: Literal["reply"] = "reply"
    comment: str
    channel: str | None = None


class HelpIntent(Request):
    kind: Literal["help"] = "help"


class InvalidIntent(Request):
    """Words we could not turn into a request: `problem` is a sentence telling the person what to type."""

    kind: Literal["invalid"] = "invalid"
    problem: str


Intent = Annotated[
    DraftIntent
    | CheckIntent
    | AskIntent
    | ReviewIntent
    | SubmitIntent
    | AdvocacyIntent
    | CalendarIntent
    | PublishIntent
    | ReplyIntent
    | HelpIntent
    | InvalidIntent,
    Field(discriminator="kind"),
]

Command = Literal["draft", "check", "ask", "policy", "carepost", "review", "advocacy", "calendar", "reply", "help"]

_MENTION = re.compile(r"^\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>|@carepost\b|carepost\b)[\s,:]*", re.IGNORECASE)
_PLATFORM_WORD = r"(?:facebook|fb|x|twitter|tweet|instagram|insta|ig|linkedin|threads|youtube|yt)"
_PLATFORM_LIST = rf"{_PLATFORM_WORD}(?:\s*(?:,|and|&|/|\+)\s*{_PLATFORM_WORD})*"
# Networks CarePost has no profile for: named after "on", they are a mistake to report, not part of the topic.
_OTHER_NETWORKS = r"(?:tiktok|pinterest|snapchat|mastodon|bluesky|reddit|whatsapp|nextdoor|tumblr)"
_ANY_NETWORK = rf"(?:{_PLATFORM_WORD}|{_OTHER_NETWORKS})"
_TRAILING_NETWORKS = re.compile(
    rf"\s+(?:on|for|to)\s+(?P<list>{_ANY_NETWORK}(?:\s*(?:,|and|&|/|\+)\s*{_ANY_NETWORK})*)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_TRAILING_PLATFORMS = re.compile(rf"\s+(?:on|for|to)\s+(?P<list>{_PLATFORM_LIST})\s*[.!]?\s*$", re.IGNORECASE)
_POST_KIND = re.compile(
    rf"^(?:(?:an?|some|the|one)\s+)?(?P<list>{_PLATFORM_LIST})?\s*(?P<kind>posts?|captions?|updates?|tweets?)"
    r"\s+(?:about|on|for|re)\s+",
    re.IGNORECASE,
)
_DRAFT_VERB = re.compile(r"^(?:please\s+)?(?:draft|write|create|make|compose)\b[\s:]*", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:(?:a|an|some)\s+)?(?:posts?\s+)?(?:about|on)\s+", re.IGNORECASE)
_CHECK = re.compile(
    rf"^(?:please\s+)?(?:check|scan|review\s+this|is\s+this\s+ok(?:ay)?|can\s+i\s+post\s+this)"
    rf"(?:\s+this)?(?:\s+(?:for|on)\s+(?P<platform>{_PLATFORM_WORD}))?\s*[:\-—]\s*(?P<text>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_CHECK_BARE = re.compile(r"^check\s+(?P<text>.+)$", re.IGNORECASE | re.DOTALL)
_REVIEW = re.compile(
    r"^(?P<verb>approve|reject|decline|request\s+changes(?:\s+(?:on|to|for))?|changes|send\s+back|show|review)"
    r"\s+(?:item\s+)?#?(?P<id>\d+)\b\s*[:,\-—]?\s*(?:because\s+)?(?P<comment>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_REVIEW_VERB_ONLY = re.compile(r"^(?P<verb>approve|reject|request\s+changes|changes)\s*$", re.IGNORECASE)
_REVIEW_LIST = re.compile(r"^(?:review(?:\s+(?:list|queue))?|queue|list\s+reviews?|pending\s+reviews?)\s*[?.!]?$", re.I)
_ADVOCACY = re.compile(
    r"^(?:advocacy\b|(?:give|show|send|find)\s+me\s+(?:something|anything|a\s+post|posts?)\s+to\s+share\b|"
    r"(?:what|anything|something)\s+(?:can\s+i|to|i\s+can)\s+share\b|share\s+ideas?\b)",
    re.IGNORECASE,
)
_ADVOCACY_PICK = re.compile(r"^(?:give|send|find)\s+me\s+(?:something|a\s+post)\b", re.IGNORECASE)
_MONTH_WORD = (
    r"(?:\d{4}[-/.]\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*,?\s*\d{4})?)"
)
_CALENDAR = re.compile(
    r"^(?:please\s+)?(?:plan|schedule|(?:content\s+)?calendar)\b(?:\s+(?:the|a|my|our))?"
    r"(?:\s+(?:content\s+)?(?:calendar|posts))?(?:\s+(?:for|of|in))?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CALENDAR_SUBMIT = re.compile(
    r"(?:\s*,?\s*(?:and\s+)?(?:submit|queue)(?:\s+(?:it|them|all))?(?:\s+for\s+review)?)\s*[.!]?$", re.I
)
# "reply to: ...", "reply to this review on google: ...", "draft a reply: ...": the comment follows the colon.
_REPLY_CHANNEL = r"(?:google|yelp|healthgrades|facebook|fb|instagram|ig|x|twitter|linkedin|threads|youtube|tiktok)"
_REPLY = re.compile(
    rf"^(?:please\s+)?(?:(?:draft|write)\s+(?:a\s+)?)?(?:reply|respond|answer)(?:\s+to)?(?:\s+(?:this|a|the))?"
    rf"(?:\s+(?:comment|review|post|message))?(?:\s+(?:on|for|from)\s+(?P<channel>{_REPLY_CHANNEL}))?"
    r"\s*[:\-—]\s*(?P<text>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_REPLY_LEADING_CHANNEL = re.compile(
    rf"^(?:(?:on|for|from)\s+)?(?P<channel>{_REPLY_CHANNEL})\s*[:\-—]\s*(?P<text>.+)$", re.IGNORECASE | re.DOTALL
)
_HELP = re.compile(r"^(?:help|\?|commands|what\s+can\s+you\s+do\??|how\s+do\s+i\s+use\s+(?:you|this)\??)\s*$", re.I)
_GREETING = re.compile(r"^(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you)\W*$", re.I)
_QUESTION_START = re.compile(
    r"^(?:can|could|may|should|is|are|am|do|does|did|what|how|when|where|who|whom|which|why|must|are\s+we|"
    r"policy|ask)\b",
    re.IGNORECASE,
)


def parse(text: str, command: Command | None = None) -> Intent:
    """The request these words ask for. `command` is the slash command they came with, if any."""
    words = _clean(text)
    if command not in (None, "carepost") and _HELP.match(words):
        return HelpIntent()  # `/draft help`, `/check ?`: the person wants the menu, not a post about "help"
    if command in ("draft",):
        return parse_draft(words)
    if command == "check":
        return CheckIntent(text=words) if words else InvalidIntent(problem=msg.CHECK_NO_TEXT)
    if command in ("ask", "policy"):
        return AskIntent(question=words) if words else InvalidIntent(problem=msg.ASK_NO_QUESTION)
    if command == "help":
        return HelpIntent()
    if command == "review":
        return _parse_review(words) or ReviewIntent(action="list")
    if command == "advocacy":
        return AdvocacyIntent(platform=_first_platform(words), pillar=_pillar_named(words))
    if command == "calendar":
        return parse_calendar(words)
    if command == "reply":
        return parse_reply(words)
    return _parse_words(words)


def _parse_words(words: str) -> Intent:
    if not words or _HELP.match(words) or _GREETING.match(words):
        return HelpIntent()
    match = _CHECK.match(words) or _CHECK_BARE.match(words)
    if match:
        platform_word = match.groupdict().get("platform")
        platform = canonical_platform(platform_word) if platform_word else None
        return CheckIntent(text=match.group("text").strip(), platform=platform)
    reply = _REPLY.match(words)
    if reply:
        return ReplyIntent(comment=reply.group("text").strip(), channel=reply.group("channel"))
    review = _parse_review(words)
    if review is not None:
        return review
    if _ADVOCACY.match(words):
        return AdvocacyIntent(
            platform=_first_platform(words), pick=bool(_ADVOCACY_PICK.match(words)), pillar=_pillar_named(words)
        )
    calendar = _CALENDAR.match(words)
    if calendar and re.match(rf"^{_MONTH_WORD}\b", calendar.group("rest"), re.IGNORECASE):
        return parse_calendar(calendar.group("rest"))
    verb = _DRAFT_VERB.match(words)
    if verb:
        return parse_draft(words[verb.end() :])
    if words.lower().startswith("ask "):
        return AskIntent(question=words[4:].strip())
    if words.rstrip().endswith("?") or _QUESTION_START.match(words) or len(words.split()) >= 3:
        return AskIntent(question=words)
    return InvalidIntent(problem=msg.NOT_UNDERSTOOD.format(text=words[:80]))


def parse_draft(words: str) -> Intent:
    """`[pillar] <topic> [on <platform>, <platform>]`, or plain words: `an instagram post about heat stroke`."""
    rest = words.strip()
    platforms: list[Platform] = []
    unknown = _unknown_network(rest)
    if unknown is not None:
        return InvalidIntent(
            problem=msg.UNKNOWN_PLATFORM.format(name=unknown, valid=", ".join(p.value for p in Platform))
        )
    trailing = _TRAILING_PLATFORMS.search(rest)
    if trailing:
        platforms = _platforms(trailing.group("list"))
        rest = rest[: trailing.start()].strip()
    pillar, rest = _leading_pillar(rest)
    kind = _POST_KIND.match(rest)
    if kind:
        named = _platforms(kind.group("list") or "")
        if kind.group("kind").lower().startswith("tweet") and Platform.X not in named:
            named.append(Platform.X)  # "a tweet about ..." is an X post
        platforms = _merge(named, platforms)
        rest = rest[kind.end() :]
    else:
        about = _ABOUT.match(rest)
        if about:
            rest = rest[about.end() :]
    if pillar is None:
        pillar, rest = _trailing_pillar(rest)
    topic = rest.strip(" .!:;,-—\"'")
    if not topic:
        return InvalidIntent(problem=msg.DRAFT_NO_TOPIC)
    return DraftIntent(topic=topic, pillar=pillar, platforms=platforms)


def parse_calendar(words: str) -> Intent:
    """`2027-03`, `March on facebook, x`, `march 2027 and submit`: the month is checked by the core, not here."""
    rest = words.strip()
    submit = _CALENDAR_SUBMIT.search(rest)
    if submit:
        rest = rest[: submit.start()].strip()
    unknown = _unknown_network(rest)
    if unknown is not None:
        return InvalidIntent(
            problem=msg.UNKNOWN_PLATFORM.format(name=unknown, valid=", ".join(p.value for p in Platform))
        )
    platforms: list[Platform] = []
    trailing = _TRAILING_PLATFORMS.search(rest)
    if trailing:
        platforms = _platforms(trailing.group("list"))
        rest = rest[: trailing.start()].strip()
    month = rest.strip(" .!:;,-—\"'")
    if not month:
        return InvalidIntent(problem=calendar_msg.NO_MONTH)
    return CalendarIntent(month=month, platforms=platforms, submit=bool(submit))


def parse_reply(words: str) -> Intent:
    """`/reply [google:] <the comment>`: an optional channel before a colon, then the comment as pasted."""
    rest = words.strip()
    leading = _REPLY_LEADING_CHANNEL.match(rest)
    if leading:
        return ReplyIntent(comment=leading.group("text").strip(), channel=leading.group("channel"))
    worded = _REPLY.match(rest)
    if worded:
        return ReplyIntent(comment=worded.group("text").strip(), channel=worded.group("channel"))
    if not rest:
        return InvalidIntent(problem=replies_msg.NO_COMMENT)
    return ReplyIntent(comment=rest)


def _unknown_network(rest: str) -> str | None:
    """`... on tiktok` or `... on instagram, pinterest`: the first network named that CarePost cannot draft for."""
    match = _TRAILING_NETWORKS.search(rest)
    if not match:
        return None
    for word in re.findall(_ANY_NETWORK, match.group("list"), re.IGNORECASE):
        if canonical_platform(word) is None:
            return str(word).lower()
    return None


def _pillar_alternatives() -> str:
    """Every pillar name and alias, longest first, with "-" also matching a space ("thought leadership")."""
    words = sorted({*PILLARS, *PILLAR_ALIASES}, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\-", "[- ]?") for word in words)


_PILLAR_WORD = re.compile(rf"\b({_pillar_alternatives()})\b", re.IGNORECASE)


def _pillar_named(words: str) -> str | None:
    """A content pillar named anywhere in the words ("advocacy linkedin community"), by name or alias."""
    found = _PILLAR_WORD.search(words)
    return canonical_pillar(found.group(1).replace(" ", "-")) if found else None


def canonical_pillar(word: str) -> str | None:
    """A pillar word as typed -> the pillar key: our chat aliases, then the content model's own aliases."""
    key = "-".join(word.strip().lower().replace("_", "-").split())
    if key in PILLARS:
        return key
    if key in PILLAR_ALIASES:
        return PILLAR_ALIASES[key]
    return _content_aliases().get(key)


@lru_cache(maxsize=1)
def _content_aliases() -> dict[str, str]:
    """Aliases from bot/drafting/data/content.yaml, so that a word the drafter accepts is a pillar here too."""
    from bot.drafting.content import builtin_content

    return {
        "-".join(alias.lower().split()): key
        for key, spec in builtin_content().pillars.items()
        for alias in (key, *spec.aliases)
    }


def _leading_pillar(rest: str) -> tuple[str | None, str]:
    """`education flu shots`, `pillar: community 5K`, `thought leadership AI in radiology`."""
    labelled = re.match(r"^pillar\s*[:=]?\s*(?P<word>[\w-]+(?:\s+leadership)?)\s*[,:]?\s*", rest, re.IGNORECASE)
    if labelled:
        pillar = canonical_pillar(labelled.group("word"))
        if pillar:
            return pillar, rest[labelled.end() :]
    two = re.match(r"^(?P<word>thought[\s-]+leadership)\b[\s:,]*", rest, re.IGNORECASE)
    if two:
        return "thought-leadership", rest[two.end() :]
    one = re.match(r"^(?P<word>[\w-]+)\b[\s:,]*", rest)
    if one:
        pillar = canonical_pillar(one.group("word"))
        # A lone pillar word with nothing after it is the topic ("draft community"), not a pillar.
        if pillar and rest[one.end() :].strip():
            return pillar, rest[one.end() :]
    return None, rest


def _trailing_pillar(rest: str) -> tuple[str | None, str]:
    """`heat stroke as education`, `5K fun run (community)`, `flu shots, pillar education`."""
    match = re.search(
        r"(?:\s*,?\s+(?:as\s+(?:an?\s+)?|pillar[:\s]+)|\s*\()(?P<word>[\w-]+(?:\s+leadership)?)\)?(?:\s+(?:post|pillar))?\s*$",
        rest,
        re.IGNORECASE,
    )
    if match:
        pillar = canonical_pillar(match.group("word"))
        if pillar:
            return pillar, rest[: match.start()]
    return None, rest


def _parse_review(words: str) -> ReviewIntent | InvalidIntent | None:
    if _REVIEW_LIST.match(words):
        return ReviewIntent(action="list")
    bare = _REVIEW_VERB_ONLY.match(words)
    if bare:
        return InvalidIntent(problem=msg.REVIEW_NEEDS_ID.format(action=bare.group("verb").lower()))
    match = _REVIEW.match(words)
    if not match:
        return None
    verb = re.sub(r"\s+", " ", match.group("verb").lower())
    action: ReviewAction
    if verb == "approve":
        action = "approve"
    elif verb in ("reject", "decline"):
        action = "reject"
    elif verb in ("show", "review"):
        action = "show"
    else:
        action = "changes"
    comment = match.group("comment").strip() or None
    return ReviewIntent(action=action, item_id=int(match.group("id")), comment=comment)


def _platforms(listing: str) -> list[Platform]:
    found: list[Platform] = []
    for word in re.findall(_PLATFORM_WORD, listing, re.IGNORECASE):
        platform = canonical_platform(word)
        if platform is not None and platform not in found:
            found.append(platform)
    return found


def _first_platform(words: str) -> Platform | None:
    for word in re.findall(rf"\b{_PLATFORM_WORD}\b", words, re.IGNORECASE):
        platform = canonical_platform(word)
        if platform is not None:
            return platform
    return None


def _merge(first: list[Platform], second: list[Platform]) -> list[Platform]:
    return first + [p for p in second if p not in first]


def _clean(text: str) -> str:
    """Drop a leading @mention and Slack's link markup (<https://x|x> -> x), collapse spaces."""
    words = _MENTION.sub("", text or "", count=1)
    words = re.sub(r"<(?:https?|mailto):[^|>]+\|([^>]+)>", r"\1", words)
    words = re.sub(r"<((?:https?|mailto):[^>]+)>", r"\1", words)
    words = words.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    words = re.sub(r"[ \t]+", " ", words)
    return words.strip()


# Follow-up words about the last drafts, the buttons of a surface that has none (the terminal).
_SUBMIT_LAST = re.compile(
    r"^\s*submit\s+(?:the\s+)?(?P<platform>\w+)(?:\s+(?:post|draft))?(?:\s+for\s+review)?\s*$", re.IGNORECASE
)
_REGENERATE_LAST = re.compile(
    r"^\s*(?:regenerate|redo|again)\s+(?:the\s+)?(?P<platform>\w+)(?:\s+(?:post|draft))?\s*$", re.IGNORECASE
)
_SWITCH_LAST = re.compile(r"^\s*(?:switch|change)\s+(?:pillar\s+)?to\s+(?P<pillar>[\w -]+?)\s*$", re.IGNORECASE)


def parse_follow_up(line: str, last: DraftReply | None) -> Intent | None:
    """`submit x`, `regenerate linkedin`, `switch to community` about the last drafts; None: not a follow-up."""
    submit, again, switch = _SUBMIT_LAST.match(line), _REGENERATE_LAST.match(line), _SWITCH_LAST.match(line)
    if not (submit or again or switch):
        return None
    if last is None:
        return InvalidIntent(problem=msg.TERMINAL_NO_DRAFT)
    if switch:
        pillar = canonical_pillar(switch.group("pillar"))
        if pillar is None:
            return InvalidIntent(problem=msg.TERMINAL_UNKNOWN_PILLAR.format(name=switch.group("pillar")))
        return DraftIntent(topic=last.request.topic, pillar=pillar, platforms=last.request.platforms)
    match = submit or again
    assert match is not None
    platform = canonical_platform(match.group("platform"))
    post = next((p for p in last.posts if platform is not None and p.platform == platform.value), None)
    if platform is None or post is None:
        shown = ", ".join(p.platform or "" for p in last.posts)
        return InvalidIntent(problem=msg.TERMINAL_NO_SUCH_DRAFT.format(name=match.group("platform"), shown=shown))
    if again:
        variant = last.request.variant + 1
        return DraftIntent(topic=last.request.topic, pillar=last.pillar, platforms=[platform], variant=variant)
    if post.text is None:
        from bot.replies import platform_label

        return InvalidIntent(problem=msg.TERMINAL_BLOCKED_SUBMIT.format(platform=platform_label(post.platform)))
    return SubmitIntent(platform=platform, text=post.text, pillar=last.pillar, topic=last.topic)
