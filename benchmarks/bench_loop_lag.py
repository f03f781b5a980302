"""Event-loop lag while heavy work happens: how late the loop wakes a 10 ms sleeper.

    python -m benchmarks.bench_loop_lag [--topics 10000] [--players 1000] [--rounds 5]
        [--only upload|battle]

1. A 10,000-topic deck arrives as an upload (`/deck upload`, a YAML file within the 2 MiB cap: short
   topics) and is read, validated, stored and indexed, through the engine with a temporary SQLite
   store; meanwhile the meter runs and /explain commands keep arriving on the default deck.
2. 1,000 players answer each round of a five-round battle (presses arriving over about a second),
   then the round closes (the snapshot saved; the last close also the podium and every result
   written), with a temporary SQLite store.
Both run as a bot process runs: `settle_heap()` once the engine is built (what `studybot run` does
at start-up), then the load.

Target, in both: our lag p99 ≤ `LAG_RATIO` × the p99 of an idle event loop in a sibling process,
metered over the same moments (`IdleLagFloor`): lag that an idle loop suffers too is the machine's
(other processes on shared cores), not ours. It had been "at most 20 ms beyond the idle loop's
p99", an absolute allowance: 5× the idle loop on a quiet machine, 1.6× on busy cores. Both p99s
are printed.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._measure import LAG_RATIO, IdleLagFloor, LagMeter, Timing, deck_yaml, timing
from benchmarks._table import record
from benchmarks.bench_battle import BattleRun
from benchmarks.gen_deck import generate_deck
from bot.app import settle_heap
from bot.engine import Engine
from bot.events import Chat, Command, Upload, User
from bot.store import SqlStore
from bot.workers import Limits, WorkerPool
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.model import Deck
from knowledge.upload_limits import MAX_UPLOAD_BYTES

NAME = "bench_loop_lag"
# Rounds of the battle part: one round gives the meter about 100 samples, whose p99 is their
# second largest, so two stray pauses of the machine decide it; five give about 500.
ROUNDS = 5
TEACHER = User("bench", "teacher", "Teacher", is_admin=True)
CLASS = Chat("bench", "class", is_group=True)


def _compact(deck: Deck) -> Deck:
    """Two facts and one alias a topic, no names lists or terms: 10,000 topics fit the upload cap."""
    topics = tuple(
        dataclasses.replace(
            topic, facts=topic.facts[:2], aliases=topic.aliases[:1], people=(), places=()
        )
        for topic in deck.topics
    )
    return dataclasses.replace(deck, topics=topics, terms=())


async def upload_lag(topics: int, database: Path) -> bool:
    store = await SqlStore.open(f"sqlite:///{database}")
    deck = load_deck(resolve_deck_path(None))
    # The upload starts the deck's question pool building in the background; a 10,000-topic pool
    # takes far longer than the upload, so the build worker is capped and closing never waits on it.
    engine = Engine(deck, store=store, builds=WorkerPool(limits=Limits(cpu_seconds=120)))
    content = deck_yaml(_compact(generate_deck(topics))).encode()
    print(f"  upload: {topics:,} topics, {len(content) / 2**20:.2f} MiB of YAML")
    assert len(content) <= MAX_UPLOAD_BYTES, "the benchmark deck must fit the upload cap"
    answered = 0
    settle_heap()
    async with IdleLagFloor() as floor, LagMeter() as meter:
        started = time.perf_counter()
        upload = asyncio.ensure_future(
            engine.handle(Upload(TEACHER, CLASS, "deck upload", "big.yaml", content))
        )
        while not upload.done():
            await engine.handle(Command(TEACHER, Chat("bench", "dm", False), "explain", "berlin"))
            answered += 1
            await asyncio.sleep(0.005)
        replies = upload.result()
        took = time.perf_counter() - started
    reply = replies[0].fallback.plain if replies else ""
    await engine.workers.close()
    await engine.builds.close()
    await store.close()
    print(f"  reply: {reply.splitlines()[0] if reply else '(none)'}")
    print(f"  upload ready in {took:.1f} s; {answered} /explain answered meanwhile")
    ok = "now studies" in reply
    record(NAME, f"{topics:,}-topic upload accepted", "yes", "yes" if ok else "no", ok)
    return _judged(f"{topics:,}-topic upload + index", meter.lags_ms, floor.lags_ms) and ok


def _judged(during: str, ours_ms: list[float], idle_ms: list[float]) -> bool:
    ours, idle = timing(ours_ms), timing(idle_ms)
    print(f"  lag during {during}: ours {_shown(ours)}; idle loop beside it {_shown(idle)}")
    ratio = ours.p99 / idle.p99 if idle.p99 > 0 else float("inf")
    return record(
        NAME,
        f"loop lag p99 ÷ an idle loop's beside it, {during}",
        f"≤ {LAG_RATIO:.0f}×",
        f"{ratio:.2f}× ({ours.p99:.1f} ÷ {idle.p99:.1f} ms)",
        ratio <= LAG_RATIO,
    )


def _shown(lag: Timing) -> str:
    return f"p50 {lag.p50:.1f} ms, p99 {lag.p99:.1f} ms ({lag.count} samples)"


async def battle_lag(players: int, rounds: int, database: Path) -> bool:
    store = await SqlStore.open(f"sqlite:///{database}")
    battle = await BattleRun.start(players, store, rounds=rounds)
    settle_heap()  # as a bot process does once it has started
    closes: list[float] = []
    async with IdleLagFloor() as floor, LagMeter() as meter:
        began = time.perf_counter()
        for round_number in range(1, rounds + 1):
            presses = battle.presses()
            battle.clock.advance(seconds=1)
            pending = []
            for i, press in enumerate(presses):
                pending.append(asyncio.ensure_future(battle.engine.handle(press)))
                if i % 10 == 9:
                    await asyncio.sleep(0.01)  # presses arrive over about a second
            await asyncio.gather(*pending)
            closes.append(await battle.close())
            if round_number < rounds:
                await battle.next_round()
        took = time.perf_counter() - began
    await battle.close_engine()
    await store.close()
    shown = ", ".join(f"{seconds * 1000:.0f}" for seconds in closes)
    print(
        f"  battle: {rounds} rounds of {players:,} answers and a close in {took:.1f} s "
        f"(closes {shown} ms; the last with the podium and results)"
    )
    return _judged(f"a {players:,}-player round", meter.lags_ms, floor.lags_ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=10_000)
    parser.add_argument("--players", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--only", choices=("upload", "battle"), help="run only that part")
    args = parser.parse_args(argv)
    ok = True
    with tempfile.TemporaryDirectory() as scratch:
        if args.only != "battle":
            ok = asyncio.run(upload_lag(args.topics, Path(scratch) / "upload.db")) and ok
        if args.only != "upload":
            ok = asyncio.run(battle_lag(args.players, args.rounds, Path(scratch) / "b.db")) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
