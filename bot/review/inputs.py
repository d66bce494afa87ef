"""Turning what people and adapters pass in into what the desk stores: ids, states, channels, identities.

Bad input raises ReviewInputError with a sentence from bot.messages.review (a usage error, not a refusal).
Also here: the report as stored (no PHI anywhere in it) and the hashtags of an approved text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.messages import review as msg
from bot.review.errors import ReviewInputError
from bot.review.identity import normalize_identity
from bot.review.models import Channel, ReviewItem, ReviewState
from guardrails import Report

HASHTAG = re.compile(r"(?<![\w#])#(\w[\w-]*)")


def stored_report(report: Report) -> dict[str, Any]:
    """`Report.safe_dump()` with `fixed_text` made safe too: a PHI finding that no fix removed stays in it."""
    from guardrails.fixes import redact

    data = report.safe_dump()
    if report.fixed_text == report.text:
        data["fixed_text"] = report.redacted_text
    else:
        data["fixed_text"] = redact(report.fixed_text, [f for f in report.remaining if f.is_phi])
    return data


def illegal(item: ReviewItem, action: str, template: str) -> str:
    by = msg.BY.format(who=item.reviewed_by) if item.reviewed_by else ""
    return template.format(id=item.id, state=item.state.value.replace("_", " "), by=by, done=msg.DONE_VERB[action])


def distinct_aliases(who: str, aliases: Sequence[str]) -> list[str]:
    seen = {normalize_identity(who)}
    kept: list[str] = []
    for alias in aliases:
        key = normalize_identity(alias or "")
        if key and key not in seen:
            seen.add(key)
            kept.append(alias.strip())
    return kept


def hashtags(text: str) -> list[str]:
    return list(dict.fromkeys(f"#{tag}" for tag in HASHTAG.findall(text)))


def require_identity(identity: str) -> str:
    value = (identity or "").strip()
    if not value:
        raise ReviewInputError(msg.EMPTY_IDENTITY)
    return value


def parse_channel(channel: str | Channel) -> Channel:
    try:
        return Channel(str(channel).strip().lower())
    except ValueError:
        valid = ", ".join(c.value for c in Channel)
        raise ReviewInputError(msg.UNKNOWN_CHANNEL.format(channel=channel, valid=valid)) from None


def parse_state(state: str | ReviewState) -> ReviewState:
    try:
        return ReviewState(str(state).strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        valid = ", ".join(s.value for s in ReviewState)
        raise ReviewInputError(msg.UNKNOWN_STATE.format(state=state, valid=valid)) from None


def parse_id(item_id: int | str) -> int | None:
    if isinstance(item_id, int):
        return item_id
    value = str(item_id).strip().lstrip("#")
    return int(value) if value.isdigit() and len(value) < 18 else None
