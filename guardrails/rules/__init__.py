"""The guardrail rules, one small class each, grouped by category. registry.py lists them all."""
