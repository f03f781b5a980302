"""Three `studybot run` processes on one PostgreSQL, as a deployment runs them: the Telegram bot and
two Discord shards split by DISCORD_SHARD_IDS. Each shard identifies as its own shard, the slash
commands are published once, every command is answered once, and when one process is killed
(`kill -9`, no goodbye) the others carry on.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.discord_api import FakeDiscord, FakeUser
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.pg import fresh_database, postgres_url

__all__ = ["postgres_url"]  # the session fixture, imported so pytest finds it here

ROOT = Path(__file__).resolve().parents[2]
STARTUP = 120.0  # a bot process may take this long to start on a loaded machine
ANA = FakeUser(1_200_000_000_000_000_001, "Ana")
GUILD_SHARD = 0  # the fake's one guild belongs to shard 0 of 2


@pytest.fixture
async def database(postgres_url: str) -> AsyncIterator[str]:
    async with fresh_database(postgres_url) as url:
        yield url


async def start(platform: str, env: dict[str, str], **extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", platform,
        env={**env, **extra}, cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


@pytest.mark.slow
async def test_telegram_and_two_discord_shards_share_one_database(
    database: str, tmp_path: Path
) -> None:
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
        processes = {
            "telegram": await start("telegram", env, STUDYBOT_HEALTH_DIR=str(tmp_path / "t")),
            "shard-0": await start(
                "discord", env, DISCORD_SHARD_IDS="0", STUDYBOT_HEALTH_DIR=str(tmp_path / "d0")
            ),
            "shard-1": await start(
                "discord", env, DISCORD_SHARD_IDS="1", STUDYBOT_HEALTH_DIR=str(tmp_path / "d1")
            ),
        }
        try:
            await telegram.wait_polling(timeout=STARTUP)
            await discord.wait_for(lambda: discord.connected >= 2, timeout=STARTUP)
            assert sorted(tuple(i["shard"]) for i in discord.identifies) == [(0, 2), (1, 2)]
            await discord.wait_for(
                lambda: discord.call_count("PUT", "/applications/{application_id}/commands"),
                timeout=STARTUP,
            )

            telegram.say("/topics")
            await telegram.wait_for("sendMessage", 1, timeout=STARTUP)
            first = await discord.slash("explain", ANA, topic="berlin wall")
            await discord.wait_for(lambda: first.visible, timeout=STARTUP)

            victim = processes.pop("shard-1")  # not the guild's shard: the guild stays served
            victim.kill()
            await victim.wait()

            telegram.say("/explain hungarian uprising")
            await telegram.wait_for("sendMessage", 2, timeout=STARTUP)
            second = await discord.slash("explain", ANA, topic="cuban missile crisis")
            await discord.wait_for(lambda: second.visible, timeout=STARTUP)
            await asyncio.sleep(1)  # time for any duplicate answer to show up
        finally:
            for process in processes.values():
                if process.returncode is None:
                    process.send_signal(signal.SIGTERM)
            outcomes = {
                name: await asyncio.wait_for(process.communicate(), STARTUP)
                for name, process in processes.items()
            }
        publishes = discord.call_count("PUT", "/applications/{application_id}/commands")
        telegram_replies = [call.params["text"] for call in telegram.delivered("sendMessage")]
    for name, process in processes.items():
        assert process.returncode == 0, (name, outcomes[name][1].decode())
    assert publishes == 1  # shard 0 publishes the commands, shard 1 does not
    assert len(telegram_replies) == 2 and "Hungarian" in telegram_replies[1]
    assert len(first.visible) == 1 and len(second.visible) == 1
    assert second.visible[0].embeds[0]["title"].startswith("Cuban Missile Crisis")
