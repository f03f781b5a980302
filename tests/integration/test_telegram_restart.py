"""Votes on polls sent before a restart: Telegram's poll_answer names only the poll, so the adapter
keeps each poll's chat and option tokens in the store, and a new process (a new adapter, a new core,
the same database) still turns a vote into the right answer. The store helps but is never a
condition: when it fails, polls are still sent and votes still counted while the process lives.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter, TelegramSettings, serve
from bot.app import AppConfig, build_app
from bot.events import Chat, Choice
from bot.replies import Option, Quiz
from bot.store import ChatRef, SqlStore, StoredPoll, StoreError
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import WAIT_SECONDS, FakeTelegramAPI
from tests.integration.test_telegram import FAST, GROUP, Recorder, running, seen_in, settle

TEACHER = 7
QUIZ = Quiz(
    "q-42",
    "Who replaced Gerő?",
    (Option("Rákosi", "qa:x:0"), Option("Nagy", "qa:x:1"), Option("Kádár", "qa:x:2")),
    (1,),
    "Nagy became prime minister.",
)


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # Monday 2 March 2026, 09:00 UTC (09:00 in London)


@pytest.fixture
def database(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"


def fast(api: FakeTelegramAPI) -> TelegramSettings:
    return TelegramSettings(
        token=api.token, api_base_url=api.base_url, rate_limits=FAST, tick_seconds=0.01
    )


class BrokenStore:
    """A database that is down: every call fails the way SqlStore reports it."""

    async def remember_poll(self, poll: StoredPoll) -> None:
        raise StoreError("database error on sqlite: disk I/O error")

    async def find_poll(self, platform: str, poll_id: str) -> StoredPoll | None:
        raise StoreError("database error on sqlite: disk I/O error")

    async def forget_polls_before(self, when: datetime) -> int:
        raise StoreError("database error on sqlite: disk I/O error")


async def test_a_vote_on_the_daily_question_after_a_restart_counts_in_the_results(
    api: FakeTelegramAPI, clock: FakeClock, database: str
) -> None:
    api.admins[GROUP] = {TEACHER}
    before = await build_app(AppConfig(database_url=database), clock=clock)
    try:
        stop = asyncio.Event()
        serving = asyncio.create_task(serve(TelegramAdapter.for_app(before, fast(api)), stop))
        api.say("/daily set 08:00 Europe/London deadline=17:00", chat_id=GROUP, user_id=TEACHER)
        api.say("/daily now", chat_id=GROUP, user_id=TEACHER)
        (today,) = await api.wait_for("sendPoll")
        stop.set()  # the process stops with the question of the day still open
        await asyncio.wait_for(serving, WAIT_SECONDS)  # a hang guard, not a deadline
    finally:
        await before.close()

    after = await build_app(AppConfig(database_url=database), clock=clock)
    try:
        adapter = TelegramAdapter.for_app(after, fast(api))
        async with running(adapter):
            right = today.params["correct_option_ids"][0]
            wrong = (right + 1) % len(today.params["options"])
            for student, pick in ((20, right), (21, right), (22, wrong)):
                api.vote(today.result["poll"], pick, user_id=student)
            await settle(adapter, api)
            quiet = len(api.delivered(chat_id=GROUP))
            clock.advance(hours=8, minutes=1)  # 17:01 in London: answers close, results go out
            await api.wait_until(lambda: len(api.delivered(chat_id=GROUP)) > quiet)
            await settle(adapter, api)
    finally:
        await after.close()
    results = seen_in(api, GROUP)[quiet]
    assert results.startswith("📊 Question of the day — Mon 2 Mar"), results
    assert "3 people answered; 67% got it right." in results
    assert f"Answer: {today.params['options'][right]['text']}" in results
    assert not api.refused()


async def test_a_vote_after_a_restart_reaches_the_core_as_the_choice_in_the_polls_chat(
    api: FakeTelegramAPI, clock: FakeClock, database: str
) -> None:
    first = Recorder({"quiz": [QUIZ]})
    async with await SqlStore.open(database) as store:
        adapter = TelegramAdapter(first, fast(api), store=store, clock=clock)
        async with running(adapter):
            api.say("/quiz", chat_id=GROUP, user_id=5)
            (poll_call,) = await api.wait_for("sendPoll")
        await adapter.polls.flush()  # what `serve` does on the way out
        await adapter.close_connections()

    second = Recorder()
    async with await SqlStore.open(database) as store:
        adapter = TelegramAdapter(second, fast(api), store=store, clock=clock)
        async with running(adapter):
            api.vote(poll_call.result["poll"], 2, user_id=6)
            api.vote(poll_call.result["poll"], 0, user_id=9)
            events = await second.wait(2)
        await adapter.close_connections()
    assert all(isinstance(event, Choice) for event in events)
    in_group = Chat("telegram", str(GROUP), is_group=True)
    picks = {
        (event.user.id, event.chat, event.token) for event in events if isinstance(event, Choice)
    }
    assert picks == {("6", in_group, "qa:x:2"), ("9", in_group, "qa:x:0")}


async def test_polls_older_than_three_days_are_forgotten_when_the_bot_starts(
    api: FakeTelegramAPI, clock: FakeClock, database: str
) -> None:
    chat = ChatRef("telegram", str(GROUP))
    core = Recorder()
    async with await SqlStore.open(database) as store:
        for poll_id, age in (("old", timedelta(days=4)), ("recent", timedelta(days=2))):
            tokens = ("qa:y:0", "qa:y:1")
            await store.remember_poll(
                StoredPoll(chat, poll_id, True, "q-7", tokens, clock.now() - age)
            )
        adapter = TelegramAdapter(core, fast(api), store=store, clock=clock)
        async with running(adapter):
            for poll_id in ("old", "recent"):
                options = [{"persistent_id": f"{poll_id}-{n}"} for n in range(2)]
                api.vote({"id": poll_id, "options": options}, 1, user_id=6)
            await settle(adapter, api)
        await adapter.close_connections()
        assert await store.find_poll("telegram", "old") is None
        assert await store.find_poll("telegram", "recent") is not None
    assert [(e.token, e.chat.id) for e in core.events if isinstance(e, Choice)] == [
        ("qa:y:1", str(GROUP))
    ]


async def test_a_failing_store_never_stops_a_poll_or_a_vote(
    api: FakeTelegramAPI, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    core = Recorder({"quiz": [QUIZ]})
    adapter = TelegramAdapter(core, fast(api), store=BrokenStore(), clock=clock)
    with caplog.at_level(logging.ERROR, logger="adapters.telegram._polls"):
        async with running(adapter):
            api.say("/quiz", chat_id=GROUP, user_id=5)
            (poll_call,) = await api.wait_for("sendPoll")
            api.vote(poll_call.result["poll"], 1, user_id=6)
            api.vote({"id": "sent-by-a-dead-process", "options": [{"persistent_id": "x"}]}, 0)
            events = await core.wait(2)
            await settle(adapter, api)
        await adapter.polls.flush()
        await adapter.close_connections()
    vote = events[1]
    assert isinstance(vote, Choice) and vote.token == "qa:x:1" and vote.user.id == "6"
    assert len(core.events) == 2  # the unknown poll's vote is ignored, not an apology
    assert not any("Sorry" in text for text in seen_in(api, GROUP) + seen_in(api, 42))
    logged = caplog.text
    assert "could not store poll" in logged and "could not look up poll" in logged
    assert "could not forget old polls" in logged
