"""app.yaml -> pydantic models over built-in defaults.

A file may hold only some keys: mappings are merged key by key over the defaults, lists replace. Every
model forbids unknown keys, so a typo is an error that names the key (`review.reviewer: unknown key`),
never a setting silently ignored. Secrets never come from here: they are read from the environment.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.calendar.config import CalendarConfig
from bot.responder.config import RepliesConfig
from guardrails.settings import (
    AdviceModelSettings,
    Disclaimers,
    GuardrailSettings,
    NameSettings,
    Organization,
    Platform,
    PlatformLimits,
    RuleSetting,
    StaffMember,
    Terms,
    canonical_platform,
    default_platform_limits,
    merge_platform_limits,
)


class ConfigError(ValueError):
    """A configuration problem, as one line that names the file and key."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuardrailOptions(Section):
    rules: dict[str, RuleSetting] = Field(default_factory=dict)
    disclaimers: Disclaimers = Field(default_factory=Disclaimers)
    platforms: dict[Platform, PlatformLimits] = Field(default_factory=default_platform_limits)
    terms: Terms = Field(default_factory=Terms)
    names: NameSettings = Field(default_factory=NameSettings)
    advice_model: AdviceModelSettings = Field(default_factory=AdviceModelSettings)
    max_text_chars: int = Field(default=100_000, gt=0)

    @field_validator("platforms", mode="before")
    @classmethod
    def _merge_platforms(cls, value: object) -> object:
        return merge_platform_limits(value)


class PillarOverride(Section):
    """`drafting.pillars.<key>`: change fields of a built-in pillar (bot/drafting/data/content.yaml) or add one."""

    label: str | None = None
    purpose: str | None = None
    aliases: list[str] | None = None
    kinds: list[str] | None = None
    hashtags: list[str] | None = None


class PlatformOverride(Section):
    """`drafting.platforms.<platform>`: change fields of a built-in platform profile. Limits live in guardrails."""

    role: str | None = None
    tone: str | None = None
    structure: list[str] | None = None
    hashtags: int | None = Field(default=None, ge=0)
    emoji: Literal["none", "light", "moderate"] | None = None
    alt_text: bool | None = None
    frequency: str | None = None


