"""The LLM layer: the openai client with timeouts and retries, the token budget, prompt templates as data.

Nothing here is imported by `bot.service` at import time: the openai package loads only when a draft
actually goes to a model.
"""
