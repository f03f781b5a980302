"""Random draws that cost what is drawn, not what could be drawn from.

A question needs three wrong options out of a deck's thousands of names, topics or terms. Shuffling
(or filtering) all of them for every question makes building a deck's questions quadratic; walking a
lazily shuffled order and stopping at the third that fits costs a few steps per question, and picks
the same way: a uniformly random choice among the ones that fit.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

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