class DraftingConfig(Section):
    default_platforms: list[Platform] = Field(default_factory=lambda: list(Platform))
    banned_words: list[str] = Field(default_factory=list)
    cta_phone: str | None = Field(default=None, description="Phone for calls to action; default the first org phone.")
    cta_url: str | None = Field(default=None, description="Link for calls to action; default the org website.")
    brand_hashtags: list[str] = Field(default_factory=list, description="Added after the topic's own hashtags.")
    max_repair_rounds: int = Field(default=2, ge=0, le=5)
    drafter: Literal["auto", "offline", "llm"] = Field(
        default="auto", description="auto: the LLM when OPENAI_API_KEY is set, else the offline templates."
    )
    pillars: dict[str, PillarOverride] = Field(default_factory=dict)
    platforms: dict[Platform, PlatformOverride] = Field(default_factory=dict)
    facts: list[Path] = Field(
        default_factory=list, description="Markdown/text files or folders of the organization's own facts."
    )

    @field_validator("platforms", mode="before")
    @classmethod
    def _platform_aliases(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        return {(canonical_platform(k) or k) if isinstance(k, str) else k: v for k, v in value.items()}


class LLMConfig(Section):
    """The model behind drafting (and answers). Key and base URL come from OPENAI_API_KEY / OPENAI_BASE_URL."""

    model: str = Field(default="gpt-4o-mini", description="Overridden by $CAREPOST_MODEL.")
    timeout_seconds: float = Field(default=30.0, gt=0, description="Per attempt.")
    deadline_seconds: float = Field(
        default=20.0, gt=0, le=600, description="Total for one person's request, retries and backoff included."
    )
    max_retries: int = Field(default=2, ge=0, le=10, description="The openai client's own retries on 429/5xx.")
    temperature: float = Field(default=0.4, ge=0, le=2)
    max_output_tokens: int = Field(default=900, gt=0, description="Per platform drafted, and per revision.")
    max_prompt_tokens: int = Field(default=6000, gt=0, description="Counted offline with tiktoken before sending.")


class PolicyConfig(Section):
    guide: list[Path] = Field(default_factory=list)
    extend_builtin: bool = Field(default=False, description="Keep the built-in guide beside the files in `guide`.")
    min_coverage: float = Field(
        default=0.5, ge=0, le=1, description="Share of the question's key terms the best section must hold."
    )


class ReviewConfig(Section):
    reviewers: list[str] = Field(default_factory=list)
    allow_self_approval: bool = False


class StorageConfig(Section):
    data_dir: Path | None = Field(default=None, description="Default: $CAREPOST_DATA_DIR, else ~/.local/share/carepost")


class SlackConfig(Section):
    reviewer_user_group: str | None = None
    review_channel: str | None = None


class TeamsConfig(Section):
    advocacy_channel_name: str = "Advocacy"
    public_url: str | None = Field(
        default=None,
        description="The address Teams users reach this server at (https://...); with it the calendar card links "
        "to the month's .ics and CSV, served by `carepost serve` at /calendar/<month>.ics.",
    )
    link_days: int = Field(default=7, ge=1, le=90, description="How long a calendar link in a Teams card works.")

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parsed = urlsplit(value.strip())
        if parsed.scheme not in ("https", "http") or not parsed.netloc or parsed.query or parsed.fragment:
            raise ValueError("must be the server's base address, such as https://carepost.example.org")
        return value.strip().rstrip("/")


class AppConfig(Section):
    organization: Organization = Field(default_factory=Organization)
    staff: list[StaffMember] = Field(default_factory=lambda: [StaffMember(name="Sarah Chen", title="MD, Cardiology")])
    guardrails: GuardrailOptions = Field(default_factory=GuardrailOptions)
    drafting: DraftingConfig = Field(default_factory=DraftingConfig)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    review: ReviewConfig = Field(default_factory=ReviewConfig)
    storage: StorageConfig = Field(default_factory=StorageConfig)
    slack: SlackConfig = Field(default_factory=SlackConfig)
    teams: TeamsConfig = Field(default_factory=TeamsConfig)
    calendar: CalendarConfig = Field(default_factory=CalendarConfig)
    replies: RepliesConfig = Field(default_factory=RepliesConfig)
    source: Path | None = Field(default=None, exclude=True, description="The file this was read from.")

    def guardrail_settings(self) -> GuardrailSettings:
        g = self.guardrails
        return GuardrailSettings(
            organization=self.organization,
            staff=self.staff,
            rules=g.rules,
            disclaimers=g.disclaimers,
            platforms=dict(g.platforms),
            terms=g.terms,
            names=g.names,
            advice_model=g.advice_model,
            max_text_chars=g.max_text_chars,
        )

    def data_dir(self) -> Path:
        if self.storage.data_dir is not None:
            return self.storage.data_dir
        env = os.environ.get("CAREPOST_DATA_DIR")
        if env:
            return Path(env)
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        return Path(base) / "carepost"

    def database_url(self) -> str:
        return os.environ.get("CAREPOST_DATABASE_URL") or f"sqlite:///{self.data_dir() / 'carepost.db'}"


def resolve_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    """--config, else CAREPOST_CONFIG, else ./app.yaml if present, else None (built-in defaults)."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("CAREPOST_CONFIG")
    if env:
        return Path(env)
    local = Path("app.yaml")
    return local if local.is_file() else None


def load_config(path: str | os.PathLike[str] | None = None) -> AppConfig:
    """Read the configuration. Raises ConfigError with one line naming the file and the key."""
    resolved = resolve_path(path)
    if resolved is None:
        return AppConfig()
    data = _read_yaml(resolved)
    return config_from_mapping(data, source=resolved)


def config_from_mapping(data: Mapping[str, Any], source: Path | None = None) -> AppConfig:
    where = f"{source}: " if source else ""
    try:
        config = AppConfig.model_validate_json(_as_json(data), strict=True)
    except ValidationError as exc:
        raise ConfigError(where + describe_validation_error(exc)) from None
    config = config.model_copy(update={"source": source})
    _check_cross_keys(config, where)
    return config


def _as_json(data: Mapping[str, Any]) -> str:
    """Strict types for every key: `allow_self_approval: "yes"` or `enabled: "off"` is an error naming the key,
    never a guess. Validated as JSON so that strict mode still reads what YAML can only write as text (paths,
    platform and severity names); a YAML date or other value JSON lacks becomes text, which a key wanting a
    number or a boolean then refuses."""
    return json.dumps(dict(data), default=str)


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem as `key.path: what is wrong`; the count of further problems if any."""
    errors = exc.errors()
    first = errors[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    if first["type"] == "extra_forbidden":
        text = f"{key}: unknown key (check its spelling and level)"
    else:
        text = f"{key}: {first['msg']}"
        if "input" in first and not isinstance(first["input"], dict | list):
            text += f" (got {first['input']!r})"
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return text


def _check_cross_keys(config: AppConfig, where: str) -> None:
    from guardrails.registry import UnknownRuleError, check_rule_ids

    try:
        check_rule_ids(config.guardrail_settings())
    except UnknownRuleError as exc:
        raise ConfigError(where + str(exc)) from None
    for path in config.policy.guide:
        full = path if path.is_absolute() or config.source is None else config.source.parent / path
        if not full.exists():
            raise ConfigError(f"{where}policy.guide: {path} does not exist")
    for path in config.drafting.facts:
        full = path if path.is_absolute() or config.source is None else config.source.parent / path
        if not full.exists():
            raise ConfigError(f"{where}drafting.facts: {path} does not exist (a Markdown file or folder of facts)")


def _read_yaml(path: Path) -> Mapping[str, Any]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found (pass --config PATH or set CAREPOST_CONFIG)") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory; point --config or CAREPOST_CONFIG at an app.yaml file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.__class__.__name__})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{path}: not valid YAML{at}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys (organization:, staff:, ...)")
    _refuse_alias_bombs(data, path)
    return data


MAX_CONFIG_VALUES = 100_000


def _refuse_alias_bombs(data: Mapping[str, Any], path: Path) -> None:
    """YAML aliases let a few lines stand for billions of values, or for themselves (`a: &a [*a]`): count the
    values as they expand, and stop at a bound no real app.yaml comes near, before anything walks the tree
    (validation did: 45 s and an out-of-memory abort, or exit 3 on a self-reference)."""
    seen = 0
    pending: list[Any] = [data]
    while pending:
        node = pending.pop()
        seen += 1
        if seen > MAX_CONFIG_VALUES:
            raise ConfigError(
                f"{path}: YAML aliases (*name) expand to more than {MAX_CONFIG_VALUES:,} values or refer to"
                " themselves; write the values out instead"
            )
        if isinstance(node, dict):
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
