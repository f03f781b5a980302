"""Quiz answer store time: what one answered question costs in the real SQLite store.

Run: `python -m benchmarks.bench_store [--users 200] [--cards 5]`.

On a temporary SQLite file (WAL, as a bot runs it), each of --users students answers --cards
questions twice (the first answer creates the card, the second steps it), through
`SqlStore.record_answer` with the quiz's own FSRS step: one transaction holding the card's new
state, its review, the quiz result and the student's name. Each call is timed from the await to
its return, on the event loop. Target: mean ≤ 1.5 ms. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks._measure import timing
from benchmarks._table import record
from bot.quiz._srs import Outcome, make_scheduler, review
from bot.store import CardRecord, ChatRef, QuizResult, Review, SqlStore, UserRef

NAME = "bench_store"
TARGET_MEAN_MS = 1.5
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _card_id(n: int) -> str:
    return hashlib.sha256(f"question {n}".encode()).hexdigest()[:16]


async def answers(database: Path, users: int, cards: int) -> list[float]:
    store = await SqlStore.open(f"sqlite:///{database}")
    scheduler = make_scheduler(fuzzing=False)
    chat = ChatRef("bench", "class")
    samples: list[float] = []
    try:
        for attempt in range(2):
            now = START + timedelta(days=attempt)
            for u in range(users):
                who = UserRef("bench", str(u))
                for c in range(cards):
                    card_id, correct = _card_id(c), (u + c + attempt) % 3 != 0

                    def step(
                        existing: CardRecord | None,
                        who: UserRef = who,
                        card_id: str = card_id,
                        correct: bool = correct,
                        now: datetime = now,
                    ) -> tuple[CardRecord, Review]:
                        state = dict(existing.state) if existing is not None else None
                        card, rating = review(scheduler, state, card_id, Outcome(correct), now)
                        lapses = 0 if existing is None else existing.lapses + (not correct)
                        return (
                            CardRecord(
                                who, card_id, "deck", dict(card.to_dict()), card.due, lapses, "t"
                            ),
                            Review(who, card_id, "deck", int(rating), correct, now, "t"),
                        )

                    result = QuizResult(who, chat, "deck", f"q{c}", correct, now, "t")
                    began = time.perf_counter_ns()
                    await store.record_answer(
                        who, card_id, step, result=result, display_name=f"Student {u}"
                    )
                    samples.append((time.perf_counter_ns() - began) / 1e6)
    finally:
        await store.close()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--cards", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as scratch:
        samples = asyncio.run(answers(Path(scratch) / "answers.db", args.users, args.cards))
    taken = timing(samples)
    print(f"  {taken.count} answers: p50 {taken.p50:.2f} ms, p99 {taken.p99:.2f} ms")
    met = record(
        NAME, "quiz answer store time (one transaction), SQLite, mean",
        f"≤ {TARGET_MEAN_MS} ms", f"{taken.mean:.2f} ms", taken.mean <= TARGET_MEAN_MS,
    )  # fmt: skip
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
