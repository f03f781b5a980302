"""SIGTERM (what `docker compose stop` sends) stops a bot gracefully: the reply it is sending when the
signal comes is still delivered, what the command changed is in the database, and the exit code is 0.

Telegram refuses every send for a few seconds (429 with retry_after), so the bot's reply is
provably in flight — waiting to be retried — at the moment the signal arrives.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.fakes.telegram_api import FakeTelegramAPI

ROOT = Path(__file__).resolve().parents[2]
STARTUP = 120.0  # a bot process may take this long to start on a loaded machine


@pytest.mark.slow
async def test_sigterm_finishes_the_reply_in_flight_and_keeps_what_it_saved(
    tmp_path: Path,
) -> None:
    database = tmp_path / "bot.db"
    async with FakeTelegramAPI() as api:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
        env.update(
            TELEGRAM_TOKEN=api.token,
            TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{api.port}",
            DATABASE_URL=f"sqlite:///{database}",
            PYTHONPATH=str(ROOT),
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "adapters.cli", "run", "telegram",
            env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await api.wait_polling(timeout=STARTUP)
            before = len(api.delivered("sendMessage"))
            api.flood(1.0, retry_after=3.0)  # every send refused for 3 s at a time
            api.say("/daily set 08:30 Europe/London")  # a private chat: its own admin
            await api.wait_until(lambda: api.throttled > 0, timeout=STARTUP)
            assert len(api.delivered("sendMessage")) == before  # the reply is still in flight
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), STARTUP)
        replies = [call.params["text"] for call in api.delivered("sendMessage")[before:]]
    assert process.returncode == 0, err.decode()
    assert b"Traceback" not in err
    assert len(replies) == 1 and "08:30 Europe/London" in replies[0]
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT chat_id, time_of_day, timezone FROM daily_schedules"
        ).fetchall()
    assert [(chat, str(when)[:5], zone) for chat, when, zone in rows] == [
        ("42", "08:30", "Europe/London")
    ]
