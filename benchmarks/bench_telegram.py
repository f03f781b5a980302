"""How fast the Telegram adapter turns /explain updates into replies, through the real PTB Application,
against a bare PTB Application doing the same traffic in the same run.

Run: `python -m benchmarks.bench_telegram [--rounds R]`. Everything runs on this machine: the fake Bot
API on 127.0.0.1 (tests/fakes/telegram_api.py), the real PTB Application with the adapter's
FloodLimiter and the real core on the bundled deck. Printed:

- throughput: a burst of /explain updates spread over many private chats, each new to the bot (so
  each first event reads its chat's settings from the store), handled per second;
- latency: updates offered at a steady 300/s, time from the update entering getUpdates to its reply
  reaching the Bot API (p50 / p99);
- the core alone (engine.handle, no Telegram) for scale, and each run's CPU time per update (the
  one process's: bot, PTB and the fake), so a miss on cores shared with other work can be told
  from a slow adapter;
- with Telegram's default limits (30 messages/s), that the limiter really holds the rate.

The floor, measured the same two ways in the same run, round by round beside ours: a bare PTB
Application on the same aiohttp transport (`AiohttpRequest`) against the same fake Bot API, with one
/explain `CommandHandler` that sends each update the very message our bot sent for that query (its
text taken from an untimed run of ours over every query, HTML, no link preview): the same getUpdates
polling, the same update and reply parsing by PTB, the same sendMessage requests, none of our logic
(no core, store, limiter, ordering or rendering). Targets: the burst ≥ `TARGET_RATE_RATIO` × the
floor's rate and the steady run's p99 ≤ `TARGET_P99_RATIO` × the floor's. Ours and the floor run in
turn, `--rounds` times; each round's ratio is taken against the floor's run beside it (the same
moments' load), and the median round is judged: a p99 is a run's ninth-worst update, which one
stray pause of the machine sets.
Both replace absolute targets (≥ 300/s, p99 ≤ 50 ms) that measured the host: the same code's p99
read 27.7 ms at load 1 on one machine and 130 ms at load 1.5 on one about 45% slower per
CPU-second, where even the floor's p99 read 14–100 ms. How the ratios were chosen: see the
constants.

The core runs on a temporary SQLite file (never the user's own database), its heap settled once
built as a bot process settles it (`settle_heap`). Exits 1 on a miss.

The throughput and latency runs raise the limiter's budget (Telegram's real limits would cap any bot
at 30 messages/s, which measures Telegram, not us); the last run shows the limits in force.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes

from adapters.telegram import RateLimits, TelegramAdapter, TelegramSettings
from adapters.telegram._http import AiohttpRequest
from benchmarks._table import record
from bot.app import App, AppConfig, build_app, settle_heap
from bot.events import Chat, Command, User
from tests.fakes.telegram_api import FakeTelegramAPI

NAME = "bench_telegram"
# Ours ÷ the bare PTB floor's, the median round. Main at 7f798fc, the code that had met the
# absolute targets (300/s, p99 50 ms) on a faster host (747/s and 41.1 ms at load 2.3), read in
# six paired rounds here (2026-12-07, load 1.5–4.6): burst 0.27–0.94× (median 0.61), p99
# 1.04–6.3× (median 1.61). The p99 target is that median with the old target's slack over what
# the code then took (50 ÷ 41.1): 1.6 × 1.22 ≈ 2×. The burst target is the lower of the middle
# rounds (0.5×), well inside the 2.5× the code had to spare over 300/s then.
TARGET_RATE_RATIO = 0.5
TARGET_P99_RATIO = 2.0
LIMIT_SLACK = 1.05  # the limiter may run this much over 30/s on a short run's edges
BURST = 2000
PACED_RATE = 300.0
PACED_SECONDS = 3.0
TELEGRAM_LIMITED = 75
FIRST_CHAT = 10_000
# Each run's chats are new to the bot, as a burst of students is: the first event of a chat reads
# its settings from the store (which deck it studies), so runs must not reuse each other's chats.
_chats = itertools.count(FIRST_CHAT)
UNLIMITED = RateLimits(per_second=1_000_000, per_group_minute=1_000_000)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Builds the Application a run drives, for the fake Bot API it talks to.
Builder = Callable[[FakeTelegramAPI], Application]  # type: ignore[type-arg]


@dataclass(frozen=True, slots=True)
class Figures:
    count: int
    seconds: float
    latencies_ms: list[float]
    cpu_ms: float  # this process's CPU time per update (bot or floor, PTB and the fake together)
    sent: dict[str, str] = field(default_factory=dict)  # query -> the reply's text

    @property
    def per_second(self) -> float:
        return self.count / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def queries(app: App) -> list[str]:
    """What students type: every topic's title, every alias, every key term."""
    found = [topic.title for topic in app.deck.topics]
    found += [alias for topic in app.deck.topics for alias in topic.aliases]
    found += [term.term for term in app.deck.terms]
    return list(dict.fromkeys(found))


