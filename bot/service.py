"""CarePost itself: the one home of business logic. Adapters (CLI, Slack, Teams, terminal) only call this.

Every text this service hands back as postable carries a guardrail Report that the service made itself,
from the configuration it was built with. Heavy parts (the LLM client, the store, the policy index) load
on first use so that `carepost check` starts fast. Each area keeps its logic in its own package; the
methods here are the one door into it.
"""

from __future__ import annotations

from bot.config import AppConfig
from guardrails import Engine, Platform, Report


class CarePost:
    def __init__(self, config: AppConfig | None = None) -> None:
        self.config = config or AppConfig()
        self.engine = Engine(self.config.guardrail_settings())

    def check(self, text: str, platform: str | Platform | None = None) -> Report:
        """Run the guardrails on a staff-written text. Raises GuardrailError on refused input."""
        return self.engine.check(text, platform)

    # --- drafting (bot/drafting) ---

    # --- policy Q&A (bot/policy) ---

    # --- review queue, audit trail, advocacy, event dedupe (bot/review, bot/store) ---
