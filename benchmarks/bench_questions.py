"""Question generation speed: 1,000 questions from the bundled deck.

Run: `python -m benchmarks.bench_questions [--deck PATH] [--questions N] [--repeat R]`.

A deck yields a few hundred distinct questions per seed, so N questions are drawn from fresh
generators with seeds 0, 1, 2, … until N are made; every generator builds and checks all its
candidates from scratch. Prints the time and questions/s for a cold pass (every text cache emptied
first, as in a new process) and the best of R warm passes. Target: 1,000 questions in < 1 s (cold).
Deck loading is not timed.
"""

from __future__ import annotations

import argparse
import sys
import time

from bot.questions import Question, QuestionGenerator, _distractors, _tokens, _words
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.model import Deck
from knowledge.text import fold

TARGET_SECONDS = 1.0


def produce(deck: Deck, total: int) -> tuple[list[Question], int]:
    """`total` questions from fresh generators (seed 0, 1, …), and how many generators it took."""
    questions: list[Question] = []
    seed = 0
    while len(questions) < total:
        batch = QuestionGenerator(deck, seed=seed).generate(total - len(questions))
        if not batch:
            raise SystemExit(f"the deck gives no questions (seed {seed})")
        questions += batch
        seed += 1
    return questions, seed


def clear_caches() -> None:
    """Forget every folded or split word, so the pass costs what a new process pays."""
    caches = (
        fold,
        _tokens.tokenize,
        _words.content_words,
        _words.roots,
        _words.root,
        _distractors._shape,
    )
    for cached in caches:
        cached.cache_clear()


def timed(deck: Deck, total: int) -> tuple[float, int, int]:
    start = time.perf_counter()
    questions, generators = produce(deck, total)
    return time.perf_counter() - start, len(questions), generators


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", help="deck YAML (default: $STUDYBOT_DECK, then the bundled deck)")
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    deck = load_deck(resolve_deck_path(args.deck))
    candidates = len(QuestionGenerator(deck, seed=0).all_candidates())
    print(f"deck {deck.id}: {candidates} candidate questions for seed 0")

    clear_caches()
    cold, made, generators = timed(deck, args.questions)
    warm = min(timed(deck, args.questions)[0] for _ in range(max(1, args.repeat)))
    print(f"cold: {made} questions from {generators} generators in {cold:.3f} s")
    print(f"      {made / cold:,.0f} questions/s")
    print(f"warm: best of {args.repeat}: {warm:.3f} s, {made / warm:,.0f} questions/s")
    verdict = "OK" if cold < TARGET_SECONDS else "TOO SLOW"
    print(f"target: {args.questions} questions in < {TARGET_SECONDS:.0f} s (cold): {verdict}")
    return 0 if cold < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
