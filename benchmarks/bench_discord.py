"""Discord: the real discord.py client, through the adapter and the engine, against the fake Discord
gateway and REST API (tests/fakes/discord_api.py) on loopback.

    python -m benchmarks.bench_discord [--rate 300] [--seconds 4] [--interactions 1000] [--rounds 3]

The bot runs as `studybot run discord` runs it: the core from `build_app` on a SQLite file (in a
temporary folder, never the user's own database), the heap settled once started. /explain slash
commands (the bundled deck's topics and terms, some with typos) are injected through the fake
gateway, from 500 users in turn in the test server. Fake and bot share one process and one loop, so
the fake's own work (encoding gateway frames, serving the REST call) is counted. Printed:

- latency at a steady offered load: `--rate` interactions/s for `--seconds` (open loop: each is
  injected at its appointed time whether or not earlier ones are answered), from that time to the
  reply reaching the fake's REST API;
- the most it can answer: `--interactions` with 20 kept in flight (closed loop);
- our CPU time per interaction (this process's, the fake's included, keeping 20 in flight).

The floor, measured the same ways in the same run: a bare discord.py client with one /explain
command that answers each interaction with the very message our bot sent for it (the same gateway
and HTTP traffic, none of our logic). Targets, each on the ratio of ours to the floor's run beside
it (the same moments' load), the median round judged: throughput ≥ `TARGET_RATE_RATIO` × the
floor's, latency p99 ≤ `TARGET_P99_RATIO` × the floor's, CPU per interaction ≤
`TARGET_COST_RATIO` × the floor's. Bot and floor run in turn, `--rounds` times; every round is
printed. Exits 1 on a miss. Keeping 20 in flight, a latency is mostly waiting behind the other 19
(Little's law: mean latency = 20 ÷ rate), so latency is judged at the offered load, not at
saturation.

The throughput and latency targets had been absolute (≥ 300/s, p99 ≤ 50 ms), which measured the
host: at load 13–14 the bare floor itself answered 293–368/s with a p99 of 0.33–1.8 s, and at load
5–10 (2026-12-07) 70–124/s with a p99 of 13.7–16.8 s, so both missed whatever our code did. How the
ratios were chosen: see the constants.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import DiscordAdapter, DiscordSettings, serve
from benchmarks._measure import Timing, timing
from benchmarks._table import record
from bot.app import AppConfig, build_app, settle_heap
from knowledge.model import Deck
from tests.fakes.discord_api import FakeDiscord, FakeUser

NAME = "bench_discord"
RATE = 300.0  # interactions offered per second in the latency run
# Ours ÷ the bare discord.py floor's, the median of the paired rounds. Recorded pairs (docs/scaling.md,
# sessions 6–8, and 2026-12-07 at load 5–10): throughput 0.74×, 0.96×, 0.79×, 0.48×, 0.56×, 1.39×,
# 0.76×; p99 at 300/s 0.86× (quiet, when the old 50 ms target held with room), 2.4×, 2.05×, 2.2×,
# 1.2×, 1.66×, 0.61×, 1.12×. The same targets as bench_telegram's ratios over the same kind of
# floor (a bare client on the same transport sending our reply): throughput ≥ 0.5×, p99 ≤ 2×.
# The CPU target is unchanged: 1.5×, now on the median round rather than each side's best round
# (main at 797edd2 read 1.06–2.05× with best rounds of two; one round is noise).
TARGET_RATE_RATIO = 0.5
TARGET_P99_RATIO = 2.0
TARGET_COST_RATIO = 1.5
CONCURRENCY = 20
WARM_UP = 100
FIRST_USER = 1_300_000_000_000_000_000
JSON = dict[str, Any]


def queries(deck: Deck, count: int) -> list[str]:
    """What students ask: topic titles and key terms, casefolded, three in ten with two letters swapped."""
    rng = random.Random(3)
    names = [topic.title for topic in deck.topics] + [term.term for term in deck.terms]
    found = []
    for _ in range(count):
        name = rng.choice(names).casefold()
        if rng.random() < 0.3 and len(name) > 5:
            at = rng.randrange(1, len(name) - 2)
            name = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
        found.append(name)
    return found


class TimedFake(FakeDiscord):
    """The fake Discord, noting when each interaction's first response reaches it.

    `answered` wakes only the one waiting for that interaction: `wait_for` re-checks every waiter
    on every change, which with hundreds in flight would be the harness's own quadratic cost.
    """

    def __init__(self) -> None:
        super().__init__()
        self.times: dict[int, float] = {}
        self.waiting: dict[int, asyncio.Future[float]] = {}
        self.bodies: dict[int, JSON] = {}

    async def answered(self, interaction_id: int) -> float:
        """When the interaction's first response arrived (perf_counter seconds)."""
        if interaction_id not in self.times:
            waiter = asyncio.get_running_loop().create_future()
            self.waiting[interaction_id] = waiter
            await asyncio.wait_for(waiter, timeout=60)
        return self.times.pop(interaction_id)

    def _callback(
        self, params: dict[str, str], body: Any, files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        answer = super()._callback(params, body, files)
        interaction_id = int(params["interaction_id"])
        self.times.setdefault(interaction_id, time.perf_counter())
        waiter = self.waiting.pop(interaction_id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(0.0)
        self.bodies.setdefault(interaction_id, body.get("data") or {})
        return answer


@dataclass(frozen=True, slots=True)
class Figures:
    paced: Timing  # latency at the offered load
    late_ms: float  # how far behind its schedule the injector fell at worst
    rate: float  # closed loop, CONCURRENCY in flight
    cpu_ms: float  # this process's CPU time per interaction, closed loop (both threads and fake)
    saturated: Timing
    bodies: dict[str, JSON]  # the message each query was answered with


Start = Callable[[FakeDiscord, asyncio.Event], Awaitable[None]]


async def measure(
    start: Start, asked: list[str], rate: float, seconds: float, burst: int
) -> Figures:
    """Connect a bot (`start` runs it until the event is set) to a fresh fake and time it."""
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    users = [FakeUser(FIRST_USER + n, f"Student {n}") for n in range(500)]
    bodies: dict[str, JSON] = {}
    async with TimedFake() as api:
        DiscordSettings(
            token=api.token, api_base_url=api.base_url, gateway_url=api.gateway_url
        ).apply_endpoints()
        stop = asyncio.Event()
        task = asyncio.create_task(start(api, stop))
        try:
            await api.wait_for(lambda: api.connected >= 1 and api.commands, timeout=60)
            turn = 0

            async def ask(at: float) -> float:
                """Inject the next query; its latency in ms from `at`."""
                nonlocal turn
                n, turn = turn, turn + 1
                query = asked[n % len(asked)]
                interaction = await api.slash("explain", users[n % len(users)], topic=query)
                answered = await api.answered(interaction.id)
                api.forget(interaction)  # Discord's bookkeeping is not the bot's heap
                bodies.setdefault(query, api.bodies.pop(interaction.id))
                return (answered - at) * 1000

            slots = asyncio.Semaphore(CONCURRENCY)

            async def closed() -> float:
                async with slots:
                    return await ask(time.perf_counter())

            await asyncio.gather(*(closed() for _ in range(WARM_UP)))
            # open loop: injected on schedule, answered or not
            count = int(rate * seconds)
            began = time.perf_counter()
            pending: list[asyncio.Task[float]] = []
            late = 0.0
            for n in range(count):
                due = began + n / rate
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                late = max(late, time.perf_counter() - due)
                pending.append(asyncio.create_task(ask(due)))
            paced = timing(await asyncio.gather(*pending))
            # closed loop: as many as it can answer
            began, cpu = time.perf_counter(), time.process_time()
            saturated = timing(await asyncio.gather(*(closed() for _ in range(burst))))
            took, cpu = time.perf_counter() - began, time.process_time() - cpu
        finally:
            stop.set()
            await asyncio.wait_for(task, timeout=30)
            Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway
    return Figures(paced, late * 1000, burst / took, cpu * 1000 / burst, saturated, bodies)


def studybot(database: Path) -> Start:
    """Our bot, as `studybot run discord` builds it."""

    async def start(api: FakeDiscord, stop: asyncio.Event) -> None:
        app = await build_app(AppConfig(database_url=f"sqlite:///{database}"))
        try:
            settle_heap()  # as a bot process does once it has started
            settings = DiscordSettings(
                token=api.token, api_base_url=api.base_url, gateway_url=api.gateway_url
            )
            await serve(DiscordAdapter.for_engine(app.engine, settings), stop)
        finally:
            await app.close()

    return start


def bare(bodies: dict[str, JSON]) -> Start:
    """The floor: a plain discord.py client whose /explain answers with the message given for the
    query (its text and embeds, made into discord.py's objects before timing), with our client's
    options."""
    made = {
        query: (
            body.get("content"),
            [discord.Embed.from_dict(embed) for embed in body.get("embeds") or []],
            bool(body.get("flags", 0) & discord.MessageFlags.ephemeral.flag),
        )
        for query, body in bodies.items()
    }

    async def start(api: FakeDiscord, stop: asyncio.Event) -> None:
        settings = DiscordSettings(token=api.token)

        class Bare(discord.Client):
            async def setup_hook(self) -> None:
                await tree.sync()

        client = Bare(**settings.client_options())
        tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(client)

        @tree.command(name="explain", description="Explain a topic")
        async def explain(interaction: discord.Interaction[Any], topic: str) -> None:
            content, embeds, ephemeral = made[topic]
            await interaction.response.send_message(content, embeds=embeds, ephemeral=ephemeral)

        async with client:
            running = asyncio.create_task(client.start(api.token))
            await stop.wait()
            await client.close()
            await running

    return start


def _print(name: str, figures: Figures, rate: float) -> None:
    print(
        f"  {name}: at {rate:.0f}/s offered, latency p50 {figures.paced.p50:.1f} ms, "
        f"p99 {figures.paced.p99:.1f} ms, mean {figures.paced.mean:.1f} ms "
        f"(injector at worst {figures.late_ms:.1f} ms late); "
        f"{CONCURRENCY} in flight: {figures.rate:,.0f}/s, p50 {figures.saturated.p50:.1f} ms, "
        f"p99 {figures.saturated.p99:.1f} ms; CPU {figures.cpu_ms:.2f} ms per interaction",
        flush=True,
    )


async def run(rate: float, seconds: float, burst: int, rounds: int) -> bool:
    ours: list[Figures] = []
    floor: list[Figures] = []
    with tempfile.TemporaryDirectory() as folder:  # never the user's own database
        database = Path(folder) / "bench.db"
        app = await build_app(AppConfig(database_url=f"sqlite:///{database}"))
        asked = queries(app.deck, 2000)
        await app.close()
        for round_ in range(1, rounds + 1):  # alternated, so both meet the same moments
            ours.append(await measure(studybot(database), asked, rate, seconds, burst))
            _print(f"round {round_}, studybot", ours[-1], rate)
            floor.append(await measure(bare(ours[0].bodies), asked, rate, seconds, burst))
            _print(f"round {round_}, floor (bare discord.py)", floor[-1], rate)
    # Each round's ratio against the floor's run beside it (the same moments' load); the median
    # round is judged, so one round's stray pause on either side decides nothing.
    pairs = list(zip(ours, floor, strict=True))
    rate_ratio = statistics.median(mine.rate / theirs.rate for mine, theirs in pairs)
    p99_ratio = statistics.median(mine.paced.p99 / theirs.paced.p99 for mine, theirs in pairs)
    cost = statistics.median(mine.cpu_ms / theirs.cpu_ms for mine, theirs in pairs)
    fast = record(
        NAME, f"interactions/s, {CONCURRENCY} in flight ÷ bare discord.py's (median round)",
        f"≥ {TARGET_RATE_RATIO}×",
        f"{rate_ratio:.2f}× (" + ", ".join(
            f"{mine.rate:,.0f} vs {theirs.rate:,.0f}/s" for mine, theirs in pairs
        ) + ")",
        rate_ratio >= TARGET_RATE_RATIO,
    )  # fmt: skip
    quick = record(
        NAME, f"latency p99 at a steady {rate:.0f}/s ÷ bare discord.py's (median round)",
        f"≤ {TARGET_P99_RATIO}×",
        f"{p99_ratio:.2f}× (" + ", ".join(
            f"{mine.paced.p99:.1f} vs {theirs.paced.p99:.1f} ms" for mine, theirs in pairs
        ) + ")",
        p99_ratio <= TARGET_P99_RATIO,
    )  # fmt: skip
    cheap = record(
        NAME, "CPU per interaction ÷ bare discord.py's (median round)", f"≤ {TARGET_COST_RATIO}×",
        f"{cost:.2f}× (" + ", ".join(
            f"{mine.cpu_ms:.2f} vs {theirs.cpu_ms:.2f} ms" for mine, theirs in pairs
        ) + ")",
        cost <= TARGET_COST_RATIO,
    )  # fmt: skip
    return fast and quick and cheap


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--interactions", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    figures = run(args.rate, args.seconds, args.interactions, max(1, args.rounds))
    return 0 if asyncio.run(figures) else 1


if __name__ == "__main__":
    sys.exit(main())
