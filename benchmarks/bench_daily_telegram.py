"""1,000 class chats due for their question of the day in the same minute, pushed through Telegram.

Run: `python -m benchmarks.bench_daily_telegram [--chats 1000]`. Everything runs on this machine:
the real core from `build_app` on a temporary SQLite store holding one daily schedule per group
chat (all due at the same minute), the real PTB Application from `TelegramAdapter.for_app` with
Telegram's default limits, and the fake Bot API on 127.0.0.1 enforcing Telegram's flood limits
(30 sends in any second, 20 a minute into one group, 429 + retry_after beyond). Time is real: the
bot's clock is the system clock shifted to start a few seconds before the due minute, so the
pacing below it runs at real speed.

The floor, measured in the same run just after ours: a bare PTB `Bot` on the adapter's transport
(`AiohttpRequest`) sends the very poll our bot sent to the same number of group chats, against a
second fake Bot API with the same limits, with nothing but the least pacing that never meets a 429
(30 slots, each held from the moment its request leaves until a second after its answer: the
server sees every request inside that span, so no second of its clock ever holds 31) — none of
our schedules, store, claims, question choice or rendering. Target: ours' first-to-last time ≤
`TARGET_RATIO` × the floor's, with every chat pushed once and no 429. It had been 1.1 × 33 s, the
least time 30 a second allows on paper (1,000 chats): a number no machine's load moved, where
ours on the same code read 33.75–35.54 s at load 6–7 and 37.3–39.7 s at load 14
(docs/scaling.md); the floor's own time, read beside ours, takes the machine's share out.

Printed: chats pushed, seconds from the first push to the last (ours, then the floor's), 429s the
fake answered, duplicate pushes, and whether the target is met. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Bot
from telegram.warnings import PTBUserWarning

from adapters.telegram import RateLimits, TelegramAdapter, TelegramSettings, serve
from adapters.telegram._http import AiohttpRequest
from benchmarks._table import record
from bot.app import App, AppConfig, build_app
from bot.store import ChatRef, Schedule
from tests.fakes.telegram_api import FakeTelegramAPI

NAME = "bench_daily_telegram"
CHATS = 1000
PER_SECOND = 30  # Telegram's limit, enforced by the fake and kept by the bot
# Ours ÷ the floor's first-to-last time: the old target's slack over the least time the limits
# allow (1.1 × 33 s), now over the floor's time measured beside ours.
TARGET_RATIO = 1.1
DUE = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, 08:00 UTC: when every chat is due
LEAD = timedelta(seconds=3)  # the bot starts this long before the due minute
FIRST_GROUP = -1_001_000_000_000  # Telegram supergroup ids are large negatives


def least_seconds(chats: int) -> float:
    """The least time from the first message to the last at 30 in any second: the last one
    cannot go out before (chats - 1) // 30 whole seconds (1,000 chats: 33 s)."""
    return float((chats - 1) // PER_SECOND)


class LeadClock:
    """The system clock, shifted so that it reads `start` when `begin()` is called (before that it
    stays at `start`); from then on it follows real time."""

    def __init__(self, start: datetime) -> None:
        self._start = start
        self._offset: timedelta | None = None

    def begin(self) -> None:
        self._offset = self._start - datetime.now(UTC)

    def now(self) -> datetime:
        if self._offset is None:
            return self._start
        return datetime.now(UTC) + self._offset


@dataclass(frozen=True, slots=True)
class Figures:
    chats: int
    pushed: int  # chats that got their question
    seconds: float  # from the first push reaching the Bot API to the last
    throttled: int  # 429s the fake Bot API answered
    duplicates: int  # pushes beyond the first into a chat
    poll: dict[str, Any] = field(default_factory=dict)  # the first poll sent, less its chat

    @property
    def clean(self) -> bool:
        """Every chat pushed once, and no 429."""
        return self.pushed == self.chats and self.throttled == 0 and self.duplicates == 0


def _figures(api: FakeTelegramAPI, chats: int) -> Figures:
    polls = api.delivered("sendPoll")
    seconds = polls[-1].at - polls[0].at if polls else float("nan")
    poll = {k: v for k, v in polls[0].params.items() if k != "chat_id"} if polls else {}
    return Figures(
        chats=chats,
        pushed=len({call.params["chat_id"] for call in polls}),
        seconds=seconds,
        throttled=api.throttled,
        duplicates=api.duplicates(),
        poll=poll,
    )


async def schedule_everyone(app: App, chats: int) -> None:
    """One daily schedule per group chat, all at the due minute, saved through the store."""
    assert app.store is not None
    set_at = DUE - timedelta(days=1)
    for n in range(chats):
        chat = ChatRef("telegram", str(FIRST_GROUP - n))
        await app.store.save_schedule(
            Schedule(chat, DUE.time(), "UTC", deck_id=app.deck.id, is_group=True, set_at=set_at)
        )


async def push_to(chats: int, database: Path, *, timeout: float) -> Figures:
    """Start the bot just before the due minute; wait until every chat has its question (or
    `timeout` seconds have passed) and count what the fake Bot API saw."""
    clock = LeadClock(DUE - LEAD)
    app = await build_app(AppConfig(database_url=f"sqlite+aiosqlite:///{database}"), clock=clock)
    try:
        await schedule_everyone(app, chats)
        async with FakeTelegramAPI() as api:
            api.enforce_limits(per_second=PER_SECOND, per_group_minute=20)
            settings = TelegramSettings(
                token=api.token, api_base_url=api.base_url, rate_limits=RateLimits()
            )
            stop = asyncio.Event()
            clock.begin()
            bot = asyncio.create_task(serve(TelegramAdapter.for_app(app, settings), stop))
            with contextlib.suppress(TimeoutError):  # a miss is reported, not raised
                await api.wait_until(
                    lambda: len(api.sends_per_chat) >= chats or bot.done(), timeout=timeout
                )
                if app.daily is not None:  # let the fan-out finish, so a late duplicate counts
                    await asyncio.wait_for(app.daily.idle(), timeout=timeout)
            stop.set()
            await bot
            return _figures(api, chats)
    finally:
        await app.close()


async def floor_push(chats: int, poll: dict[str, Any]) -> Figures:
    """The floor: `poll` sent to `chats` group chats by a bare PTB `Bot` on the adapter's
    transport, against a fake Bot API with Telegram's limits, paced by the least that never
    meets a 429 (`PER_SECOND` slots, each held from its request's start until a second after
    its answer)."""
    async with FakeTelegramAPI() as api:
        api.enforce_limits(per_second=PER_SECOND, per_group_minute=20)
        loop = asyncio.get_running_loop()
        slots = asyncio.Semaphore(PER_SECOND)
        async with Bot(api.token, base_url=api.base_url, request=AiohttpRequest()) as bot:

            async def push(n: int) -> None:
                await slots.acquire()
                try:
                    kwargs = {**poll, "chat_id": FIRST_GROUP - n}
                    with warnings.catch_warnings():  # "use Bot.send_poll": the same request
                        warnings.simplefilter("ignore", PTBUserWarning)
                        await bot.do_api_request("sendPoll", api_kwargs=kwargs)
                finally:
                    loop.call_later(1.0, slots.release)

            await asyncio.gather(*(push(n) for n in range(chats)))
        return _figures(api, chats)


def report(label: str, figures: Figures) -> str:
    return "\n".join(
        [
            f"{label}",
            f"  chats pushed:    {figures.pushed:,} of {figures.chats:,}",
            f"  first to last:   {figures.seconds:.2f} s "
            f"({figures.pushed / figures.seconds if figures.seconds else 0:.1f} pushes/s)",
            f"  429s answered:   {figures.throttled}",
            f"  duplicates:      {figures.duplicates}",
        ]
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_daily_telegram")
    parser.add_argument(
        "--chats", type=int, default=CHATS, help=f"group chats due together (default {CHATS})"
    )
    args = parser.parse_args(list(argv or []))
    if args.chats <= PER_SECOND:  # fewer fit in one second: there would be no pace to measure
        parser.error(f"--chats must be more than {PER_SECOND} (more than a second of sends)")
    return args


async def run(chats: int) -> int:
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        ours = await push_to(
            chats,
            Path(folder) / "study.db",
            timeout=LEAD.total_seconds() + 3 * least_seconds(chats) + 30,
        )
    print(f"{chats:,} group chats due at the same minute, through the Telegram adapter")
    print(report("ours", ours))
    floor = await floor_push(chats, ours.poll)
    print(report("floor: the same poll from a bare PTB Bot, least pacing", floor))
    print(f"(whole run, setup included: {time.perf_counter() - started:.1f} s)")
    ratio = ours.seconds / floor.seconds if floor.seconds > 0 else float("inf")
    met = ours.clean and floor.clean and ratio <= TARGET_RATIO
    record(
        NAME,
        f"{chats:,} daily pushes, first to last ÷ bare PTB floor's (no 429, no duplicate)",
        f"≤ {TARGET_RATIO}×",
        f"{ratio:.3f}× ({ours.seconds:.2f} ÷ {floor.seconds:.2f} s), {ours.pushed:,} pushed, "
        f"{ours.throttled} 429s, {ours.duplicates} duplicates",
        met,
    )
    return 0 if met else 1


def main(argv: Sequence[str] | None = None) -> int:
    """`argv` without the program name; None runs the defaults (as `python -m benchmarks` does)."""
    return asyncio.run(run(parse_args(argv).chats))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
