"""The fictional organizations an evaluation set refers to, read from the set's orgs.yaml.

Each entry is a partial app.yaml (organization, staff, guardrails.terms, disclaimers) read through the same
loader as the real configuration, so an entry is merged over the built-in defaults exactly like a customer's.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.config import AppConfig, ConfigError, config_from_mapping
from bot.evaluation.items import EvalSetError
from guardrails.settings import GuardrailSettings

ORGS_FILE = "orgs.yaml"


def load_orgs(path: Path, default: AppConfig) -> dict[str | None, GuardrailSettings]:
    """Organization id -> guardrail settings; None maps to `default` (items that name no organization)."""
    settings: dict[str | None, GuardrailSettings] = {None: default.guardrail_settings()}
    if not path.is_file():
        return settings
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise EvalSetError(f"{path}: cannot read the organizations ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise EvalSetError(f"{path}: the top level must map organization ids to partial app.yaml mappings")
    for org_id, mapping in data.items():
        if not isinstance(mapping, dict):
            raise EvalSetError(f"{path}: {org_id}: must be a mapping (a partial app.yaml)")
        try:
            settings[str(org_id)] = config_from_mapping(mapping).guardrail_settings()
        except ConfigError as exc:
            raise EvalSetError(f"{path}: {org_id}: {exc}") from None
    return settings
