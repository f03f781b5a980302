"""One async engine per store, set up so SQLite behaves under concurrency.

SQLite: WAL (readers never block the writer), a busy timeout (other processes' writes are
waited for rather than failing), and transactions begun by SQLAlchemy rather than by the
sqlite3 module, so a write transaction can start with BEGIN IMMEDIATE. Taking the write lock up
front means two writers never both read and then deadlock upgrading their locks.
PostgreSQL needs none of this.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any, TypeVar

from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.store import _json_pieces as json_pieces
from bot.store._urls import is_memory_sqlite

BUSY_TIMEOUT_MS = 30_000
_BEGIN_OPTION = "studybot_sqlite_begin"
_WAL_ATTEMPTS = 40  # 2 s at most


def create_engine(url: URL) -> AsyncEngine:
    """An engine for `url` (already an async-driver URL)."""
    if url.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True)
    engine = create_async_engine(url, json_serializer=json_pieces.dumps)
    _configure_sqlite(engine.sync_engine, memory=is_memory_sqlite(url))
    return engine


def create_thread_engine(url: URL) -> Engine | None:
    """For a SQLite file: a synchronous engine on the same file, set up the same way, whose
    transactions run whole in a worker thread (`Connection._in_thread`). None elsewhere.

    Why: through aiosqlite every statement, fetch and commit is a round trip between the event
    loop and aiosqlite's thread — about twenty for one quiz answer, each a thread wake-up that a
    busy machine makes cost a millisecond or more. A whole transaction in one thread call is one
    round trip, and the loop never waits on SQLite at all meanwhile.
    """
    if url.get_backend_name() != "sqlite" or is_memory_sqlite(url):
        return None
    engine = create_sync_engine(
        url.set(drivername="sqlite"),
        connect_args={"check_same_thread": False},
        # JSON columns' text as json.dumps writes it, encoded in pieces: a big battle snapshot
        # in one call held the GIL, and so the event loop, for its whole encoding.
        json_serializer=json_pieces.dumps,
    )
    _configure_sqlite(engine, memory=False)
    return engine


def _configure_sqlite(engine: Engine, *, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe in WAL
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _use_wal(cursor: Any) -> None:
    """Switch the file to WAL, which it then keeps, so only a new file needs switching.

    The switch needs the file to itself, and SQLite reports "database is locked" at once rather
    than waiting when another connection is writing (several processes opening a new file at
    once). Then it retries briefly: this happens only on first use of a database, at startup.
    """
    for attempt in range(_WAL_ATTEMPTS):
        cursor.execute("PRAGMA journal_mode")
        if str(cursor.fetchone()[0]).lower() == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if attempt == _WAL_ATTEMPTS - 1:
                raise
            time.sleep(0.05)


E = TypeVar("E", AsyncEngine, Engine)


def writer(engine: E) -> E:
    """The same engine and pool, whose transactions take SQLite's write lock when they begin."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
