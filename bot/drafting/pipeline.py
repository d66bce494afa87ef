"""One draft request, start to end: guard the topic, draft, run the guardrails, repair, fall back, report.

The order is the safety argument. The topic is guarded before any drafter sees it; every candidate, from
the templates or the model, gets its Report from the service's own engine; a blocked LLM draft is sent back
with its findings (redacted) at most `drafting.max_repair_rounds` times, and what still blocks is returned
as a blocked preview. When the model fails for any reason the offline drafter answers and the person is told.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Protocol

from bot.config import AppConfig
from bot.drafting.brief import Brief, Voice
from bot.drafting.content import (
    DraftingInputError,
    PlatformView,
    content_for,
    platform_view,
    resolve_pillar,
    resolve_platforms,
)
from bot.drafting.factcheck import UNCHECKED, unsupported
from bot.drafting.facts import NO_FACTS, FactFinder, facts_notices
from bot.drafting.guard import guard_topic
from bot.drafting.models import Candidate, Draft, DraftRequest, DraftResult, PillarSpec
from bot.drafting.offline import OfflineDrafter
from bot.llm.errors import LLMFailure
from bot.messages import drafting as msg
from guardrails import Engine, Report, Severity, Verdict
from guardrails.measure import find_hashtags, post_length
from guardrails.settings import Platform, canonical_platform

log = logging.getLogger("carepost.drafting")

OFFLINE_RETRIES = 4  # other template variants tried before an offline draft is returned blocked


class ModelDrafter(Protocol):
    """What the pipeline needs from an LLM drafter (bot/drafting/llm_drafter.py)."""

    async def draft(self, brief: Brief, views: list[PlatformView]) -> dict[Platform, Candidate]: ...

    async def revise(self, brief: Brief, view: PlatformView, candidate: Candidate, report: Report) -> Candidate: ...

    async def aclose(self) -> None: ...


def llm_wanted(config: AppConfig) -> bool:
    """auto: the model when an API key is set; offline never calls out; llm always tries (and says why not)."""
    mode = config.drafting.drafter
    return mode == "llm" or (mode == "auto" and bool(os.environ.get("OPENAI_API_KEY")))


class DraftingPipeline:
    def __init__(self, config: AppConfig, engine: Engine) -> None:
        self.config = config
        self.engine = engine
        self.content = content_for(config)
        self.voice = Voice.from_config(config)
        self.offline = OfflineDrafter()

    async def run(self, request: DraftRequest, *, variant: int = 0, only: str | None = None) -> DraftResult:
        pillar = resolve_pillar(request.pillar, self.content)
        platforms = resolve_platforms(request.platforms, self.config)
        if only is not None:
            platforms = [self._one_of(only)]
        guarded = guard_topic(request.topic, self.engine)
        if guarded.refused is not None:
            log.info("draft refused: pillar=%s phi_removed=%s", pillar.key, guarded.removed)
            return DraftResult(pillar=pillar.key, topic=guarded.topic, notices=guarded.notices, refused=guarded.refused)
        brief = self._brief(pillar, guarded.topic, variant)
        notices = list(guarded.notices)
        views = [platform_view(p, self.content, self.config) for p in platforms]
        drafts = await self._draft_all(brief, views, notices)
        if brief.needs_facts:
            missing = brief.facts.missing if brief.facts is not None else [NO_FACTS]
            drafts = [
                d.model_copy(update={"needs_facts": True, "missing": list(dict.fromkeys([*missing, *d.missing]))})
                for d in drafts
            ]
        notices[:0] = facts_notices(brief)  # first: what the person must add before any of this is posted
        log.info(
            "drafted by=%s pillar=%s platforms=%s verdicts=%s",
            request.requested_by or "-",
            pillar.key,
            [d.platform.value for d in drafts],
            [d.verdict.value for d in drafts],
        )
        sources = brief.facts.sources() if brief.facts is not None else []
        return DraftResult(pillar=pillar.key, topic=brief.topic, drafts=drafts, notices=notices, sources=sources)

    def _brief(self, pillar: PillarSpec, topic: str, variant: int) -> Brief:
        """The brief, with the organization's own facts when the topic is not in the knowledge base."""
        brief = Brief.build(pillar, topic, self.voice, variant)
        if brief.entry is not None:
            return brief
        return brief.model_copy(update={"facts": FactFinder(self.config, self.engine).sheet(topic)})

    def _one_of(self, name: str) -> Platform:
        platform = canonical_platform(name)
        if platform is None:
            raise DraftingInputError(msg.UNKNOWN_PLATFORM.format(name=name, valid=", ".join(p.value for p in Platform)))
        return platform

    async def _draft_all(self, brief: Brief, views: list[PlatformView], notices: list[str]) -> list[Draft]:
        if not llm_wanted(self.config):
            return [self._offline_draft(brief, view, notices) for view in views]
        from bot.drafting.llm_drafter import LLMDrafter

        try:
            llm = LLMDrafter.from_config(self.config)
        except LLMFailure as failure:
            return self._fallback(brief, views, notices, failure)
        try:
            try:
                candidates = await llm.draft(brief, views)
            except LLMFailure as failure:
                return self._fallback(brief, views, notices, failure)
            except Exception as exc:  # a person still gets drafts; the one log line says what broke (type, no text)
                return self._fallback(brief, views, notices, LLMFailure("other", type(exc).__name__))
            missing = [v for v in views if v.platform not in candidates]
            if missing:
                notices.append(msg.LLM_PARTIAL.format(platforms=", ".join(v.platform.value for v in missing)))
            candidates = self._usable(candidates, notices)
            jobs = [
                self._llm_draft(llm, brief, view, self._complete(candidates[view.platform], brief, view), notices)
                for view in views
                if view.platform in candidates
            ]
            by_platform = {d.platform: d for d in await asyncio.gather(*jobs)}
            for view in views:
                if view.platform not in by_platform:
                    by_platform[view.platform] = self._offline_draft(brief, view, notices)
            return [by_platform[v.platform] for v in views]
        finally:
            await llm.aclose()

    def _usable(self, candidates: dict[Platform, Candidate], notices: list[str]) -> dict[Platform, Candidate]:
        """An empty post is never postable and one longer than the guardrails check cannot be judged: both are
        the model's failure, not the person's, so those platforms are drafted offline (fail closed), with a
        notice and one log line (platforms and reasons, no text)."""
        unusable = {p: why for p, c in candidates.items() if (why := self._unusable(c)) is not None}
        if not unusable:
            return candidates
        log.warning(
            "LLM draft unusable (%s); using the offline drafter",
            ", ".join(f"{p.value}: {why}" for p, why in unusable.items()),
        )
        for platform, why in unusable.items():
            notices.append(msg.LLM_UNUSABLE.format(platform=platform.value, reason=msg.LLM_UNUSABLE_REASONS[why]))
        return {p: c for p, c in candidates.items() if p not in unusable}

    def _unusable(self, candidate: Candidate) -> str | None:
        """Why a model's post cannot be used at all ("empty", "too_long"), or None when it can be checked."""
        if not candidate.text.strip():
            return "empty"
        limit = self.engine.settings.max_text_chars
        fields = (candidate.text, candidate.title, candidate.alt_text, candidate.visual)
        if any(value is not None and len(value) > limit for value in fields):
            return "too_long"
        return None

    def _complete(self, candidate: Candidate, brief: Brief, view: PlatformView) -> Candidate:
        """Fill what the model left out (a YouTube title, alt text, a visual idea) from the offline drafter."""
        wants_title = view.profile.title_max is not None and not candidate.title
        wants_alt = view.profile.alt_text and not candidate.alt_text
        if not (wants_title or wants_alt or not candidate.visual):
            return candidate
        offline = self.offline.draft_one(brief, view)
        return candidate.model_copy(
            update={
                "title": offline.title if wants_title else candidate.title,
                "alt_text": offline.alt_text if wants_alt else candidate.alt_text,
                "visual": candidate.visual or offline.visual,
            }
        )

    def _fallback(
        self, brief: Brief, views: list[PlatformView], notices: list[str], failure: LLMFailure
    ) -> list[Draft]:
        detail = f": {failure.detail}" if failure.reason == "other" and failure.detail else ""
        log.warning("LLM draft failed (%s%s); using the offline drafter", failure.reason, detail)
        notices.append(msg.LLM_FALLBACK.format(reason=msg.LLM_FAILURE_REASONS[failure.reason]))
        return [self._offline_draft(brief, view, notices) for view in views]

    def _offline_draft(self, brief: Brief, view: PlatformView, notices: list[str]) -> Draft:
        candidate = self.offline.draft_one(brief, view)
        report = self.check(candidate, view)
        tries = 0
        while report.verdict is Verdict.BLOCK and tries < OFFLINE_RETRIES:
            tries += 1
            candidate = self.offline.draft_one(brief.model_copy(update={"variant": brief.variant + tries}), view)
            report = self.check(candidate, view)
        draft = self.finish(candidate, report, view, source="offline")
        if draft.title_report is not None and _title_blocks(draft.title_report):
            safe_title = msg.FALLBACK_TITLE.format(pillar=brief.pillar.label, org=brief.voice.name)
            draft = self.finish(candidate.model_copy(update={"title": safe_title}), report, view, source="offline")
        if not draft.postable:
            notices.append(msg.OFFLINE_BLOCKED.format(platform=view.platform.value, rules=_rules(draft)))
        return draft

    async def _llm_draft(
        self, llm: ModelDrafter, brief: Brief, view: PlatformView, candidate: Candidate, notices: list[str]
    ) -> Draft:
        report = self.check(candidate, view)
        first_rules = report.rules
        rounds = 0
        while report.verdict is Verdict.BLOCK and rounds < self.config.drafting.max_repair_rounds:
            rounds += 1
            try:
                revised = await llm.revise(brief, view, candidate, report)
            except Exception as exc:  # any failure ends the repair; the draft stays blocked
                reason = exc.reason if isinstance(exc, LLMFailure) else type(exc).__name__
                log.warning("LLM revise failed (%s) on %s", reason, view.platform.value)
                break
            why = self._unusable(revised)
            if why is not None:  # an empty or over-long revision ends the repair; the draft stays blocked
                log.warning("LLM revise unusable (%s) on %s", why, view.platform.value)
                break
            candidate = revised
            report = self.check(candidate, view)
        candidate = self._safe_extras(candidate, brief, view, notices)
        draft = self.finish(candidate, report, view, source="llm", rounds=rounds)
        if brief.entry is None:
            draft = self._fact_checked(draft, candidate, brief, notices)
        if not draft.postable:
            notices.append(msg.STILL_BLOCKED.format(platform=view.platform.value, rules=_rules(draft)))
        elif rounds:
            notices.append(
                msg.LLM_REPAIRED.format(platform=view.platform.value, rules=", ".join(first_rules), rounds=rounds)
            )
        return draft

    def _fact_checked(self, draft: Draft, candidate: Candidate, brief: Brief, notices: list[str]) -> Draft:
        """The model's post on a topic outside the knowledge base, its facts and numbers checked against the
        facts it was given: anything else is named, and the draft needs facts checked before it is posted."""
        found = unsupported(candidate.model_copy(update={"text": draft.text}), brief)
        if not found:
            return draft
        log.info("LLM draft on %s used %d unsupported fact(s)", draft.platform.value, len(found))
        notices.append(msg.LLM_UNSUPPORTED.format(platform=draft.platform.value, facts="; ".join(found)))
        return draft.model_copy(update={"needs_facts": True, "missing": [*draft.missing, UNCHECKED]})

    def _safe_extras(self, candidate: Candidate, brief: Brief, view: PlatformView, notices: list[str]) -> Candidate:
        """Alt text goes out with the image and the visual idea briefs a photographer: a model's that the
        guardrails block (a patient's name, an MRN) is replaced by the offline drafter's, never shown."""
        blocked: dict[str, list[str]] = {}
        for field in ("alt_text", "visual"):
            value = getattr(candidate, field)
            if value:
                rules = [f.rule for f in self.engine.check(value).findings if f.severity is Severity.BLOCK]
                if rules:
                    blocked[field] = rules
        if not blocked:
            return candidate
        offline = self.offline.draft_one(brief, view)
        found = ", ".join(dict.fromkeys(rule for rules in blocked.values() for rule in rules))
        notices.append(msg.LLM_EXTRAS_REPLACED.format(platform=view.platform.value, rules=found))
        return candidate.model_copy(update={field: getattr(offline, field) for field in blocked})

    def check(self, candidate: Candidate, view: PlatformView) -> Report:
        return self.engine.check(candidate.text, view.platform)

    def finish(
        self, candidate: Candidate, report: Report, view: PlatformView, *, source: str, rounds: int = 0
    ) -> Draft:
        """The Draft a person sees: the fixed text when postable, else the redacted preview, never the raw."""
        text = report.fixed_text
        title_report = self._check_title(candidate.title, view)
        verdict = report.verdict
        findings = list(report.findings)
        if title_report is not None and _title_blocks(title_report):
            verdict = Verdict.BLOCK
            findings += [f for f in title_report.findings if f.severity is Severity.BLOCK]
        title = candidate.title
        if title is not None and title_report is not None and _title_blocks(title_report):
            title = title_report.redacted_text
        return Draft(
            platform=view.platform,
            text=text,
            verdict=verdict,
            findings=findings,
            hashtags=list(dict.fromkeys(find_hashtags(text))),
            alt_text=candidate.alt_text,
            title=title,
            visual=candidate.visual,
            frequency=view.profile.frequency or None,
            length=post_length(text, view.limits),
            limit=view.limits.max_chars,
            source="llm" if source == "llm" else "offline",
            repair_rounds=rounds,
            report=report,
            title_report=title_report,
        )

    def _check_title(self, title: str | None, view: PlatformView) -> Report | None:
        if title is None:
            return None
        return self.engine.check(title, view.platform)


def _title_blocks(report: Report) -> bool:
    """A title is judged on its block findings only: a title carries no disclaimer, the description does."""
    return any(f.severity is Severity.BLOCK for f in report.findings)


def _rules(draft: Draft) -> str:
    return ", ".join(dict.fromkeys(f.rule for f in draft.findings if f.severity is Severity.BLOCK)) or "guardrails"
