"""Print a review sample: `n` distinct questions of a deck, from successive seeds (a quiz asks each
fact once, so one batch of a small deck holds fewer than `n`).

    python scripts/review_sample.py DECK.yaml [--n 60] [--seed 1]

`--seed` is the first seed tried: a fresh sample of the same deck after a fix uses a new one.
Each line of the notes is asked about once before any is asked about again.
"""

from __future__ import annotations

import argparse

from bot.questions import Question, QuestionGenerator, format_sample
from knowledge.loader import load_deck
from knowledge.text import fold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    deck = load_deck(args.deck)
    batches = [
        QuestionGenerator(deck, seed=seed).generate(args.n)
        for seed in range(args.seed, args.seed + 19)
    ]
    chosen: dict[str, Question] = {}
    facts: set[str] = set()
    # A fact already asked about is asked again only once every other fact has had its turn,
    # as within one quiz: a reviewer should not meet one line twice in a sample.
    for fresh_only in (True, False):
        for question in (q for batch in batches for q in batch):
            lines = _lines(question)
            if len(chosen) >= args.n or question.id in chosen or (fresh_only and lines & facts):
                continue
            chosen[question.id] = question
            facts |= lines
    print(format_sample(chosen.values()))


def _lines(question: Question) -> set[str]:
    """The lines of the notes a question asks about: a chronology, matching or "pick all"
    question lists several ("heading: a; b; c")."""
    pieces = question.source_fact.split("; ")
    return {fold(piece) for piece in pieces} | {fold(piece.split(": ", 1)[-1]) for piece in pieces}


if __name__ == "__main__":
    main()
