"""The tables a check keeps by key across its two passes (Document.pass_memo): a value there must be a function of
its key alone, or the re-check of a fixed text would reuse an answer the fixed text does not give.

The fuzz puts the evaluation posts' sentences in other surroundings (other posts before and after them, a
paragraph break, a configured disclaimer appended) and gathers every table of every check: a key met twice must hold
the same value each time, whatever text it came from. A key that leaves out something its computation reads fails
here as soon as two surroundings differ in it. And the reports are the ones that tables kept apart per pass give.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from guardrails import Engine, GuardrailSettings
from guardrails.rules.base import Document
from guardrails.settings import Platform
from tests.test_engine_locality import posts

JOINS = [" ", "\n", "\n\n", ". ", "? "]
# Sentences that change what a text says as a whole, which a key must state when its computation reads it: a
# specialist named anywhere (advice_discourage), a reply (the advice model's features), a question just before.
CUES = ["Our dermatologist sees kids too.", "@kim_b", "Replying to @dana:", "Is that normal?", "Not medical advice."]


def surroundings(seed: str, count: int) -> Iterator[str]:
    """Texts made of two or three evaluation posts and up to two CUES, joined as a post joins its parts."""
    rows = [text for text, _platform in posts()]
    rng = random.Random(seed)
    for _ in range(count):
        parts = rng.sample(rows, rng.randint(2, 3))
        for _ in range(rng.randint(0, 2)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(CUES))
        yield "".join(part + rng.choice(JOINS) for part in parts).strip()


def test_every_value_is_a_function_of_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(GuardrailSettings())
    tables: list[dict[str, dict[object, object]]] = []
    real = Document.pass_memo

    def recorded(doc: Document, key: str) -> dict[object, object]:
        if not any(doc.across_passes is seen for seen in tables):
            tables.append(doc.across_passes)
        return real(doc, key)

    monkeypatch.setattr(Document, "pass_memo", recorded)
    values: dict[tuple[str, object], object] = {}
    met = 0
    for text in [*(t for t, _ in posts()), *surroundings("sentence memos", 600)]:
        for platform in (Platform.X, Platform.FACEBOOK):
            tables.clear()
            engine.check(text, platform)
            for table in tables:
                for name, entries in table.items():
                    for key, value in entries.items():
                        seen = values.setdefault((name, key), value)
                        met += 1
                        assert seen == value, f"{name}: {key!r} gave {value!r} here and {seen!r} elsewhere"
    assert met > 10_000  # the tables were read


def test_reports_are_the_same_with_tables_kept_apart_per_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-check of a fixed text that starts from empty tables reports what the one sharing them reports."""
    shared, apart = Engine(GuardrailSettings()), Engine(GuardrailSettings())
    texts = [*(t for t, _ in posts()[::3]), *surroundings("kept apart", 150)]
    expected = [shared.check(text, "x") for text in texts]
    real = Engine._document

    def own_tables(self: Engine, text: str, platform: Platform | None, _shared: object) -> Document:
        return real(self, text, platform, None)

    monkeypatch.setattr(Engine, "_document", own_tables)
    for text, report in zip(texts, expected, strict=True):
        assert apart.check(text, "x") == report, text
