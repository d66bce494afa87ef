"""What every command shares: --config and --json, one-line errors with exit 2, JSON output."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import click

from bot.config import AppConfig, ConfigError, load_config
from bot.messages import common as msg

if TYPE_CHECKING:
    from guardrails.settings import Platform

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK = 0
EXIT_BLOCKED = 1
EXIT_USAGE = 2


def config_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="app.yaml to use (default: $CAREPOST_CONFIG, else ./app.yaml, else built-in defaults).",
    )(func)


def json_option(func: Callable[P, R]) -> Callable[P, R]:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON object and nothing else.")(func)


def load(config_path: str | None) -> AppConfig:
    """The configuration, after one loud line on stderr per setting that loosens safety (bot/loosened.py)."""
    from bot.loosened import loosened

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        fail(msg.CONFIG_ERROR.format(detail=exc))
    for line in loosened(config):
        click.echo(line, err=True)
    return config


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One line on stderr, then exit: never a traceback."""
    click.echo(f"carepost: {message}", err=True)
    sys.exit(code)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Turn expected errors into one line and exit 2, unexpected ones into one line and exit 3."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        from guardrails import GuardrailError

        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            fail(msg.CONFIG_ERROR.format(detail=exc))
        except (GuardrailError, click.BadParameter) as exc:
            fail(str(exc))
        except (click.exceptions.Exit, click.exceptions.Abort, SystemExit, click.ClickException):
            raise
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            # the reader went away (`carepost check --jsonl ... | head`): nothing more to say to it
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_OK)
        except Exception as exc:
            if os.environ.get("CAREPOST_DEBUG"):
                raise
            fail(msg.INTERNAL_ERROR.format(kind=type(exc).__name__), 3)

    return wrapper


def platform_list(listing: str | None) -> list[Platform]:
    """`--platform x,linkedin` -> platforms; None: the defaults from app.yaml. An unknown name or an empty list is
    a usage error (exit 2), the same for every command that takes a list."""
    from bot.messages import drafting as drafting_msg
    from guardrails.engine import resolve_platform
    from guardrails.settings import Platform

    if listing is None:
        return []
    names = [name.strip() for name in listing.split(",") if name.strip()]
    if not names:
        fail(drafting_msg.NO_PLATFORM.format(valid=", ".join(p.value for p in Platform)))
    resolved = [resolve_platform(name) for name in names]
    return list(dict.fromkeys(p for p in resolved if p is not None))


def read_stdin() -> str:
    """All of standard input, as strict UTF-8. Python reads undecodable bytes as lone surrogates (a UTF-8 or C
    locale), which the store and the terminal then cannot encode: `review submit -` exited 3."""
    return utf8(sys.stdin.buffer.read(), "standard input")


def utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        fail(msg.NOT_UTF8.format(what=what))


def require_utf8(args: list[str]) -> None:
    """Command-line arguments arrive as text with undecodable bytes turned into lone surrogates: refuse them
    here, once for every command, naming the argument."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "replace").decode("utf-8")[:40]
            fail(msg.NOT_UTF8.format(what=f"the argument {shown!r}"))


def emit_json(payload: Any) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False))


def read_text_argument(text: str | None, what: str = "TEXT") -> str:
    """TEXT as given, or standard input for `-`. Empty text is a usage error."""
    if text == "-":
        text = read_stdin()
    if text is None or not text.strip():
        fail(msg.EMPTY_TEXT.format(what=what))
    return text
