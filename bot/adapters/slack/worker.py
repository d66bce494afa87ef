"""A thread with its own event loop where the service's work runs, so the loop that acknowledges Slack
never waits on it.

Slack wants an answer within 3 seconds. Bolt writes the ack only when its dispatch coroutine next runs on the
server's loop; if a drafter did CPU work or a blocking call on that loop (a first import of the LLM client,
the guardrails on six platforms, a bug), every ack in the process would wait behind it. Running `handle()`
here keeps the server's loop free for acks and deliveries, whatever the core does. The service holds no
loop-bound state (its I/O is per call or in worker threads), so it can be called from this loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class ServiceWorker:
    def __init__(self, name: str = "carepost-service") -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    async def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run `work` on the worker's loop and wait for it here without blocking this loop."""
        loop = self._ensure_started()
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, loop))

    def _ensure_started(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                ready = threading.Event()
                loop = asyncio.new_event_loop()

                def serve() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()

                self._thread = threading.Thread(target=serve, name=self.name, daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def stop(self, timeout: float = 5.0) -> None:
        """Cancel what is left, stop the loop and join the thread (on shutdown, after draining)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return

        def shut() -> None:
            for task in asyncio.all_tasks(loop):
                task.cancel()
            loop.stop()

        loop.call_soon_threadsafe(shut)
        thread.join(timeout)
        with contextlib.suppress(RuntimeError):
            loop.close()
