"""Prepared statements on SQLite's driver write and read exactly what Core does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.engine import Engine

from bot.store._prepared import CoreStatements, DriverStatements, PreparedCache
from bot.store._schema import Json
from bot.store._time import UtcDateTime

metadata = MetaData()
things = Table(
    "things",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("state", Json, nullable=True),
    Column("at", UtcDateTime, nullable=True),
    Column("ok", Boolean, nullable=False),
    Column("note", String, nullable=True),
)
stamps = Table(
    "stamps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=True),
    Column("wall", DateTime(timezone=True), nullable=True),  # SQLite keeps the wall time given
)
BY_ID = select(things).where(things.c.id == bindparam("k_id"))
AT = datetime(2025, 3, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'prepared.sqlite3'}")
    metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def driver(engine: Engine) -> Iterator[DriverStatements]:
    connection = sqlite3.connect(engine.url.database or "", isolation_level=None)
    yield DriverStatements(connection, PreparedCache(engine.dialect))
    connection.close()


ROW = {"id": 1, "name": "Ann", "state": {"a": [1, 2.5, None], "b": "é"}, "at": AT, "ok": True}


def test_rows_written_on_the_driver_read_back_through_core_unchanged(
    engine: Engine, driver: DriverStatements
) -> None:
    assert driver.write(insert(things), ROW) == 1
    driver.write_many(insert(things), [{**ROW, "id": 2, "ok": False, "state": None, "at": None}])
    with engine.connect() as conn:
        rows = conn.execute(select(things).order_by(things.c.id)).all()
    assert [tuple(row) for row in rows] == [
        (1, "Ann", ROW["state"], AT.astimezone(UTC), True, None),
        (2, "Ann", None, None, False, None),
    ]


def test_rows_written_through_core_read_back_on_the_driver_unchanged(
    engine: Engine, driver: DriverStatements
) -> None:
    with engine.begin() as conn:
        CoreStatements(conn).write(insert(things), ROW)
    row = driver.first(BY_ID, {"k_id": 1})
    assert row is not None
    assert (row.name, row.state, row.at, row.ok, row.note) == ("Ann", ROW["state"], AT, True, None)
    assert row.at.tzinfo == UTC
    assert driver.first(BY_ID, {"k_id": 2}) is None


def test_values_written_into_the_statement_are_kept_and_each_set_of_names_is_its_own(
    engine: Engine, driver: DriverStatements
) -> None:
    driver.write(insert(things), ROW)
    renamed = update(things).where(things.c.id == bindparam("k_id")).values(note=literal("set"))
    assert driver.write(renamed, {"k_id": 1, "name": "Annie"}) == 1
    assert driver.write(renamed, {"k_id": 1, "name": "Anne", "ok": False}) == 1
    assert driver.write(renamed, {"k_id": 9, "name": "nobody"}) == 0
    row = driver.first(BY_ID, {"k_id": 1})
    assert row is not None and (row.name, row.ok, row.note) == ("Anne", False, "set")


def test_a_missing_value_or_an_expanding_list_is_refused_not_guessed(
    driver: DriverStatements,
) -> None:
    with pytest.raises(KeyError, match="k_id"):
        driver.first(BY_ID, {})
    with pytest.raises(ValueError, match="expanding"):
        driver.first(select(things).where(things.c.id.in_([1, 2])), {})
    with pytest.raises(TypeError, match="not a query"):
        driver.first(update(things).values(note="x"), {})
    with pytest.raises(ValueError, match="RETURNING"):
        driver.write(insert(things).returning(things.c.id), ROW)
    assert driver.first(select(func.count()).select_from(things), {}) == (0,)


def test_many_rows_in_one_call_count_what_they_changed(
    engine: Engine, driver: DriverStatements
) -> None:
    rows = [{**ROW, "id": n} for n in range(1, 4)]
    assert driver.write_many(insert(things).prefix_with("OR IGNORE"), rows) == 3
    assert driver.write_many(insert(things).prefix_with("OR IGNORE"), rows[1:]) == 0
    assert driver.write_many(insert(things), []) == 0
    with engine.begin() as conn:
        assert CoreStatements(conn).write_many(update(things).values(note="n"), [{"ok": 0}]) == 3


def test_timestamps_shared_by_many_rows_are_written_as_core_writes_each(
    engine: Engine, driver: DriverStatements
) -> None:
    """`write_many` converts a timestamp many rows share once: rows with the same instant in
    other zones, another fold or another wall time must still each be written as Core does."""
    plus_two, also_plus_two = timezone(timedelta(hours=2)), timezone(timedelta(hours=2), "B")
    instants = [
        AT,
        AT,
        AT.astimezone(UTC),  # the same instant in another zone object
        AT.replace(tzinfo=also_plus_two),  # an equal zone by offset, named apart
        AT.replace(fold=1),
        AT + timedelta(microseconds=1),
        None,
    ]
    rows: list[dict[str, Any]] = [
        {"id": n, "at": at, "wall": at} for n, at in enumerate(instants, 1)
    ]
    driver.write_many(insert(stamps), rows)
    with engine.begin() as conn:
        conn.execute(insert(stamps), [{**row, "id": row["id"] + 100} for row in rows])
        stored = conn.execute(
            select(stamps.c.id, stamps.c.at, stamps.c.wall).order_by(stamps.c.id)
        ).all()
        raw = conn.exec_driver_sql("SELECT id, at, wall FROM stamps ORDER BY id").all()
    ours = {row.id: (row.at, row.wall) for row in stored if row.id < 100}
    core = {row.id - 100: (row.at, row.wall) for row in stored if row.id > 100}
    assert ours == core
    assert [tuple(row[1:]) for row in raw[: len(rows)]] == [
        tuple(row[1:]) for row in raw[len(rows) :]
    ]
    assert ours[1][0] == ours[3][0] == AT and ours[6][0] == AT + timedelta(microseconds=1)
    assert ours[1][1] != ours[3][1]  # the same instant, other wall times: kept apart
    assert plus_two == also_plus_two  # why zones are told apart by identity, not equality
