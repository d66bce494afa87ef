"""`carepost teams-package`: a sideloadable zip with the placeholders filled, and one-line errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main

APP_ID = "00000000-0000-0000-0000-0000000000aa"


def test_the_package_holds_a_filled_manifest_and_both_icons(tmp_path: Path) -> None:
    out = tmp_path / "pkg.zip"
    result = CliRunner().invoke(
        main, ["teams-package", "--app-id", APP_ID, "--host", "carepost.example.org", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["id"] == APP_ID
    assert manifest["bots"][0]["botId"] == APP_ID
    assert manifest["validDomains"] == ["carepost.example.org"]
    assert manifest["developer"]["name"] == "Riverside Health"  # from the built-in configuration
    assert "{{" not in json.dumps(manifest)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--app-id", "not-a-guid", "--host", "carepost.example.org"], "--app-id"),  # a typo in the id
        (["--app-id", APP_ID, "--host", "carepost example org"], "--host"),  # not a host name at all
    ],
)
def test_bad_arguments_are_one_line_naming_the_option(args: list[str], named: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["teams-package", *args, "-o", str(tmp_path / "x.zip")])
    assert result.exit_code == 2
    assert named in result.output
    assert "Traceback" not in result.output


def test_a_pasted_url_is_reduced_to_its_host(tmp_path: Path) -> None:
    out = tmp_path / "pkg.zip"
    args = ["teams-package", "--app-id", APP_ID, "--host", "https://carepost.example.org/api/messages", "-o", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("manifest.json"))["validDomains"] == ["carepost.example.org"]
