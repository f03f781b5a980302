"""Three `studybot run` processes on one PostgreSQL, as a deployment runs them: the Telegram bot and
two Discord shards split by DISCORD_SHARD_IDS. Each shard identifies as its own shard, the slash
commands are published by shard 0, every command is answered once, and every daily push lands
exactly once although both Discord processes serve the channel's schedule. When the process
running a battle is killed (`kill -9`, no goodbye) the others carry on, another process announces
the battle as ended exactly once, and the killed shard, started again, neither announces it again
nor sends the day's question again.

Real processes on the real clock: the schedules are set (before the bots start) to a time a few
minutes ago, so the day's pushes are due the moment the processes come up and race for them, and
the killed process's last heartbeat is set back in the database instead of waiting 30 s for it.
Waits are for events, with a generous bound that only a hung process reaches.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from adapters.discord import CHOICE_PREFIX
from bot.store import ChatRef, Schedule, SqlStore
from tests.counts import record
from tests.fakes.discord_api import CHANNEL_ID, FakeDiscord, FakeUser, StoredMessage
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.integration.crash import rows
from tests.integration.test_discord import buttons
from tests.pg import execute, fresh_database, postgres_url

__all__ = ["postgres_url"]  # the session fixture, imported so pytest finds it here

ROOT = Path(__file__).resolve().parents[2]
STARTUP = 180.0  # a bot process may take this long to start on a loaded machine
ANA = FakeUser(1_200_000_000_000_000_001, "Ana")
BEN = FakeUser(1_200_000_000_000_000_002, "Ben")
TELEGRAM_CHAT = 42  # a private chat with the bot
DAILY = "Question of the day"
ENDED = ("cancelled by a restart", "interrupted by a restart")


@pytest.fixture
async def database(postgres_url: str) -> AsyncIterator[str]:
    async with fresh_database(postgres_url) as url:
        yield url


async def schedule_pushes_due_now(url: str) -> None:
    """Both chats' daily question, set yesterday for a few minutes ago: due at once."""
    now = datetime.now(UTC)
    due = (now - timedelta(minutes=3)).replace(second=0, microsecond=0)
    chats = (
        (ChatRef("telegram", str(TELEGRAM_CHAT)), False),
        (ChatRef("discord", str(CHANNEL_ID)), True),
    )
    async with await SqlStore.open(url) as store:
        for chat, is_group in chats:
            await store.save_schedule(
                Schedule(chat, due.time(), "UTC", is_group=is_group, set_at=now - timedelta(days=1))
            )


