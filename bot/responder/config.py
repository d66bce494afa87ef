"""`replies:` in app.yaml: how a reply to a comment or review takes the matter offline.

Kept apart from bot/config.py so the replies' settings stay with them; bot/config.py only mounts the section.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RepliesConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contact: str | None = Field(
        default=None,
        description="Where replies send people (a phone, an e-mail, a page). Default: organization.phones[0], "
        "else organization.emails[0].",
    )
