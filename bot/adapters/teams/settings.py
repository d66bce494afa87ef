"""The Bot Framework credentials, read from the environment only (secrets never live in app.yaml).

Both MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD unset (absent or empty) means local emulator mode: requests
are not authenticated and replies go to whatever serviceUrl the activity names (the Bot Framework Emulator, or
a test's local server). A value of only spaces is an error, never emulator mode: a secret pasted wrong must
not switch authentication off. With an app id, Bot Framework authentication applies in both directions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from bot.messages import teams as msg

APP_TYPES = ("MultiTenant", "SingleTenant", "UserAssignedMSI")


class TeamsSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class BotFrameworkSettings:
    """Attribute names are the ones ConfigurationBotFrameworkAuthentication reads."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TENANTID: str
    APP_TYPE: str

    @property
    def emulator_mode(self) -> bool:
        return not self.APP_ID and not self.APP_PASSWORD

    @classmethod
    def from_env(cls) -> BotFrameworkSettings:
        app_id = _variable("MICROSOFT_APP_ID")
        password = _variable("MICROSOFT_APP_PASSWORD")
        tenant = _variable("MICROSOFT_APP_TENANT_ID")
        app_type = _variable("MICROSOFT_APP_TYPE") or "MultiTenant"
        if app_type not in APP_TYPES:
            raise TeamsSettingsError(msg.BAD_APP_TYPE.format(value=app_type, valid=", ".join(APP_TYPES)))
        if app_id and not password and app_type != "UserAssignedMSI":
            raise TeamsSettingsError(msg.MISSING_PASSWORD)
        if password and not app_id:
            raise TeamsSettingsError(msg.MISSING_APP_ID)
        if app_type == "SingleTenant" and app_id and not tenant:
            raise TeamsSettingsError(msg.MISSING_TENANT)
        return cls(APP_ID=app_id, APP_PASSWORD=password, APP_TENANTID=tenant, APP_TYPE=app_type)


def _variable(name: str) -> str:
    """The variable's value; empty when unset. Only spaces is a mistake to name, not a way to unset it."""
    value = os.environ.get(name, "")
    if value and not value.strip():
        raise TeamsSettingsError(msg.BLANK_VARIABLE.format(name=name))
    return value.strip()
