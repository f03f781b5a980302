"""Random draws that cost what is drawn, not what could be drawn from.

A question needs three wrong options out of a deck's thousands of names, topics or terms. Shuffling
(or filtering) all of them for every question makes building a deck's questions quadratic; walking a
lazily shuffled order and stopping at the third that fits costs a few steps per question, and picks
the same way: a uniformly random choice among the ones that fit.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


def random_order(items: Sequence[T], rng: random.Random) -> Iterator[T]:
    """`items` in a uniformly random order, one at a time (a Fisher–Yates shuffle done lazily:
    taking k items costs O(k) whatever the length of `items`)."""
    moved: dict[int, int] = {}
    size = len(items)
    for position in range(size):
        other = rng.randrange(position, size)
        picked = moved.get(other, other)
        moved[other] = moved.get(position, position)
        moved.pop(position, None)
        yield items[picked]


def sample_where(
    items: Sequence[T],
    rng: random.Random,
    count: int,
    keep: Callable[[T], bool],
    tries: int | None = None,
) -> list[T]:
    """Up to `count` items that `keep` accepts, chosen uniformly at random among them (like
    `rng.sample` over the filtered list, without filtering the whole list first). With `tries`,
    at most that many items are looked at: a per-question draw over a deck of tens of thousands
    of cards, most of which `keep` refuses, would otherwise scan the whole deck each time."""
    chosen: list[T] = []
    if count <= 0:
        return chosen
    for looked, item in enumerate(random_order(items, rng)):
        if tries is not None and looked >= tries:
            break
        if keep(item):
            chosen.append(item)
            if len(chosen) == count:
                break
    return chosen


class Joined(Sequence[T]):
    """Several sequences read as one, without copying them (a draw over a deck-wide list and a
    few extras costs the draw, not a copy of the list)."""

    def __init__(self, parts: Sequence[Sequence[T]]) -> None:
        self._parts = parts
        self._ends = list(itertools.accumulate(len(part) for part in parts))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        part = bisect.bisect_right(self._ends, index)
        start = self._ends[part - 1] if part else 0
        return self._parts[part][index - start]
