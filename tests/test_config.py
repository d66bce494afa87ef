"""app.yaml: partial files over defaults, errors that name the key, and the shipped file equal to the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import AppConfig, ConfigError, load_config
from guardrails.settings import Platform
from tests.conftest import REPO


def write(tmp_path: Path, body: str, name: str = "app.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def one_line_error(path: Path | str) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_no_file_means_built_in_defaults() -> None:
    assert load_config(None) == AppConfig()


def test_empty_file_means_built_in_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "# nothing here\n"))
    assert config.model_dump() == AppConfig().model_dump()


def test_partial_file_merges_over_defaults(tmp_path: Path) -> None:
    config = load_config(
        write(
            tmp_path,
            "organization:\n  name: Lakeside Clinic\n"
            "guardrails:\n  platforms:\n    x: {max_chars: 250, max_hashtags: 1}\n"
            "llm:\n  temperature: 0.1\n",
        )
    )
    defaults = AppConfig()
    assert config.organization.name == "Lakeside Clinic"
    assert config.organization.phones == defaults.organization.phones  # sibling keys keep their defaults
    assert config.guardrails.platforms[Platform.X].max_chars == 250
    assert config.guardrails.platforms[Platform.FACEBOOK] == defaults.guardrails.platforms[Platform.FACEBOOK]
    assert config.llm.temperature == 0.1
    assert config.llm.model == defaults.llm.model
    assert config.guardrail_settings().organization.name == "Lakeside Clinic"


def test_platform_alias_as_a_key(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "guardrails:\n  platforms:\n    twitter: {max_chars: 200, max_hashtags: 2}\n"))
    assert config.guardrails.platforms[Platform.X].max_chars == 200


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("organisation:\n  name: X\n", "organisation"),  # misspelt top-level key
        ("review:\n  reviewer: [a@b.org]\n", "review.reviewer"),  # misspelt nested key
        ("organization:\n  phone: ['1']\n", "organization.phone"),  # singular for plural
        ("llm:\n  timeout_seconds: soon\n", "llm.timeout_seconds"),  # wrong type
        ("llm:\n  temperature: 7\n", "llm.temperature"),  # out of range
        ("guardrails:\n  platforms:\n    myspace: {max_chars: 1, max_hashtags: 1}\n", "myspace"),  # unknown platform
        ("guardrails:\n  rules:\n    phi.nmae: {enabled: false}\n", "phi.nmae"),  # unknown rule id
        ("guardrails:\n  rules:\n    claims.fear: {severity: loud}\n", "claims.fear"),  # unknown severity
        ("staff:\n  - {name: Ann Lee, role: RN}\n", "staff.0.role"),  # unknown key in a list item
    ],
)
def test_bad_key_or_value_names_the_key(tmp_path: Path, body: str, key: str) -> None:
    message = one_line_error(write(tmp_path, body))
    assert key in message
    assert "app.yaml" in message


def test_broken_yaml_gives_line_and_column(tmp_path: Path) -> None:
    message = one_line_error(write(tmp_path, "organization:\n  name: [unclosed\n  phones: x\n"))
    assert "not valid YAML" in message
    assert "line " in message
    assert "column " in message


@pytest.mark.parametrize("body", ["- just\n- a list\n", "just a string\n", "42\n"])
def test_top_level_must_be_a_mapping(tmp_path: Path, body: str) -> None:
    assert "top level" in one_line_error(write(tmp_path, body))


def test_missing_config_file(tmp_path: Path) -> None:
    message = one_line_error(tmp_path / "nope.yaml")
    assert "nope.yaml" in message
    assert "not found" in message


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "app.yaml"
    path.write_bytes(b"organization:\n  name: \xff\xfe\n")
    assert "cannot read" in one_line_error(path)


def test_config_from_environment_then_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "organization:\n  name: From Cwd\n")
    assert load_config(None).organization.name == "From Cwd"  # conftest made tmp_path the cwd
    env_file = write(tmp_path, "organization:\n  name: From Env\n", name="env.yaml")
    monkeypatch.setenv("CAREPOST_CONFIG", str(env_file))
    assert load_config(None).organization.name == "From Env"
    explicit = write(tmp_path, "organization:\n  name: Explicit\n", name="explicit.yaml")
    assert load_config(explicit).organization.name == "Explicit"


def test_the_repository_app_yaml_loads_and_equals_the_defaults() -> None:
    config = load_config(REPO / "app.yaml")
    # all but the README's example reviewer, there so that its `review approve` example runs as written
    assert config.review.reviewers == ["compliance@riversidehealth.org"]
    # and the example facts folder for the default organization (facts/), so drafts on new topics quote it
    assert config.drafting.facts == [Path("facts")]
    review = config.review.model_copy(update={"reviewers": []})
    drafting = config.drafting.model_copy(update={"facts": []})
    without_example = config.model_copy(update={"review": review, "drafting": drafting})
    assert without_example.model_dump() == AppConfig().model_dump()
    assert config.guardrail_settings() == AppConfig().guardrail_settings()
