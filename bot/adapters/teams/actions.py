"""What an Adaptive Card button carries, and the request it stands for when Teams sends it back.

A button's `data` is the request itself (a bot.intents model as JSON) under one key; Teams returns it as the
`value` of a message activity, with the values of any inputs on the card merged in (the reviewer's comment).
Decoding validates it like any other input: a card is our own, but the activity that carries it is not.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from bot.intents import DraftIntent, Intent, InvalidIntent, PublishIntent, ReviewAction, ReviewIntent, SubmitIntent
from bot.messages import chat as msg
from bot.replies import DraftReply, PostView
from guardrails.settings import canonical_platform

ACTION_KEY = "carepost"
COMMENT_FIELD = "carepost_comment"
_INTENT: TypeAdapter[Intent] = TypeAdapter(Intent)


def intent_data(intent: Intent) -> dict[str, Any]:
    return {ACTION_KEY: intent.model_dump(mode="json")}


def regenerate_data(request: DraftIntent, platform: str | None) -> dict[str, Any]:
    resolved = canonical_platform(platform) if platform else None
    platforms = [resolved] if resolved else list(request.platforms)
    return intent_data(DraftIntent(topic=request.topic, pillar=request.pillar, platforms=platforms))


def switch_data(request: DraftIntent, pillar: str) -> dict[str, Any]:
    return intent_data(DraftIntent(topic=request.topic, pillar=pillar, platforms=list(request.platforms)))


def submit_data(reply: DraftReply, post: PostView) -> dict[str, Any]:
    platform = canonical_platform(post.platform or "")
    if platform is None or post.text is None:
        raise ValueError("only a postable post with a platform can be submitted")
    return intent_data(SubmitIntent(platform=platform, text=post.text, pillar=reply.pillar, topic=reply.topic))


def review_data(action: ReviewAction, item_id: int) -> dict[str, Any]:
    return intent_data(ReviewIntent(action=action, item_id=item_id))


def decode(value: object) -> Intent | None:
    """The request a click stands for; None when the value is not one of ours (not a CarePost card)."""
    if not isinstance(value, dict) or ACTION_KEY not in value:
        return None
    try:
        intent = _INTENT.validate_python(value[ACTION_KEY])
    except ValidationError:
        return InvalidIntent(problem=msg.DRAFT_EXPIRED)
    if isinstance(intent, PublishIntent):  # no card of ours carries it: publishing is the core's, never a click
        return InvalidIntent(problem=msg.DRAFT_EXPIRED)
    comment = value.get(COMMENT_FIELD)
    if isinstance(intent, ReviewIntent) and isinstance(comment, str) and comment.strip():
        intent = intent.model_copy(update={"comment": comment.strip()})
    return intent
