"""One bot process for test_daily_two_processes.py: `python -m tests.integration.daily_worker
URL NAME READY GO OUT START END STEP_MINUTES`.

It opens the shared database, says it is ready (touches READY), waits for GO, then ticks a
DailyFeature through simulated time from START to END and writes every message it posted to OUT,
one JSON object a line: {"chat", "kind" ("question" or "results"), "day"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from bot.daily import DAILY_ACTION, DailyFeature, NoPacing
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Message, Quiz, Reply
from bot.store import SqlStore
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock


class FileMessenger:
    def __init__(self) -> None:
        self.posted: list[dict[str, str]] = []

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        if isinstance(reply, Quiz):
            action, day, _ = reply.options[0].token.split(":")
            assert action == DAILY_ACTION
            self.posted.append({"chat": chat.id, "kind": "question", "day": day})
        elif isinstance(reply, Message):
            heading = reply.body.lines[0].plain  # "📊 Question of the day — Mon 30 Mar"
            self.posted.append({"chat": chat.id, "kind": "results", "day": heading})
        return SentMessage(chat, str(len(self.posted)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        raise AssertionError("daily pushes never edit")


async def main(argv: list[str]) -> None:
    url, _name, ready, go, out, start, end, step = argv
    clock = FakeClock(datetime.fromisoformat(start))
    finish = datetime.fromisoformat(end)
    messenger = FileMessenger()
    async with await SqlStore.open(url) as store:
        daily = DailyFeature(
            load_deck(DEFAULT_DECK),
            store=store,
            clock=clock,
            messenger=messenger,
            pacer=NoPacing(),
            refresh=timedelta(hours=1),
        )
        Path(ready).touch()
        while not Path(go).exists():
            time.sleep(0.005)
        while clock.current < finish:
            await daily.tick()
            await daily.idle()
            clock.advance(minutes=int(step))
    Path(out).write_text("".join(json.dumps(post) + "\n" for post in messenger.posted))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
