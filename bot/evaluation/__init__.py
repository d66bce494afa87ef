"""Labelled evaluation sets for the guardrails, and the scoring that turns a run over them into rates.

The sets (evals/*.jsonl) are made by `generate` from a seed, with templates, word lists and organizations
of their own, so that the rates measure the rules rather than echo the spec's examples back at them.
`score` runs the guardrails over a set and counts, per rule, what was caught and what was flagged wrongly.
"""
