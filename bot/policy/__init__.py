"""Policy Q&A: the built-in social media guide, its index, and answers with citations.

Heavy parts (bm25s, numpy, the LLM client) are imported inside the modules that need them, never here,
so importing `bot.service` stays cheap.
"""
