"""Block Kit layout of a dispatch Reply. Layout only: every sentence comes from bot.messages.

Slack's limits shape this module: a section's text holds at most 3000 characters (longer posts are split
over several sections), a message holds at most 50 blocks, a button's value at most 2000 characters. Post
texts go out as plain_text so that a `*` or `_` in a post is shown as typed, not turned into formatting.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.slack.actions import (
    APPROVE,
    CHANGES,
    REGENERATE,
    REJECT,
    SUBMIT,
    SWITCH_PILLAR,
    regenerate_value,
    review_value,
    submit_value,
    switch_value,
)
from bot.intents import PILLARS
from bot.messages import chat as msg
from bot.messages import slack as slack_msg
from bot.messages.common import VERDICT_BADGE, VERDICT_EMOJI
from bot.messages.drafting import NEEDS_FACTS_EMOJI
from bot.replies import (
    AdvocacyReply,
    AnswerReply,
    CalendarReply,
    CheckReply,
    CommentReply,
    DraftReply,
    ErrorReply,
    HelpReply,
    NotQueuedReply,
    PostView,
    Reply,
    ReviewItemReply,
    ReviewListReply,
    platform_label,
)
from bot.review.models import ReviewItem

Block = dict[str, Any]
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
MAX_BLOCKS = 50


def render(reply: Reply) -> tuple[str, list[Block]]:
    """(fallback text for notifications, blocks) for the person who asked."""
    if isinstance(reply, DraftReply) and reply.refusal is not None:
        reply = ErrorReply(message=reply.refusal, problem="refused")  # a refused topic reads as an error
    if isinstance(reply, DraftReply):
        return _title(reply), _draft(reply)
    if isinstance(reply, CheckReply):
        title = msg.CHECK_TITLE.format(
            platform=f" ({platform_label(reply.post.platform)})" if reply.post.platform else ""
        )
        return title, [_header(title), *_post(reply.post, buttons=[])]
    if isinstance(reply, NotQueuedReply):
        return reply.note, [_mrkdwn(f":no_entry: {_esc(reply.note)}"), *_post(reply.post, buttons=[])]
    if isinstance(reply, AnswerReply):
        return reply.answer[:200], _answer(reply)
    if isinstance(reply, ReviewItemReply):
        lead = [_mrkdwn(_esc(reply.note))] if reply.note else []
        return reply.note or _item_title(reply.item), [*lead, *_item(reply.item)]
    if isinstance(reply, ReviewListReply):
        return _review_list(reply)
    if isinstance(reply, AdvocacyReply):
        return _advocacy(reply)
    if isinstance(reply, HelpReply):
        return reply.title, _help(reply)
    if isinstance(reply, CalendarReply):
        from bot.adapters.slack.calendar import calendar_blocks

        return calendar_blocks(reply, attached=False)
    if isinstance(reply, CommentReply):
        from bot.adapters.slack.reply_blocks import reply_blocks

        return reply_blocks(reply)
    assert isinstance(reply, ErrorReply)
    return reply.message, [_mrkdwn(f":warning: {_esc(reply.message)}")]


def reviewer_message(item: ReviewItem, *, group: str | None = None) -> tuple[str, list[Block]]:
    """What reviewers receive on submission: the item and approve / reject / request-changes buttons."""
    intro = slack_msg.REVIEWER_NOTICE_GROUP.format(group=group) if group else slack_msg.REVIEWER_NOTICE
    who = f"<@{item.submitted_by}>" if item.submitted_via == "slack" else _esc(item.submitted_by)
    blocks = [
        _header(slack_msg.REVIEWER_NOTICE),
        _mrkdwn(f"{intro}\n{msg.REVIEW_REQUESTED.format(who=who, platform=platform_label(item.platform))}"),
        *_item(item),
    ]
    blocks.append(_decision_buttons(item.id))
    return slack_msg.REVIEWER_NOTICE, blocks


def _decision_buttons(item_id: int) -> Block:
    value = review_value(item_id)
    return {
        "type": "actions",
        "block_id": f"carepost.review.{item_id}",
        "elements": [
            _button(msg.BUTTON_APPROVE, APPROVE, value, style="primary"),
            _button(msg.BUTTON_REJECT, REJECT, value, style="danger"),
            _button(msg.BUTTON_CHANGES, CHANGES, value),
        ],
    }


def decided_message(item: ReviewItem, note: str) -> tuple[str, list[Block]]:
    """The reviewer message once decided: the same item, the decision, no buttons left to click twice."""
    return note, [_mrkdwn(f":white_check_mark: {_esc(note)}"), *_item(item)]


def comment_modal(action: str, item_id: int, metadata: str) -> dict[str, Any]:
    """The modal that asks a reviewer why, for reject and request changes (a comment is required)."""
    return {
        "type": "modal",
        "callback_id": "carepost.comment",
        "private_metadata": metadata,
        "title": {"type": "plain_text", "text": msg.COMMENT_MODAL_TITLE},
        "submit": {"type": "plain_text", "text": msg.COMMENT_MODAL_SUBMIT},
        "blocks": [
            {
                "type": "input",
                "block_id": "comment",
                "label": {"type": "plain_text", "text": msg.COMMENT_MODAL_LABEL},
                "element": {"type": "plain_text_input", "action_id": "text", "multiline": True},
            }
        ],
    }


# --- drafts and checks ---


def _title(reply: DraftReply) -> str:
    if reply.pillar:
        return msg.DRAFT_TITLE.format(pillar=reply.pillar.replace("-", " ").capitalize(), topic=reply.topic)
    return msg.DRAFT_TITLE_NO_PILLAR.format(topic=reply.topic)


def _draft(reply: DraftReply) -> list[Block]:
    blocks: list[Block] = [_header(_title(reply))]
    if reply.notices:
        notes = "\n".join(_esc(n) for n in reply.notices)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(notes)}]})
    for post in reply.posts:
        buttons = [_button(msg.BUTTON_REGENERATE.format(platform=platform_label(post.platform)), REGENERATE, "")]
        buttons[0]["value"] = regenerate_value(reply.request, post.platform)
        if post.postable and post.text is not None:
            label = msg.BUTTON_SUBMIT.format(platform=platform_label(post.platform))
            buttons.append(_button(label, SUBMIT, submit_value(reply, post), style="primary"))
        blocks.append({"type": "divider"})
        blocks.extend(_post(post, buttons=buttons))
    others = [p for p in PILLARS if p != reply.pillar]
    blocks.append(
        {
            "type": "actions",
            "block_id": "carepost.pillars",
            "elements": [
                _button(f"{msg.BUTTON_SWITCH_PILLAR}: {p}", f"{SWITCH_PILLAR}.{p}", switch_value(reply.request, p))
                for p in others
            ],
        }
    )
    return blocks[:MAX_BLOCKS]


def _post(post: PostView, *, buttons: list[Block]) -> list[Block]:
    facts_badge = post.facts_badge()
    badge = f"{VERDICT_EMOJI[post.verdict]} *{VERDICT_BADGE[post.verdict]}*"
    if facts_badge:  # postable, but not worth posting until someone adds facts: said first
        badge = f"{NEEDS_FACTS_EMOJI} *{facts_badge}*"
    name = f"*{platform_label(post.platform)}*  " if post.platform else ""
    blocks: list[Block] = [_mrkdwn(f"{name}{badge}\n{post.length_note()}")]
    if post.text is not None:
        blocks.extend(_plain_sections(post.text))
    elif post.preview is not None:
        blocks.append(_mrkdwn(f"*{msg.REDACTED_PREVIEW}*"))
        blocks.extend(_plain_sections(post.preview))
    notes = [msg.FINDING.format(rule=f"`{f.rule}`", message=_esc(f.message)) for f in post.findings] or [
        msg.NO_FINDINGS
    ]
    if post.title:
        notes.append(msg.TITLE.format(title=_esc(post.title)))
    if post.alt_text:
        notes.append(msg.ALT_TEXT.format(alt_text=_esc(post.alt_text)))
    if post.visual:
        notes.append(msg.VISUAL.format(visual=_esc(post.visual)))
    if post.frequency:
        notes.append(msg.FREQUENCY.format(frequency=_esc(post.frequency)))
    if post.hashtags:
        notes.append(msg.HASHTAGS.format(hashtags=" ".join(post.hashtags)))
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _cut("\n".join(notes))}]})
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    return blocks


# --- answers, review, advocacy, help ---


def _answer(reply: AnswerReply) -> list[Block]:
    blocks: list[Block] = [_mrkdwn(_esc(reply.answer))]
    if reply.notices:
        notes = "\n".join(_esc(n) for n in reply.notices)
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(notes)}]})
    for citation in reply.citations[:10]:
        section = citation.section or ""
        template = msg.CITATION if citation.quote else msg.CITATION_NO_QUOTE
        line = template.format(source=_esc(citation.source), section=_esc(section), quote=_esc(citation.quote or ""))
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(line)}]})
    return blocks


def _item_title(item: ReviewItem) -> str:
    return msg.REVIEW_ITEM_TITLE.format(
        id=item.id, platform=platform_label(item.platform), state=item.state.value.replace("_", " ")
    )


def _item(item: ReviewItem) -> list[Block]:
    blocks: list[Block] = [_mrkdwn(f"*{_esc(_item_title(item))}*"), *_plain_sections(item.text)]
    notes = [
        msg.FINDING.format(rule=f"`{f.get('rule')}`", message=_esc(str(f.get("message", "")))) for f in item.findings
    ]
    if item.comment:
        notes.append(msg.REVIEW_COMMENT.format(comment=_esc(item.comment)))
    if notes:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _cut("\n".join(notes))}]})
    return blocks


def _review_list(reply: ReviewListReply) -> tuple[str, list[Block]]:
    state = f" ({reply.state.replace('_', ' ')})" if reply.state else ""
    if not reply.items:
        text = msg.REVIEW_LIST_EMPTY.format(state=state)
        return text, [_mrkdwn(text)]
    title = msg.REVIEW_LIST_TITLE.format(state=state)
    blocks: list[Block] = [_header(title)]
    for item in reply.items[: (MAX_BLOCKS - 1) // 2]:
        blocks.append(_mrkdwn(f"*{_esc(_item_title(item))}*\n{_esc(_short(item.text))}"))
        if item.state == "submitted":  # reviewers decide from the list; the desk refuses anyone else
            blocks.append(_decision_buttons(item.id))
    return title, blocks


def _advocacy(reply: AdvocacyReply) -> tuple[str, list[Block]]:
    platform = f" ({platform_label(reply.platform)})" if reply.platform else ""
    if not reply.items:
        text = msg.ADVOCACY_EMPTY.format(platform=platform)
        return text, [_mrkdwn(text)]
    title = msg.ADVOCACY_TITLE.format(platform=platform)
    hint = {"type": "context", "elements": [{"type": "mrkdwn", "text": msg.ADVOCACY_SHARE_HINT}]}
    blocks: list[Block] = [_header(title), hint]
    for item in reply.items[:10]:
        blocks.append({"type": "divider"})
        blocks.extend(_plain_sections(item.text))
        line = msg.ADVOCACY_ITEM.format(
            id=item.id, platform=platform_label(item.platform), approved_by=_esc(item.approved_by)
        )
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": line}]})
    return title, blocks[:MAX_BLOCKS]


def _help(reply: HelpReply) -> list[Block]:
    rows = "\n".join(f"• `{_esc(example)}`: {_esc(what)}" for example, what in reply.rows)
    return [_header(reply.title), _mrkdwn(_esc(reply.intro)), _mrkdwn(rows)]


# --- small pieces ---


def _header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, HEADER_LIMIT), "emoji": True}}


def _mrkdwn(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text)}}


def _plain_sections(text: str) -> list[Block]:
    chunks = [text[i : i + SECTION_LIMIT] for i in range(0, len(text), SECTION_LIMIT)] or [" "]
    return [{"type": "section", "text": {"type": "plain_text", "text": chunk, "emoji": True}} for chunk in chunks]


def _button(text: str, action_id: str, value: str, *, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": _cut(text, 75), "emoji": True},
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _esc(text: str) -> str:
    """Slack's three control characters in mrkdwn."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int = SECTION_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return _cut(flat, limit)
