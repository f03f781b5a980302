"""One bot process for test_battle_crash.py: `python -m tests.integration.battle_crash_worker URL
OUT CLOCK MODE START`.

`play`: opens a four-round battle of three players in a group on the shared database, plays two
rounds (Ana right, Ben and Cal wrong), waits until round 3's question is out, writes the simulated
time to CLOCK and kills itself with SIGKILL. `restart`: a fresh process on the same database from
START, ticking on through the battle's staleness window and beyond. Every message either posts is
appended to OUT at once (one JSON object a line: kind, text).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import datetime

from bot.battle import BattleFeature, BattleSettings
from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.ports import SentMessage
from bot.replies import Choices, Quiz, Reply
from bot.store import SqlStore
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock

GROUP = Chat("test", "battle-group", is_group=True)
ANA, BEN, CAL = (User("test", str(n), name) for n, name in ((1, "Ana"), (2, "Ben"), (3, "Cal")))


class Journal:
    def __init__(self, path: str) -> None:
        self.path = path
        self.quiz: Quiz | None = None
        self.lobby: Choices | None = None

    def write(self, kind: str, reply: Reply) -> None:
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"kind": kind, "text": reply.fallback.plain}) + "\n")
            # Once write() returns the kernel holds the line: a SIGKILL cannot lose it (fsync
            # guards against a power cut, which no test makes, at a few ms a line).
            out.flush()

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        if isinstance(reply, Quiz):
            self.quiz = reply
        if isinstance(reply, Choices):
            self.lobby = reply
        self.write("send", reply)
        return SentMessage(chat, "1")

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        self.write("edit", reply)


async def main(url: str, out: str, clock_file: str, mode: str, start: str) -> None:
    clock = FakeClock(datetime.fromisoformat(start))
    journal = Journal(out)
    settings = BattleSettings()
    async with await SqlStore.open(url) as store:
        deck = load_deck(DEFAULT_DECK)
        feature = BattleFeature(
            deck, clock=clock, messenger=journal, store=store, settings=settings
        )
        engine = Engine(deck, clock=clock, features=[feature])
        print("ready", flush=True)
        if mode == "restart":
            for _ in range(int((settings.stale_seconds + settings.recovery_scan_seconds * 3) // 5)):
                await engine.tick()
                clock.advance(seconds=5)
            return
        await engine.handle(Command(ANA, GROUP, "battle", "4 nospeed nostreak"))
        assert journal.lobby is not None
        join = next(o.token for o in journal.lobby.options if o.label == "Join")
        start_token = next(o.token for o in journal.lobby.options if o.label == "Start")
        for player in (BEN, CAL):
            await engine.handle(Choice(player, GROUP, join))
        await engine.handle(Choice(ANA, GROUP, start_token))
        await engine.tick()
        for _ in range(2):
            quiz = journal.quiz
            assert quiz is not None
            right = quiz.correct[0]
            for player in (ANA, BEN, CAL):
                index = right if player is ANA else (right + 1) % len(quiz.options)
                await engine.handle(Choice(player, GROUP, quiz.options[index].token))
            await engine.tick()  # everyone answered: the round is scored
            clock.advance(seconds=settings.pause_seconds)
            await engine.tick()  # the next question
        with open(clock_file, "w", encoding="utf-8") as moment:
            moment.write(clock.current.isoformat())
        os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