def ours(app: App, limits: RateLimits) -> Builder:
    """The bot as `studybot run telegram` runs it: the adapter's Application over the core."""

    def build(api: FakeTelegramAPI) -> Application:  # type: ignore[type-arg]
        settings = TelegramSettings(token=api.token, api_base_url=api.base_url, rate_limits=limits)
        return TelegramAdapter(app.engine, settings).application

    return build


def bare(replies: Mapping[str, str]) -> Builder:
    """The floor: a bare PTB Application on the adapter's transport, whose one /explain handler
    sends the very text our bot sent for that query (HTML, no link preview), updates handled
    concurrently as ours are."""

    def build(api: FakeTelegramAPI) -> Application:  # type: ignore[type-arg]
        application = (
            ApplicationBuilder()
            .token(api.token)
            .base_url(api.base_url)
            .request(AiohttpRequest())
            .get_updates_request(AiohttpRequest(pool_size=2))
            .concurrent_updates(32)
            .job_queue(None)
            .build()
        )

        async def explain(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            message = update.effective_message
            assert message is not None and message.text is not None
            await context.bot.send_message(
                message.chat_id,
                replies[message.text.partition(" ")[2]],
                parse_mode=ParseMode.HTML,
                link_preview_options=_NO_PREVIEW,
            )

        application.add_handler(CommandHandler("explain", explain))
        return application

    return build


async def drive(build: Builder, asked: list[str], count: int, rate: float | None) -> Figures:
    """Push `count` /explain updates (each in its own private chat; paced at `rate`/s, or all at
    once) to the Application `build` makes, and time each until its reply reaches the fake Bot
    API."""
    async with FakeTelegramAPI() as api:
        application = build(api)
        async with application:
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0, timeout=1)
            await api.wait_polling()
            pushed: dict[int, float] = {}
            query_of: dict[int, str] = {}
            cpu = time.process_time()
            started = time.monotonic()
            for n in range(count):
                if rate is not None:
                    await asyncio.sleep(max(0.0, started + n / rate - time.monotonic()))
                chat_id = next(_chats)
                pushed[chat_id] = time.monotonic()
                query_of[chat_id] = asked[n % len(asked)]
                api.say(f"/explain {query_of[chat_id]}", chat_id=chat_id, user_id=chat_id)
            await api.wait_until(_answered(api, count), timeout=120)
            finished = time.monotonic()
            cpu_ms = (time.process_time() - cpu) * 1000 / count
            await application.updater.stop()
            await application.stop()
    first_reply: dict[int, float] = {}
    sent: dict[str, str] = {}
    for call in api.delivered("sendMessage"):
        chat = int(call.params["chat_id"])
        if chat not in first_reply:
            first_reply[chat] = call.at
            sent.setdefault(query_of.get(chat, ""), str(call.params["text"]))
    latencies = [(first_reply[chat] - at) * 1000 for chat, at in pushed.items()]
    return Figures(count, finished - started, latencies, cpu_ms, sent)


def _answered(api: FakeTelegramAPI, count: int) -> Callable[[], bool]:
    """A cheap condition: looks only at calls made since it was last asked."""
    chats: set[object] = set()
    seen = 0

    def check() -> bool:
        nonlocal seen
        for call in api.calls[seen:]:
            if call.method == "sendMessage" and call.status == 200:
                chats.add(call.params["chat_id"])
        seen = len(api.calls)
        return len(chats) >= count

    return check


async def core_alone(app: App, count: int) -> float:
    asked = queries(app)
    started = time.monotonic()
    for n in range(count):
        chat_id = next(_chats)
        chat = Chat("telegram", str(chat_id))
        user = User("telegram", str(chat_id), "Student")
        await app.engine.handle(Command(user, chat, "explain", asked[n % len(asked)]))
    return count / (time.monotonic() - started)


