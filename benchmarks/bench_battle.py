"""Battle throughput: N players answering one question in the same instant, through the engine.

Run: `python -m benchmarks.bench_battle [--players N]`.

Times (fake clock, recording messenger, no store) the answer presses of every player at once
(asyncio.gather of N Choice events), the tick that closes the round (scoring, the scoreboard and
the full-standings podium), and, as a floor measured in the same run, N presses of a button the
engine routes and refuses without any battle work. Prints answers/s and the ratio to the floor.
Target: >= 10,000 answers/s for 10,000 players.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

from bot.battle import BattleFeature, BattleSettings
from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.ports import SentMessage
from bot.replies import Choices, Quiz, Reply
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.search import DeckIndex
from tests.fakes.clock import FakeClock

TARGET = 10_000
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


async def run(players: int) -> int:
    deck = load_deck(resolve_deck_path(None))
    clock = FakeClock()
    messenger = _Counting()
    feature = BattleFeature(
        deck,
        clock=clock,
        messenger=messenger,
        index=DeckIndex(deck),
        settings=BattleSettings(messages_per_minute=None),
    )
    engine = Engine(deck, clock=clock, features=[feature])
    people = [User("bench", str(i), f"Player {i}") for i in range(players)]
    await engine.handle(Command(people[0], GROUP, "battle", "1"))
    assert messenger.lobby is not None
    join, start = (option.token for option in messenger.lobby.options[:2])
    await asyncio.gather(*(engine.handle(Choice(p, GROUP, join)) for p in people[1:]))
    await engine.handle(Choice(people[0], GROUP, start))
    await engine.tick()
    quiz = messenger.quiz
    assert quiz is not None
    presses = [
        Choice(p, GROUP, quiz.options[(quiz.correct[0] + i % 2) % len(quiz.options)].token)
        for i, p in enumerate(people)
    ]
    floor_presses = [Choice(p, GROUP, "zz:nothing") for p in people]

    clock.advance(seconds=1)
    began = time.perf_counter()
    floor = await asyncio.gather(*(engine.handle(press) for press in floor_presses))
    floor_seconds = time.perf_counter() - began
    began = time.perf_counter()
    replies = await asyncio.gather(*(engine.handle(press) for press in presses))
    answer_seconds = time.perf_counter() - began
    began = time.perf_counter()
    await engine.tick()
    close_seconds = time.perf_counter() - began

    counted = sum(1 for reply in replies if "Locked in" in reply[0].fallback.plain)
    assert counted == players and len(floor) == players, "every answer must be counted once"
    rate = players / answer_seconds
    print(f"players                  {players:>10,}")
    print(f"answers (gather)         {answer_seconds * 1000:>10.1f} ms  {rate:>10,.0f} answers/s")
    print(f"floor: refused presses   {floor_seconds * 1000:>10.1f} ms  (engine routing only)")
    print(f"ratio answers / floor    {answer_seconds / floor_seconds:>10.2f}")
    print(f"round close + podium     {close_seconds * 1000:>10.1f} ms")
    ok = rate >= TARGET
    print(f"target >= {TARGET:,} answers/s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--players", type=int, default=10_000)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    return asyncio.run(run(args.players))


if __name__ == "__main__":
    sys.exit(main())
