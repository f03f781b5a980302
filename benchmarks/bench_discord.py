"""Discord throughput: the real discord.py client, through the adapter and the engine, against the
fake Discord gateway and REST API (tests/fakes/discord_api.py) on loopback.

    python -m benchmarks.bench_discord [--interactions 1000] [--concurrency 20]

Slash commands (/explain on the bundled deck's topics, with some typos) are injected through the
fake gateway, `--concurrency` at a time; each one's latency runs from its injection to the reply
message being posted. Fake and bot share one process and loop (so the fake's own cost is counted).
Targets: ≥ 300 interactions/s, p99 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time

from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import DiscordAdapter, DiscordSettings, serve
from benchmarks._measure import timing
from benchmarks._table import record
from bot.engine import Engine
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from tests.fakes.discord_api import FakeDiscord, FakeUser

NAME = "bench_discord"
TARGET_RATE = 300.0
TARGET_P99_MS = 50.0


def _queries(count: int) -> list[str]:
    deck = load_deck(resolve_deck_path(None))
    rng = random.Random(3)
    names = [topic.title for topic in deck.topics] + [term.term for term in deck.terms]
    queries = []
    for _ in range(count):
        name = rng.choice(names).casefold()
        if rng.random() < 0.3 and len(name) > 5:
            at = rng.randrange(1, len(name) - 2)
            name = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
        queries.append(name)
    return queries


async def run(count: int, concurrency: int) -> bool:
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    engine = Engine(load_deck(resolve_deck_path(None)))
    users = [FakeUser(1_300_000_000_000_000_000 + n, f"Student {n}") for n in range(50)]
    queries = _queries(count)
    async with FakeDiscord() as api:
        settings = DiscordSettings(
            token=api.token, api_base_url=api.base_url, gateway_url=api.gateway_url
        )
        settings.apply_endpoints()
        stop = asyncio.Event()
        task = asyncio.create_task(serve(DiscordAdapter.for_engine(engine, settings), stop))
        try:
            await api.wait_for(lambda: api.connected >= 1, timeout=60)
            slots = asyncio.Semaphore(concurrency)
            samples: list[float] = []

            async def one(n: int) -> None:
                async with slots:
                    began = time.perf_counter()
                    interaction = await api.slash(
                        "explain", users[n % len(users)], topic=queries[n]
                    )
                    await api.wait_for(lambda: interaction.visible, timeout=30)
                    samples.append((time.perf_counter() - began) * 1000)

            await asyncio.gather(*(one(n) for n in range(min(50, count))))  # warm-up
            samples.clear()
            started = time.perf_counter()
            await asyncio.gather(*(one(n) for n in range(count)))
            took = time.perf_counter() - started
        finally:
            stop.set()
            await asyncio.wait_for(task, timeout=30)
            await engine.builds.close()
            await engine.workers.close()
            Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway
    rate = count / took
    latency = timing(samples)
    print(f"  {count} interactions in {took:.2f} s; latency p50 {latency.p50:.1f} ms")
    fast = record(
        NAME, "interactions/s (real client, fake Discord)", f"≥ {TARGET_RATE:.0f}",
        f"{rate:.0f}", rate >= TARGET_RATE,
    )  # fmt: skip
    quick = record(
        NAME, "interaction latency p99", f"≤ {TARGET_P99_MS:.0f} ms",
        f"{latency.p99:.1f} ms", latency.p99 <= TARGET_P99_MS,
    )  # fmt: skip
    return fast and quick


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interactions", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args(argv)
    return 0 if asyncio.run(run(args.interactions, args.concurrency)) else 1


if __name__ == "__main__":
    sys.exit(main())