async def start(platform: str, env: dict[str, str], **extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", platform,
        env={**env, **extra}, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def telegram_dailies(telegram: FakeTelegramAPI) -> list[str]:
    sent = [*telegram.delivered("sendPoll"), *telegram.delivered("sendMessage")]
    texts = [str(call.params.get("question") or call.params.get("text") or "") for call in sent]
    return [text for text in texts if DAILY in text]


def posts_with(discord: FakeDiscord, *wanted: str) -> list[StoredMessage]:
    return [m for m in discord.posts(CHANNEL_ID) if any(w in m.text for w in wanted)]


@pytest.mark.slow
async def test_telegram_and_two_discord_shards_share_one_database(
    database: str, tmp_path: Path
) -> None:
    await schedule_pushes_due_now(database)
    async with FakeTelegramAPI() as telegram, FakeDiscord() as discord:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
        env.update(
            PYTHONPATH=str(ROOT),
            DATABASE_URL=database,
            TELEGRAM_TOKEN=telegram.token,
            TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{telegram.port}",
            DISCORD_TOKEN=discord.token,
            DISCORD_API_BASE_URL=discord.base_url,
            DISCORD_GATEWAY_URL=discord.gateway_url,
            DISCORD_SHARD_COUNT="2",
        )
        shard = {
            name: {"DISCORD_SHARD_IDS": name[-1], "STUDYBOT_HEALTH_DIR": str(tmp_path / name)}
            for name in ("shard-0", "shard-1")
        }
        processes = {
            "telegram": await start("telegram", env, STUDYBOT_HEALTH_DIR=str(tmp_path / "t")),
            "shard-0": await start("discord", env, **shard["shard-0"]),
            "shard-1": await start("discord", env, **shard["shard-1"]),
        }
        killed: asyncio.subprocess.Process | None = None
        try:
            await telegram.wait_polling(timeout=STARTUP)
            await discord.wait_for(lambda: discord.connected >= 2, timeout=STARTUP)
            assert sorted(tuple(i["shard"]) for i in discord.identifies) == [(0, 2), (1, 2)]
            await discord.wait_for(
                lambda: discord.call_count("PUT", "/applications/{application_id}/commands"),
                timeout=STARTUP,
            )
            # the day's questions, due at start, raced for by every process serving the chat
            await telegram.wait_until(lambda: bool(telegram_dailies(telegram)), timeout=STARTUP)
            await discord.wait_for(lambda: posts_with(discord, DAILY), timeout=STARTUP)

            telegram.say("/topics")
            await telegram.wait_until(
                lambda: any(
                    "Hungarian" in str(c.params.get("text"))
                    for c in telegram.delivered("sendMessage")
                ),
                timeout=STARTUP,
            )
            first = await discord.slash("explain", ANA, topic="berlin wall")
            await discord.wait_for(lambda: first.visible, timeout=STARTUP)

            # a battle in the guild, run by shard 0: a round is open when shard 0 is killed
            await discord.slash("battle", ANA, rounds=3)
            lobby = await discord.wait_for(lambda: posts_with(discord, "Join now"), timeout=STARTUP)
            await discord.slash("join", BEN)
            await discord.wait_for(
                lambda: "2 players" in lobby[0].text or "Ben" in lobby[0].text, timeout=STARTUP
            )
            start_button = next(iter(buttons(lobby[0], CHOICE_PREFIX + "bs:")))
            await discord.click(lobby[0], start_button, ANA)
            await discord.wait_for(lambda: posts_with(discord, "Round 1/3 ·"), timeout=STARTUP)
            killed = processes.pop("shard-0")
            killed.kill()
            await killed.wait()
            # A dead process's heartbeat goes stale after `stale_seconds` (30 s). Rather than wait
            # that out on the real clock, its last heartbeat is moved an hour back, as if the
            # time had passed; shard 1 finds the battle at its next scan (every 10 s).
            await execute(
                database,
                "UPDATE battles SET heartbeat_at = heartbeat_at - interval '1 hour'"
                " WHERE status = 'running'",
            )

            # shard 1 finds the battle's heartbeat stale and announces it, once
            await discord.wait_for(lambda: posts_with(discord, *ENDED), timeout=STARTUP)
            telegram.say("/explain cuban missile crisis")
            await telegram.wait_until(
                lambda: any(
                    "Cuban" in str(c.params.get("text")) for c in telegram.delivered("sendMessage")
                ),
                timeout=STARTUP,
            )

            # shard 0 comes back: it serves the guild again, and repeats nothing
            processes["shard-0"] = await start("discord", env, **shard["shard-0"])
            await discord.wait_for(lambda: len(discord.identifies) >= 3, timeout=STARTUP)
            second = await discord.slash("explain", ANA, topic="cuban missile crisis")
            await discord.wait_for(lambda: second.visible, timeout=STARTUP)
            await asyncio.sleep(12)  # a recovery scan of every process: time for any repeat to show
        finally:
            for process in processes.values():
                if process.returncode is None:
                    process.send_signal(signal.SIGTERM)
            outcomes = {
                name: await asyncio.wait_for(process.communicate(), STARTUP)
                for name, process in processes.items()
            }
        publishes = discord.call_count("PUT", "/applications/{application_id}/commands")
        telegram_questions = telegram_dailies(telegram)
        discord_questions = posts_with(discord, DAILY)
        announcements = posts_with(discord, *ENDED)
        rounds = posts_with(discord, "Round 1/3 ·")
    pushes = await rows(database, "SELECT platform, state FROM daily_pushes ORDER BY platform")
    battles = await rows(database, "SELECT status FROM battles")
    record(
        processes_killed=1,
        messages_lost=int(not telegram_questions)
        + int(not discord_questions)
        + int(not announcements),
        duplicates=max(len(telegram_questions) - 1, 0)
        + max(len(discord_questions) - 1, 0)
        + max(len(announcements) - 1, 0),
    )
    for name, process in processes.items():
        assert process.returncode == 0, (name, outcomes[name][1].decode())
    assert killed is not None and killed.returncode == -signal.SIGKILL
    assert publishes == 2  # each start of shard 0 publishes the commands; shard 1 never does
    assert len(telegram_questions) == 1  # the day's question: exactly once in each chat
    assert len(discord_questions) == 1
    assert len(announcements) == 1  # the killed process's battle: announced as ended once
    assert "Start a new one with /battle" in announcements[0].text
    assert len(rounds) == 1  # its open round was never asked again
    assert [tuple(row) for row in pushes] == [("discord", "sent"), ("telegram", "sent")]
    assert [tuple(row) for row in battles] == [("interrupted",)]
    assert len(first.visible) == 1 and len(second.visible) == 1
    assert second.visible[0].embeds[0]["title"].startswith("Cuban Missile Crisis")
