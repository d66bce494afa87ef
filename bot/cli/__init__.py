"""The `carepost` command line. Each command lives in its own module and is imported only when used,
so that `carepost check` does not pay for the LLM client, the store or the chat frameworks."""

from __future__ import annotations

import importlib
import os

import click

# name -> (module, attribute, one-line help). Keep in step with ../shared/spec/interface.md.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("bot.cli.check", "check", "Run the guardrails on a text (or a JSONL batch)."),
    "draft": ("bot.cli.draft", "draft", "Draft one post per platform from a pillar and a topic."),
    "ask": ("bot.cli.ask", "ask", "Answer a question from the social media policy guide."),
    "chat": ("bot.cli.chat", "chat", "Talk to CarePost in the terminal, as in Slack."),
    "review": ("bot.cli.review", "review", "The review queue: submit, list, show, approve, reject."),
    "advocacy": ("bot.cli.advocacy", "advocacy", "The approved library staff may share."),
    "calendar": ("bot.cli.calendar", "calendar", "Plan a month of posts on health observances; export .ics/CSV."),
    "reply": ("bot.cli.reply", "reply", "Draft HIPAA-safe replies to a comment or review, per channel."),
    "serve": ("bot.cli.serve", "serve", "Run the Slack and Teams adapters over HTTP."),
    "eval": ("bot.cli.eval", "eval_command", "Measure guardrail recall and false positives per rule."),
    "teams-package": ("bot.cli.teams_package", "teams_package", "Build the Teams app package to sideload."),
}


class LazyGroup(click.Group):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        from bot.cli.common import require_utf8

        require_utf8(args)
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module_name, attribute, _help = entry
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):  # pragma: no cover - a wiring mistake, caught by tests
            raise TypeError(f"{module_name}.{attribute} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="carepost", prog_name="carepost")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="app.yaml for every command (the same as the command's own --config, which wins).",
)
def main(config_path: str | None) -> None:
    """CarePost: platform-tailored social posts for a hospital, behind compliance guardrails."""
    if config_path:
        # every command resolves its configuration through CAREPOST_CONFIG when it has no --config of its own
        os.environ["CAREPOST_CONFIG"] = config_path
