"""Database URLs as users write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import default_database_url, to_async_url


@pytest.mark.parametrize(
    "written",
    [
        "postgres://quiz:secret@db.example:5433/studybot",
        "postgresql://quiz:secret@db.example:5433/studybot",
        "postgresql+asyncpg://quiz:secret@db.example:5433/studybot",
    ],
)
def test_postgres_urls_get_the_asyncpg_driver(written: str) -> None:
    url = to_async_url(written)
    assert url.drivername == "postgresql+asyncpg"
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "quiz",
        "secret",
        "db.example",
        5433,
        "studybot",
    )


def test_sqlite_urls_get_the_aiosqlite_driver_and_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "bot.sqlite3"
    url = to_async_url(f"sqlite:///{path}")
    assert url.drivername == "sqlite+aiosqlite"
    assert url.database == str(path)
    assert path.parent.is_dir()


def test_a_sqlite_path_may_start_with_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert to_async_url("sqlite:///~/studybot.db").database == str(tmp_path / "studybot.db")


def test_in_memory_sqlite_is_accepted() -> None:
    assert to_async_url("sqlite://").drivername == "sqlite+aiosqlite"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("mysql://root:hunter2@localhost/db", "unsupported database URL"),
        ("not a url", "is not a database URL"),
        ("postgresql://root:hunter2@localhost", "names no database"),
    ],
)
def test_unusable_urls_get_a_clear_error_without_the_password(written: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as raised:
        to_async_url(written)
    assert "hunter2" not in str(raised.value)
    assert "sqlite:///" in str(raised.value)  # and it shows what would work


def test_the_default_honours_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    assert default_database_url() == "postgres://u@h/db"


def test_the_default_is_a_sqlite_file_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = default_database_url()
    assert url == f"sqlite:///{tmp_path / 'data' / 'studybot' / 'studybot.sqlite3'}"
    assert (tmp_path / "data" / "studybot").is_dir()
