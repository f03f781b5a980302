"""A chat's settings read on the event loop's own SQLite connection: the same answers as the
worker thread's, never a stale snapshot, and never a wait on another connection's lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, bindparam, create_engine, select

from bot.store import ChatRef, SqlStore
from bot.store._loop_reads import BUSY, LoopReads
from bot.store._prepared import PreparedCache, Statements

GROUP = ChatRef("telegram", "-100")


async def test_settings_another_process_writes_are_read_at_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    writer, reader = await SqlStore.open(url), await SqlStore.open(url)
    try:
        assert await reader.get_chat_settings(GROUP) == {}
        await writer.update_chat_settings(GROUP, {"deck": "botany"})
        assert await reader.get_chat_settings(GROUP) == {"deck": "botany"}
        await writer.update_chat_settings(GROUP, {"deck": "knots", "rounds": 3})
        assert await reader.get_chat_settings(GROUP) == {"deck": "knots", "rounds": 3}
        await writer.update_chat_settings(GROUP, {"deck": None})
        assert await reader.get_chat_settings(GROUP) == {"rounds": 3}
    finally:
        await writer.close()
        await reader.close()


async def test_a_read_the_loop_cannot_make_at_once_is_made_in_the_worker_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'busy.sqlite3'}")
    try:
        await store.update_chat_settings(GROUP, {"deck": "lichens"})
        loop_reads = store._loop_reads
        assert loop_reads is not None

        async def busy(_work: object) -> object:
            return BUSY  # what SQLite says while another process holds the file

        monkeypatch.setattr(loop_reads, "read", busy)
        assert await store.get_chat_settings(GROUP) == {"deck": "lichens"}
    finally:
        await store.close()


metadata = MetaData()
things = Table("things", metadata, Column("id", Integer, primary_key=True), Column("name", String))
BY_ID = select(things.c.name).where(things.c.id == bindparam("k_id"))


def _name_of_one(run: Statements) -> Any:
    row = run.first(BY_ID, {"k_id": 1})
    return None if row is None else row.name


async def test_while_another_process_holds_the_file_the_loop_is_told_busy_not_kept_waiting(
    tmp_path: Path,
) -> None:
    path = tmp_path / "held.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("INSERT INTO things VALUES (1, 'moss')")
    engine.dispose()  # only `other` has the file open now: it can take it whole
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE things SET name = 'fern' WHERE id = 1")
    other.execute("COMMIT")  # in exclusive locking mode the lock is kept after the commit
    reads = LoopReads(engine, PreparedCache(engine.dialect))
    try:
        assert await reads.read(_name_of_one) is BUSY
        other.close()
        assert await reads.read(_name_of_one) == "fern"
    finally:
        other.close()
        await reads.close()
        engine.dispose()
