"""Questions no policy guide answers: how to operate a tool or an account, how our accounts stand right now,
and requests for the assistant to produce something (a caption, a translation).

"How do I change the Facebook profile picture?", "How do I schedule a post in Hootsuite?" or "How do I add an
admin to our LinkedIn page?" share words with the guide (Facebook, post, photo, Hootsuite, page), so retrieval
finds a confident-looking section about them; but the guide says what to post and why, never which buttons to
press. Such a question asks how to *do something to an account or a tool's settings*: an operating verb and the
setting it acts on. A policy question that uses the same verbs ("how do we remove a patient's comment?", "how do
we verify health claims?") names no setting and is answered as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.policy.question import Kind, question_kind

# How to do something, asked of oneself or the team.
_HOW_TO = re.compile(r"\b(how (do|can|would|should) (i|we)|where do (i|we)|how to)\b")
# A verb that operates a tool or an account...
_OPERATE = re.compile(
    r"\b(change|update|add|remove|reset|set ?up|verify|verified|log ?in|sign ?in|access|upload|connect|link|"
    r"download|export|schedule|install|transfer|rename|recover|unlock|edit)\b"
)
# ...and the setting, credential or tool it acts on.
_SETTING = re.compile(
    r"\b(profile (picture|photo|pic)|cover (photo|image)|avatar|admins?|administrators?|passwords?|logins?|"
    r"credentials|settings|username|user ?name|(?:our|the|twitter|x|instagram|tiktok) handle|bio|verification|"
    r"verified|blue (check|tick)|"
    r"two-factor|2fa|hootsuite|sprout social|canva|buffer|scheduler|scheduling tool|page roles?|business manager|"
    r"ad account|pixel)\b"
)


def asks_how_to_operate(question: str) -> bool:
    """Whether the question asks how to operate a tool or change an account's settings (not a policy question)."""
    low = question.lower().replace("\u2019", "'")
    return bool(_HOW_TO.search(low) and _OPERATE.search(low) and _SETTING.search(low))


# A question about how things stand at a moment: "how many likes did our last post get?", "what's our ad budget
# this quarter?", "how many followers do we have right now?". A guide says what to do, not what the numbers are
# today. Only a question that asks for a fact is meant: "someone complained yesterday, what do we do?" asks for
# a procedure and is answered.
_ASKS_FACT = re.compile(r"^\s*(how (many|much)|what|what's|who|when|which)\b")
_MOMENT = re.compile(
    r"\b(right now|currently|so far|to date|today|tonight|yesterday|this (week|weekend|month|quarter|year)|"
    r"last (night|week|weekend|month|quarter|year|post|tweet|campaign)|tomorrow|next (week|weekend|month|quarter|"
    r"year)'?s?)\b"
)
_OURS = re.compile(r"\b(our|we|us)\b|\bthe\b.*\b(post|page|account|campaign|video|tweet|reel)\b")
_FACT_KINDS = frozenset({Kind.AMOUNT, Kind.EFFECT, Kind.WHICH, Kind.PICK, Kind.OTHER})


def asks_for_live_data(question: str) -> bool:
    """Whether the question asks for a fact about how things stand now (our numbers, this quarter's budget)."""
    low = question.lower().replace("\u2019", "'")
    ours = _OURS.search(low) is not None  # "how many organizations use social media today" is a statistic
    return ours and bool(_ASKS_FACT.search(low) and _MOMENT.search(low)) and question_kind(question) in _FACT_KINDS


# A request for the assistant to do a job ("Can you write a caption for our Nurses Week post?", "Translate
# hello into Spanish"), not a question about the policy: drafting is a command of its own, and the guide holds
# no captions or translations.
_TASK = re.compile(
    r"^\s*(?:(?:can|could|would|will) you (?:please )?|please )?(?:write|draft|compose|create|design|translate|book|"
    r"send)\b(?! (?:about|on)\b)(?! (?:me |us )?(?:a |an |the |our )?(?:reply|response|answer)\b)"
    # something to entertain ("tell me a joke"): no guide holds one ("tell me how often to post" asks the guide)
    r"|^\s*(?:(?:can|could|would|will) you (?:please )?|please )?(?:tell|give) (?:me|us) (?:a|another|one more) "
    r"(?:joke|story|riddle|fun fact|poem|pun)s?\b"
)
_ADDRESSED = re.compile(
    r"^\s*(?:(?:can|could|would|will) you|please)\b|^\s*(?:write|draft|compose|translate|book|send|tell|give)\b"
)


def asks_for_a_task(question: str) -> bool:
    """Whether the question asks the assistant to produce something (a caption, a translation, a booking)."""
    low = question.lower().replace("\u2019", "'")
    return _ADDRESSED.search(low) is not None and _TASK.search(low) is not None


# The social platforms a question may be about. A guide that never names the one asked about ("how many times a
# week should we post on TikTok?" of a guide without TikTok) does not answer it: the nearest section is about
# other platforms, and its figures would be quoted as TikTok's. "threads" and "x" are left out: ordinary words
# ("comment threads") before they are platforms.
PLATFORMS = (
    "facebook",
    "instagram",
    "twitter",
    "linkedin",
    "youtube",
    "tiktok",
    "snapchat",
    "pinterest",
    "reddit",
    "whatsapp",
    "bluesky",
    "mastodon",
    "nextdoor",
    "tumblr",
    "twitch",
    "discord",
    "telegram",
    "wechat",
)
_PLATFORM = re.compile(r"\b(" + "|".join(PLATFORMS) + r")\b")


def names_only_unknown_platforms(question: str, guide_names: Callable[[str], bool]) -> bool:
    """Whether the question names a platform and every platform it names is one the guide never mentions.
    `guide_names` says whether the guide's text holds a platform's name (its canonical term)."""
    named = set(_PLATFORM.findall(question.lower()))
    return bool(named) and not any(guide_names(name) for name in named)
