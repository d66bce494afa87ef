"""The Teams app package to sideload: manifest.json with its placeholders filled, and the two icons, zipped."""

from __future__ import annotations

import json
import re
import zipfile
from importlib import resources
from pathlib import Path

from bot.config import AppConfig

PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


class PackageError(ValueError):
    pass


def manifest_text(values: dict[str, str]) -> str:
    template = resources.files("bot.adapters.teams").joinpath("manifest/manifest.json").read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise PackageError(f"manifest placeholder {{{{{name}}}}} has no value")
        return json.dumps(values[name])[1:-1]

    filled = PLACEHOLDER.sub(fill, template)
    json.loads(filled)  # a broken template must fail here, not in the Teams admin centre
    return filled


def build_package(config: AppConfig, *, app_id: str, host: str, output: Path) -> Path:
    """Write the zip Teams accepts (manifest.json, color.png, outline.png at its root)."""
    if not GUID.match(app_id):
        raise PackageError(f"--app-id {app_id!r} is not a GUID: use the bot's Microsoft App ID from Azure")
    host = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", host).split("/", 1)[0]  # a URL was pasted: keep its host
    if not HOSTNAME.match(host):
        raise PackageError(f"--host {host!r} is not a host name: give the public host of /api/messages, no https://")
    values = {
        "MICROSOFT_APP_ID": app_id,
        "BOT_HOSTNAME": host,
        "ORGANIZATION_NAME": config.organization.name,
        "ORGANIZATION_WEBSITE": config.organization.website.rstrip("/"),
    }
    folder = resources.files("bot.adapters.teams").joinpath("manifest")
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_text(values))
        for icon in ("color.png", "outline.png"):
            archive.writestr(icon, folder.joinpath(icon).read_bytes())
    return output
