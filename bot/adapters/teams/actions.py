"""What an Adaptive Card button carries, and the request it stands for when Teams sends it back.

A button's `data` is the request itself (a bot.intents model as JSON) under one key; Teams returns it as the
`value` of a message activity, with the values of any inputs on the card merged in (the reviewer's comment).
Decoding validates it like any other input: a card is our own, but the activity that carries it is not.

A draft's buttons also name the person the draft was made for (`carepost_owner`): a draft card in a team
channel is seen by everyone there, and only its owner may submit it, regenerate it or switch its pillar.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from bot.intents import DraftIntent, Intent, InvalidIntent, PublishIntent, ReviewAction, ReviewIntent, SubmitIntent
from bot.messages import chat as msg
from bot.replies import Actor, DraftReply, PostView
from guardrails.settings import canonical_platform

ACTION_KEY = "carepost"
COMMENT_FIELD = "carepost_comment"
OWNER_KEY = "carepost_owner"
_INTENT: TypeAdapter[Intent] = TypeAdapter(Intent)


def intent_data(intent: Intent, owner: Actor | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {ACTION_KEY: intent.model_dump(mode="json")}
    if owner is not None:
        data[OWNER_KEY] = {"id": owner.id, "name": owner.display_name or owner.id}
    return data


def regenerate_data(request: DraftIntent, platform: str | None, owner: Actor | None = None) -> dict[str, Any]:
    resolved = canonical_platform(platform) if platform else None
    platforms = [resolved] if resolved else list(request.platforms)
    return intent_data(DraftIntent(topic=request.topic, pillar=request.pillar, platforms=platforms), owner)


def switch_data(request: DraftIntent, pillar: str, owner: Actor | None = None) -> dict[str, Any]:
    return intent_data(DraftIntent(topic=request.topic, pillar=pillar, platforms=list(request.platforms)), owner)


def submit_data(reply: DraftReply, post: PostView, owner: Actor | None = None) -> dict[str, Any]:
    platform = canonical_platform(post.platform or "")
    if platform is None or post.text is None:
        raise ValueError("only a postable post with a platform can be submitted")
    submit = SubmitIntent(platform=platform, text=post.text, pillar=reply.pillar, topic=reply.topic)
    return intent_data(submit, owner)


def not_the_owner(value: object, actor: Actor) -> str | None:
    """The owner's name when a draft button was clicked by someone else; None when the click may go ahead
    (no owner on the button, as on cards sent before owners were recorded, or the owner clicked)."""
    if not isinstance(value, dict):
        return None
    owner = value.get(OWNER_KEY)
    if not isinstance(owner, dict) or not isinstance(owner.get("id"), str) or owner["id"] == actor.id:
        return None
    name = owner.get("name")
    return name if isinstance(name, str) and name.strip() else str(owner["id"])


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
