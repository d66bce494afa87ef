"""Button ids and values: what a click carries back, decoded into the same requests words become.

A button value holds at most 2000 characters, so a value is compact JSON with what the request needs. A post
text too long for a value (rare: long LinkedIn or YouTube texts) is kept in this process under a key instead;
a click that reaches another instance after a restart is told to draft again (see the README's known gaps).
Values are only ever made by us and reach us in signed requests; the service guardrails the text again anyway.
"""

from __future__ import annotations

import json
import secrets
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from bot.intents import (
    CalendarIntent,
    DraftIntent,
    Intent,
    InvalidIntent,
    ReviewAction,
    ReviewIntent,
    SubmitIntent,
    canonical_pillar,
)
from bot.messages import chat as msg
from guardrails.settings import Platform, canonical_platform

if TYPE_CHECKING:
    from bot.replies import DraftReply, PostView

PREFIX = "carepost."
REGENERATE = "carepost.regenerate"
SUBMIT = "carepost.submit"
SWITCH_PILLAR = "carepost.pillar"
APPROVE = "carepost.approve"
REJECT = "carepost.reject"
CHANGES = "carepost.changes"
SUBMIT_CALENDAR = "carepost.calendar_submit"
VALUE_LIMIT = 2000
_DECISIONS: dict[str, ReviewAction] = {APPROVE: "approve", REJECT: "reject", CHANGES: "changes"}
_KEPT_TEXTS: OrderedDict[str, str] = OrderedDict()
_KEEP_AT_MOST = 500


OWNER_BLOCK = "carepost.owner."  # block_id of a draft's button row in a shared message: carepost.owner.<user>.<n>


def is_draft_action(action_id: str) -> bool:
    """The buttons that act on a draft for the person it was made for (not a reviewer's decision buttons)."""
    return action_id in (REGENERATE, SUBMIT) or action_id.startswith(SWITCH_PILLAR + ".")


def with_owner(blocks: list[dict[str, Any]], owner: str) -> list[dict[str, Any]]:
    """A draft posted where others can see it (a thread): each row of draft buttons names its owner in its
    block_id, which Slack sends back with a click, so a click by anyone else is refused (see draft_owner)."""
    stamped = []
    for number, block in enumerate(blocks):
        elements = block.get("elements") or []
        if block.get("type") == "actions" and any(is_draft_action(str(e.get("action_id", ""))) for e in elements):
            block = {**block, "block_id": f"{OWNER_BLOCK}{owner}.{number}"}
        stamped.append(block)
    return stamped


def draft_owner(block_id: str) -> str | None:
    """The Slack user a draft's buttons belong to, or None for a draft shown only to its requester."""
    if not block_id.startswith(OWNER_BLOCK):
        return None
    owner = block_id[len(OWNER_BLOCK) :].rsplit(".", 1)[0]
    return owner or None


def regenerate_value(request: DraftIntent, platform: str | None) -> str:
    """Another variant of one platform's post: each click asks the drafter for the next variant number."""
    data = {"t": request.topic, "pi": request.pillar, "ps": [platform] if platform else [], "v": request.variant + 1}
    return _dump(data)


def switch_value(request: DraftIntent, pillar: str) -> str:
    return _dump({"t": request.topic, "pi": pillar, "ps": [p.value for p in request.platforms]})


def submit_value(reply: DraftReply, post: PostView) -> str:
    data: dict[str, Any] = {"p": post.platform, "pi": reply.pillar, "t": reply.topic, "x": post.text}
    value = _dump(data)
    if len(value) <= VALUE_LIMIT:
        return value
    key = secrets.token_urlsafe(12)
    _KEPT_TEXTS[key] = post.text or ""
    while len(_KEPT_TEXTS) > _KEEP_AT_MOST:
        _KEPT_TEXTS.popitem(last=False)
    data["x"] = None
    data["k"] = key
    data["t"] = reply.topic[:200]
    return _dump(data)


def calendar_submit_value(month: str, platforms: list[str]) -> str:
    """Queue a planned month: the core plans it again (the same month plans the same way) and queues it."""
    return _dump({"m": month, "ps": platforms})


def review_value(item_id: int) -> str:
    return _dump({"id": item_id})


def decode(action_id: str, value: str, comment: str | None = None) -> Intent:
    """The request a click (and, for reject / request changes, the modal's comment) stands for."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    if action_id in (REGENERATE,) or action_id.startswith(SWITCH_PILLAR):
        return _draft(data)
    if action_id == SUBMIT:
        return _submit(data)
    if action_id == SUBMIT_CALENDAR:
        platforms = [p for p in (canonical_platform(str(x)) for x in data.get("ps") or []) if p is not None]
        return CalendarIntent(month=str(data.get("m") or ""), platforms=platforms, submit=True)
    if action_id in (APPROVE, REJECT, CHANGES):
        item_id = data.get("id")
        if not isinstance(item_id, int):
            return InvalidIntent(problem=msg.REVIEW_NEEDS_ID.format(action=action_id.removeprefix(PREFIX)))
        return ReviewIntent(action=_DECISIONS[action_id], item_id=item_id, comment=comment)
    return InvalidIntent(problem=msg.NOT_UNDERSTOOD.format(text=action_id))


def _draft(data: dict[str, Any]) -> Intent:
    topic = str(data.get("t") or "").strip()
    if not topic:
        return InvalidIntent(problem=msg.DRAFT_NO_TOPIC)
    pillar = canonical_pillar(str(data["pi"])) if data.get("pi") else None
    platforms = [p for p in (canonical_platform(str(x)) for x in data.get("ps") or []) if p is not None]
    variant = data.get("v") if isinstance(data.get("v"), int) and data.get("v", 0) > 0 else 0
    return DraftIntent(topic=topic, pillar=pillar, platforms=platforms, variant=variant)


def _submit(data: dict[str, Any]) -> Intent:
    platform: Platform | None = canonical_platform(str(data.get("p") or ""))
    text = data.get("x")
    if text is None and data.get("k"):
        text = _KEPT_TEXTS.get(str(data["k"]))
    if platform is None or not text:
        return InvalidIntent(problem=msg.DRAFT_EXPIRED)
    pillar = str(data["pi"]) if data.get("pi") else None
    return SubmitIntent(platform=platform, text=str(text), pillar=pillar, topic=str(data.get("t") or "") or None)


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
