"""Socket Mode: the same Bolt app over Slack's WebSocket instead of a public HTTP endpoint.

For workspaces where CarePost cannot be reached from the internet. Acks go back over the socket as soon as
the listener calls ack(), exactly as in HTTP mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    from bot.adapters.slack.app import SlackBot


async def start_socket_mode(bot: SlackBot) -> AsyncSocketModeHandler:
    """Connect (apps.connections.open on SLACK_API_URL, then the WebSocket) and return the running handler."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    assert bot.settings.app_token is not None
    handler = AsyncSocketModeHandler(bot.app, bot.settings.app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]  # slack_bolt leaves this one unannotated
    return handler
