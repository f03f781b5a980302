"""Short transactions on one engine: the base every group of store queries builds on.

Each operation is one transaction. Writes on SQLite first queue on an asyncio lock, so the
coroutines of one process take turns instead of spinning on SQLite's file lock (other
processes are still covered by BEGIN IMMEDIATE and the busy timeout); an in-memory database is
a single connection, so there reads queue too. PostgreSQL needs no lock.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.engine import Connection as SyncConnection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.store._engine import create_thread_engine, writer
from bot.store._errors import StoreError, reason
from bot.store._loop_reads import BUSY, LoopReads
from bot.store._prepared import CoreStatements, DriverStatements, PreparedCache, Statements
from bot.store._records import ChatRef, UserRef
from bot.store._urls import describe, is_memory_sqlite

Insert = sqlite.Insert | postgresql.Insert
T = TypeVar("T")


class Connection:
    """An engine, and the read and write transactions the queries run in."""

    def __init__(self, engine: AsyncEngine, url: URL) -> None:
        self._engine = engine
        self._writer = writer(engine)
        self._thread_engine = create_thread_engine(url)
        self._thread_writer = None if self._thread_engine is None else writer(self._thread_engine)
        self._prepared = (
            None if self._thread_engine is None else PreparedCache(self._thread_engine.dialect)
        )
        self._loop_reads = (
            None
            if self._thread_engine is None or self._prepared is None
            else LoopReads(self._thread_engine, self._prepared)
        )
        self._description = describe(url)
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock: asyncio.Lock | None = asyncio.Lock() if self._sqlite else None
        self._read_lock = self._write_lock if is_memory_sqlite(url) else None

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[AsyncConnection]:
        async with _gate(self._read_lock), self._translate_errors(), self._engine.connect() as conn:
            yield conn

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncConnection]:
        async with _gate(self._write_lock), self._translate_errors(), self._writer.begin() as conn:
            yield conn

    async def _in_thread(self, work: Callable[[SyncConnection], T]) -> T:
        """`work` in one write transaction: on a SQLite file, run whole in a worker thread on the
        synchronous engine (one round trip; see `create_thread_engine`), elsewhere through
        `run_sync` on the async engine. `work` is plain synchronous SQLAlchemy either way."""
        if self._thread_writer is None:
            async with self._write() as conn:
                return await conn.run_sync(work)
        engine = self._thread_writer

        def transaction() -> T:
            with engine.begin() as conn:
                return work(conn)

        async with _gate(self._write_lock), self._translate_errors():
            return await asyncio.to_thread(transaction)

    async def _write_prepared(self, work: Callable[[Statements], T]) -> T:
        """`work` in one write transaction, its statements run through `Statements`: on a SQLite
        file whole in a worker thread on the driver's own connection, the statements prepared
        once (`bot.store._prepared`); elsewhere as `_in_thread` does, through Core.

        For the hottest writes (a quiz answer): the transaction is BEGIN IMMEDIATE … COMMIT on a
        connection of the thread engine's pool, as `_in_thread`'s, without SQLAlchemy's
        transaction and execution layers; on any error it is rolled back and nothing is kept."""
        if self._thread_engine is None or self._prepared is None:
            return await self._in_thread(lambda conn: work(CoreStatements(conn)))
        engine, cache = self._thread_engine, self._prepared

        def transaction() -> T:
            pooled = engine.raw_connection()
            try:
                driver = _driver(pooled.driver_connection)
                try:
                    driver.execute("BEGIN IMMEDIATE")
                    done = work(DriverStatements(driver, cache))
                    driver.execute("COMMIT")
                except BaseException:
                    if driver.in_transaction:
                        driver.execute("ROLLBACK")
                    raise
                return done
            finally:
                pooled.close()  # back to the pool

        async with _gate(self._write_lock), self._translate_errors():
            return await asyncio.to_thread(transaction)

    async def _read_prepared(self, work: Callable[[Statements], T]) -> T:
        """`work` reading a few rows by key in one transaction, its statements run through
        `Statements`: on a SQLite file on the loop's own connection when SQLite can answer at
        once (`LoopReads`: a point read costs far less than the hand-off to a thread), else
        whole in a worker thread on the driver's own connection, the statements prepared once
        either way, as `_write_prepared`; elsewhere as `_read_in_thread` does, through Core.
        Not for reads that may scan: those belong in the thread."""
        if self._thread_engine is None or self._prepared is None:
            return await self._read_in_thread(lambda conn: work(CoreStatements(conn)))
        engine, cache = self._thread_engine, self._prepared
        if self._loop_reads is not None:
            async with self._translate_errors():
                done = await self._loop_reads.read(work)
            if done is not BUSY:
                return done

        def read() -> T:
            pooled = engine.raw_connection()
            try:
                driver = _driver(pooled.driver_connection)
                driver.execute("BEGIN")  # one snapshot for every statement of `work`
                try:
                    return work(DriverStatements(driver, cache))
                finally:
                    driver.execute("COMMIT")
            finally:
                pooled.close()

        async with _gate(self._read_lock), self._translate_errors():
            return await asyncio.to_thread(read)

    async def _read_in_thread(self, work: Callable[[SyncConnection], T]) -> T:
        """`work` reading in one connection: on a SQLite file whole in a worker thread (one round
        trip, as `_in_thread`), elsewhere through `run_sync` on the async engine."""
        if self._thread_engine is None:
            async with self._read() as conn:
                return await conn.run_sync(work)
        engine = self._thread_engine

        def read() -> T:
            with engine.connect() as conn:
                return work(conn)

        async with _gate(self._read_lock), self._translate_errors():
            return await asyncio.to_thread(read)

    async def _dispose_thread_engine(self) -> None:
        if self._loop_reads is not None:
            await self._loop_reads.close()
        if self._thread_engine is not None:
            await asyncio.to_thread(self._thread_engine.dispose)

    @asynccontextmanager
    async def _translate_errors(self) -> AsyncIterator[None]:
        try:
            yield
        except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
            raise StoreError(f"database error on {self._description}: {reason(exc)}") from exc

    def _insert(self, table: Table) -> Insert:
        """INSERT with ON CONFLICT: the two dialects spell it the same way.

        Races with one winner (a push claim, a result recorded twice) are settled by a unique
        key and ON CONFLICT DO NOTHING: the caller whose row went in wins.
        """
        return sqlite.insert(table) if self._sqlite else postgresql.insert(table)


def user_is(table: Table, user: UserRef) -> tuple[Any, Any]:
    """WHERE conditions: rows of this user."""
    return table.c.platform == user.platform, table.c.user_id == user.user_id


def chat_is(table: Table, chat: ChatRef) -> tuple[Any, Any]:
    """WHERE conditions: rows of this chat."""
    return table.c.platform == chat.platform, table.c.chat_id == chat.chat_id


def require_limit(limit: object) -> int:
    """A row limit; a ValueError for anything but a positive whole number."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive whole number, got {limit!r}")
    return limit


def _driver(connection: object) -> sqlite3.Connection:
    if not isinstance(connection, sqlite3.Connection):
        raise TypeError(f"not a sqlite3 connection: {connection!r}")
    return connection


def _gate(lock: asyncio.Lock | None) -> AbstractAsyncContextManager[object]:
    return lock if lock is not None else nullcontext()
