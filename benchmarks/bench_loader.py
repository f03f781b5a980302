"""Deck loading time: the default deck and a generated 10,000-topic deck, against bare `yaml.safe_load`.

Run: `python -m benchmarks.bench_loader`. The floor is PyYAML's own C-accelerated safe load of the same text
in the same run, so the ratio says what validation and model-building cost on top of parsing.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import yaml

from benchmarks.gen_deck import generate_deck
from knowledge.bundled import DEFAULT_DECK
from knowledge.importers import dump_deck
from knowledge.loader import parse_deck

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _time(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


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


def main() -> None:
    text = DEFAULT_DECK.read_text(encoding="utf-8")
    ours = _time(lambda: parse_deck(text, str(DEFAULT_DECK)), 50)
    floor = _time(lambda: yaml.load(text, Loader=_LOADER), 50)
    print(
        f"default deck: median {statistics.median(ours) * 1000:.2f} ms, "
        f"max {max(ours) * 1000:.2f} ms (target: well under 100 ms)"
    )
    print(
        f"  bare yaml safe load: median {statistics.median(floor) * 1000:.2f} ms; "
        f"ratio {statistics.median(ours) / statistics.median(floor):.1f}x"
    )
    big = _deck_mapping_from_model(10_000)
    ours_big = _time(lambda: parse_deck(big, "generated.yaml"), 3)
    floor_big = _time(lambda: yaml.load(big, Loader=_LOADER), 3)
    print(
        f"10,000-topic deck ({len(big) / 2**20:.1f} MiB): median {statistics.median(ours_big):.2f} s; "
        f"bare yaml {statistics.median(floor_big):.2f} s; "
        f"ratio {statistics.median(ours_big) / statistics.median(floor_big):.1f}x"
    )


if __name__ == "__main__":
    main()
