"""Adaptive Card layout of a dispatch Reply (schema 1.4, what Teams renders). Layout only: every sentence
comes from bot.messages.

Buttons are Action.Submit: Teams sends their `data` back as the `value` of a message activity, which
bot.adapters.teams.actions turns into a request for the same dispatch as typed words. Post texts go in
TextBlocks with wrap on, so a long post is shown whole and can be selected and copied.
"""

from __future__ import annotations

from typing import Any

from bot.adapters.teams import actions
from bot.intents import PILLARS, ReviewAction
from bot.messages import chat as msg
from bot.messages import teams as teams_msg
from bot.messages.common import VERDICT_BADGE, VERDICT_EMOJI
from bot.messages.drafting import NEEDS_FACTS_EMOJI
from bot.replies import (
    Actor,
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
from bot.review.models import AdvocacyItem, ReviewItem, ReviewState
from guardrails import Verdict

Card = dict[str, Any]
Element = dict[str, Any]
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERDICT_COLOR = {Verdict.PASS: "Good", Verdict.WARN: "Warning", Verdict.FIX: "Accent", Verdict.BLOCK: "Attention"}


def card(body: list[Element], actions_: list[Element] | None = None) -> Card:
    out: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": "1.4", "body": body}
    if actions_:
        out["actions"] = actions_
    out["msteams"] = {"width": "Full"}
    return out


def render(
    reply: Reply, *, is_reviewer: bool = False, owner: Actor | None = None, files: dict[str, str] | None = None
) -> Card:
    """The card for the person who asked (`owner`: a draft's buttons are theirs alone). Reviewers get decision
    buttons on submitted items."""
    if isinstance(reply, DraftReply) and reply.refusal is not None:
        reply = ErrorReply(message=reply.refusal, problem="refused")  # a refused topic reads as an error
    if isinstance(reply, DraftReply):
        return _draft(reply, owner)
    if isinstance(reply, CheckReply):
        platform = f" ({platform_label(reply.post.platform)})" if reply.post.platform else ""
        return card([_heading(msg.CHECK_TITLE.format(platform=platform)), *_post(reply.post)])
    if isinstance(reply, NotQueuedReply):
        return card([_text(f"⛔ {reply.note}", color="Attention", weight="Bolder"), *_post(reply.post)])
    if isinstance(reply, AnswerReply):
        return _answer(reply)
    if isinstance(reply, ReviewItemReply):
        lead = [_text(reply.note, weight="Bolder")] if reply.note else []
        return card([*lead, *_item(reply.item)], _review_buttons(reply.item) if is_reviewer else None)
    if isinstance(reply, ReviewListReply):
        return _review_list(reply, is_reviewer=is_reviewer)
    if isinstance(reply, AdvocacyReply):
        return _advocacy(reply)
    if isinstance(reply, HelpReply):
        return _help(reply)
    if isinstance(reply, CalendarReply):
        from bot.adapters.teams.calendar_card import calendar_card

        return calendar_card(reply, files)
    if isinstance(reply, CommentReply):
        from bot.adapters.teams.reply_card import comment_reply_card

        return comment_reply_card(reply)
    assert isinstance(reply, ErrorReply)
    return card([_text(f"⚠️ {reply.message}", color="Attention")])


def reviewer_card(item: ReviewItem) -> Card:
    """What reviewers see when a draft is submitted: the item with approve / reject / request-changes."""
    who = item.submitted_by
    body = [
        _heading(msg.REVIEW_REQUESTED.format(who=who, platform=platform_label(item.platform))),
        *_item(item),
    ]
    return card(body, _review_buttons(item))


def advocacy_card(item: AdvocacyItem, organization: str) -> Card:
    """The proactive post in the advocacy channel: the post, share guidance, hashtags, a copy-friendly block."""
    platform = platform_label(item.platform) or "social media"
    body: list[Element] = [
        _heading(f"📣 {teams_msg.ADVOCACY_NEW_ITEM}: {platform}"),
        _text(
            teams_msg.ADVOCACY_SHARE_GUIDANCE.format(
                approved_by=item.approved_by, platform=platform, organization=organization
            ),
            is_subtle=True,
        ),
        _text(teams_msg.ADVOCACY_COPY_LABEL, weight="Bolder"),
        {
            "type": "Container",
            "style": "emphasis",
            "items": [_text(item.text, font_type="Monospace")],
        },
    ]
    if item.hashtags:
        body.append(_text(msg.HASHTAGS.format(hashtags=" ".join(item.hashtags)), is_subtle=True))
    body.append(_text(msg.ADVOCACY_ITEM.format(id=item.id, platform=platform, approved_by=item.approved_by)))
    return card(body)


# --- pieces ---


def _draft(reply: DraftReply, owner: Actor | None) -> Card:
    title = (
        msg.DRAFT_TITLE.format(pillar=reply.pillar.replace("-", " ").capitalize(), topic=reply.topic)
        if reply.pillar
        else msg.DRAFT_TITLE_NO_PILLAR.format(topic=reply.topic)
    )
    body: list[Element] = [_heading(title)]
    body.extend(_text(notice, is_subtle=True) for notice in reply.notices)
    for post in reply.posts:
        buttons = [
            _submit(
                msg.BUTTON_REGENERATE.format(platform=platform_label(post.platform)),
                actions.regenerate_data(reply.request, post.platform, owner),
            )
        ]
        if post.postable and post.text is not None and post.platform:
            buttons.append(
                _submit(
                    msg.BUTTON_SUBMIT.format(platform=platform_label(post.platform)),
                    actions.submit_data(reply, post, owner),
                    style="positive",
                )
            )
        body.append({"type": "Container", "separator": True, "spacing": "Large", "items": _post(post)})
        body.append({"type": "ActionSet", "actions": buttons})
    switches = [
        _submit(f"{msg.BUTTON_SWITCH_PILLAR}: {pillar}", actions.switch_data(reply.request, pillar, owner))
        for pillar in PILLARS
        if pillar != reply.pillar
    ]
    return card(body, switches)


def _post(post: PostView) -> list[Element]:
    elements: list[Element] = []
    if post.platform:
        elements.append(_text(platform_label(post.platform), weight="Bolder", size="Medium"))
    facts_badge = post.facts_badge()
    badge = f"{VERDICT_EMOJI[post.verdict]} {VERDICT_BADGE[post.verdict]}"
    if facts_badge:  # postable, but not worth posting until someone adds facts: said first
        badge = f"{NEEDS_FACTS_EMOJI} {facts_badge}"
    elements.append(_text(badge, color="Warning" if facts_badge else VERDICT_COLOR[post.verdict], weight="Bolder"))
    if post.postable and post.text is not None:
        elements.append(_text(post.text))
        if post.findings and post.verdict is Verdict.FIX:
            elements.append(_text(msg.FIXED_NOTE, is_subtle=True))
    elif post.preview is not None:
        elements.append(_text(msg.REDACTED_PREVIEW, color="Attention", weight="Bolder"))
        elements.append(_text(post.preview))
    elements.append(_text(post.length_note(), is_subtle=True, color="Attention" if post.over_limit else "Default"))
    if post.findings:
        facts = [{"title": f.rule, "value": f.message} for f in post.findings]
        elements.append({"type": "FactSet", "facts": facts})
    else:
        elements.append(_text(msg.NO_FINDINGS, is_subtle=True))
    if post.hashtags:
        elements.append(_text(msg.HASHTAGS.format(hashtags=" ".join(post.hashtags)), is_subtle=True))
    for template, value in (
        (msg.TITLE, {"title": post.title}),
        (msg.ALT_TEXT, {"alt_text": post.alt_text}),
        (msg.VISUAL, {"visual": post.visual}),
        (msg.FREQUENCY, {"frequency": post.frequency}),
    ):
        if all(value.values()):
            elements.append(_text(template.format(**value), is_subtle=True))
    return elements


def _answer(reply: AnswerReply) -> Card:
    body: list[Element] = [_text(reply.question, weight="Bolder"), _text(reply.answer)]
    body.extend(_text(notice, is_subtle=True) for notice in reply.notices)
    if not reply.grounded and not reply.declined:
        body.append(_text(msg.ANSWER_NOT_GROUNDED, is_subtle=True))
    for citation in reply.citations:
        template = msg.CITATION if citation.quote else msg.CITATION_NO_QUOTE
        line = template.format(source=citation.source, section=citation.section or "", quote=citation.quote or "")
        body.append(_text(f"📄 {line}", is_subtle=True, size="Small"))
    return card(body)


def _item(item: ReviewItem) -> list[Element]:
    verdict = Verdict(item.verdict)
    facts = [{"title": teams_msg.FACT_SUBMITTED_BY, "value": item.submitted_by}]
    if item.reviewed_by:
        facts.append({"title": teams_msg.FACT_REVIEWED_BY, "value": item.reviewed_by})
    elements: list[Element] = [
        _text(
            msg.REVIEW_ITEM_TITLE.format(
                id=item.id, platform=platform_label(item.platform), state=item.state.value.replace("_", " ")
            ),
            weight="Bolder",
        ),
        _text(f"{VERDICT_EMOJI[verdict]} {VERDICT_BADGE[verdict]}", color=VERDICT_COLOR[verdict]),
        _text(item.text),
        {"type": "FactSet", "facts": facts},
    ]
    if item.comment:
        elements.append(_text(msg.REVIEW_COMMENT.format(comment=item.comment), is_subtle=True))
    if item.findings:
        rule_facts = [{"title": str(f.get("rule")), "value": str(f.get("message", ""))} for f in item.findings]
        elements.append({"type": "FactSet", "facts": rule_facts})
    return elements


def _review_buttons(item: ReviewItem) -> list[Element] | None:
    if item.state is not ReviewState.SUBMITTED:
        return None
    return [
        _submit(msg.BUTTON_APPROVE, actions.review_data("approve", item.id), style="positive"),
        _show_comment(msg.BUTTON_REJECT, "reject", item.id),
        _show_comment(msg.BUTTON_CHANGES, "changes", item.id),
    ]


def _show_comment(title: str, action: ReviewAction, item_id: int) -> Element:
    """Reject and request changes need a reason: a ShowCard with a required text input, then submit."""
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": card(
            [
                {
                    "type": "Input.Text",
                    "id": actions.COMMENT_FIELD,
                    "label": msg.COMMENT_MODAL_LABEL,
                    "isMultiline": True,
                    "isRequired": True,
                    "errorMessage": msg.COMMENT_MODAL_LABEL,
                }
            ],
            [_submit(msg.COMMENT_MODAL_SUBMIT, actions.review_data(action, item_id))],
        ),
    }


