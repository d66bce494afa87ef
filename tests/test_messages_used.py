"""Every sentence in the chat core's message modules is said somewhere: a constant nothing uses is a sentence a
person can no longer get (SERVE_BAD_PORT outlived the error it named; REVIEW_NEEDS_COMMENT's hint was lost in
the move to one door). The drafting, policy, calendar and replies modules are checked by their own areas."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import bot

BOT = Path(bot.__file__).parent
MODULES = ["chat", "check", "common", "review", "slack", "startup", "teams"]


def constants(module: Path) -> list[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = [
        t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)
    ]
    annotated = [n.target.id for n in tree.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    return [name for name in names + annotated if name.isupper()]


def used(name: str, module: Path) -> bool:
    """Named in another module of bot/, or more than once in its own (a helper there uses it)."""
    word = re.compile(rf"\b{name}\b")
    if len(word.findall(module.read_text(encoding="utf-8"))) > 1:
        return True
    return any(word.search(p.read_text(encoding="utf-8")) for p in BOT.rglob("*.py") if p != module)


@pytest.mark.parametrize("name", MODULES)
def test_every_sentence_is_used(name: str) -> None:
    module = BOT / "messages" / f"{name}.py"
    assert [c for c in constants(module) if not used(c, module)] == []
