"""The lookups that keep building a deck's questions linear give a full scan's answers."""

from __future__ import annotations

import random
from collections import Counter

from bot.questions._draw import random_order, sample_where
from bot.questions._similar import SimilarSets

WORDS = [
    "cell",
    "water",
    "heat",
    "light",
    "plant",
    "river",
    "trade",
    "iron",
    "salt",
    "membrane",
    "energy",
    "acid",
    "layer",
    "wave",
]


def test_a_lazy_shuffle_yields_every_item_once_in_varied_orders() -> None:
    items = list(range(50))
    orders = {tuple(random_order(items, random.Random(seed))) for seed in range(20)}
    assert all(sorted(order) == items for order in orders)
    assert len(orders) == 20  # not one fixed order
    firsts = Counter(next(random_order(items, random.Random(seed))) for seed in range(2000))
    assert len(firsts) == 50  # any item can come first


def test_a_sample_is_drawn_only_from_what_fits_and_never_repeats() -> None:
    items = list(range(100))
    for seed in range(30):
        chosen = sample_where(items, random.Random(seed), 3, lambda n: n % 7 == 0)
        assert len(chosen) == 3 == len(set(chosen))
        assert all(n % 7 == 0 for n in chosen)
    assert sample_where(items, random.Random(1), 3, lambda n: n == 42) == [42]
    assert sample_where(items, random.Random(1), 0, lambda n: True) == []


def _scan(sets: list[frozenset[str]], words: frozenset[str], share: float) -> set[int]:
    return {
        position
        for position, theirs in enumerate(sets)
        if words and theirs and len(words & theirs) >= share * max(len(words), len(theirs))
    }


def test_similar_lines_found_by_rare_words_are_exactly_a_full_scans() -> None:
    rng = random.Random(3)
    for share in (0.5, 0.8, 1.0):
        sets = [frozenset(rng.sample(WORDS, rng.randint(0, 6))) for _ in range(300)]
        index = SimilarSets(sets, share)
        for _ in range(200):
            words = frozenset(rng.sample(WORDS, rng.randint(0, 7)))
            assert set(index.matches(words)) == _scan(sets, words, share)
