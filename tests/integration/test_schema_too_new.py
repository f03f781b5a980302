"""A database that a newer studybot migrated (a migration this code does not ship): every command
that opens it says so in one line, with what to do, and exits non-zero — no Alembic traceback.
Going back is not possible: a migration is not undone by starting an older version.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_health import ROOT, check, env_for, health, migrate

FUTURE = "0099_from_a_newer_studybot"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    database = tmp_path / "ahead.sqlite3"
    env = env_for(tmp_path, DATABASE_URL=f"sqlite:///{database}")
    migrate(env)
    with sqlite3.connect(database) as conn:  # what a newer version's `db migrate` leaves
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    return env


def studybot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adapters.cli", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (("run",), {}),  # what `make run` runs: the console without tokens
        (("run", "telegram"), {"TELEGRAM_TOKEN": "123:not-a-real-token"}),
        (("db", "migrate"), {}),
        (("chat",), {}),
    ],
    ids=["run", "run-telegram", "db-migrate", "chat"],
)
def test_a_database_ahead_of_the_code_is_one_clear_line_and_a_failure(
    env: dict[str, str], args: tuple[str, ...], extra: dict[str, str]
) -> None:
    done = studybot({**env, **extra}, *args)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.startswith("studybot:")]
    assert len(errors) == 1, done.stderr
    assert f"is at schema migration {FUTURE}" in errors[0]
    assert "does not know" in errors[0] and "Run that newer version" in errors[0]
    assert "Traceback" not in done.stderr and "alembic" not in done.stderr.lower()


def test_health_reports_a_database_ahead_of_the_code(env: dict[str, str]) -> None:
    code, report, _ = health(env)
    assert code == 1
    assert not check(report, "database")["ok"]
    assert FUTURE in check(report, "database")["detail"]
