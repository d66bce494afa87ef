"""Replies to comments and reviews, HIPAA-safe: a reply per channel that thanks, takes the matter offline and
never confirms that the person was a patient, with the comment's tone, an escalation note for the team and the
response window the sources give.

`compose.reply_to(config, engine, comment, channel)` is the door (the service's `reply` calls it). Offline
templates by default (bot/messages/replies.py); with an LLM configured, prompts/reply.yaml, falling back to the
templates on any failure. Every reply is checked by the guardrails before it is shown. Named `responder` (not
`replies`) because bot/replies.py holds the Reply every surface renders.
"""
