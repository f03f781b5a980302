"""`studybot health` as a container healthcheck runs it: a real process, real databases, a real bot.

Exit 0 only when the database is reachable and migrated, the deck loads and (when named) the bot
process reports its platform connected; 1 otherwise, with the reason, and never a password.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.telegram_api import FakeTelegramAPI
from tests.pg import (
    PostgresUnavailable,
    ThrowawayPostgres,
    create_database,
    missing_tools_reason,
    skip_or_fail,
)

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "s3cret-Pa55word"


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.pop("STUDYBOT_DECK", None)
    env.update(PYTHONPATH=str(ROOT), STUDYBOT_HEALTH_DIR=str(tmp_path / "health"), **extra)
    return env


def health(env: dict[str, str], *args: str) -> tuple[int, dict[str, Any], str]:
    done = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "health", *args, "--json"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return done.returncode, json.loads(done.stdout), done.stdout + done.stderr


def check(report: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in report["checks"] if c["name"] == name)
    return found


def migrate(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "adapters.cli", "db", "migrate"],
        env=env, cwd=ROOT, capture_output=True, timeout=120, check=True,
    )  # fmt: skip


def test_healthy_on_a_migrated_sqlite_database_then_not_on_an_empty_one(tmp_path: Path) -> None:
    env = env_for(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(env)
    code, report, _ = health(env)
    assert code == 0 and report["status"] == "healthy"
    assert check(report, "deck")["ok"] and check(report, "database")["ok"]

    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'empty.db'}"
    code, report, _ = health(env)
    assert code == 1 and report["status"] == "unhealthy"
    assert "never migrated" in check(report, "database")["detail"]


def test_a_deck_that_does_not_load_is_unhealthy(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: Rivers\ntopics: [1, 2]\n", encoding="utf-8")
    env = env_for(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(env)
    env["STUDYBOT_DECK"] = str(broken)
    code, report, _ = health(env)
    assert code == 1
    assert not check(report, "deck")["ok"] and "broken.yaml" in check(report, "deck")["detail"]


@pytest.mark.slow
def test_unhealthy_when_postgresql_goes_down_and_the_password_never_shows(
    tmp_path: Path,
) -> None:
    reason = missing_tools_reason()
    if reason is not None:
        skip_or_fail(reason)
    server = ThrowawayPostgres()
    try:
        server.start()
    except PostgresUnavailable as error:
        server.stop()
        pytest.fail(str(error), pytrace=False)
    try:
        url = asyncio.run(create_database(server.url))
        url = url.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")
        env = env_for(tmp_path, DATABASE_URL=url)
        migrate(env)
        code, report, _ = health(env)
        assert code == 0, report
        server.stop()  # the database goes down under a running deployment
        code, report, output = health(env)
    finally:
        server.stop()
    assert code == 1 and report["status"] == "unhealthy"
    assert "cannot reach" in check(report, "database")["detail"]
    assert check(report, "deck")["ok"]  # says which part is broken, not just "unhealthy"
    assert PASSWORD not in output


@pytest.mark.slow
async def test_the_platform_check_follows_a_running_telegram_bot(tmp_path: Path) -> None:
    async with FakeTelegramAPI() as api:
        env = env_for(
            tmp_path,
            TELEGRAM_TOKEN=api.token,
            TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{api.port}",
            DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        )
        code, report, _ = await asyncio.to_thread(health, env, "telegram")
        assert code == 1 and "no running telegram bot" in check(report, "telegram")["detail"]
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "adapters.cli", "run", "telegram",
            env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await api.wait_polling(timeout=120)
            for _ in range(600):  # the first heartbeat after polling started: well within a minute
                code, report, _ = await asyncio.to_thread(health, env, "telegram")
                if code == 0:
                    break
                await asyncio.sleep(0.1)
            assert code == 0, report
            assert check(report, "telegram")["ok"]
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.communicate(), 300)  # a hang guard, not a deadline
        assert process.returncode == 0
        code, report, _ = await asyncio.to_thread(health, env, "telegram")
    assert code == 1  # a stopped bot reports itself disconnected
    assert "not connected" in check(report, "telegram")["detail"]
