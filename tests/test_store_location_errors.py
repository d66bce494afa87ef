"""A data folder CarePost cannot make, or a database file that is not one: one line that names what to change,
never "Sorry, something went wrong on my side" after a log line (both were exit 3 with the exception's name)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CARE = [sys.executable, "-m", "bot"]


def review_list(**env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CARE, "review", "list", "--json"], capture_output=True, text=True, check=False, env={**os.environ, **env}
    )


def test_a_data_dir_that_is_a_file_is_exit_2_naming_the_setting(tmp_path: Path) -> None:
    a_file = tmp_path / "app.yaml"
    a_file.write_text("{}\n")  # CAREPOST_DATA_DIR pointed at a file by mistake: was FileExistsError, exit 3
    result = review_list(CAREPOST_DATA_DIR=str(a_file))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        f"carepost: the data folder {a_file} cannot be made (File exists); "
        "set CAREPOST_DATA_DIR or storage.data_dir in app.yaml to a folder CarePost may write to\n"
    )


def test_a_file_that_is_not_a_database_is_one_line_naming_the_variables(tmp_path: Path) -> None:
    not_a_db = tmp_path / "carepost.db"
    not_a_db.write_text("these are my notes, not a database\n")  # was DatabaseError, "something went wrong"
    result = review_list(CAREPOST_DATABASE_URL=f"sqlite:///{not_a_db}")
    assert result.returncode == 3 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "not a CarePost database or it is damaged" in result.stderr and "CAREPOST_DATABASE_URL" in result.stderr
