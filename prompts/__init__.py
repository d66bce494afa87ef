"""LLM prompt templates as data (YAML), loaded by bot.llm.prompts. A package so they ship in the wheel."""