def _line(label: str, figures: Figures, *, paced: bool) -> str:
    if paced:
        return (
            f"  {label:<6} p50 {figures.percentile(0.5):6.1f} ms  p99 {figures.percentile(0.99):6.1f}"
            f" ms  max {max(figures.latencies_ms):6.1f} ms  mean"
            f" {statistics.fmean(figures.latencies_ms):6.1f} ms  CPU {figures.cpu_ms:.2f} ms/update"
        )
    return f"  {label:<6} {figures.per_second:7,.0f}/s  CPU {figures.cpu_ms:.2f} ms/update"


async def run(database: Path, rounds: int) -> bool:
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = await build_app(AppConfig(database_url=f"sqlite:///{database}"))
    settle_heap()  # as a bot process does once it has started (`studybot run`)
    try:
        asked = queries(app)
        print(f"deck: {app.deck.title} ({len(asked)} distinct /explain queries)")
        bare_rate = await core_alone(app, BURST)
        print(f"core alone (engine.handle /explain): {bare_rate:,.0f}/s")
        # Our replies, for the floor to send: one update per query, not timed.
        replies = (await drive(ours(app, UNLIMITED), asked, len(asked), None)).sent
        assert set(replies) == set(asked), "a query went unanswered"
        floor = bare(replies)

        count = int(PACED_RATE * PACED_SECONDS)
        bursts: list[tuple[Figures, Figures]] = []
        paced: list[tuple[Figures, Figures]] = []
        for n in range(rounds):  # ours and the floor in turn, so both meet the same load
            print(f"round {n + 1}: burst of {BURST} updates")
            mine = await drive(ours(app, UNLIMITED), asked, BURST, None)
            print(_line("ours", mine, paced=False))
            theirs = await drive(floor, asked, BURST, None)
            print(_line("floor", theirs, paced=False))
            bursts.append((mine, theirs))
            print(
                f"round {n + 1}: steady {PACED_RATE:.0f}/s for {PACED_SECONDS:.0f} s ({count} updates)"
            )
            mine = await drive(ours(app, UNLIMITED), asked, count, PACED_RATE)
            print(_line("ours", mine, paced=True))
            theirs = await drive(floor, asked, count, PACED_RATE)
            print(_line("floor", theirs, paced=True))
            paced.append((mine, theirs))

        # Each round's ratio is ours against the floor's run beside it (the same moments' load);
        # the median of the rounds' ratios is judged, so one round's stray pause on either side
        # (a p99 is a run's ninth-worst update) decides nothing.
        rate_ratio = statistics.median(
            mine.per_second / theirs.per_second for mine, theirs in bursts
        )
        fast = record(
            NAME, f"burst of {BURST} /explain updates handled/s ÷ bare PTB floor's (median round)",
            f"≥ {TARGET_RATE_RATIO}×",
            f"{rate_ratio:.2f}× (" + ", ".join(
                f"{mine.per_second:,.0f} vs {theirs.per_second:,.0f}/s" for mine, theirs in bursts
            ) + ")",
            rate_ratio >= TARGET_RATE_RATIO,
        )  # fmt: skip
        p99_ratio = statistics.median(
            mine.percentile(0.99) / theirs.percentile(0.99) for mine, theirs in paced
        )
        quick = record(
            NAME, f"latency p99 at a steady {PACED_RATE:.0f}/s ÷ bare PTB floor's (median round)",
            f"≤ {TARGET_P99_RATIO}×",
            f"{p99_ratio:.2f}× (" + ", ".join(
                f"{mine.percentile(0.99):.1f} vs {theirs.percentile(0.99):.1f} ms"
                for mine, theirs in paced
            ) + ")",
            p99_ratio <= TARGET_P99_RATIO,
        )  # fmt: skip

        limited = await drive(ours(app, RateLimits()), asked, TELEGRAM_LIMITED, None)
        # the first 30 go at once, the rest at 30/s: the run cannot be shorter than this
        least = (TELEGRAM_LIMITED - 1) // 30
        held = record(
            NAME, f"Telegram's limits: {TELEGRAM_LIMITED} replies take", f"≥ {least} s (30/s)",
            f"{limited.seconds:.2f} s", limited.seconds * LIMIT_SLACK >= least,
        )  # fmt: skip
    finally:
        await app.close()
    return fast and quick and held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:  # never the user's own database
        return 0 if asyncio.run(run(Path(folder) / "bench.db", max(1, args.rounds))) else 1


if __name__ == "__main__":
    sys.exit(main())
