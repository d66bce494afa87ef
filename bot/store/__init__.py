"""The store: SQLAlchemy tables, Alembic migrations, the review queue rows, the audit trail, event dedupe.

Everything here is synchronous; the service runs it in a worker thread (asyncio.to_thread) so that the
chat adapters' event loop is never blocked. SQLAlchemy is imported only by the modules of this package.
"""
