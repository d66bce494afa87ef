"""`carepost serve [--slack] [--teams] [--port N] [--host H]`: the chat adapters behind one aiohttp server.

With neither flag, whatever is configured runs: Slack when its variables are set, Teams when MICROSOFT_APP_ID
is set (`--teams` alone runs Teams in local emulator mode). Slack runs in Socket Mode when SLACK_APP_TOKEN is
set (and also over HTTP at /slack/events if SLACK_SIGNING_SECRET is set too). A missing variable is one line
naming it, exit 2. The service's work runs on its own thread and loop (see bot/adapters/slack/worker.py).

It listens on 127.0.0.1 unless `--host` says otherwise: exposing it is a choice. Teams' emulator mode has no
authentication, so it is announced loudly and refused on a non-loopback address unless
`--allow-emulator-on-network` says so; settings in app.yaml that loosen safety are announced at start too.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
import signal
from typing import TYPE_CHECKING

import click

from bot.cli.common import config_option, fail, guarded, load
from bot.messages import chat as msg
from bot.messages import startup as startup_msg

if TYPE_CHECKING:
    from bot.adapters.slack.settings import SlackSettings
    from bot.service import CarePost

DEFAULT_PORT = 3000


@click.command()
@click.option("--slack", "want_slack", is_flag=True, help="Serve Slack (HTTP at /slack/events, or Socket Mode).")
@click.option("--teams", "want_teams", is_flag=True, help="Serve Microsoft Teams at /api/messages.")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default: $PORT, else 3000).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option(
    "--allow-emulator-on-network",
    "allow_emulator",
    is_flag=True,
    help="Let Teams' emulator mode (no authentication) listen on a non-loopback --host.",
)
@config_option
@guarded
def serve(
    want_slack: bool, want_teams: bool, port: int | None, host: str, allow_emulator: bool, config_path: str | None
) -> None:
    """Run the Slack and Teams adapters over HTTP, with GET /healthz for liveness."""
    from bot.adapters.http import teams_available
    from bot.adapters.slack.settings import SlackSettings, SlackSettingsError
    from bot.service import CarePost

    config = load(config_path)
    auto = not want_slack and not want_teams
    slack_settings: SlackSettings | None = None
    if want_slack or (auto and _slack_configured()):
        try:
            slack_settings = SlackSettings.from_env()
        except SlackSettingsError as exc:
            fail(str(exc))
    if want_teams and not teams_available():
        fail(msg.TEAMS_NOT_AVAILABLE)
    teams = want_teams or (auto and teams_available() and bool(os.environ.get("MICROSOFT_APP_ID")))
    if slack_settings is None and not teams:
        fail(msg.SERVE_NOTHING)
    warnings = _teams_warnings(host, allow_emulator) if teams else []  # load() announced loosened settings
    chosen = port if port is not None else _port_from_env()
    _log_to_stderr()
    for line in warnings:
        click.echo(line, err=True)
    asyncio.run(_run(CarePost(config), slack_settings, teams, host, chosen))


def _log_to_stderr() -> None:
    """Timestamped logs on stderr at CAREPOST_LOG_LEVEL (default WARNING). CarePost logs rule ids and kinds of
    errors, never the texts people send (they may hold PHI)."""
    level = os.environ.get("CAREPOST_LOG_LEVEL", "WARNING").upper()
    logging.basicConfig(
        level=level if level in logging.getLevelNamesMapping() else "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def _port_from_env() -> int:
    """$PORT (as container platforms set it), else 3000; anything but a port number is one line, exit 2."""
    value = os.environ.get("PORT", "").strip()
    if not value:
        return DEFAULT_PORT
    if not (value.isascii() and value.isdigit() and int(value) <= 65535):
        fail(startup_msg.BAD_PORT_VARIABLE.format(value=value))
    return int(value)


def _teams_warnings(host: str, allow_on_network: bool) -> list[str]:
    """What Teams' start-up must say. Bad credentials, or emulator mode exposed without the flag: exit 2."""
    from bot.adapters.teams.settings import BotFrameworkSettings, TeamsSettingsError

    try:
        settings = BotFrameworkSettings.from_env()
    except TeamsSettingsError as exc:
        fail(str(exc))
    if not settings.emulator_mode:
        return []
    if is_loopback(host):
        return [startup_msg.EMULATOR_MODE]
    if not allow_on_network:
        fail(startup_msg.EMULATOR_ON_NETWORK_REFUSED.format(host=host))
    return [startup_msg.EMULATOR_MODE, startup_msg.EMULATOR_ON_NETWORK.format(host=host)]


def is_loopback(host: str) -> bool:
    """Only this machine can connect: `localhost` or a loopback IP. Anything else (0.0.0.0, a name) is not."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _slack_configured() -> bool:
    return any(os.environ.get(name) for name in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"))


async def _run(service: CarePost, slack_settings: SlackSettings | None, teams: bool, host: str, port: int) -> None:
    from bot.adapters.http import build_app, start
    from bot.adapters.slack.app import SlackBot

    bot = SlackBot(service, slack_settings) if slack_settings is not None else None
    if bot is not None:
        await bot.warm_up()
    app = build_app(service, slack=bot, teams=teams)
    try:
        runner, bound = await start(app, host, port)
    except OSError as exc:
        fail(startup_msg.CANNOT_LISTEN.format(host=host, port=port, detail=exc.strerror or type(exc).__name__))
    handler = None
    try:
        if bot is not None and bot.settings.socket_mode:
            from bot.adapters.slack.socket import start_socket_mode

            handler = await start_socket_mode(bot)
            click.echo(msg.SERVE_SOCKET_MODE, err=True)
        stopped = _stop_signals()  # before the listening line: whoever reads it may stop the server at once
        what = ", ".join(name for name, on in (("Slack", bot is not None), ("Teams", teams)) if on)
        click.echo(msg.SERVE_LISTENING.format(host=host, port=bound, what=what), err=True)
        await stopped.wait()
    finally:
        if handler is not None:
            await handler.close_async()  # type: ignore[no-untyped-call]  # unannotated in slack_bolt
        await runner.cleanup()


def _stop_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM (a container stop), so that the server shuts down cleanly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop
