"""Sentences for drafting on every surface: errors, refusals, notices, and the labels of the draft view."""

from __future__ import annotations

# --- bad requests (one line each; they say what was wrong and how to fix it)
UNKNOWN_PILLAR = "unknown pillar {name!r}; use one of: {valid} (aliases such as educational or engagement work too)"
UNKNOWN_PLATFORM = "unknown platform {name!r}; use one of: {valid} (twitter means x)"
NO_PLATFORM = "no platform given; use one or more of: {valid}, separated by commas"
EMPTY_TOPIC = 'the topic is empty: say what the post is about, for example --topic "flu shots"'
TOPIC_TOO_LONG = "the topic is {length} characters; keep it under {limit} (a few words work best)"
TOPIC_ONLY_PHI = "the topic held only personal details, which were removed; say what the post is about instead"

# --- refusals of the topic itself
REFUSED_ADVICE = (
    "CarePost can't draft this: the topic asks for medical advice ({what}). Public posts can share general "
    "health information and point people to a clinician, but never tell one person what to do about their care."
)
REFUSED_GUARANTEE = (
    "CarePost can't draft this: the topic asks for a guaranteed or absolute outcome claim ({what}). Posts may "
    "describe a service and its benefits, never promise results."
)
REFUSED_BLOCKED = (
    "CarePost can't draft this: the topic itself breaks the guardrails ({rules}). Rephrase it and try again."
)

# --- notices shown beside the drafts
PHI_REMOVED = "Removed from your topic before drafting (never sent anywhere): {kinds}. Posts never name patients."
PHI_KINDS = {
    "phi.name": "a person's name",
    "phi.date": "a date tied to a person",
    "phi.age": "an age over 89",
    "phi.phone": "a phone number",
    "phi.fax": "a fax number",
    "phi.email": "an e-mail address",
    "phi.ssn": "a social security number",
    "phi.mrn": "a medical record number",
    "phi.health_plan": "a health plan id",
    "phi.account": "an account number",
    "phi.license": "a licence number",
    "phi.vehicle": "a vehicle identifier",
    "phi.device": "a device identifier",
    "phi.url": "a personal link or handle",
    "phi.ip": "an IP address",
    "phi.address": "an address or place tied to a person",
    "phi.id": "an identifying number",
    "phi.photo": "a patient photo reference",
    "phi.patient_confirmation": "a line that confirms someone was a patient",
}
UNKNOWN_TOPIC = (
    "Needs facts: CarePost found nothing about {topic!r} in its built-in topics, your policy guide or the "
    "drafting.facts files, so each draft is a skeleton for its platform: replace every [bracketed placeholder] "
    "with specifics you have checked (or add them to a drafting.facts file and draft again) before posting."
)
NEEDS_FACTS_PARTS = (
    "Needs facts: this {kind} post still lacks {missing}. Add them to the post or to a drafting.facts file before "
    "posting. Facts used: {sources}."
)
FACTS_FROM = "Facts quoted from your own material: {sources}. Check they are current before posting."
MISSING_LABELS = {
    "facts": "any fact about the topic",
    "what": "what it is",
    "when": "when",
    "where": "where",
    "hours": "the hours",
    "how_to_join": "how to join or register",
    "role": "the role",
    "why_work_here": "why work here",
    "how_to_apply": "how to apply",
    "who": "who is recognized (by role)",
    "checked_facts": "a check of the facts the AI drafter added",
}
KIND_LABELS = {
    "event": "event",
    "hiring": "hiring",
    "opening": "opening",
    "recognition": "recognition",
    "awareness": "awareness",
}
NEEDS_FACTS_EMOJI = "⚠️"
NEEDS_FACTS_BADGE = "NEEDS FACTS: add {missing} before posting"
LLM_UNSUPPORTED = (
    "{platform}: the AI drafter wrote things your material does not say ({facts}); check or remove them before posting."
)
LLM_FALLBACK = "The AI drafter was not available ({reason}), so these drafts come from CarePost's offline templates."
LLM_PARTIAL = "The AI drafter gave nothing usable for {platforms}; those drafts come from the offline templates."
LLM_UNUSABLE = "{platform}: the AI drafter's post {reason}, so this draft comes from the offline templates."
LLM_UNUSABLE_REASONS = {
    "empty": "was empty",
    "too_long": "was too long for the guardrails to check",
}
LLM_REPAIRED = "{platform}: the first draft broke the guardrails ({rules}); it was revised {rounds} time(s)."
STILL_BLOCKED = "{platform}: still blocked after revision ({rules}); shown as a redacted preview, NOT postable."
LLM_EXTRAS_REPLACED = (
    "{platform}: the AI drafter's alt text or image idea broke the guardrails ({rules}); the offline one is shown "
    "instead."
)
OFFLINE_BLOCKED = "{platform}: the template draft is blocked by the guardrails ({rules}); shown as a preview only."

LLM_FAILURE_REASONS = {
    "timeout": "it did not answer in time",
    "rate_limit": "it is rate-limited right now",
    "server": "its server returned an error",
    "connection": "it could not be reached",
    "auth": "the API key was refused",
    "bad_output": "its answer was not valid JSON in the expected shape",
    "budget": "the prompt did not fit the token budget",
    "not_configured": "no API key is set in OPENAI_API_KEY",
    "other": "it returned an error",
}

# --- the draft view (CLI and chat)
HEADING = "{platform} · {source}"
LENGTH = "{length}/{limit} characters"
LENGTH_X = "{length}/{limit} weighted characters, as X counts them (every link counts the same)"
HASHTAGS = "Hashtags"
ALT_TEXT = "Alt text"
THUMBNAIL = "Thumbnail idea"
TITLE = "Title"
SOURCE = {"offline": "offline templates", "llm": "AI drafter"}
NOTICES = "Notices"
FREQUENCY = "Posting rhythm: {frequency}"
REFUSED_HEADING = "Not drafted"
SUMMARY = "{count} draft(s) for {pillar} on {topic!r}: {postable} postable, {blocked} blocked."
# Said after the summary when postable drafts are skeletons: "postable" alone read as "ready to post".
SUMMARY_NEEDS_FACTS = "Not ready yet: {count} of the {postable} postable need facts (fill in every [placeholder])."
NOT_POSTABLE = "Redacted preview (NOT postable)"

# --- offline copy for topics outside the knowledge base: the image idea and alt text (the posts: skeletons.yaml)
GENERIC_VISUAL = "a clean graphic with the words '{Label}' in large type and the {org} logo"
ALT_TEXT_TEMPLATE = 'Image: {visual}. Text on image: "{Label}" and the {org} logo.'
FALLBACK_TITLE = "{pillar} | {org}"
ALT_TEXT_GENERIC = "Image: {visual}."
THUMBNAIL_TEMPLATE = '{Visual}, with "{Label}" in large type.'

# --- a true, general fact for a topic the built-in observance list (or calendar.observances) names: when it is
SEASON_MONTH = "{month} is {name}."
SEASON_DAY = "{name} is on {month} {day}."
SEASON_DAYS = "{name} starts on {month} {day} and runs for {days} days."
SEASON_WEEKDAY = "{name} falls on the {nth} {weekday} of {month}."
SEASON_WEEKDAYS = "{name} starts on the {nth} {weekday} of {month} and runs for {days} days."
NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
