"""Ticks that overlap (the adapters' timer loop starts one a second without waiting for the last)
never run one chat's work twice, and one chat's send that hangs (a 429 storm being retried) holds
up no other chat: a battle step still running is skipped by later ticks, and a daily push being
sent is not handed out again in the same process, not even once its lease has run out.

The Messenger here holds every send into a "held" chat until the test releases it; the tests wait
for events (a send arriving), never for time.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.battle import BattleFeature, BattleSettings
from bot.daily import DailyFeature, NoPacing
from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.ports import SentMessage
from bot.replies import Choices, Quiz, Reply
from bot.store import SqlStore
from tests.conftest import default_deck
from tests.fakes.clock import FakeClock

HANG_GUARD = 300.0  # seconds; only a hang trips it
CLASS_A = Chat("test", "class-a", is_group=True)
CLASS_B = Chat("test", "class-b", is_group=True)
TEACHER = User("test", "100", "Ms Kay", is_admin=True)
ANA, BEN = User("test", "1", "Ana"), User("test", "2", "Ben")


class HeldMessenger:
    """Records every send and edit by chat; those into `held` chats wait until `release()`."""

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.attempts: Counter[tuple[str, str]] = Counter()  # (chat, text) -> calls
        self.sent: list[tuple[Chat, Reply]] = []
        self.waiting = asyncio.Event()  # a send into a held chat is waiting
        self._gate = asyncio.Event()
        self._changed = asyncio.Event()

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        await self._pass(chat, reply)
        self.sent.append((chat, reply))
        self._changed.set()
        return SentMessage(chat, str(len(self.sent)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        await self._pass(sent.chat, reply)
        self.sent.append((sent.chat, reply))
        self._changed.set()

    async def _pass(self, chat: Chat, reply: Reply) -> None:
        self.attempts[chat.id, reply.fallback.plain] += 1
        if chat.id in self.held:
            self.waiting.set()
            await self._gate.wait()

    def release(self) -> None:
        self.held.clear()
        self._gate.set()

    def texts(self, chat: Chat) -> list[str]:
        return [r.fallback.plain for c, r in self.sent if c == chat]

    async def until(self, chat: Chat, wanted: str) -> None:
        """Wait until a message into `chat` containing `wanted` has gone out."""
        async with asyncio.timeout(HANG_GUARD):
            while not any(wanted in t for t in self.texts(chat)):
                self._changed.clear()
                await self._changed.wait()


# ---- battles --------------------------------------------------------------------------------


def last_quiz(messenger: HeldMessenger, chat: Chat) -> Quiz:
    return [r for c, r in messenger.sent if c == chat and isinstance(r, Quiz)][-1]


async def started(engine: Engine, messenger: HeldMessenger, chat: Chat) -> None:
    """A two-round battle of Ana and Ben in `chat`, its first question out."""
    await engine.handle(Command(ANA, chat, "battle", "2"))
    lobby = next(r for c, r in messenger.sent if c == chat and isinstance(r, Choices))
    tokens = {o.label: o.token for o in lobby.options}
    await engine.handle(Choice(BEN, chat, tokens["Join"]))
    await engine.handle(Choice(ANA, chat, tokens["Start"]))
    await engine.tick()
    await messenger.until(chat, "Round 1/2")


async def everyone_answers(engine: Engine, messenger: HeldMessenger, chat: Chat) -> None:
    quiz = last_quiz(messenger, chat)
    for user in (ANA, BEN):
        await engine.handle(Choice(user, chat, quiz.options[quiz.correct[0]].token))


async def test_overlapping_ticks_never_run_one_battles_step_twice_and_the_others_go_on() -> None:
    clock = FakeClock()
    messenger = HeldMessenger()
    deck = default_deck()
    feature = BattleFeature(deck, clock=clock, messenger=messenger, settings=BattleSettings())
    engine = Engine(deck, clock=clock, features=[feature])
    for chat in (CLASS_A, CLASS_B):
        await started(engine, messenger, chat)

    await everyone_answers(engine, messenger, CLASS_A)
    messenger.held.add(CLASS_A.id)
    first = asyncio.create_task(engine.tick())  # closes A's round 1; its scoreboard hangs
    await asyncio.wait_for(messenger.waiting.wait(), HANG_GUARD)
    await everyone_answers(engine, messenger, CLASS_B)
    for _ in range(3):  # later ticks, while the first is still sending into A
        await engine.tick()
    await messenger.until(CLASS_B, "Round 1/2 — the answer")
    a_scoreboards = {k: n for k, n in messenger.attempts.items() if k[0] == CLASS_A.id}
    assert not first.done()
    messenger.release()
    await asyncio.wait_for(first, HANG_GUARD)
    await engine.tick()

    a_board = [t for t in messenger.texts(CLASS_A) if "Round 1/2 — the answer" in t]
    b_board = [t for t in messenger.texts(CLASS_B) if "Round 1/2 — the answer" in t]
    assert len(a_board) == 1 and len(b_board) == 1
    # While A's scoreboard hung, A's step was tried once: the later ticks skipped it.
    assert sum(n for (_, said), n in a_scoreboards.items() if "the answer" in said) == 1
    assert all(n == 1 for n in messenger.attempts.values()), messenger.attempts


# ---- daily pushes -----------------------------------------------------------------------------


async def reloaded(daily: DailyFeature) -> None:
    """Wait for the schedules' reload a tick started, if any (it looks for unsent pushes)."""
    reload = daily._reload
    if reload is not None:
        await asyncio.wait_for(reload, HANG_GUARD)


