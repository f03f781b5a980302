"""PostgreSQL stopped and started while twenty students answer quizzes: during the outage every
answer gets a clear "try again" (and its question stays open), nothing is half-written, and once
the server is back the same bot (no restart) saves answers again.

The phases move on events (so many answers saved, so many refused), never on a clock.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Iterator

import pytest

from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.replies import Quiz, Reply
from bot.store import SqlStore
from tests.conftest import default_deck, shown
from tests.counts import record
from tests.integration.crash import SAFETY_NET, scalar
from tests.pg import PostgresUnavailable, ThrowawayPostgres, missing_tools_reason, skip_or_fail

STUDENTS = 20
PER_PHASE = 40
SAVED = ("✅", "❌", "⏭")
TRY_AGAIN = "can't reach my database right now, so nothing was saved. Please try again"


@pytest.fixture
def server() -> Iterator[ThrowawayPostgres]:
    """A server of this test's own: stopping it must not disturb the other tests' server."""
    reason = missing_tools_reason()
    if reason is not None:
        skip_or_fail(reason)
    server = ThrowawayPostgres()
    try:
        server.start()
    except PostgresUnavailable as exc:
        server.stop()
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


class Class:
    """Twenty students answering as fast as the bot replies; every reply is sorted."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.outcomes: Counter[str] = Counter()
        self.phase = "before"
        self.odd: list[str] = []
        self.stop = asyncio.Event()
        self.changed = asyncio.Event()

    async def student(self, n: int) -> None:
        user, chat = User("test", str(n), f"Student {n}"), Chat("test", f"dm-{n}")
        rng = random.Random(n)
        replies: list[Reply] = []
        while not self.stop.is_set():
            quiz = next((r for r in replies if isinstance(r, Quiz)), None)
            session = self.engine.quiz.session_for(user, chat)
            if session is None or session.current is None:
                replies = await self.engine.handle(Command(user, chat, "quiz", "20"))
                continue
            if quiz is not None and session.current.options:
                event: Choice | Command = Choice(user, chat, rng.choice(quiz.options).token)
            else:
                event = Command(user, chat, "skip")
            said = await self.engine.handle(event)
            text = shown(said)
            if TRY_AGAIN in text:
                self.outcomes[f"{self.phase}: try again"] += 1
            elif any(mark in text for mark in SAVED):
                self.outcomes[f"{self.phase}: saved"] += 1
                replies = said
            else:
                self.odd.append(text)
            self.changed.set()
            await asyncio.sleep(0)

    async def until(self, key: str, count: int) -> None:
        async with asyncio.timeout(SAFETY_NET):
            while self.outcomes[key] < count:
                assert not self.odd, self.odd[:3]
                self.changed.clear()
                await self.changed.wait()


async def test_an_outage_gets_try_again_and_the_bot_recovers_without_a_restart(
    server: ThrowawayPostgres,
) -> None:
    store = await SqlStore.open(server.url)
    students = Class(Engine(default_deck(), store=store))
    tasks = [asyncio.create_task(students.student(n)) for n in range(STUDENTS)]
    try:
        await students.until("before: saved", PER_PHASE)
        await asyncio.to_thread(server.pause)
        students.phase = "outage"
        await students.until("outage: try again", PER_PHASE)
        await asyncio.to_thread(server.resume)
        students.phase = "after"
        await students.until("after: saved", PER_PHASE)
    finally:
        students.stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
    await store.close()

    saved = sum(n for key, n in students.outcomes.items() if key.endswith("saved"))
    reviews = await scalar(server.url, "SELECT count(*) FROM review_log")
    results = await scalar(server.url, "SELECT count(*) FROM quiz_results")
    print(f"\nPostgreSQL outage: {dict(students.outcomes)}; {reviews} reviews, {results} results")
    record(faults_injected=1, answers_half_written=abs(reviews - results))
    assert students.odd == []  # every reply was a saved answer or a clear "try again"
    assert reviews == results  # each answer wrote all of its rows or none
    # An answer whose COMMIT reached the server just as it stopped is saved though its reply
    # said "try again": at most one per student.
    assert saved <= reviews <= saved + STUDENTS
