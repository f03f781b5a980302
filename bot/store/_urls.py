"""Database URLs as users write them, turned into the async drivers the store runs on.

Users write `postgres://…` (Heroku style), `postgresql://…` or `sqlite:///path`; SQLAlchemy's
asyncio engine needs `postgresql+asyncpg://…` and `sqlite+aiosqlite:///path`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "studybot"
DATABASE_FILE = "studybot.sqlite3"

_POSTGRES_SCHEMES = {"postgres", "postgresql", "postgresql+asyncpg", "postgresql+psycopg2"}
_POSTGRES_SCHEMES |= {"postgresql+psycopg", "postgresql+pg8000", "postgres+asyncpg"}
_SQLITE_SCHEMES = {"sqlite", "sqlite+aiosqlite", "sqlite+pysqlite"}
_MEMORY_NAMES = {"", ":memory:"}


def default_database_url() -> str:
    """DATABASE_URL when set; otherwise a SQLite file in the user's data directory (created)."""
    configured = os.environ.get("DATABASE_URL", "").strip()
    if configured:
        return configured
    directory = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / DATABASE_FILE}"


def to_async_url(url: str) -> URL:
    """The SQLAlchemy URL with an async driver; a ValueError for anything else.

    A SQLite path may start with `~`, and its directory is created, so a fresh machine works.
    """
    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise ValueError(f"{_hide_password(url)!r} is not a database URL: {_EXAMPLES}") from exc
    scheme = parsed.drivername.lower()
    if scheme in _POSTGRES_SCHEMES:
        if not parsed.database:
            raise ValueError(f"{describe(parsed)} names no database: {_EXAMPLES}")
        return parsed.set(drivername="postgresql+asyncpg")
    if scheme in _SQLITE_SCHEMES:
        return _sqlite_url(parsed)
    raise ValueError(f"unsupported database URL {describe(parsed)}: {_EXAMPLES}")


def is_memory_sqlite(url: URL) -> bool:
    """True for a private in-memory SQLite database (one connection, gone when closed)."""
    return url.get_backend_name() == "sqlite" and (url.database or "") in _MEMORY_NAMES


def describe(url: URL | str) -> str:
    """The URL with its password hidden: safe for error messages and logs."""
    if isinstance(url, str):
        return _hide_password(url)
    return url.render_as_string(hide_password=True)


_EXAMPLES = "use sqlite:///PATH/TO/FILE.sqlite3 or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"


def _sqlite_url(parsed: URL) -> URL:
    database = parsed.database or ""
    if database not in _MEMORY_NAMES and not database.startswith("file:"):
        path = Path(database).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValueError(f"cannot create the folder for the database {path}: {exc}") from exc
        database = str(path)
    return parsed.set(drivername="sqlite+aiosqlite", database=database)


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable URL>"
