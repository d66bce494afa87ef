"""Layout of an evaluation Summary: rich tables for people, a plain dict for `--json`."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from bot.evaluation.score import Example, RuleStats, Summary, Target, printable
from bot.messages import eval as msg


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def rules_table(summary: Summary, only: str | None) -> Table:
    table = Table(title=msg.RULES_TITLE, title_justify="left", header_style="bold")
    for name in msg.COLUMNS:
        table.add_column(name, justify="left" if name in ("rule", "sev", "status") else "right")
    for rule_id in sorted(summary.rules):
        if only and not rule_id.startswith(only):
            continue
        s = summary.rules[rule_id]
        status = Text(msg.NOT_IMPLEMENTED, style="dim") if not s.implemented else Text("")
        table.add_row(
            rule_id,
            s.severity,
            str(s.positives),
            fmt(s.recall),
            fmt(s.caught_rate) if rule_id.startswith("phi.") else "",
            fmt(s.whole_rate) if rule_id.startswith("phi.") else "",
            str(s.negatives),
            fmt(s.fp_rate),
            str(s.errors) if s.errors else "",
            status,
        )
    return table


def targets_table(targets: list[Target], title: str = msg.TARGETS_TITLE) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for name in ("measure", "value", "target", ""):
        table.add_column(name)
    for t in targets:
        verdict = (
            Text(msg.NO_DATA, style="dim")
            if t.met is None
            else Text(msg.MET, style="green")
            if t.met
            else Text(msg.NOT_MET, style="bold red")
        )
        table.add_row(t.name, fmt(t.value), t.goal, verdict)
    return table


def example_lines(examples: list[Example], limit: int) -> list[Text]:
    lines = []
    for ex in examples[:limit]:
        where = "".join(f"{k}={v} " for k, v in (("platform", ex.platform), ("org", ex.config)) if v)
        lines.append(
            Text(
                msg.EXAMPLE_LINE.format(id=ex.id, where=where, fired=",".join(ex.fired) or "-", text=printable(ex.text))
            )
        )
    return lines


def misses(summary: Summary, limit: int, only: str | None) -> list[RenderableType]:
    out: list[RenderableType] = []
    for rule_id in sorted(summary.rules):
        if only and not rule_id.startswith(only):
            continue
        s = summary.rules[rule_id]
        missed = s.positives - s.hits
        if missed:
            shown = min(limit, len(s.misses))
            out.append(Text(msg.MISSES_HEADING.format(rule=rule_id, count=missed, shown=shown), style="bold"))
            out += example_lines(s.misses, limit)
        if s.false_flags:
            shown = min(limit, len(s.false_items))
            out.append(Text(msg.FALSE_HEADING.format(rule=rule_id, count=s.false_flags, shown=shown), style="bold"))
            out += example_lines(s.false_items, limit)
    if not only and summary.clean_false:
        count = summary.clean.count - summary.clean.good
        shown = min(limit, len(summary.clean_false))
        out.append(Text(msg.CLEAN_FALSE_HEADING.format(count=count, shown=shown), style="bold"))
        out += example_lines(summary.clean_false, limit)
    return out


def human(summary: Summary, sets: list[str], show_misses: int, only: str | None) -> RenderableType:
    rate = summary.items / summary.seconds if summary.seconds else 0.0
    parts: list[RenderableType] = [
        Text(msg.HEADING.format(items=summary.items, sets=", ".join(sets), seconds=summary.seconds, rate=rate)),
        rules_table(summary, only),
        targets_table(summary.targets()),
    ]
    if summary.item_errors:
        parts.append(Text(msg.ITEM_ERRORS.format(count=len(summary.item_errors), first=summary.item_errors[0])))
    if show_misses:
        parts += misses(summary, show_misses, only)
    return Group(*parts)


def targets_json(targets: list[Target]) -> list[dict[str, Any]]:
    return [t.model_dump() for t in targets]


def rule_dict(s: RuleStats, show_misses: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "implemented": s.implemented,
        "severity": s.severity,
        "positives": s.positives,
        "hits": s.hits,
        "recall": s.recall,
        "negatives": s.negatives,
        "false_flags": s.false_flags,
        "fp_rate": s.fp_rate,
        "errors": s.errors,
    }
    if s.rule.startswith("phi."):
        data["caught"] = s.caught
        data["caught_rate"] = s.caught_rate
        data["whole_rate"] = s.whole_rate
    if show_misses:
        data["misses"] = [e.model_dump() for e in s.misses[:show_misses]]
        data["false_items"] = [e.model_dump() for e in s.false_items[:show_misses]]
    return data


def as_json(summary: Summary, sets: list[str], show_misses: int) -> dict[str, Any]:
    phi = {r: s.recall for r, s in sorted(summary.rules.items()) if r.startswith("phi.")}
    clean_fp = None if summary.clean.value is None else 1 - summary.clean.value
    advice_fp = None if summary.advice_negatives.value is None else 1 - summary.advice_negatives.value
    out: dict[str, Any] = {
        "sets": sets,
        "items": summary.items,
        "seconds": round(summary.seconds, 3),
        "item_errors": summary.item_errors,
        "rules": {r: rule_dict(s, show_misses) for r, s in sorted(summary.rules.items())},
        "overall": {
            "phi_recall": phi,
            "phi_caught_rate": summary.phi_caught.value,
            "phi_whole_rate": summary.phi_whole.value,
            "clean_items": summary.clean.count,
            "clean_false_flag_rate": clean_fp,
            "advice_recall": summary.advice_recall.value,
            "advice_negatives": summary.advice_negatives.count,
            "advice_fp_rate": advice_fp,
            "disclaimer_decisions": summary.disclaimer.count,
            "disclaimer_accuracy": summary.disclaimer.value,
        },
        "targets": targets_json(summary.targets()),
    }
    if show_misses:
        out["clean_false"] = [e.model_dump() for e in summary.clean_false[:show_misses]]
    return out


def set_figures(summary: Summary) -> dict[str, Any]:
    clean_fp = None if summary.clean.value is None else 1 - summary.clean.value
    advice_fp = None if summary.advice_negatives.value is None else 1 - summary.advice_negatives.value
    return {
        "items": summary.items,
        "phi_recall": summary.phi_recall().value,
        "phi_caught_rate": summary.phi_caught.value,
        "phi_whole_rate": summary.phi_whole.value,
        "advice_recall": summary.advice_recall.value,
        "advice_fp_rate": advice_fp,
        "clean_items": summary.clean.count,
        "clean_false_flag_rate": clean_fp,
        "disclaimer_accuracy": summary.disclaimer.value,
    }


def per_set_json(per_set: dict[str, Summary]) -> dict[str, dict[str, Any]]:
    return {name: set_figures(s) for name, s in per_set.items()}


def per_set_table(per_set: dict[str, Summary]) -> Table:
    table = Table(title=msg.PER_SET_TITLE, title_justify="left", header_style="bold")
    for name in msg.PER_SET_COLUMNS:
        table.add_column(name, justify="left" if name == "set" else "right")
    for name, summary in per_set.items():
        f = set_figures(summary)
        table.add_row(
            name,
            str(f["items"]),
            fmt(f["phi_recall"]),
            fmt(f["phi_caught_rate"]),
            fmt(f["phi_whole_rate"]),
            fmt(f["advice_recall"]),
            fmt(f["advice_fp_rate"]),
            fmt(f["clean_false_flag_rate"]),
            fmt(f["disclaimer_accuracy"]),
        )
    return table


def kinds_table(summary: Summary, limit: int) -> Table:
    """The generator kinds with the most wrong items first: where a rule's blind spots are."""
    table = Table(title=msg.KINDS_TITLE, title_justify="left", header_style="bold")
    for name in msg.KINDS_COLUMNS:
        table.add_column(name, justify="left" if name == "kind" else "right")
    ranked = sorted(summary.kinds.items(), key=lambda kv: (kv[1].value or 0.0, -kv[1].count))
    for kind, rate in ranked[:limit]:
        table.add_row(kind, str(rate.count), str(rate.count - rate.good), fmt(rate.value))
    return table


def kinds_json(summary: Summary) -> dict[str, dict[str, Any]]:
    return {k: {"items": r.count, "right": r.good, "rate": r.value} for k, r in sorted(summary.kinds.items())}
