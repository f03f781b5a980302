"""A question's wrong options are drawn with a bounded number of looks, so building the pool of a
deck of tens of thousands of cards stays linear when most cards are of another kind."""

from __future__ import annotations

import random

from bot.questions._draw import sample_where


def test_a_bounded_draw_looks_at_no_more_items_than_it_may() -> None:
    looked: list[int] = []

    def keep(item: int) -> bool:
        looked.append(item)
        return item % 1000 == 0  # few items fit, as in a big deck of mixed kinds

    chosen = sample_where(range(44_000), random.Random(1), 3, keep, tries=2_000)
    assert len(looked) == 2_000
    assert all(item % 1000 == 0 for item in chosen)


def test_an_unbounded_or_small_draw_finds_every_fitting_item() -> None:
    items = list(range(500))
    wanted = {7, 250, 499}
    bounded = sample_where(items, random.Random(2), 3, wanted.__contains__, tries=2_000)
    unbounded = sample_where(items, random.Random(2), 3, wanted.__contains__)
    assert set(bounded) == wanted == set(unbounded)
