"""Two processes serving battles from one database (each feature with its own store, as two
processes would have): a live battle is left to the process running it, and a battle whose
process died is announced once, by one of the survivors, when its heartbeat goes stale."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.store import SqlStore
from tests.fakes.clock import FakeClock
from tests.unit.test_battle import ANA, BEN, CAL, GROUP, Table, make_table


@pytest.fixture
async def stores(database_url: str) -> AsyncIterator[list[SqlStore]]:
    """Three stores on one database: one per process."""
    opened = [await SqlStore.open(database_url) for _ in range(3)]
    try:
        yield opened
    finally:
        for store in opened:
            await store.close()


async def _play_round(table: Table) -> None:
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=False)
    await table.tick()
    await table.next_round()


async def test_a_second_process_leaves_a_live_battle_alone(stores: list[SqlStore]) -> None:
    clock = FakeClock()
    first = make_table(clock=clock, store=stores[0])
    second = make_table(clock=clock, store=stores[1])
    await second.tick()
    await first.gather(BEN, args="5 nospeed nostreak")
    assert "already running here" in await second.say(CAL, "/battle")
    await first.start()
    # nobody answers, so each round runs its full 20 seconds: the battle outlives the two
    # minutes after which a battle nobody refreshes counts as abandoned
    for _ in range(90):
        clock.advance(seconds=2)
        await first.tick()
        await second.tick()
    assert "final results" in first.board.podium()
    assert second.board.sends == []
    board = await second.say(CAL, "/leaderboard")
    assert "Ana — 0 points · 0 wins · 1 battle" in board
    assert "Ben — 0 points · 0 wins · 1 battle" in board


async def test_a_battle_whose_process_died_is_announced_once_when_it_goes_stale(
    stores: list[SqlStore],
) -> None:
    clock = FakeClock()
    first = make_table(clock=clock, store=stores[0])
    second = make_table(clock=clock, store=stores[1])
    third = make_table(clock=clock, store=stores[2])
    await first.gather(BEN, args="4 nospeed nostreak")
    await first.start()
    await _play_round(first)
    await _play_round(first)
    sent_by_first = len(first.board.sends)
    # the first process dies with round 3 open; the others keep ticking
    steps = 5
    for _ in range(steps):  # most of the staleness window passes: not stale yet
        clock.advance(seconds=second.settings.stale_seconds / (steps + 1))
        await asyncio.gather(second.tick(), third.tick())
    assert second.board.sends == third.board.sends == []
    clock.advance(seconds=second.settings.stale_seconds)
    await asyncio.gather(second.tick(), third.tick())
    sent = [reply.fallback.plain for table in (second, third) for reply in table.board.sends]
    podiums = [plain for plain in sent if "final results" in plain]
    assert len(podiums) == 1
    assert "interrupted by a restart after 2 of 4 rounds" in podiums[0]
    assert "1. Ana — 2,000 · 2/2 right" in podiums[0]
    clock.advance(seconds=second.settings.recovery_scan_seconds)
    await asyncio.gather(second.tick(), third.tick())
    assert len(second.board.sends) + len(third.board.sends) == 1
    # the first process comes back: it lost the battle and stays quiet about it
    await first.tick()
    assert first.feature.running(GROUP) is None
    assert len(first.board.sends) == sent_by_first
    board = await third.say(CAL, "/leaderboard")
    assert "1. Ana — 2,000 points · 1 win · 1 battle" in board
    assert "lobby open" in await second.say(BEN, "/battle")
