"""Helpers for the kill -9 tests: worker processes on a shared database, killed without warning.

`Worker` starts `python -m MODULE ARGS…` from the repository root (forked from a process that
has imported the worker's code, see zygote.py: still its own process, connections and pid) and
waits for it to print "ready" (it has opened the store); `kill()` sends SIGKILL, so nothing in the
process runs after it: no `finally`, no rollback, no close. `wait_until` polls a condition with a
generous bound, only as a safety net against a hung worker: no test's outcome depends on how long
anything takes.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Awaitable, Callable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.store import to_async_url
from tests.integration.zygote import ROOT, Forked

__all__ = ["ROOT", "SAFETY_NET", "Worker", "rows", "scalar", "wait_until"]

SAFETY_NET = 180.0  # seconds: only a hung worker ever reaches it


class Worker:
    """One worker process; the test owns it and kills it."""

    def __init__(self, module: str, *args: str) -> None:
        self.process = Forked(module, *args)

    async def ready(self) -> None:
        """Wait for the worker's "ready" line (it has migrated and opened the store)."""
        assert self.process.stdout is not None
        line = await asyncio.wait_for(asyncio.to_thread(self.process.stdout.readline), SAFETY_NET)
        if line.strip() != "ready":
            self.kill()
            _, errors = self.process.communicate()
            raise AssertionError(f"the worker did not start: {line!r}\n{errors}")

    def kill(self) -> None:
        """SIGKILL: the process stops between any two instructions, mid-transaction or not."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def alive(self) -> bool:
        return self.process.poll() is None

    def errors(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read() if not self.alive() else ""


async def wait_until(condition: Callable[[], Awaitable[bool]], what: str) -> None:
    """Poll `condition` until it holds; fail after SAFETY_NET seconds (a hung worker)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SAFETY_NET
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def scalar(url: str, sql: str) -> int:
    """One number from the database, on a connection of its own (not a store's)."""
    engine = create_async_engine(to_async_url(url), poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            return int((await connection.execute(text(sql))).scalar_one())
    finally:
        await engine.dispose()


async def rows(url: str, sql: str) -> list[tuple[object, ...]]:
    """Every row of a query, on a connection of its own."""
    engine = create_async_engine(to_async_url(url), poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            return [tuple(row) for row in (await connection.execute(text(sql))).all()]
    finally:
        await engine.dispose()
