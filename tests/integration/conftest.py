"""Fixtures shared by the integration tests that run on both stores (the crash and multi-process
tests): `database_url` is an empty database, a SQLite file or a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.pg import fresh_database, postgres_url

__all__ = ["postgres_url"]  # the session's throwaway server, imported so pytest finds it here


@pytest.fixture(params=["sqlite", "postgresql"])
def server_url(request: pytest.FixtureRequest) -> str | None:
    """The PostgreSQL server for this run, or None for SQLite (resolved outside any event loop)."""
    return None if request.param == "sqlite" else str(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def database_url(server_url: str | None, tmp_path: Path) -> AsyncIterator[str]:
    if server_url is None:
        yield f"sqlite:///{tmp_path / 'studybot.sqlite3'}"
        return
    async with fresh_database(server_url) as url:
        yield url
