"""Print a review sample: `n` distinct questions of a deck, from successive seeds (a quiz asks each
fact once, so one batch of a small deck holds fewer than `n`).

    python scripts/review_sample.py DECK.yaml [--n 60] [--seed 1]

`--seed` is the first seed tried: a fresh sample of the same deck after a fix uses a new one.
"""

from __future__ import annotations

import argparse

from bot.questions import QuestionGenerator, format_sample
from knowledge.loader import load_deck


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    deck = load_deck(args.deck)
    chosen: dict[str, object] = {}
    for seed in range(args.seed, args.seed + 19):
        for question in QuestionGenerator(deck, seed=seed).generate(args.n):
            if len(chosen) < args.n:
                chosen.setdefault(question.id, question)
    print(format_sample(chosen.values()))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
