"""app.yaml values have the types they claim: YAML's text where a boolean or a number belongs is an error naming
the key (exit 2 from the CLI, one line), never a guess. Written as files and read by the CLI, as a person would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('review: {allow_self_approval: "yes"}', "review.allow_self_approval"),  # was read as true: self-approval on
        ('guardrails: {rules: {phi.mrn: {enabled: "off"}}}', "guardrails.rules.phi.mrn.enabled"),  # was false: off
        ("guardrails: {rules: {phi.mrn: {enabled: 0}}}", "guardrails.rules.phi.mrn.enabled"),  # 0 is not false
        ('policy: {extend_builtin: "true"}', "policy.extend_builtin"),  # quoted true is text
        ('llm: {max_retries: "2"}', "llm.max_retries"),  # a quoted number is text
        ("llm: {max_retries: 2.5}", "llm.max_retries"),  # a count is a whole number
        ('llm: {deadline_seconds: "20"}', "llm.deadline_seconds"),  # the deadline too
        ('guardrails: {platforms: {x: {max_chars: "280", max_hashtags: 2}}}', "guardrails.platforms.x.max_chars"),
        ("organization: {name: 42}", "organization.name"),  # a number where a name belongs
        ("review: {reviewers: compliance@riversidehealth.org}", "review.reviewers"),  # one string, not a list
        ("llm: {timeout_seconds: 2024-01-01}", "llm.timeout_seconds"),  # a YAML date is not a number of seconds
        ('guardrails: {rules: {phi.mrn: "off"}}', "guardrails.rules.phi.mrn"),  # text is no switch, even as shorthand
    ],
)
def test_a_value_of_the_wrong_type_is_an_error_naming_its_key(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / "app.yaml"
    path.write_text(body + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert f"{key}:" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        "review: {allow_self_approval: true}",  # YAML's own booleans are booleans
        "llm: {timeout_seconds: 30, deadline_seconds: 2.5}",  # a whole number is a fine number of seconds
        "guardrails: {rules: {claims.superlative: {severity: block}}}",  # severities are names
        "drafting: {default_platforms: [x, linkedin], platforms: {twitter: {hashtags: 1}}}",  # platforms, aliases
        "storage: {data_dir: /srv/carepost}",  # paths are text in YAML
        "guardrails: {rules: {conduct.political: false}}",  # a bare boolean is the shorthand for {enabled: false}
    ],
)
def test_values_of_the_right_type_still_load(tmp_path: Path, body: str) -> None:
    path = tmp_path / "app.yaml"
    path.write_text(body + "\n")
    load_config(path)


def test_a_bare_boolean_switches_a_rule(tmp_path: Path) -> None:
    path = tmp_path / "app.yaml"
    path.write_text("guardrails: {rules: {conduct.political: false, phi.mrn: true}}\n")
    rules = load_config(path).guardrails.rules
    assert rules["conduct.political"].enabled is False
    assert rules["phi.mrn"].enabled is True and rules["phi.mrn"].severity is None


def test_the_cli_says_it_in_one_line_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "app.yaml"
    path.write_text('review: {allow_self_approval: "yes"}\n')
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--config", str(path), "hello"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "review.allow_self_approval" in line and "'yes'" in line
