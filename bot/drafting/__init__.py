"""Drafting: the content model, the offline and LLM drafters, the input guard and the repair loop.

The service's `draft`/`redraft` are the one door in (bot/service.py); `pipeline` does the work.
"""
