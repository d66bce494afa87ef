"""Slack credentials from the environment only (secrets never live in app.yaml).

HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; Socket Mode also SLACK_APP_TOKEN. SLACK_API_URL
points the Web API client somewhere other than Slack (tests use a local server).
"""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict

from bot.messages import slack as msg

DEFAULT_API_URL = "https://slack.com/api/"


class SlackSettingsError(ValueError):
    """A missing or malformed variable, as one line naming it."""


class SlackSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    bot_token: str
    signing_secret: str | None
    app_token: str | None = None
    api_url: str = DEFAULT_API_URL

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None

    @property
    def serves_http(self) -> bool:
        """POST /slack/events needs the signing secret: without it no request could be verified."""
        return self.signing_secret is not None

    @classmethod
    def from_env(cls) -> SlackSettings:
        """Socket Mode when SLACK_APP_TOKEN is set (then the signing secret is optional), else HTTP mode."""
        app_token = os.environ.get("SLACK_APP_TOKEN", "").strip() or None
        if app_token is not None and not app_token.startswith("xapp-"):
            raise SlackSettingsError(msg.BAD_APP_TOKEN)
        if app_token is None:
            secret: str | None = _required("SLACK_SIGNING_SECRET", msg.WHY_SIGNING_SECRET)
        else:
            secret = os.environ.get("SLACK_SIGNING_SECRET", "").strip() or None
        token = _required("SLACK_BOT_TOKEN", msg.WHY_BOT_TOKEN)
        api_url = os.environ.get("SLACK_API_URL", "").strip() or DEFAULT_API_URL
        if not api_url.endswith("/"):
            api_url += "/"
        return cls(bot_token=token, signing_secret=secret, app_token=app_token, api_url=api_url)


def _required(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise SlackSettingsError(msg.MISSING_VARIABLE.format(name=name, why=why))
    return value
