"""Drafting: one guardrailed post per platform from a content pillar and a topic.

The service's `draft`/`redraft` (bot/service.py) are the one door in; `pipeline` does the work:

    guard.py       the topic through the guardrails first: PHI removed (and named), advice/guarantee refused
    brief.py       what every drafter is given: pillar, guarded topic, knowledge-base entry, the org's voice
    offline.py     the default drafter: deterministic templates, no network
    facts.py       for a topic outside the knowledge base: the organization's own facts (drafting.facts and
                   the policy guide, through the guide's loader and BM25 index), each with its source
    kinds.py       event, hiring, opening, recognition or awareness, and the parts each kind of post needs
    shapes.py      offline posts from those facts in the kind's shape, one layout per platform
    skeleton.py    offline posts for a topic with no facts at all: each platform's own skeleton for the kind,
                   with [placeholders] for what only the organization knows (marked needs_facts)
    seasons.py     when the topic's observance falls (the calendar's list): the one general fact a skeleton states
    factcheck.py   what the LLM says it used, and every number in its post, against the facts it was given
    llm_drafter.py the model (bot/llm), prompts in prompts/draft.yaml and prompts/revise.yaml
    pipeline.py    draft -> guardrails -> repair (LLM) -> fallback (offline) -> Draft with its Report

Content is data, so marketing staff can change it without code:
    data/content.yaml    pillars (aliases, kinds) and platform profiles (tone, structure, hashtags, emoji,
                         links, alt text, posting rhythm); app.yaml `drafting.pillars` / `drafting.platforms`
                         override any field. Limits are the guardrails' (`guardrails.platforms`), never here.
    data/topics.yaml     the offline knowledge base: general public-health facts per topic
    data/templates.yaml  pillar phrase banks and per-platform layouts
    data/shapes.yaml     hooks, closes and per-platform layouts for posts written from the organization's facts
    data/skeletons.yaml  per kind and platform: hooks and the skeleton layout for a topic with no facts
"""
