"""CarePost's Bolt AsyncApp: slash commands, mentions, DMs, buttons and the reviewer's comment modal.

Acknowledging within Slack's 3 seconds: every listener calls `ack()` first (with a short "Drafting for X..."
where work follows) and only then awaits the service. Bolt runs async listeners in their own task with
`process_before_response=False`, so the HTTP response (or the Socket Mode envelope ack) leaves as soon as
`ack()` is called, whatever the drafter does next. We chose this over lazy listeners because it is one code
path for HTTP and Socket Mode, keeps the request's context (respond, client) without Bolt's request copy,
and lets one wrapper turn any failure into a message to the person. Each running listener is tracked so
that `drain()` can let deliveries finish on shutdown.

Retries and double clicks: a middleware claims each event id (and each click) through
`service.deliveries.claim`, stored in the database so that several instances agree; a repeat is answered 200
and not acted on.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.adapters.slack import actions
from bot.adapters.slack.blocks import comment_modal, decided_message, render, reviewer_message
from bot.adapters.slack.calendar import attach_ics, calendar_blocks
from bot.adapters.slack.settings import SlackSettings
from bot.adapters.slack.worker import ServiceWorker
from bot.intents import Command, HelpIntent, Intent, InvalidIntent, ReplyIntent, ReviewIntent, SubmitIntent, parse
from bot.messages import chat as msg
from bot.messages import slack as slack_msg
from bot.replies import Actor, CalendarReply, ErrorReply, Reply, ReviewItemReply, acknowledgement

if TYPE_CHECKING:
    from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
    from slack_bolt.response import BoltResponse
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.service import CarePost

log = logging.getLogger(__name__)

COMMANDS: dict[str, Command] = {
    "draft": "draft",
    "check": "check",
    "policy": "policy",
    "ask": "ask",
    "carepost": "carepost",
    "calendar": "calendar",
    "reply": "reply",
}
REPLY_SHORTCUT = "carepost.reply"  # the message shortcut "Draft a reply" (manifest.yaml)
CLAIM_TIMEOUT_SECONDS = 1.5  # of Slack's 3 s: the rest is for the network and Bolt


class SlackBot:
    """The Bolt app and what it needs; `app` is handed to the HTTP server or the Socket Mode handler."""

    def __init__(self, service: CarePost, settings: SlackSettings) -> None:
        from slack_bolt.async_app import AsyncApp
        from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
        from slack_sdk.web.async_client import AsyncWebClient

        self.service = service
        self.settings = settings
        self.pending: set[asyncio.Task[Any]] = set()
        self.worker = ServiceWorker()
        self._emails: dict[str, str | None] = {}
        self.claim_timeout = CLAIM_TIMEOUT_SECONDS
        client = AsyncWebClient(token=settings.bot_token, base_url=settings.api_url)
        # Slack answers 429 with Retry-After when a channel gets more than about one message a second.
        client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=2))
        self.app: AsyncApp = AsyncApp(
            client=client,
            logger=_bolt_logger(),
            signing_secret=settings.signing_secret,
            # Socket Mode envelopes are authenticated by the app token; HTTP requests always by signature.
            request_verification_enabled=settings.signing_secret is not None,
            process_before_response=False,
        )
        self._register(self.app)

    def _register(self, app: AsyncApp) -> None:
        app.middleware(self._dedupe)
        app.command(re.compile(r"^/(draft|check|policy|ask|carepost|calendar|reply)$"))(self._on_command)
        app.shortcut(REPLY_SHORTCUT)(self._on_reply_shortcut)
        app.event("app_mention")(self._on_mention)
        app.event("message")(self._on_message)
        app.action(re.compile(r"^carepost\."))(self._on_action)
        app.view("carepost.comment")(self._on_comment)
        app.error(self._on_error)

    async def drain(self) -> None:
        """Wait for the deliveries under way (on shutdown)."""
        if self.pending:
            await asyncio.gather(*self.pending, return_exceptions=True)

    async def warm_up(self) -> None:
        """Open and migrate the store and load the guardrails before the first person waits on them."""

        async def warm() -> None:
            await self.service.review.prepare()
            self.service.check("CarePost is starting.")

        await self.worker.run(warm())

    # --- retries and double clicks ---

    async def _dedupe(self, body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> BoltResponse | None:
        from slack_bolt.response import BoltResponse

        key = dedupe_key(body)
        if key is not None and not await self._first_time(key):
            log.info("slack: repeat of %s ignored", body.get("type"))
            return BoltResponse(status=200, body="")
        await next()
        return None

    async def _first_time(self, key: str) -> bool:
        """Claim the key in the store. If the store cannot be reached or is too slow for Slack's 3 seconds (the
        claim comes before the ack), act anyway: answering a rare retry twice beats leaving a person unanswered."""
        try:
            return await asyncio.wait_for(self.service.deliveries.claim("slack", key), self.claim_timeout)
        except Exception as exc:
            log.warning("slack: could not record a delivery (%s); handling it anyway", type(exc).__name__)
            return True

    # --- slash commands ---

    async def _on_command(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        name = str(command.get("command", "")).lstrip("/")
        request = parse(str(command.get("text") or ""), COMMANDS.get(name, "carepost"))
        actor = _actor(str(command.get("user_id")), command.get("user_name"))
        if isinstance(request, HelpIntent | InvalidIntent):
            text, blocks = render(await self.service.handle(request, actor))
            await ack(response_type="ephemeral", text=text, blocks=blocks)
            return
        await ack(response_type="ephemeral", text=self._acknowledgement(request) or msg.ACK_CHECK)
        channel = str(command.get("channel_id") or "") or None
        await self._work(request, actor, lambda reply: self._respond(respond, reply, client, channel), client)

    # --- mentions and direct messages: reply in the thread ---

    async def _on_mention(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        thread = event.get("thread_ts") or event.get("ts")
        await self._converse(client, event, thread)

    async def _on_message(self, event: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        await self._converse(client, event, event.get("thread_ts"))

    async def _converse(self, client: AsyncWebClient, event: dict[str, Any], thread: str | None) -> None:
        channel = str(event.get("channel"))
        request = parse(str(event.get("text") or ""))
        actor = _actor(str(event.get("user")), None)
        working = self._acknowledgement(request)
        placeholder: str | None = None
        if working:
            posted = await client.chat_postMessage(channel=channel, thread_ts=thread, text=working)
            placeholder = posted.get("ts")

        async def deliver(reply: Reply) -> None:
            text, blocks = await self._render(reply, client, channel, thread)
            blocks = actions.with_owner(blocks, actor.id)  # others in the channel see these buttons too
            if placeholder:
                await client.chat_update(channel=channel, ts=placeholder, text=text, blocks=blocks)
            else:
                await client.chat_postMessage(channel=channel, thread_ts=thread, text=text, blocks=blocks)
            await self._after(client, reply, actor)

        await self._work(request, actor, deliver, client)

    # --- the message shortcut "Draft a reply": the message's text is the comment ---

    async def _on_reply_shortcut(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        user = body.get("user") or {}
        actor = _actor(str(user.get("id")), user.get("username") or user.get("name"))
        comment = str((body.get("message") or {}).get("text") or "")
        request: Intent = ReplyIntent(comment=comment) if comment.strip() else parse("", "reply")
        await self._work(request, actor, lambda reply: self._respond(respond, reply))

    # --- buttons ---

    async def _on_action(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        await ack()
        action_id = str(action.get("action_id"))
        user = body.get("user") or {}
        actor = _actor(str(user.get("id")), user.get("username") or user.get("name"))
        value = str(action.get("value") or "")
        owner = actions.draft_owner(str(action.get("block_id") or ""))
        if owner is not None and owner != actor.id and actions.is_draft_action(action_id):
            text = slack_msg.DRAFT_NOT_YOURS.format(owner=f"<@{owner}>")
            await respond(text=text, response_type="ephemeral", replace_original=False)
            return
        if action_id in (actions.REJECT, actions.CHANGES):
            await self._ask_for_comment(client, body, action_id, value)
            return
        request = actions.decode(action_id, value)
        working = self._acknowledgement(request)
        if working and not isinstance(request, ReviewIntent):
            await respond(text=working, response_type="ephemeral", replace_original=False)

        async def deliver(reply: Reply) -> None:
            if isinstance(reply, ReviewItemReply) and reply.event == "decided":
                text, blocks = decided_message(reply.item, reply.note)
                await respond(text=text, blocks=blocks, replace_original=True)
                await self._after(client, reply, actor)
                return
            await self._respond(respond, reply)
            await self._after(client, reply, actor)

        await self._work(request, actor, deliver, client)

    async def _ask_for_comment(self, client: AsyncWebClient, body: dict[str, Any], action_id: str, value: str) -> None:
        container = body.get("container") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
        # An ephemeral message (a review list) cannot be updated later: the decision is then posted to the reviewer.
        message_ts = None if container.get("is_ephemeral") else container.get("message_ts")
        metadata = json.dumps({"a": action_id, "v": value, "ch": channel, "ts": message_ts})
        request = actions.decode(action_id, value)
        item_id = getattr(request, "item_id", None) or 0
        await client.views_open(
            trigger_id=str(body.get("trigger_id")), view=comment_modal(action_id, item_id, metadata)
        )

    async def _on_comment(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        meta = json.loads(view.get("private_metadata") or "{}")
        values = (view.get("state") or {}).get("values") or {}
        comment = ((values.get("comment") or {}).get("text") or {}).get("value")
        user = body.get("user") or {}
        actor = _actor(str(user.get("id")), user.get("username") or user.get("name"))
        request = actions.decode(str(meta.get("a")), str(meta.get("v") or ""), comment)
        channel, ts = meta.get("ch"), meta.get("ts")

        async def deliver(reply: Reply) -> None:
            decided = isinstance(reply, ReviewItemReply) and reply.event == "decided"
            if isinstance(reply, ReviewItemReply) and decided:
                text, blocks = decided_message(reply.item, reply.note)
            else:
                text, blocks = render(reply)
            if decided and channel and ts:
                await client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
            elif channel:
                await client.chat_postEphemeral(channel=channel, user=actor.id, text=text, blocks=blocks)
            else:
                await client.chat_postMessage(channel=actor.id, text=text, blocks=blocks)
            await self._after(client, reply, actor)

        await self._work(request, actor, deliver, client)

    # --- the one path every request takes ---

    async def _work(
        self,
        request: Intent,
        actor: Actor,
        deliver: Callable[[Reply], Awaitable[None]],
        client: AsyncWebClient | None = None,
    ) -> None:
        """Dispatch, then deliver; if delivering fails, try once more with a plain error message."""
        task = asyncio.current_task()
        if task is not None:
            self.pending.add(task)
        try:
            if client is not None and isinstance(request, SubmitIntent | ReviewIntent):
                actor = actor.model_copy(update={"email": await self._email(client, actor.id)})
            reply = await self.worker.run(self.service.handle(request, actor))
            try:
                await deliver(reply)
            except Exception as exc:
                log.warning("slack: delivering a %s reply failed (%s)", reply.kind, type(exc).__name__)
                if isinstance(reply, ErrorReply):
                    raise
                await deliver(ErrorReply(message=msg.INTERNAL_ERROR.format(kind=type(exc).__name__)))
        finally:
            if task is not None:
                self.pending.discard(task)

    def _acknowledgement(self, request: Intent) -> str | None:
        return acknowledgement(request, self.service.config.drafting.default_platforms)

    async def _email(self, client: AsyncWebClient, user_id: str) -> str | None:
        """The person's e-mail (users:read.email), so reviewers may be listed by e-mail in app.yaml too."""
        if user_id in self._emails:
            return self._emails[user_id]
        email: str | None = None
        try:
            response = await client.users_info(user=user_id)
            profile = (response.get("user") or {}).get("profile") or {}
            email = str(profile["email"]) if profile.get("email") else None
        except Exception as exc:  # a missing scope or a deleted user: decide by the Slack id alone
            log.info("slack: no e-mail for a user (%s)", type(exc).__name__)
        if len(self._emails) > 5000:
            self._emails.clear()
        self._emails[user_id] = email
        return email

    async def _render(
        self, reply: Reply, client: AsyncWebClient | None, channel: str | None, thread: str | None = None
    ) -> tuple[str, list[dict[str, Any]]]:
        """render(); a planned month first gets its .ics attached in the conversation (bot/adapters/slack/calendar)."""
        if isinstance(reply, CalendarReply) and client is not None:
            attached = await attach_ics(client, channel, reply, thread)
            return calendar_blocks(reply, attached=attached)
        return render(reply)

    async def _respond(
        self, respond: AsyncRespond, reply: Reply, client: AsyncWebClient | None = None, channel: str | None = None
    ) -> None:
        text, blocks = await self._render(reply, client, channel)
        await respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)

    async def _after(self, client: AsyncWebClient, reply: Reply, actor: Actor) -> None:
        """Who else hears about a review step: reviewers on submission, the author on a decision."""
        if not isinstance(reply, ReviewItemReply):
            return
        if reply.event == "submitted":
            await self._notify_reviewers(client, reply)
        elif reply.event == "decided":
            for author in reply.notify.people:
                text = slack_msg.DECISION_NOTICE.format(
                    platform=reply.item.platform or "",
                    id=reply.item.id,
                    state=reply.item.state.value.replace("_", " "),
                    by=msg.DECIDED_BY.format(who=f"<@{actor.id}>"),
                )
                if reply.item.comment:
                    text += "\n" + msg.REVIEW_COMMENT.format(comment=reply.item.comment)
                await client.chat_postMessage(channel=author, text=text)

    async def _notify_reviewers(self, client: AsyncWebClient, reply: ReviewItemReply) -> None:
        """The reviewers and the review channel the core chose (bot.review.notify)."""
        for target in reply.notify.people:
            text, blocks = reviewer_message(reply.item)
            await client.chat_postMessage(channel=target, text=text, blocks=blocks)
        if reply.notify.channel:
            text, blocks = reviewer_message(reply.item, group=reply.notify.group)
            await client.chat_postMessage(channel=reply.notify.channel, text=text, blocks=blocks)

    async def _on_error(self, error: Exception, body: dict[str, Any]) -> None:
        log.error("slack: unhandled %s on a %s request", type(error).__name__, body.get("type") or "command")


