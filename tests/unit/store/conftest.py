"""Every store test runs twice: on a temp SQLite file and on a fresh PostgreSQL database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.store import ChatRef, SqlStore, UserRef
from bot.store._schema import metadata
from tests.pg import create_database, drop_database, execute, fresh_database, postgres_url

__all__ = ["postgres_url"]  # the session fixture, re-exported so pytest finds it here

BACKENDS = ["sqlite", "postgresql"]
ALL_TABLES = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def migrated_postgres(postgres_url: str) -> Iterator[str]:
    """A PostgreSQL database migrated once per session; `store` empties it for each test."""

    async def create() -> str:
        url = await create_database(postgres_url)
        await (await SqlStore.open(url)).close()
        return url

    url = asyncio.run(create())
    try:
        yield url
    finally:
        asyncio.run(drop_database(postgres_url, url))


# Sync fixtures resolve the PostgreSQL ones on demand: a SQLite-only run starts no server, and
# the session fixtures never run inside a test's event loop.
@pytest.fixture
def server_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """The PostgreSQL server of this test, or None on SQLite."""
    return None if backend == "sqlite" else str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def migrated_url(backend: str, request: pytest.FixtureRequest) -> str | None:
    """The session's migrated PostgreSQL database, or None on SQLite."""
    return None if backend == "sqlite" else str(request.getfixturevalue("migrated_postgres"))


@pytest.fixture
async def database_url(server_url: str | None, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of the backend, its URL written as a user would."""
    if server_url is None:
        yield f"sqlite:///{tmp_path / 'studybot.sqlite3'}"
        return
    async with fresh_database(server_url) as url:
        yield url


@pytest.fixture
async def store(migrated_url: str | None, tmp_path: Path) -> AsyncIterator[SqlStore]:
    """An open store on a database no other test's rows are in."""
    if migrated_url is None:
        url = f"sqlite:///{tmp_path / 'studybot.sqlite3'}"
    else:  # emptying is ten times cheaper than creating and migrating a database
        await execute(migrated_url, f"TRUNCATE {ALL_TABLES} RESTART IDENTITY")
        url = migrated_url
    async with await SqlStore.open(url) as opened:
        yield opened


@pytest.fixture
def ann() -> UserRef:
    return UserRef("telegram", "1001")


@pytest.fixture
def bob() -> UserRef:
    return UserRef("telegram", "1002")


@pytest.fixture
def group() -> ChatRef:
    return ChatRef("telegram", "-100500")
