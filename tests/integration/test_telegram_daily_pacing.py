"""Many classes due for their question of the day at once, pushed through the Telegram adapter to a
fake Bot API that enforces Telegram's flood limits (30 sends in any second, 20 a minute into one
group; 429 beyond). Every class gets its question exactly once and Telegram never has to refuse one.
The 1,000-chat version, timed, is benchmarks/bench_daily_telegram.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time
from pathlib import Path

import aiohttp
import pytest

from adapters.telegram import RateLimits, TelegramAdapter, TelegramSettings
from bot.app import App, AppConfig, build_app
from bot.daily import NoPacing
from bot.store import ChatRef, Schedule
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import WAIT_SECONDS, FakeTelegramAPI
from tests.integration.test_telegram import running

# PTB warns from inside RetryAfter whenever a 429 is read; that must not hide a failure here.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Deprecated since.*`retry_after`:telegram.warnings.PTBDeprecationWarning"
)

CLASSES = 75  # two and a half seconds' worth of sends at 30/s
FIRST_GROUP = -1_002_000_000_000
PUSH_AT = time(8, 0)


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        fake.enforce_limits(per_second=30, per_group_minute=20)
        yield fake


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 7, 59, 30, tzinfo=UTC))  # a Monday, just before 08:00


@pytest.fixture
async def core(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    app = await build_app(
        AppConfig(database_url=f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"), clock=clock
    )
    assert app.store is not None
    for n in range(CLASSES):
        chat = ChatRef("telegram", str(FIRST_GROUP - n))
        await app.store.save_schedule(
            Schedule(chat, PUSH_AT, "UTC", deck_id=app.deck.id, set_at=clock.now())
        )
    yield app
    await app.close()


async def push_everyone(core: App, api: FakeTelegramAPI, clock: FakeClock) -> None:
    """Run the bot with Telegram's own limits; at 08:00 every class is due at once."""
    settings = TelegramSettings(
        token=api.token, api_base_url=api.base_url, rate_limits=RateLimits(), tick_seconds=0.01
    )
    adapter = TelegramAdapter.for_app(core, settings)
    daily = core.daily
    assert daily is not None
    async with running(adapter):
        async with asyncio.timeout(WAIT_SECONDS):  # a hang guard, not a deadline
            while len(daily.keeper) < CLASSES:  # the bot's first tick loads every schedule
                await asyncio.sleep(0.01)
        clock.advance(seconds=31)
        await api.wait_until(lambda: len(api.sends_per_chat) >= CLASSES)
        await daily.idle()


def assert_each_class_got_its_question_once(api: FakeTelegramAPI) -> None:
    polls = api.delivered("sendPoll")
    assert api.sends_per_chat == {FIRST_GROUP - n: 1 for n in range(CLASSES)}
    assert len(polls) == CLASSES
    assert all(poll.params["question"].startswith("📅 Question of the day") for poll in polls), (
        polls[0].params["question"]
    )
    assert api.throttled == 0
    assert not api.refused()


async def test_classes_due_together_each_get_one_question_and_no_429(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    await push_everyone(core, api, clock)
    assert_each_class_got_its_question_once(api)


async def test_the_adapter_alone_keeps_a_fan_out_under_the_limit(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    """With no pacing in the core, the adapter's limiter is all that stands between a burst of
    sends and Telegram's 429s."""
    assert core.daily is not None
    core.daily.pacer = NoPacing()
    await push_everyone(core, api, clock)
    assert_each_class_got_its_question_once(api)


async def test_the_fake_refuses_the_31st_send_in_a_second(api: FakeTelegramAPI) -> None:
    """The limit these tests rely on is real: a burst beyond it is refused the way Telegram does."""
    url = f"{api.base_url}{api.token}/sendMessage"
    async with aiohttp.ClientSession() as session:
        answers = []
        for n in range(31):
            async with session.post(url, data={"chat_id": str(1000 + n), "text": "hi"}) as reply:
                answers.append((reply.status, await reply.json()))
    assert [status for status, _ in answers] == [200] * 30 + [429]
    refusal = answers[-1][1]
    assert refusal["ok"] is False and refusal["error_code"] == 429
    assert refusal["parameters"]["retry_after"] == 1
    assert refusal["description"] == "Too Many Requests: retry after 1"
    assert api.throttled == 1 and api.sends_per_chat[1030] == 0


async def test_the_fake_refuses_the_21st_send_into_one_group_in_a_minute(
    api: FakeTelegramAPI,
) -> None:
    url = f"{api.base_url}{api.token}/sendMessage"
    statuses = []
    async with aiohttp.ClientSession() as session:
        for _ in range(21):  # within the 30/s overall: only the group's 20 a minute refuses
            async with session.post(url, data={"chat_id": str(FIRST_GROUP), "text": "hi"}) as r:
                statuses.append(r.status)
                retry_after = (await r.json()).get("parameters", {}).get("retry_after")
    assert statuses == [200] * 20 + [429]
    assert retry_after in {59, 60}  # the group's minute, not the overall second
    assert api.sends_per_chat[FIRST_GROUP] == 20
