"""1,000 class chats due for their question of the day in the same minute, pushed through Telegram.

Run: `python -m benchmarks.bench_daily_telegram [--chats 1000]`. Everything runs on this machine:
the real core from `build_app` on a temporary SQLite store holding one daily schedule per group
chat (all due at the same minute), the real PTB Application from `TelegramAdapter.for_app` with
Telegram's default limits, and the fake Bot API on 127.0.0.1 enforcing Telegram's flood limits
(30 sends in any second, 20 a minute into one group, 429 + retry_after beyond). Time is real: the
bot's clock is the system clock shifted to start a few seconds before the due minute, so the
pacing below it runs at real speed.

Printed: chats pushed, seconds from the first push to the last, the target (1.1 × 33 s: 1,000
messages at 30/s take 33 s), 429s the fake answered, duplicate pushes, and whether the target is
met. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from adapters.telegram import RateLimits, TelegramAdapter, TelegramSettings, serve
from benchmarks._table import record
from bot.app import App, AppConfig, build_app
from bot.store import ChatRef, Schedule
from tests.fakes.telegram_api import FakeTelegramAPI

NAME = "bench_daily_telegram"
CHATS = 1000
PER_SECOND = 30  # Telegram's limit, enforced by the fake and kept by the bot
TARGET_SLACK = 1.1
DUE = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday, 08:00 UTC: when every chat is due
LEAD = timedelta(seconds=3)  # the bot starts this long before the due minute
FIRST_GROUP = -1_001_000_000_000  # Telegram supergroup ids are large negatives


def target_seconds(chats: int) -> float:
    """1.1 × the least time from the first message to the last at 30 in any second: the last one
    cannot go out before (chats - 1) // 30 whole seconds (1,000 chats: 1.1 × 33 s = 36.3 s)."""
    return TARGET_SLACK * ((chats - 1) // PER_SECOND)


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

    @property
    def target(self) -> float:
        return target_seconds(self.chats)

    @property
    def met(self) -> bool:
        return (
            self.pushed == self.chats
            and self.seconds <= self.target
            and self.throttled == 0
            and self.duplicates == 0
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
            polls = api.delivered("sendPoll")
            seconds = polls[-1].at - polls[0].at if polls else float("nan")
            return Figures(
                chats=chats,
                pushed=len({call.params["chat_id"] for call in polls}),
                seconds=seconds,
                throttled=api.throttled,
                duplicates=api.duplicates(),
            )
    finally:
        await app.close()


def report(figures: Figures) -> str:
    verdict = "PASS" if figures.met else "FAIL"
    return "\n".join(
        [
            f"chats pushed:      {figures.pushed:,} of {figures.chats:,}",
            f"first to last:     {figures.seconds:.2f} s "
            f"({figures.pushed / figures.seconds if figures.seconds else 0:.1f} pushes/s)",
            f"target:            ≤ {figures.target:.1f} s "
            f"({TARGET_SLACK} × {(figures.chats - 1) // PER_SECOND} s at {PER_SECOND}/s)",
            f"429s answered:     {figures.throttled}",
            f"duplicates:        {figures.duplicates}",
            f"result:            {verdict}",
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
        figures = await push_to(
            chats,
            Path(folder) / "study.db",
            timeout=LEAD.total_seconds() + 3 * target_seconds(chats) + 30,
        )
    print(f"{chats:,} group chats due at the same minute, through the Telegram adapter")
    print(report(figures))
    print(f"(whole run, setup included: {time.perf_counter() - started:.1f} s)")
    record(
        NAME,
        f"{chats:,} daily pushes, first to last (no 429, no duplicate)",
        f"≤ {figures.target:.1f} s",
        f"{figures.seconds:.2f} s, {figures.pushed:,} pushed, {figures.throttled} 429s, "
        f"{figures.duplicates} duplicates",
        figures.met,
    )
    return 0 if figures.met else 1


def main(argv: Sequence[str] | None = None) -> int:
    """`argv` without the program name; None runs the defaults (as `python -m benchmarks` does)."""
    return asyncio.run(run(parse_args(argv).chats))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
