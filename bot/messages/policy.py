"""Sentences for policy Q&A (`ask`) on every surface."""

from __future__ import annotations

NOT_COVERED = (
    "The guide doesn't cover this. Ask the communications or compliance lead, "
    "or add the answer to the organization's guide (policy.guide in app.yaml)."
)
DECLINED_MEDICAL = (
    "I can't give medical advice. Please ask a clinician (your doctor, a nurse or a pharmacist) about your "
    "own health or medicines. In an emergency, call 911."
)
EMPTY_QUESTION = 'QUESTION is empty: ask about the social media guide, e.g. carepost ask "how often should we post?"'
LLM_FALLBACK = "The AI answer was not available ({reason}); this answer quotes the guide directly."
LLM_NO_CITATION = "the AI answer cited no passage of the guide"
LLM_REASONS: dict[str, str] = {
    "timeout": "the AI service timed out",
    "rate_limit": "the AI service is busy (rate limited)",
    "server": "the AI service had an error",
    "connection": "the AI service could not be reached",
    "auth": "the AI service refused the API key",
    "bad_output": "the AI reply could not be read",
    "budget": "the question and guide passages are too long for the AI prompt budget",
    "not_configured": "no AI service is configured",
    "other": "the AI service failed",
}
REDACTED = "The guardrails redacted part of this answer ({rules})."
WITHHELD = "Part of the guide's text was withheld by the guardrails ({rules}); ask the compliance lead."

# Terminal layout labels
HEADING = "Policy guide"
HEADING_NOT_COVERED = "Not in the guide"
HEADING_DECLINED = "Medical question: declined"
SOURCES = "Sources"
SOURCE_LINE = "[{n}] {section} ({source})"
