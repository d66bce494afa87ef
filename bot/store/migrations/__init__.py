"""Alembic migrations, shipped as package data and run from code (bot.store.migrate)."""
