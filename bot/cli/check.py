"""`carepost check`: the guardrails on a staff-written text, or on a JSONL batch."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from bot.cli.common import (
    EXIT_BLOCKED,
    EXIT_OK,
    EXIT_USAGE,
    config_option,
    emit_json,
    fail,
    guarded,
    load,
    read_text_argument,
)
from bot.cli.door import cli_actor, failed
from bot.cli.review import CLI_USER
from bot.intents import CheckIntent
from bot.messages import check as msg
from bot.replies import CheckReply, ErrorReply, Reply
from bot.service import CarePost
from guardrails import GuardrailError, Report, Verdict
from guardrails.engine import resolve_platform


def _rule_list() -> str:
    from guardrails.registry import rule_ids

    return msg.HELP_RULES.format(rules=", ".join(rule_ids()))


@click.command(epilog=_rule_list())
@click.argument("text", required=False)
@click.option("--platform", "-p", default=None, help="facebook, x (twitter), instagram, linkedin, threads, youtube.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help='Batch: read {"id","text"[,"platform"]} lines on stdin.')
@config_option
@guarded
def check(text: str | None, platform: str | None, as_json: bool, as_jsonl: bool, config_path: str | None) -> None:
    """Run the guardrails on TEXT (- reads standard input). Exit 1 when the verdict is block."""
    service = CarePost(load(config_path))
    with asyncio.Runner() as runner:
        check_text = in_core(service, runner)
        if as_jsonl:
            if text not in (None, "-"):
                fail("--jsonl reads its texts from standard input; do not pass TEXT")
            sys.exit(_check_batch(check_text, platform))
        report = check_text(read_text_argument(text), platform)
    if isinstance(report, ErrorReply):
        failed(report, as_json)
    if as_json:
        emit_json(check_payload(report))
    else:
        from bot.cli.render import console, report_panel

        console().print(report_panel(report))
    sys.exit(EXIT_BLOCKED if report.verdict is Verdict.BLOCK else EXIT_OK)


CheckText = Callable[[str, str | None], "Report | ErrorReply"]


def in_core(service: CarePost, runner: asyncio.Runner) -> CheckText:
    """A text through `CarePost.handle`, as `/check` in Slack: its Report, or the ErrorReply saying why not.
    One event loop (`runner`) serves a whole batch."""

    def check_text(text: str, platform: str | None) -> Report | ErrorReply:
        try:
            intent = CheckIntent(text=text, platform=resolve_platform(platform))
        except GuardrailError as exc:
            return ErrorReply(message=str(exc))
        reply = runner.run(service.handle(intent, cli_actor(CLI_USER)))
        return reply.report if isinstance(reply, CheckReply) else _error(reply)

    return check_text


def _error(reply: Reply) -> ErrorReply:
    return reply if isinstance(reply, ErrorReply) else ErrorReply(message=reply.kind, problem="internal")


def check_payload(report: Report) -> dict[str, Any]:
    return {
        "verdict": report.verdict.value,
        "findings": [f.model_dump(mode="json") for f in report.findings],
        "text": report.text,
        "fixed_text": report.fixed_text,
        "platform": report.platform,
    }


def _check_batch(check_text: CheckText, default_platform: str | None) -> int:
    """One output line per input line, same order; a bad line gets an `error` line and nothing is lost."""
    worst = EXIT_OK
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            item_id, outcome = (
                None,
                {"line": number, "error": msg.JSONL_BAD_LINE.format(line=number, problem=msg.JSONL_NOT_UTF8)},
            )
        else:
            if not line.strip():
                continue
            item_id, outcome = _check_line(check_text, line, number, default_platform)
        if "error" in outcome:
            worst = EXIT_USAGE
        elif outcome["verdict"] == Verdict.BLOCK.value and worst == EXIT_OK:
            worst = EXIT_BLOCKED
        emit_json({"id": item_id, **outcome})
    return worst


def _check_line(
    check_text: CheckText, line: str, number: int, default_platform: str | None
) -> tuple[Any, dict[str, Any]]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, {
            "line": number,
            "error": msg.JSONL_BAD_LINE.format(line=number, problem=msg.JSONL_BAD_JSON.format(detail=exc.msg)),
        }
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return None if not isinstance(item, dict) else item.get("id"), {
            "line": number,
            "error": msg.JSONL_BAD_LINE.format(line=number, problem=msg.JSONL_NOT_OBJECT),
        }
    if not item["text"].strip():
        return item.get("id"), {
            "line": number,
            "error": msg.JSONL_BAD_LINE.format(line=number, problem=msg.JSONL_EMPTY),
        }
    platform = item.get("platform") or default_platform
    if platform is not None and not isinstance(platform, str):
        return item.get("id"), {
            "line": number,
            "error": msg.JSONL_BAD_LINE.format(line=number, problem=msg.JSONL_BAD_PLATFORM),
        }
    report = check_text(item["text"], platform)
    if isinstance(report, ErrorReply):
        return item.get("id"), {"line": number, "error": msg.JSONL_BAD_LINE.format(line=number, problem=report.message)}
    payload = check_payload(report)
    return item.get("id"), {k: payload[k] for k in ("verdict", "findings", "fixed_text")}
