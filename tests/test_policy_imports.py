"""Policy Q&A costs nothing until a question is asked: the CLI and the service never import bm25s or numpy."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_cli_and_service_does_not_load_the_search_library() -> None:
    code = (
        "import sys, bot.cli, bot.service, bot.cli.ask\n"
        "heavy = sorted(m for m in ('bm25s', 'numpy', 'openai') if m in sys.modules)\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
