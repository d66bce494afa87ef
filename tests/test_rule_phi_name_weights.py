"""phi.name's fitted weights file: it loads, it scores deterministically, and a broken one fails closed."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails import Engine
from guardrails.model import Severity, Verdict
from guardrails.rules.phi.people_names_learned import context_keys
from guardrails.rules.phi.people_names_score import NEGATIVE, Feature
from guardrails.rules.phi.people_names_weights import (
    DATA_DIR,
    WEIGHTS_FILE,
    NameWeightsError,
    load_weights,
    parse_weights,
    shipped_weights,
)
from guardrails.settings import GuardrailSettings

GOOD = "base 0.0\n" + "".join(f"{f.value} {-1.0 if f in NEGATIVE else 1.0}\n" for f in Feature)


def _without(name: str) -> str:
    return "".join(line + "\n" for line in GOOD.splitlines() if line.split()[0] != name)


def test_shipped_weights_load_with_every_feature() -> None:
    weights = shipped_weights()
    assert set(weights.weights) == set(Feature)
    assert all(weights.weights[f] <= 0 for f in NEGATIVE)


def test_score_ignores_order_and_repeats() -> None:
    weights = parse_weights(GOOD, "good")
    once = weights.score([Feature.ALONE, Feature.TITLE])
    assert weights.score([Feature.TITLE, Feature.ALONE, Feature.TITLE]) == once == 2.0


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (_without("title"), "no weight for title"),  # a feature left out would silently weigh 0
        (_without("base"), "no weight for base"),  # without the base every score shifts
        (GOOD + "title 2.0\n", "given twice"),  # two lines for one feature: which one holds is unclear
        (GOOD + "nicknames 1.0\n", "unknown feature"),  # a typo of a feature name
        (GOOD.replace("alone 1.0", "alone one"), "not a number"),  # a weight must be a number
        (GOOD.replace("alone 1.0", "alone nan"), "finite"),  # nan compares false: no candidate would ever pass
        (GOOD.replace("staff_role -1.0", "staff_role 0.5"), "must weigh <= 0"),  # clearing cues read only above
        (GOOD.replace("alone 1.0", "alone 1.0 2.0"), "expected 'name weight'"),  # a stray column
    ],
)
def test_broken_file_is_an_error_naming_the_fix(text: str, says: str) -> None:
    with pytest.raises(NameWeightsError, match=says) as caught:
        parse_weights(text, "name_weights.tsv")
    assert "\n" not in str(caught.value)


def test_comments_and_blank_lines_are_skipped() -> None:
    # the header says how the file was made; comments may follow a weight too
    weights = parse_weights("# header\n\n" + GOOD.replace("alone 1.0", "alone 1.0  # why"), "good")
    assert weights.weights[Feature.ALONE] == 1.0


def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(NameWeightsError, match="cannot read"):
        load_weights(tmp_path / "missing.tsv")


def test_broken_file_blocks_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "broken.tsv"
    broken.write_text(_without("alone"), encoding="utf-8")
    engine = Engine(GuardrailSettings())
    rule = next(rule for rule, _severity in engine.rules if rule.id == "phi.name")
    monkeypatch.setattr(rule, "WEIGHTS_FILE", str(broken))  # an absolute name replaces the data folder
    report = engine.check("Thank you, Dana Whitfield, for the flowers.")
    failed = [f for f in report.findings if f.rule == "phi.name"]
    assert failed and all(f.severity is Severity.BLOCK for f in failed)
    assert report.verdict is Verdict.BLOCK


def test_learned_context_lines_load_and_score() -> None:
    # ctx: lines are the learned context keys (people_names_learned); a key the file does not list weighs 0
    weights = parse_weights(GOOD + "ctx:l1:thanks 0.5\nctx:w:chemo 0.25\n", "good")
    assert weights.context == {"l1:thanks": 0.5, "w:chemo": 0.25}
    plain = weights.score([Feature.ALONE])
    assert weights.score([Feature.ALONE], {"l1:thanks", "w:chemo", "w:unseen"}) == plain + 0.75


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ("ctx:l1:thanks 0.5\nctx:l1:thanks 0.7\n", "given twice"),  # which of the two holds is unclear
        ("ctx:l1:thanks half\n", "not a number"),  # a weight must be a number
        ("ctx:l1:thanks inf\n", "finite"),  # an infinite weight would decide every candidate alone
    ],
)
def test_broken_learned_line_is_an_error(extra: str, says: str) -> None:
    with pytest.raises(NameWeightsError, match=says):
        parse_weights(GOOD + extra, "name_weights.tsv")


def test_learned_score_ignores_the_order_of_keys() -> None:
    # math.fsum is correctly rounded: a set's order (it changes with the hash seed) cannot change the last bit
    lines = "".join(f"ctx:w:k{i} {0.1 * (i % 7) - 0.3:.4f}\n" for i in range(40))
    weights = parse_weights(GOOD + lines, "good")
    keys = [f"w:k{i}" for i in range(40)]
    assert weights.score([Feature.ALONE], keys) == weights.score([Feature.ALONE], list(reversed(keys)))


def test_context_keys_replace_the_candidate_by_its_shape() -> None:
    text = "Huge thanks to Dana Whitfield, who rang the bell today!"
    start = text.index("Dana")
    keys = context_keys(text, text.lower(), start, start + len("Dana Whitfield"))
    assert {"sh:Xx_Xx", "l1:to", "lb:thanks_to", "r1:,", "w:rang"} <= keys
    assert not any("dana" in k or "whitfield" in k for k in keys)  # the name itself is never a feature


def test_context_keys_read_a_bounded_window() -> None:
    # words further than the window from the candidate are not read: the work per candidate is bounded
    far = "chemo " * 40
    text = far + "x" * 120 + " Dana Whitfield smiled."
    start = text.index("Dana")
    keys = context_keys(text, text.lower(), start, start + len("Dana Whitfield"))
    assert "w:chemo" not in keys


def test_the_rule_reads_learned_weights_when_the_file_has_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = (DATA_DIR / WEIGHTS_FILE).read_text(encoding="utf-8")
    learned = tmp_path / "learned.tsv"
    learned.write_text(shipped + "ctx:w:flowers -9.0\n", encoding="utf-8")
    engine = Engine(GuardrailSettings())
    rule = next(rule for rule, _severity in engine.rules if rule.id == "phi.name")
    text = "Thank you, Dana Whitfield, for the flowers."
    assert [f.text for f in engine.check(text).findings if f.rule == "phi.name"] == ["Dana Whitfield"]
    monkeypatch.setattr(rule, "WEIGHTS_FILE", str(learned))
    assert [f for f in engine.check(text).findings if f.rule == "phi.name"] == []