def utc(hour: int, minute: int) -> datetime:
    return datetime(2026, 3, 2, hour, minute, tzinfo=UTC)  # a Monday


async def test_a_daily_push_being_sent_is_never_sent_again_by_overlapping_ticks(
    tmp_path: Path,
) -> None:
    """A's 08:00 question hangs in the send. Ticks go on: B's 08:05 question goes out, and at
    08:30 A's push (its lease run out meanwhile, the reload finds it unsent) is not taken over by
    the same process. Released, A's question lands once."""
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'daily.sqlite3'}")
    try:
        clock = FakeClock(utc(7, 0))
        messenger = HeldMessenger()
        daily = DailyFeature(
            default_deck(),
            store=store,
            clock=clock,
            lease_clock=clock,  # leases run out on the test's clock
            messenger=messenger,
            pacer=NoPacing(),
        )
        engine = Engine(default_deck(), clock=clock, features=[daily])
        for chat, at in ((CLASS_A, "08:00"), (CLASS_B, "08:05")):
            await engine.handle(Command(TEACHER, chat, "daily", f"set {at} UTC"))
        messenger.held.add(CLASS_A.id)

        clock.current = utc(8, 0)
        await engine.tick()
        await asyncio.wait_for(messenger.waiting.wait(), HANG_GUARD)  # A's question hangs
        for moment in (utc(8, 0), utc(8, 6), utc(8, 30), utc(8, 31), utc(8, 45)):
            clock.current = moment  # 08:30 and 08:45: reloads, A's 10-minute lease run out
            await asyncio.gather(engine.tick(), engine.tick())  # two ticks at once
            await reloaded(daily)
            if moment == utc(8, 6):
                await messenger.until(CLASS_B, "Question of the day")
        assert not any("Question of the day" in t for t in messenger.texts(CLASS_A))
        messenger.release()
        await asyncio.wait_for(daily.idle(), HANG_GUARD)
        clock.current = utc(8, 50)
        await engine.tick()
        await asyncio.wait_for(daily.idle(), HANG_GUARD)

        asked = {
            chat.id: sum(1 for t in messenger.texts(chat) if "Question of the day" in t)
            for chat in (CLASS_A, CLASS_B)
        }
        tried = sum(n for (chat, _), n in messenger.attempts.items() if chat == CLASS_A.id)
        assert asked == {CLASS_A.id: 1, CLASS_B.id: 1}
        assert tried == 1  # the push hanging in the send was never handed out again
    finally:
        await daily.close()
        await store.close()
