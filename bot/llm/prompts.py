"""Prompt templates as data files (prompts/*.yaml), in the manner of simonw/llm's templates.

A template names the variables it takes; loading fails when the text uses a variable it does not declare,
and rendering fails when a declared variable has neither a value nor a default. A prompt is therefore never
sent with a hole in it, and a typo in a prompt file is caught by the first test that loads it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from string import Template

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class PromptError(ValueError):
    """A prompt file that does not load, or a render with a missing variable. The message is one line."""


class PromptTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    system: str
    prompt: str
    variables: list[str] = Field(default_factory=list)
    defaults: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _declared(self) -> PromptTemplate:
        used = used_variables(self.system) | used_variables(self.prompt)
        undeclared = sorted(used - set(self.variables))
        if undeclared:
            raise ValueError(f"uses undeclared variable(s): {', '.join(undeclared)}")
        unknown_defaults = sorted(set(self.defaults) - set(self.variables))
        if unknown_defaults:
            raise ValueError(f"defaults for undeclared variable(s): {', '.join(unknown_defaults)}")
        return self

    def render(self, **values: str) -> list[dict[str, str]]:
        """Chat messages (system, user). Raises PromptError naming every missing or unknown variable."""
        merged = {**self.defaults, **values}
        missing = [v for v in self.variables if v not in merged]
        if missing:
            raise PromptError(f"prompt {self.name!r}: missing variable(s): {', '.join(missing)}")
        unknown = sorted(set(values) - set(self.variables))
        if unknown:
            raise PromptError(f"prompt {self.name!r}: unknown variable(s): {', '.join(unknown)}")
        return [
            {"role": "system", "content": Template(self.system).substitute(merged).strip()},
            {"role": "user", "content": Template(self.prompt).substitute(merged).strip()},
        ]


def used_variables(text: str) -> set[str]:
    names: set[str] = set()
    for match in Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name:
            names.add(name)
    return names


@lru_cache(maxsize=8)
def load_prompt(name: str) -> PromptTemplate:
    """prompts/<name>.yaml, validated."""
    try:
        raw = resources.files("prompts").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        raise PromptError(f"prompt {name!r}: prompts/{name}.yaml not found") from None
    try:
        data = yaml.safe_load(raw)
        return PromptTemplate.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else "not valid YAML"
        raise PromptError(f"prompt {name!r}: {first}") from None
