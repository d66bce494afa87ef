"""The Slack app manifest matches what the app listens to and calls: one paste creates a working app."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from bot.adapters.slack.app import COMMANDS


def manifest() -> dict[str, Any]:
    text = resources.files("bot.adapters.slack").joinpath("manifest.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_every_slash_command_the_app_handles_is_in_the_manifest_and_no_other() -> None:
    commands = {c["command"].lstrip("/") for c in manifest()["features"]["slash_commands"]}
    assert commands == set(COMMANDS)


def test_every_request_url_is_the_one_events_path() -> None:
    data = manifest()
    urls = [c["url"] for c in data["features"]["slash_commands"]]
    urls += [data["settings"]["event_subscriptions"]["request_url"], data["settings"]["interactivity"]["request_url"]]
    assert all(url.endswith("/slack/events") for url in urls)


def test_events_and_interactivity_match_the_listeners() -> None:
    settings = manifest()["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True


def test_scopes_cover_every_web_api_method_the_app_calls() -> None:
    scopes = set(manifest()["oauth_config"]["scopes"]["bot"])
    needed = {
        "commands",  # slash commands
        "chat:write",  # chat.postMessage, chat.update, chat.postEphemeral
        "app_mentions:read",  # app_mention
        "im:history",  # message.im
        "users:read.email",  # users.info with the e-mail
    }
    assert needed <= scopes
