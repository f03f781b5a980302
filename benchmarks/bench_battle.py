"""Battles on the real SQLite store: N players answering one question in the same instant, and the
round closes, through the engine.

Run: `python -m benchmarks.bench_battle [--players 10000] [--close-players 1000]`.

A two-round battle on a temporary SQLite file (the store a bot runs with: the battle's snapshot
saved as it starts and after each round, every player's result and name written when it ends),
with a fake clock and a messenger that only counts; the heap settled once the engine is built,
before the battle, as a bot process settles it at start-up (`bot.app.settle_heap`: without it a
full collection walking the deck and index, 90–130 ms, fell inside the final close). Timed:

- the answer presses of every player at once (asyncio.gather of N Choice events), against, as a
  floor measured in the same run, N presses of a button the engine routes and refuses without any
  battle work. Target: ≥ 10,000 answers/s for --players (10,000);
- the close of each round for --close-players (1,000): scoring, the scoreboard, the snapshot saved;
  the last close also the podium and the results written (one transaction). Target: each close
  ≤ 300 ms.
Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._table import record
from bot.app import settle_heap
from bot.battle import BattleFeature, BattleSettings
from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.ports import SentMessage
from bot.replies import Choices, Quiz, Reply
from bot.store import ChatRef, SqlStore
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.search import DeckIndex
from tests.fakes.clock import FakeClock

NAME = "bench_battle"
TARGET_RATE = 10_000
TARGET_CLOSE_MS = 300.0
ROUNDS = 2
GROUP = Chat("bench", "group", is_group=True)


class _Counting:
    """A Messenger that only keeps the latest quiz and lobby."""

    def __init__(self) -> None:
        self.sent = 0
        self.quiz: Quiz | None = None
        self.lobby: Choices | None = None

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        self.sent += 1
        if isinstance(reply, Quiz):
            self.quiz = reply
        if isinstance(reply, Choices):
            self.lobby = reply
        return SentMessage(chat, str(self.sent))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        return None


class BattleRun:
    """A started battle of `players` on a fresh store, round 1 asked."""

    def __init__(self, engine: Engine, clock: FakeClock, board: _Counting, people: list[User]):
        self.engine, self.clock, self.board, self.people = engine, clock, board, people

    @classmethod
    async def start(cls, players: int, store: SqlStore, *, rounds: int = ROUNDS) -> BattleRun:
        deck = load_deck(resolve_deck_path(None))
        clock = FakeClock()
        board = _Counting()
        feature = BattleFeature(
            deck,
            clock=clock,
            messenger=board,
            store=store,
            index=DeckIndex(deck),
            settings=BattleSettings(messages_per_minute=None),
        )
        engine = Engine(deck, clock=clock, store=store, features=[feature])
        settle_heap()  # as a bot process does once started, before any battle
        people = [User("bench", str(i), f"Player {i}") for i in range(players)]
        await engine.handle(Command(people[0], GROUP, "battle", str(rounds)))
        assert board.lobby is not None
        join, start = (option.token for option in board.lobby.options[:2])
        await asyncio.gather(*(engine.handle(Choice(p, GROUP, join)) for p in people[1:]))
        await engine.handle(Choice(people[0], GROUP, start))
        await engine.tick()
        return cls(engine, clock, board, people)

    def presses(self) -> list[Choice]:
        quiz = self.board.quiz
        assert quiz is not None
        return [
            Choice(p, GROUP, quiz.options[(quiz.correct[0] + i % 2) % len(quiz.options)].token)
            for i, p in enumerate(self.people)
        ]

    async def answer(self) -> float:
        """Everyone answers the open round at once; seconds taken."""
        presses = self.presses()
        self.clock.advance(seconds=1)
        began = time.perf_counter()
        replies = await asyncio.gather(*(self.engine.handle(press) for press in presses))
        took = time.perf_counter() - began
        counted = sum(1 for reply in replies if "Locked in" in reply[0].fallback.plain)
        assert counted == len(self.people), "every answer must be counted once"
        return took

    async def close(self) -> float:
        """The round's time runs out and the tick closes it; seconds the tick took."""
        self.clock.advance(seconds=60)
        began = time.perf_counter()
        await self.engine.tick()
        return time.perf_counter() - began

    async def next_round(self) -> None:
        self.clock.advance(seconds=60)
        await self.engine.tick()

    async def close_engine(self) -> None:
        await self.engine.builds.close()
        await self.engine.workers.close()


async def throughput(players: int, database: Path) -> bool:
    store = await SqlStore.open(f"sqlite:///{database}")
    try:
        battle = await BattleRun.start(players, store)
        floor_presses = [Choice(p, GROUP, "zz:nothing") for p in battle.people]
        began = time.perf_counter()
        await asyncio.gather(*(battle.engine.handle(press) for press in floor_presses))
        floor = time.perf_counter() - began
        took = await battle.answer()
        await battle.close_engine()
    finally:
        await store.close()
    rate = players / took
    print(f"  {players:,} players: answers {took * 1000:.0f} ms, floor (refused presses) "
          f"{floor * 1000:.0f} ms, ratio {took / floor:.2f}")  # fmt: skip
    return record(
        NAME, f"answers/s, {players:,} players at once", f"≥ {TARGET_RATE:,}",
        f"{rate:,.0f}", rate >= TARGET_RATE,
    )  # fmt: skip


async def closes(players: int, database: Path) -> bool:
    store = await SqlStore.open(f"sqlite:///{database}")
    try:
        battle = await BattleRun.start(players, store)
        seconds = []
        for round_number in range(1, ROUNDS + 1):
            await battle.answer()
            seconds.append(await battle.close())
            if round_number < ROUNDS:
                await battle.next_round()
        await battle.close_engine()
        stored = await store.leaderboard(ChatRef(GROUP.platform, GROUP.id), limit=players)
    finally:
        await store.close()
    assert len(stored) == players, f"{len(stored)} of {players} results stored"
    shown = ", ".join(f"round {n} {s * 1000:.0f} ms" for n, s in enumerate(seconds, 1))
    print(f"  {players:,} players: closes {shown} (the last with the podium and results)")
    worst = max(seconds) * 1000
    return record(
        NAME, f"round close, {players:,} players, SQLite", f"≤ {TARGET_CLOSE_MS:.0f} ms",
        f"{worst:.0f} ms (slowest of {ROUNDS})", worst <= TARGET_CLOSE_MS,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--players", type=int, default=10_000)
    parser.add_argument("--close-players", type=int, default=1000)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as scratch:
        fast = asyncio.run(throughput(args.players, Path(scratch) / "answers.db"))
        quick = asyncio.run(closes(args.close_players, Path(scratch) / "closes.db"))
    return 0 if fast and quick else 1


if __name__ == "__main__":
    sys.exit(main())
