"""`carepost calendar` builds its request from its options, so a bad --platform is named as a platform: the
options were joined into words ("2027-02 on myspace") and parsed back, and the error blamed the month."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--month", "2027-02", "--platform", "myspace"], "unknown platform 'myspace'"),  # was "month '2027-02 on..."
        (["--month", "2027-02", "--platform", "x,myspace"], "unknown platform 'myspace'"),  # one bad name in a list
        (["--month", "2027-02", "--platform", ","], "no platform given"),  # a list of nothing
        (["--month", "   "], "say which month to plan"),  # a month of spaces
    ],
)
def test_bad_options_are_named_and_exit_2(args: list[str], error: str) -> None:
    result = CliRunner().invoke(main, ["calendar", "--json", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"carepost: {error}")


def test_platform_aliases_and_repeats_are_one_platform() -> None:
    result = CliRunner().invoke(main, ["calendar", "--json", "--month", "2027-03", "--platform", "x, twitter,X"])
    assert result.exit_code in (0, 1), result.stderr  # 1 only if some slot is blocked
    assert '"platforms": ["x"]' in result.stdout