def dedupe_key(body: dict[str, Any]) -> str | None:
    """What makes a delivery the same one: the event id, or one person's click on one button of one message.

    Slash commands are never retried by Slack and modal submissions are acknowledged synchronously, so they
    need no key. A submit or a decision is keyed on the message and the button's value (one submission per
    post per person); regenerate and switch-pillar on the click itself, since asking twice is legitimate.
    """
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("type") != "block_actions":
        return None
    clicked = (body.get("actions") or [{}])[0]
    user = (body.get("user") or {}).get("id", "")
    action_id = str(clicked.get("action_id", ""))
    if action_id in (actions.SUBMIT, actions.APPROVE, actions.SUBMIT_CALENDAR):
        message_ts = (body.get("container") or {}).get("message_ts", "")
        digest = hashlib.sha256(str(clicked.get("value", "")).encode()).hexdigest()[:16]
        return f"click:{user}:{message_ts}:{action_id}:{digest}"
    return f"click:{user}:{clicked.get('action_ts', '')}:{action_id}"


class _ClientGivenFilter(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused when a client is given; the client carries that very token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _bolt_logger() -> logging.Logger:
    logger = logging.getLogger("carepost.slack.bolt")
    if not any(isinstance(f, _ClientGivenFilter) for f in logger.filters):
        logger.addFilter(_ClientGivenFilter())
    return logger


def _actor(user_id: str, name: object) -> Actor:
    return Actor(id=user_id, channel="slack", display_name=str(name) if name else None)


async def close_client(bot: SlackBot) -> None:
    """Stop the service worker and close the Web API client's HTTP session if it opened one."""
    bot.worker.stop()
    session = getattr(bot.app.client, "session", None)
    if session is not None:
        with contextlib.suppress(Exception):
            await session.close()
