"""`carepost eval` and the evaluation sets: scoring definitions with stand-in rules, CLI shapes, the committed sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.config import AppConfig
from bot.evaluation.builder import HASHTAG, HASHTAG_CAP
from bot.evaluation.generate import build_sets
from bot.evaluation.items import EvalItem, Span, read_items
from bot.evaluation.orgs import load_orgs
from bot.evaluation.score import SPEC_RULES, Scorer
from guardrails.settings import Platform, default_platform_limits
from tests import fake_rules
from tests.conftest import REPO

EVALS = REPO / "evals"


def item(id_: str, text: str, **fields: object) -> EvalItem:
    return EvalItem.model_validate({"id": id_, "text": text, **fields})


@pytest.fixture
def scorer(monkeypatch: pytest.MonkeyPatch) -> Scorer:
    fake_rules.install(monkeypatch)
    return Scorer({None: AppConfig().guardrail_settings()})


def test_recall_needs_the_pinned_span(scorer: Scorer) -> None:
    text = "SECRET here, and SE CRET there"
    summary = scorer.run(
        [
            item("hit", text, expect=["phi.secret"], spans=[Span(rule="phi.secret", start=0, end=6)]),
            item("elsewhere", text, expect=["phi.secret"], spans=[Span(rule="phi.secret", start=17, end=26)]),
            item("anywhere", "a SECRET", expect=["phi.secret"]),
        ]
    )
    stats = summary.rules["phi.secret"]
    assert (stats.positives, stats.hits) == (3, 2)
    assert [m.id for m in stats.misses] == ["elsewhere"]
    assert summary.phi_caught.count == 3


def test_phi_caught_by_another_phi_rule(scorer: Scorer) -> None:
    text = "call 555-867-5309"
    summary = scorer.run([item("p", text, expect=["phi.phone"], spans=[Span(rule="phi.phone", start=5, end=17)])])
    stats = summary.rules["phi.phone"]
    assert (stats.hits, stats.caught) == (0, 1)  # wrong id (phi.fakephone), but blocked and redacted
    assert not stats.implemented


def test_phi_whole_counts_only_spans_left_with_nothing_visible(scorer: Scorer) -> None:
    text = "call 1-555-867-5309 now"
    partial = Span(rule="phi.fakephone", start=5, end=19)  # the fake rule finds 555-867-5309 only: "1" leaks
    whole = Span(rule="phi.fakephone", start=7, end=19)
    summary = scorer.run(
        [
            item("p", text, expect=["phi.fakephone"], spans=[partial]),
            item("w", text, expect=["phi.fakephone"], spans=[whole]),
        ]
    )
    stats = summary.rules["phi.fakephone"]
    assert (stats.hits, stats.caught, stats.whole) == (2, 2, 1)
    assert (summary.phi_whole.count, summary.phi_whole.good) == (2, 1)


def test_false_flags_on_forbid_and_clean(scorer: Scorer) -> None:
    summary = scorer.run(
        [
            item("forbid", "the best", forbid=["claims.best"]),
            item("clean-bad", "the best", clean=True),
            item("clean-good", "a quiet lobby", clean=True),
            item("clean-expected", "the best", clean=True, expect=["claims.best"]),
        ]
    )
    best = summary.rules["claims.best"]
    assert (best.negatives, best.false_flags) == (3, 2)
    assert (summary.clean.count, summary.clean.good) == (3, 2)
    assert [e.id for e in summary.clean_false] == ["clean-bad"]


def test_fix_severity_is_judged_only_through_expect_and_forbid(scorer: Scorer) -> None:
    summary = scorer.run(
        [
            item("needs", "health tips", expect=["disclaimer.fake"], clean=True),
            item("unlabelled", "health tips", clean=True),  # a fix finding on a clean item is no false flag
        ]
    )
    assert (summary.clean.count, summary.clean.good) == (2, 2)
    assert summary.rules["disclaimer.fake"].negatives == 0


def test_disclaimer_decisions_and_advice_rates(scorer: Scorer) -> None:
    summary = scorer.run(
        [
            item("d1", "health", expect=["disclaimer.missing"]),
            item("d2", "plain", forbid=["disclaimer.missing"]),
            item("a1", "take 400 mg", expect=["advice.dosage"]),
            item("a2", "talk to your doctor", clean=True),
        ]
    )
    assert (summary.disclaimer.count, summary.disclaimer.good) == (2, 1)  # disclaimer.missing is not a fake rule
    assert (summary.advice_recall.count, summary.advice_recall.good) == (1, 0)
    assert (summary.advice_negatives.count, summary.advice_negatives.good) == (1, 1)


def test_a_rule_that_raises_is_counted(scorer: Scorer) -> None:
    summary = scorer.run([item("b", "boom", clean=True)])
    assert summary.rules["conduct.boom"].errors == 1


def test_targets_list_every_phi_rule_with_positives(scorer: Scorer) -> None:
    summary = scorer.run([item("s", "SECRET", expect=["phi.secret"])])
    names = [t.name for t in summary.targets()]
    assert "phi.secret recall" in names
    assert {"clean-post false flags", "advice recall", "disclaimer decisions right"} <= set(names)


def write_set(directory: Path, items: list[dict[str, object]], orgs: str | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "mini.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    if orgs is not None:
        (directory / "orgs.yaml").write_text(orgs, encoding="utf-8")
    return path


def test_cli_json_shape_and_exit_zero_with_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    path = write_set(
        tmp_path / "sets",
        [
            {"id": "1", "text": "SECRET", "expect": ["phi.secret"]},
            {"id": "2", "text": "nothing here", "expect": ["phi.secret"]},
            {"id": "3", "text": "the best", "clean": True, "config": "lakeside"},
        ],
        orgs="lakeside:\n  organization:\n    name: Lakeside Clinic\n",
    )
    result = CliRunner().invoke(main, ["eval", "--set", str(path), "--json", "--show-misses", "5"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert set(payload) >= {"sets", "items", "rules", "overall", "targets"}
    assert payload["items"] == 3
    secret = payload["rules"]["phi.secret"]
    assert (secret["positives"], secret["recall"]) == (2, 0.5)
    assert [m["id"] for m in secret["misses"]] == ["2"]
    assert payload["overall"]["clean_false_flag_rate"] == 1.0
    assert set(payload["overall"]) >= {
        "phi_recall",
        "clean_false_flag_rate",
        "advice_recall",
        "advice_fp_rate",
        "disclaimer_accuracy",
    }


def test_cli_human_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    path = write_set(tmp_path, [{"id": "m1", "text": "nothing", "expect": ["phi.secret"]}])
    result = CliRunner().invoke(main, ["eval", "--set", str(path), "--show-misses", "3", "--only", "phi."])
    assert result.exit_code == 0, result.output
    assert "phi.secret" in result.output
    assert "claims.best" not in result.output  # --only filters the rows
    assert "[m1]" in result.output
    assert ">= 0.99" in result.output  # targets shown next to the figures


@pytest.mark.parametrize(
    ("lines", "needle"),
    [
        (["not json"], "mini.jsonl:1"),  # broken line, named by file and line
        ([json.dumps({"id": "x"})], "mini.jsonl:1"),  # no text
        ([json.dumps({"id": "x", "text": "t", "config": "nowhere"})], "nowhere"),  # unknown organization
        ([json.dumps({"id": "x", "text": "t", "expect": "phi.name"})], "mini.jsonl:1"),  # expect must be a list
    ],
)
def test_cli_bad_set_exits_2_with_one_line(tmp_path: Path, lines: list[str], needle: str) -> None:
    path = tmp_path / "mini.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--set", str(path)])
    assert result.exit_code == 2
    assert needle in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_cli_set_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mini.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n\xff\xfe\n')
    result = CliRunner().invoke(main, ["eval", "--set", str(path)])
    assert result.exit_code == 2
    assert "mini.jsonl: not UTF-8" in result.output


def test_cli_missing_set(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--set", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2
    assert "no such set" in result.output


def test_cli_no_sets(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "--dir", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "--regenerate" in result.output


def test_cli_regenerate_writes_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.evaluation.generate as generate

    real = generate.write_sets
    monkeypatch.setattr(generate, "write_sets", lambda directory, seed: real(directory, seed, per_rule=4))
    result = CliRunner().invoke(main, ["eval", "--dir", str(tmp_path), "--regenerate", "--seed", "7", "--json"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {"phi.jsonl", "negatives.jsonl", "orgs.yaml"}
    assert json.loads(result.output)["items"] > 0


def test_generation_is_deterministic_and_spans_are_right() -> None:
    first = build_sets(11, per_rule=6)
    again = build_sets(11, per_rule=6)
    other = build_sets(12, per_rule=6)
    assert first == again
    assert first != other
    for items in first.values():
        for it in items:
            for span in it.spans:
                assert 0 <= span.start < span.end <= len(it.text), it
                assert it.text[span.start : span.end].strip(), it
                assert span.rule in it.expect, it


def test_committed_sets_parse_and_cover_every_spec_rule() -> None:
    orgs = load_orgs(EVALS / "orgs.yaml", AppConfig())
    expected: set[str] = set()
    ids: set[str] = set()
    clean = 0
    for path in sorted(EVALS.glob("*.jsonl")):
        for it in read_items(path):
            assert it.config in orgs, it.id
            assert it.id not in ids, it.id
            ids.add(it.id)
            expected.update(it.expect)
            clean += it.clean
    assert set(SPEC_RULES) <= expected
    assert clean >= 1000


def test_clean_items_keep_their_platform_limits() -> None:
    """A clean item must not break a platform rule by construction: the label would be wrong, not the rule."""
    for path in sorted(EVALS.glob("*.jsonl")):
        for it in read_items(path):
            if not it.clean or it.platform is None or "platform.length" in it.expect:
                continue
            limits = default_platform_limits()[Platform(it.platform)]
            assert len(HASHTAG.findall(it.text)) <= min(HASHTAG_CAP[it.platform], limits.max_hashtags), it.id
            if it.platform != "x":
                assert len(it.text) <= limits.max_chars, it.id
    handwritten = list(read_items(EVALS / "handwritten.jsonl"))
    assert len(handwritten) >= 50


def test_eval_runs_on_the_handwritten_set() -> None:
    result = CliRunner().invoke(main, ["eval", "--set", str(EVALS / "handwritten.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["items"] >= 50


def test_cli_several_sets_give_per_set_and_overall_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    first = write_set(tmp_path / "a", [{"id": "1", "text": "SECRET", "expect": ["phi.secret"]}])
    second = write_set(tmp_path / "b", [{"id": "2", "text": "nothing", "expect": ["phi.secret"]}])
    result = CliRunner().invoke(main, ["eval", "--set", str(first), "--set", str(second), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["items"] == 2
    assert payload["rules"]["phi.secret"]["recall"] == 0.5
    assert [v["phi_recall"] for v in payload["per_set"].values()] == [1.0, 0.0]
    human = CliRunner().invoke(main, ["eval", "--set", str(first), "--set", str(second)])
    assert "Per set" in human.output


def test_cli_by_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_rules.install(monkeypatch)
    path = write_set(
        tmp_path,
        [
            {"id": "1", "text": "SECRET", "expect": ["phi.secret"], "kind": "k.good"},
            {"id": "2", "text": "nothing", "expect": ["phi.secret"], "kind": "k.bad"},
            {"id": "3", "text": "the best", "clean": True, "kind": "k.bad"},
        ],
    )
    payload = json.loads(CliRunner().invoke(main, ["eval", "--set", str(path), "--json"]).output)
    assert payload["kinds"] == {
        "k.bad": {"items": 2, "right": 0, "rate": 0.0},
        "k.good": {"items": 1, "right": 1, "rate": 1.0},
    }
    human = CliRunner().invoke(main, ["eval", "--set", str(path), "--by-kind", "5"]).output
    assert human.index("k.bad") < human.index("k.good")  # worst first


def _write_sets(root: Path) -> None:
    (root / "heldout_x").mkdir()
    held = [
        {
            "id": "h1",
            "text": "Thanks Dana Whitfield!",
            "expect": ["phi.name"],
            "spans": [{"rule": "phi.name", "start": 7, "end": 21}],
        },
        {"id": "h2", "text": "Flu shots Saturday at our clinic.", "clean": True},
    ]
    (root / "heldout_x" / "posts.jsonl").write_text("\n".join(json.dumps(i) for i in held) + "\n")
    # the marked-up source beside it must never be read as a set: its text still holds the [[...]] marks
    (root / "heldout_x" / "posts.marked.jsonl").write_text('{"id": "m", "text": "[[phi.name|Dana]]", "clean": true}\n')
    (root / "train.jsonl").write_text('{"id": "t", "text": "hello", "clean": true}\n')


def test_heldout_sets_only_with_the_flag(tmp_path: Path) -> None:
    # tuners run plain `carepost eval`: the held-out items must not reach them through --show-misses
    _write_sets(tmp_path)
    plain = json.loads(CliRunner().invoke(main, ["eval", "--dir", str(tmp_path), "--json"]).output)
    assert plain["sets"] == [str(tmp_path / "train.jsonl")] and "heldout" not in plain
    result = CliRunner().invoke(main, ["eval", "--dir", str(tmp_path), "--heldout", "--json"])
    data = json.loads(result.output)
    assert data["sets"] == [str(tmp_path / "train.jsonl"), str(tmp_path / "heldout_x" / "posts.jsonl")]
    assert {t["name"]: t["value"] for t in data["heldout"]}["PHI recall (pooled)"] == 1.0


def test_heldout_flag_without_heldout_sets_is_a_usage_error(tmp_path: Path) -> None:
    # asking for the held-out figures where there are none must not print training figures as if they were
    (tmp_path / "train.jsonl").write_text('{"id": "t", "text": "hello", "clean": true}\n')
    result = CliRunner().invoke(main, ["eval", "--dir", str(tmp_path), "--heldout"])
    assert result.exit_code == 2 and "held-out" in result.output
