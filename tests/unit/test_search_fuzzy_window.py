"""The lookup's whole-name fuzzy match compares a query only with names of a length that could
reach the cutoff: it must find what comparing with every name finds."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from benchmarks.gen_deck import generate_deck
from knowledge.search._lookup import FUZZY_CUTOFF, TopicLookup


def test_the_length_window_finds_what_a_full_scan_finds() -> None:
    lookup = TopicLookup(generate_deck(300, seed=3))
    rng = random.Random(5)
    keys = []
    for name in rng.sample(lookup.names, 60):
        letters = list(name)
        for _ in range(rng.randint(0, 3)):  # a few typos, a dropped space, or none
            at = rng.randrange(len(letters))
            letters[at] = rng.choice("abcdefghij ") if letters[at] != " " else ""
        keys.append("".join(letters).strip() or name)
    keys += ["berlinwall", "volcano", "x", "quantum chromodynamics of the early universe"]
    for key in keys:
        full = process.extractOne(
            key,
            lookup.names,
            scorer=fuzz.token_sort_ratio,
            processor=None,
            score_cutoff=FUZZY_CUTOFF,
        )
        windowed = lookup._fuzzy_name(key)
        if full is None:
            assert windowed is None, key
        else:
            assert windowed is not None, key
            assert windowed[0] == full[1], key
            assert fuzz.token_sort_ratio(key, lookup.names[windowed[1]]) == full[1]
