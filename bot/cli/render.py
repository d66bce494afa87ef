"""Rich rendering for people at a terminal: the text with findings marked, the fixes, the verdict.

Only layout lives here; the sentences come from bot.messages. Everything wraps and nothing is cropped: a
reviewer must read the whole post and every finding even in an 80-column terminal, so long words fold onto the
next line and table cells never end in an ellipsis.
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from bot.messages import check as check_msg
from bot.messages.common import VERDICT_BADGE
from guardrails import Report, Severity, Verdict

SEVERITY_STYLE = {Severity.BLOCK: "bold red", Severity.FIX: "yellow", Severity.WARN: "magenta"}
VERDICT_STYLE = {
    Verdict.PASS: "bold green",
    Verdict.WARN: "bold magenta",
    Verdict.FIX: "bold yellow",
    Verdict.BLOCK: "bold white on red",
}


def console(stderr: bool = False, width: int | None = None) -> Console:
    """Wrapping on (soft_wrap would hand long lines to the terminal, and inside a panel Rich crops them)."""
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def verdict_badge(verdict: Verdict) -> Text:
    return Text(f" {VERDICT_BADGE[verdict]} ", style=VERDICT_STYLE[verdict])


def marked_text(report: Report) -> Text:
    """The original text with each finding's span styled by severity and numbered."""
    text = Text(report.text, overflow="fold")
    for number, finding in enumerate(report.findings, start=1):
        if finding.start is None or finding.end is None:
            continue
        text.stylize(f"underline {SEVERITY_STYLE[finding.severity]}", finding.start, finding.end)
        text.stylize("reverse" if finding.severity is Severity.BLOCK else "", finding.start, finding.end)
        _ = number
    return text


def findings_table(report: Report) -> RenderableType:
    if not report.findings:
        return Text(check_msg.NO_FINDINGS, style="green")
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("rule", overflow="fold")
    table.add_column("severity", overflow="fold")
    table.add_column("where", overflow="fold")
    table.add_column("why", overflow="fold")
    for number, finding in enumerate(report.findings, start=1):
        where = f"{finding.start}-{finding.end} {finding.text!r}" if finding.start is not None else "whole text"
        table.add_row(
            str(number),
            finding.rule,
            Text(finding.severity.value, style=SEVERITY_STYLE[finding.severity]),
            where,
            finding.message,
        )
    return table


def report_panel(report: Report, title: str | None = None) -> RenderableType:
    parts: list[RenderableType] = [verdict_badge(report.verdict), Text(""), marked_text(report), Text("")]
    parts.append(findings_table(report))
    if report.fixed_text != report.text:
        label = check_msg.REDACTED_PREVIEW if report.verdict is Verdict.BLOCK else check_msg.FIXED_TEXT
        parts += [Text(""), Text(label, style="bold"), Text(report.fixed_text, overflow="fold")]
    if report.remaining and report.verdict is Verdict.BLOCK:
        parts += [Text(check_msg.REMAINING, style="bold red")]
        parts += [Text(f"  {f.rule}: {f.message}", overflow="fold") for f in report.remaining]
    heading = title or check_msg.HEADING.format(platform=f" ({report.platform})" if report.platform else "")
    return Panel(Group(*parts), title=heading, title_align="left", border_style=VERDICT_STYLE[report.verdict])
