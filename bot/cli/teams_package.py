"""`carepost teams-package`: the zip to sideload CarePost into Microsoft Teams."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli.common import config_option, emit_json, fail, guarded, load


@click.command("teams-package")
@click.option("--app-id", required=True, help="The bot's Microsoft App ID (a GUID), as in MICROSOFT_APP_ID.")
@click.option("--host", required=True, help="Public host name that serves /api/messages (no https://).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="carepost-teams.zip", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@config_option
@guarded
def teams_package(app_id: str, host: str, output: str, as_json: bool, config_path: str | None) -> None:
    """Write the Teams app package (manifest.json and icons) for the Teams admin centre or sideloading."""
    from bot.adapters.teams.package import PackageError, build_package

    config = load(config_path)
    try:
        path = build_package(config, app_id=app_id.strip(), host=host.strip(), output=Path(output))
    except PackageError as exc:
        fail(str(exc))
    if as_json:
        emit_json({"package": str(path)})
    else:
        click.echo(f"Wrote {path}: upload it in Teams (Apps > Manage your apps > Upload an app).")
