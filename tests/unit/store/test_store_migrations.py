"""Migrations: run at open, idempotent, and producing exactly the schema the code queries."""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.store import ChatRef, Schedule, SqlStore, StoreError, UserRef
from bot.store.__main__ import main as alembic_main
from bot.store._engine import create_engine
from bot.store._migrate import alembic_config, current_revision, head_revision
from bot.store._schema import metadata
from bot.store._urls import to_async_url


async def _inspect(url: str, probe: Any) -> Any:
    """Run `probe(connection)` in a transaction that is committed."""
    engine = create_engine(to_async_url(url))
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(probe)
    finally:
        await engine.dispose()


async def test_opening_twice_keeps_the_data_and_the_revision(database_url: str) -> None:
    ann = UserRef("telegram", "1")
    async with await SqlStore.open(database_url) as store:
        await store.upsert_user(ann, "Ann", datetime(2025, 1, 1, tzinfo=UTC))
    async with await SqlStore.open(database_url) as store:
        assert (await store.get_user(ann)) is not None
    assert await _inspect(database_url, current_revision) == head_revision()


async def test_the_migrated_schema_is_exactly_the_one_in_the_code(database_url: str) -> None:
    await (await SqlStore.open(database_url)).close()

    def differences(conn: Connection) -> list[Any]:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))

    assert await _inspect(database_url, differences) == []


async def test_every_migration_can_be_undone_and_done_again(database_url: str) -> None:
    await (await SqlStore.open(database_url)).close()

    def downgrade_to_nothing(conn: Connection) -> list[str]:
        command.downgrade(alembic_config(conn), "base")
        return [name for name in inspect(conn).get_table_names() if name != "alembic_version"]

    assert await _inspect(database_url, downgrade_to_nothing) == []
    assert await _inspect(database_url, current_revision) is None
    async with await SqlStore.open(database_url) as store:
        assert await store.claim_push(ChatRef("discord", "1"), date(2025, 1, 1)) is True


async def test_two_processes_starting_at_once_both_get_a_migrated_database(
    database_url: str,
) -> None:
    stores = await asyncio.gather(*(SqlStore.open(database_url) for _ in range(3)))
    try:
        await stores[0].update_chat_settings(ChatRef("discord", "1"), {"deck_id": "d"})
        assert await stores[2].get_chat_settings(ChatRef("discord", "1")) == {"deck_id": "d"}
    finally:
        for store in stores:
            await store.close()


def test_the_command_line_reports_the_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    alembic_main(["upgrade", "head"])
    alembic_main(["current"])
    assert f"{head_revision()} (head)" in capsys.readouterr().out


async def test_an_unreachable_server_is_a_clear_store_error() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StoreError, match="cannot open the database") as raised:
        await SqlStore.open(f"postgresql://quiz:hunter2@127.0.0.1:{port}/studybot")
    assert "hunter2" not in str(raised.value)


async def test_an_unusable_sqlite_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ValueError, match="cannot create the folder"):
        await SqlStore.open(f"sqlite:///{blocker / 'sub' / 'db.sqlite3'}")
    not_sqlite = tmp_path / "garbage.sqlite3"
    not_sqlite.write_bytes(b"this is not a database file" * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        await SqlStore.open(f"sqlite:///{not_sqlite}")


async def test_a_schedule_from_before_0003_runs_every_day_without_a_deadline(
    database_url: str,
) -> None:
    chat = ChatRef("telegram", "-1")

    def schedule_at_0002(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0002")
        conn.execute(
            text(
                "INSERT INTO daily_schedules (platform, chat_id, time_of_day, timezone) "
                "VALUES ('telegram', '-1', '08:00:00', 'Europe/London')"
            )
        )

    await _inspect(database_url, schedule_at_0002)
    async with await SqlStore.open(database_url) as store:
        assert await store.get_schedule(chat) == Schedule(chat, time(8, 0), "Europe/London")
        await store.save_schedule(
            Schedule(chat, time(9, 0), "UTC", days=frozenset({0}), deadline=time(17, 0))
        )

    def back_to_0002(conn: Connection) -> list[Any]:
        command.downgrade(alembic_config(conn), "0002")
        return list(conn.execute(text("SELECT chat_id, timezone FROM daily_schedules")))

    assert [tuple(row) for row in await _inspect(database_url, back_to_0002)] == [("-1", "UTC")]
