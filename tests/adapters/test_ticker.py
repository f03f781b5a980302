"""The adapters' timer loop (`adapters._runtime.Ticker`): a tick that hangs (a send being retried)
does not stop the next ones; at most `max_in_flight` run at once, and a tick past that is skipped
and logged; `stop()` cancels the ticks still running and waits for them, leaving no task behind.

The ticks here wait for events the test sets; the loop runs at a 1 ms beat, and the tests wait for
what it does (a call, a log line), never for an amount of time.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import pytest

from adapters._runtime import Ticker

HANG_GUARD = 300.0  # seconds; only a hang trips it


class Ticks:
    """A tick function: the first `hanging` calls wait until released (or cancelled)."""

    def __init__(self, hanging: int) -> None:
        self.hanging = hanging
        self.calls = 0
        self.cancelled = 0
        self.finished = 0
        self.release = asyncio.Event()
        self.changed = asyncio.Event()

    async def __call__(self) -> None:
        self.calls += 1
        self.changed.set()
        if self.calls <= self.hanging:
            try:
                await self.release.wait()
            except asyncio.CancelledError:
                self.cancelled += 1
                raise
        self.finished += 1
        self.changed.set()

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(HANG_GUARD):
            while not condition():
                self.changed.clear()
                await self.changed.wait()


async def test_a_hanging_tick_does_not_hold_the_next_ones_and_stop_cancels_it() -> None:
    ticks = Ticks(hanging=1)
    ticker = Ticker(ticks, 0.001)
    ticker.start()
    await ticks.until(lambda: ticks.finished >= 3)  # later ticks ran while the first hung
    assert ticks.cancelled == 0 and ticker.in_flight >= 1
    await ticker.stop()
    assert ticks.cancelled == 1  # the hanging tick was cancelled, and awaited
    assert ticker.in_flight == 0 and not ticker.running
    calls = ticks.calls
    await asyncio.sleep(0)
    assert ticks.calls == calls  # nothing ticks after stop


async def test_past_max_in_flight_a_tick_is_skipped_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ticks = Ticks(hanging=1_000)
    ticker = Ticker(ticks, 0.001, max_in_flight=3)
    skipped = asyncio.Event()

    class Watch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("timer tick skipped"):
                skipped.set()

    watch = Watch()
    logging.getLogger("adapters._runtime").addHandler(watch)
    try:
        ticker.start()
        await asyncio.wait_for(skipped.wait(), HANG_GUARD)
        assert ticks.calls == 3 and ticker.in_flight == 3 and ticker.skipped >= 1
        ticks.release.set()  # the ticks end: the loop starts new ones again
        await ticks.until(lambda: ticks.finished >= 5)
    finally:
        logging.getLogger("adapters._runtime").removeHandler(watch)
        await ticker.stop()
    assert ticker.in_flight == 0
    warned = [r for r in caplog.records if r.getMessage().startswith("timer tick skipped")]
    assert len(warned) == 1  # one line for a run of skips, not one a second


async def test_a_failing_tick_is_logged_and_the_loop_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    calls = 0
    three = asyncio.Event()

    async def tick() -> None:
        nonlocal calls
        calls += 1
        if calls >= 3:
            three.set()
        raise RuntimeError("the store is down")

    ticker = Ticker(tick, 0.001)
    ticker.start()
    await asyncio.wait_for(three.wait(), HANG_GUARD)
    await ticker.stop()
    assert "the engine's timer tick failed" in caplog.text
