"""`carepost eval`: measure the guardrails on the labelled sets in evals/ (a measurement: exit 0 whatever the rates)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import click

from bot.cli.common import EXIT_OK, config_option, emit_json, fail, guarded, load
from bot.config import AppConfig
from bot.evaluation.items import EvalItem, EvalSetError, read_items
from bot.evaluation.orgs import ORGS_FILE, load_orgs
from bot.evaluation.score import Summary
from bot.messages import eval as msg
from guardrails import Engine

DEFAULT_SEED = 20261123


def default_dir() -> Path:
    """./evals when run from a checkout, else the evals/ beside the installed (editable) package."""
    local = Path("evals")
    if local.is_dir():
        return local
    return Path(__file__).resolve().parents[2] / "evals"


@click.command("eval")
@click.option("--set", "set_paths", multiple=True, type=click.Path(dir_okay=False), help="Run only this JSONL set.")
@click.option("--dir", "eval_dir", type=click.Path(file_okay=False), default=None, help="Where the sets live.")
@click.option("--show-misses", type=click.IntRange(min=0), default=0, help="Print up to N missed/false items per rule.")
@click.option("--by-kind", type=click.IntRange(min=0), default=0, help="Print the N worst generator kinds.")
@click.option(
    "--heldout",
    "with_heldout",
    is_flag=True,
    help="Also run the frozen held-out sets (evals/heldout*/posts.jsonl) and their targets.",
)
@click.option("--only", default=None, help="Only rules whose id starts with this (phi., advice.dosage, ...).")
@click.option("--regenerate", is_flag=True, help="Rebuild the generated sets from the seed before measuring.")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Seed for --regenerate.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@config_option
@guarded
def eval_command(
    set_paths: tuple[str, ...],
    eval_dir: str | None,
    show_misses: int,
    by_kind: int,
    with_heldout: bool,
    only: str | None,
    regenerate: bool,
    seed: int,
    as_json: bool,
    config_path: str | None,
) -> None:
    """Run the guardrails over labelled sets; print recall and false positives per rule and the overall targets."""
    directory = Path(eval_dir) if eval_dir else default_dir()
    if regenerate:
        _regenerate(directory, seed, quiet=as_json)
    paths = [Path(p) for p in set_paths] or sorted(directory.glob("*.jsonl"))
    if with_heldout:
        frozen = heldout_sets(directory)
        if not frozen:
            fail(msg.NO_HELDOUT)
        paths += [p for p in frozen if p not in paths]
    if not paths:
        fail(msg.NO_SETS.format(where=directory))
    app = load(config_path)
    try:
        summary, per_set = _measure(paths, directory, app)
    except EvalSetError as exc:
        fail(str(exc))
    names = [str(p) for p in paths]
    held_names = [str(p) for p in paths if is_heldout(p)]
    held = _pooled([per_set[name] for name in held_names])
    from bot.evaluation import render

    if as_json:
        payload = render.as_json(summary, names, show_misses)
        extra = {"heldout": render.targets_json(held.heldout_targets())} if held_names else {}
        emit_json({**payload, "per_set": render.per_set_json(per_set), "kinds": render.kinds_json(summary), **extra})
    else:
        from rich.console import Console

        width = max(Console().width, 150)  # the tables are for reading whole, also when piped to a file
        out = Console(highlight=False, width=width)
        out.print(render.human(summary, names, show_misses, only))
        if len(per_set) > 1:
            out.print(render.per_set_table(per_set))
        if held_names:
            title = msg.HELDOUT_TITLE.format(sets=", ".join(held_names))
            out.print(render.targets_table(held.heldout_targets(), title))
        if by_kind:
            out.print(render.kinds_table(summary, by_kind))
    raise SystemExit(EXIT_OK)


def heldout_sets(directory: Path) -> list[Path]:
    """The frozen held-out sets: posts.jsonl in each evals/heldout*/ folder (never the .marked sources)."""
    return sorted(directory.glob("heldout*/posts.jsonl"))


def is_heldout(path: Path) -> bool:
    return path.parent.name.startswith("heldout") and not path.name.endswith(".marked.jsonl")


def _pooled(summaries: list[Summary]) -> Summary:
    pooled = Summary()
    for one in summaries:
        pooled.merge(one)
    return pooled


def _measure(paths: list[Path], directory: Path, app: AppConfig) -> tuple[Summary, dict[str, Summary]]:
    """Score every set on its own (figures per set) and add them up (the overall figures).

    An item naming an organization missing from orgs.yaml is a usage error.
    """
    from bot.evaluation.score import Scorer

    engines: dict[Path, dict[str | None, Engine]] = {}
    overall = Summary()
    per_set: dict[str, Summary] = {}
    for path in paths:
        orgs_path = path.parent / ORGS_FILE if (path.parent / ORGS_FILE).is_file() else directory / ORGS_FILE
        settings = load_orgs(orgs_path, app)
        scorer = Scorer(settings, engines=engines.setdefault(orgs_path, {}))
        per_set[str(path)] = scorer.run(_checked(read_items(path), settings, orgs_path))
        overall.merge(per_set[str(path)])
    return overall, per_set


def _checked(items: Iterator[EvalItem], known: Mapping[str | None, object], orgs_path: Path) -> Iterator[EvalItem]:
    for item in items:
        if item.config not in known:
            raise EvalSetError(msg.UNKNOWN_ORG.format(item=item.id, org=item.config, orgs=orgs_path))
        yield item


def _regenerate(directory: Path, seed: int, *, quiet: bool) -> None:
    try:
        from bot.evaluation.generate import write_sets
    except ImportError:
        fail(msg.FAKER_MISSING)
    counts = write_sets(directory, seed)
    if not quiet:
        click.echo(
            msg.REGENERATED.format(count=sum(counts.values()), files=len(counts), where=directory, seed=seed), err=True
        )