def _review_list(reply: ReviewListReply, *, is_reviewer: bool) -> Card:
    state = f" ({reply.state.replace('_', ' ')})" if reply.state else ""
    if not reply.items:
        return card([_text(msg.REVIEW_LIST_EMPTY.format(state=state))])
    body: list[Element] = [_heading(msg.REVIEW_LIST_TITLE.format(state=state))]
    for item in reply.items:
        body.append({"type": "Container", "separator": True, "items": _item(item)})
        buttons = _review_buttons(item) if is_reviewer else None
        if buttons:
            body.append({"type": "ActionSet", "actions": buttons})
    return card(body)


def _advocacy(reply: AdvocacyReply) -> Card:
    platform = f" ({platform_label(reply.platform)})" if reply.platform else ""
    if not reply.items:
        return card([_text(msg.ADVOCACY_EMPTY.format(platform=platform))])
    body: list[Element] = [_heading(msg.ADVOCACY_TITLE.format(platform=platform))]
    for item in reply.items:
        label = msg.ADVOCACY_ITEM.format(
            id=item.id, platform=platform_label(item.platform), approved_by=item.approved_by
        )
        body.append(
            {
                "type": "Container",
                "separator": True,
                "items": [
                    _text(label, weight="Bolder"),
                    {"type": "Container", "style": "emphasis", "items": [_text(item.text, font_type="Monospace")]},
                ],
            }
        )
        if item.hashtags:
            body.append(_text(msg.HASHTAGS.format(hashtags=" ".join(item.hashtags)), is_subtle=True))
    return card(body)


def _help(reply: HelpReply) -> Card:
    facts = [{"title": example, "value": meaning} for example, meaning in reply.rows]
    return card([_heading(reply.title), _text(reply.intro), {"type": "FactSet", "facts": facts}])


def _heading(text: str) -> Element:
    return _text(text, weight="Bolder", size="Large")


def _text(text: str, **style: Any) -> Element:
    element: Element = {"type": "TextBlock", "text": text, "wrap": True}
    for key, value in style.items():
        camel = key.split("_")[0] + "".join(part.capitalize() for part in key.split("_")[1:])
        element[camel] = value
    return element


def _submit(title: str, data: dict[str, Any], style: str | None = None) -> Element:
    action: Element = {"type": "Action.Submit", "title": title, "data": data}
    if style:
        action["style"] = style
    return action
