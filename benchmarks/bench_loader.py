"""Deck loading time: the default deck and a generated 10,000-topic deck, against bare `yaml.load`.

Run: `python -m benchmarks.bench_loader`. The floor is PyYAML's own C-accelerated safe load of the
same text in the same run, with the cyclic garbage collector paused exactly as `parse_deck` pauses
it while it builds (so both sides do comparable work: the ratio says what validation and
model-building cost on top of parsing, not what the collector costs). Target: `parse_deck` ≤ 2 ×
the floor on both decks. Exits 1 on a miss.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable

import yaml

from benchmarks._table import record
from benchmarks.gen_deck import generate_deck
from knowledge.bundled import DEFAULT_DECK
from knowledge.importers import dump_deck
from knowledge.loader import parse_deck

NAME = "bench_loader"
TARGET_RATIO = 2.0
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _floor(text: str) -> object:
    """The bare parse, under the same collector pause as `parse_deck`."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return yaml.load(text, Loader=_LOADER)
    finally:
        if was_enabled:
            gc.enable()


def _deck_mapping_from_model(size: int) -> str:
    deck = generate_deck(size)
    topics = [
        {
            "id": t.id,
            "title": t.title,
            "aliases": list(t.aliases),
            "people": list(t.people),
            "places": list(t.places),
            "facts": [f.text for f in t.facts],
        }
        for t in deck.topics
    ]
    return dump_deck({"deck": {"id": "generated", "title": "Generated"}, "topics": topics})


def _compare(label: str, ours: list[float], floor: list[float]) -> bool:
    mine, theirs = statistics.median(ours), statistics.median(floor)
    ratio = mine / theirs
    print(f"  {label}: ours median {mine * 1000:.1f} ms, bare yaml {theirs * 1000:.1f} ms")
    return record(
        NAME,
        f"parse_deck ÷ bare yaml load, {label}",
        f"≤ {TARGET_RATIO:.0f}×",
        f"{ratio:.2f}× ({mine * 1000:.0f} / {theirs * 1000:.0f} ms)",
        ratio <= TARGET_RATIO,
    )


def main() -> int:
    text = DEFAULT_DECK.read_text(encoding="utf-8")
    ours = _time(lambda: parse_deck(text, str(DEFAULT_DECK)), 50)
    floor = _time(lambda: _floor(text), 50)
    small = _compare("default deck", ours, floor)
    big = _deck_mapping_from_model(10_000)
    print(f"  10,000-topic deck: {len(big) / 2**20:.1f} MiB of YAML")
    ours_big = _time(lambda: parse_deck(big, "generated.yaml"), 3)
    floor_big = _time(lambda: _floor(big), 3)
    large = _compare("10,000-topic deck", ours_big, floor_big)
    return 0 if small and large else 1


if __name__ == "__main__":
    sys.exit(main())
