"""Reads of a few rows by key, answered on the event loop's own thread when SQLite can answer at
once, else in the store's worker thread as before.

Why: a chat's first event reads its settings (which deck it studies), one row by its primary
key, about 6 µs of SQLite. Sent to the worker thread it cost 220–280 µs of CPU (the executor's
hand-off, two thread wake-ups and the GIL passed back and forth, the pool's checkout and reset):
in a burst of new chats that was a fifth of the Telegram bot's CPU per update (bench_telegram).

The loop's read runs on one connection of its own with no busy timeout. In WAL mode a reader
never waits for writers; in the rare cases it would have to wait (another process holding the
file exclusively, a WAL recovery) SQLite says "busy" at once instead of sleeping in its busy
handler, and the caller sends the read to the worker thread, which may wait there. So the loop
does not wait on another connection's lock; what it spends is the read itself, a B-tree descent
of a few pages.
"""

from __future__ import annotations

import asyncio
import enum
import sqlite3
from collections.abc import Callable
from typing import Literal, TypeVar

from sqlalchemy.engine import Engine

from bot.store._prepared import DriverStatements, PreparedCache, Statements

T = TypeVar("T")


class Busy(enum.Enum):
    """The loop's connection could not read without waiting: read in the worker thread."""

    BUSY = enum.auto()


BUSY = Busy.BUSY


class LoopReads:
    """A SQLite file's read-only connection for the event loop, opened on first use (in a
    thread: opening may wait on the file) with the engine's own settings, then no busy timeout."""

    def __init__(self, engine: Engine, cache: PreparedCache) -> None:
        self._engine = engine
        self._cache = cache
        self._driver: sqlite3.Connection | None = None
        self._opening = asyncio.Lock()
        self._closed = False

    async def read(self, work: Callable[[Statements], T]) -> T | Literal[Busy.BUSY]:
        """`work` in one read transaction on the loop's connection, or BUSY where SQLite would
        have had to wait (nothing was read then). Other errors are raised."""
        driver = self._driver if self._driver is not None else await self._open()
        if driver is None:
            return BUSY  # closed: the caller's own path reports that
        try:
            driver.execute("BEGIN")  # one snapshot for every statement of `work`
            done = work(DriverStatements(driver, self._cache))
            driver.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            _end(driver)
            if _busy(exc):
                return BUSY
            raise
        except BaseException:
            _end(driver)
            raise
        return done

    async def close(self) -> None:
        self._closed = True
        async with self._opening:
            driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    async def _open(self) -> sqlite3.Connection | None:
        async with self._opening:
            if self._driver is None and not self._closed:
                self._driver = await asyncio.to_thread(self._connect)
            return self._driver

    def _connect(self) -> sqlite3.Connection:
        pooled = self._engine.raw_connection()  # configured as every connection of the engine
        driver = pooled.driver_connection
        if not isinstance(driver, sqlite3.Connection):
            pooled.close()
            raise TypeError(f"not a sqlite3 connection: {driver!r}")
        pooled.detach()  # the loop's own from now on: the pool neither counts nor reuses it
        driver.execute("PRAGMA busy_timeout = 0")  # busy: answer at once, never wait
        driver.execute("PRAGMA query_only = 1")
        return driver


def _busy(exc: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED, extended codes (BUSY_RECOVERY …) included."""
    return exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _end(driver: sqlite3.Connection) -> None:
    if driver.in_transaction:
        driver.execute("ROLLBACK")
