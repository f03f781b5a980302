"""Shared measuring tools: percentiles, resident memory, event-loop lag, and a deck as YAML text."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.importers import dump_deck
from knowledge.model import Deck


@dataclass(frozen=True, slots=True)
class Timing:
    """Latency over a set of samples, in milliseconds."""

    p50: float
    p99: float
    mean: float
    count: int


def timing(samples_ms: Sequence[float]) -> Timing:
    ordered = sorted(samples_ms)
    if not ordered:
        return Timing(0.0, 0.0, 0.0, 0)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return Timing(statistics.median(ordered), p99, statistics.fmean(ordered), len(ordered))


def rss_bytes() -> int:
    """This process's resident memory now (Linux /proc; 0 where there is none)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    import resource

    return pages * resource.getpagesize()


class LagMeter:
    """How late the event loop wakes a task that sleeps `interval` again and again.

    A loop that runs CPU work for 50 ms wakes the sleeper 50 ms late: the lag is what every other
    chat waits meanwhile.
    """

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.lags_ms: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> LagMeter:
        self._task = asyncio.ensure_future(self._run())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.lags_ms.append(max(0.0, (time.perf_counter() - start - self.interval) * 1000))


def deck_yaml(deck: Deck) -> str:
    """A studybot YAML deck holding `deck`'s topics, facts, names and terms (for upload benchmarks)."""
    topics: list[dict[str, Any]] = []
    for topic in deck.topics:
        entry: dict[str, Any] = {"id": topic.id, "title": topic.title}
        if topic.aliases:
            entry["aliases"] = list(topic.aliases)
        if topic.people:
            entry["people"] = list(topic.people)
        if topic.places:
            entry["places"] = list(topic.places)
        entry["facts"] = [fact.raw for fact in topic.facts]
        topics.append(entry)
    terms = [
        {"term": term.term, "definition": term.definition, "topics": list(term.topics)}
        for term in deck.terms
    ]
    mapping: dict[str, Any] = {"deck": {"id": deck.id, "title": deck.title}, "topics": topics}
    if terms:
        mapping["terms"] = terms
    return dump_deck(mapping)
