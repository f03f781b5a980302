"""One bot process for test_daily_crash.py: `python -m tests.integration.daily_crash_worker URL OUT
CLOCK START END STEP_MINUTES FAULT`.

It ticks a DailyFeature on the shared database through simulated time from START to END. Every
message it posts is appended to OUT at once (one JSON object a line: chat, kind, day), and the
simulated time of each tick to CLOCK, so what happened survives a SIGKILL. FAULT picks where the
process dies, by sending itself SIGKILL at the first time it gets there:

- `after-claim`: the push is claimed (no question picked yet);
- `after-open`: the question is picked and recorded, not sent;
- `before-send`: just before the question goes to the platform;
- `after-send`: the platform took the question, the store does not know yet;
- `after-send-keyed`: the same, on a platform that takes a message once per idempotency key
  (`send_once`, as Discord's enforced nonce): the journal is the platform's memory of the keys;
- `after-results-claim`: the results are claimed (answers closed), not posted;
- `after-results-send`: the platform took the results message, the store does not know yet;
- `fail-send` / `fail-results`: no kill: the first question / results send raises (a 5xx);
- `none`: runs to END.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import datetime, timedelta
from typing import Any, ClassVar

from bot.daily import DAILY_ACTION, DailyFeature
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Message, Quiz, Reply
from bot.store import SqlStore
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Journal:
    """Appends a line and flushes it to the file before returning: a kill right after keeps it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.key: str | None = None  # the idempotency key of the message being posted, if any

    def write(self, entry: dict[str, str]) -> None:
        if self.key is not None:
            entry = {**entry, "key": self.key}
        with open(self.path, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")
            # Once write() returns the kernel holds the line: a SIGKILL cannot lose it (fsync
            # guards against a power cut, which no test makes, at a few ms a line).
            out.flush()


class CrashingMessenger:
    def __init__(self, journal: Journal, fault: str) -> None:
        self.journal = journal
        self.fault = fault

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        if isinstance(reply, Quiz):
            if self.fault == "before-send":
                die()
            if self.fault == "fail-send":
                self.fault = "none"
                raise RuntimeError("502 Bad Gateway")
            action, day, _ = reply.options[0].token.split(":")
            assert action == DAILY_ACTION
            self.journal.write({"chat": chat.id, "kind": "question", "day": day})
            if self.fault == "after-send":
                die()
        elif isinstance(reply, Message):
            if self.fault == "fail-results":
                self.fault = "none"
                raise RuntimeError("500 Internal Server Error")
            heading = reply.body.lines[0].plain  # "📊 Question of the day — Mon 30 Mar"
            self.journal.write({"chat": chat.id, "kind": "results", "day": heading})
            if self.fault == "after-results-send":
                die()
        return SentMessage(chat, "1")

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        raise AssertionError("daily pushes never edit")


class KeyedMessenger(CrashingMessenger):
    """A platform that takes one message per idempotency key: a repeat returns the first."""

    async def send_once(self, chat: Chat, reply: Reply, key: str) -> SentMessage:
        if os.path.exists(self.journal.path):
            with open(self.journal.path, encoding="utf-8") as posted:
                if any(json.loads(line).get("key") == key for line in posted):
                    return SentMessage(chat, "1")  # the platform has it already
        self.journal.key = key
        try:
            return await self.send(chat, reply)
        finally:
            self.journal.key = None


class CrashingStore:
    """The real store; dies right after the step FAULT names went through."""

    _AFTER: ClassVar[dict[str, str]] = {
        "after-claim": "claim_push",
        "after-open": "open_push",
        "after-results-claim": "claim_results",
    }

    def __init__(self, store: SqlStore, fault: str) -> None:
        self._store = store
        self._fatal = self._AFTER.get(fault)

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)
        if name != self._fatal:
            return method

        async def then_die(*args: Any, **kwargs: Any) -> Any:
            result = await method(*args, **kwargs)
            if result is not False:  # the step went through: it is in the database now
                die()
            return result

        return then_die


async def main(argv: list[str]) -> None:
    url, out, clock_file, start, end, step, fault = argv
    keyed = fault.endswith("-keyed")
    fault = fault.removesuffix("-keyed")
    clock = FakeClock(datetime.fromisoformat(start))
    finish = datetime.fromisoformat(end)
    journal, ticks = Journal(out), Journal(clock_file)
    async with await SqlStore.open(url) as store:
        daily = DailyFeature(
            load_deck(DEFAULT_DECK),
            store=CrashingStore(store, fault),
            clock=clock,
            lease_clock=clock,  # one process at a time here: leases may run on simulated time
            messenger=(KeyedMessenger if keyed else CrashingMessenger)(journal, fault),
            refresh=timedelta(hours=1),  # a retry or a take-over waits for the next reload
        )
        while clock.current < finish:
            ticks.write({"at": clock.current.isoformat()})
            await daily.tick()
            await daily.idle()
            clock.advance(minutes=int(step))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
