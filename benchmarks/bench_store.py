"""Quiz answer store time: what one answered question costs in the real SQLite store.

Run: `python -m benchmarks.bench_store [--users 200] [--cards 5]`.

On a temporary SQLite file (WAL, as a bot runs it), each of --users students answers --cards
questions twice (the first answer creates the card, the second steps it), through
`SqlStore.record_answer` with the quiz's own FSRS step: one transaction holding the card's new
state, its review, the quiz result and the student's name. Each call is timed from the await to
its return, on the event loop. Target: mean ≤ 1.5 ms. Exits 1 on a miss. For scale, the same
number of bare sqlite3 transactions of about the same rows, each in a worker thread, is timed
after it and printed, not judged: on a loaded machine a thread round trip waits for a core, and
that floor shows how much of a miss is the machine's.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sqlite3
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


async def floor_answers(database: Path, count: int) -> list[float]:
    """The same number of bare transactions, for scale (not judged): plain sqlite3 on a file set up
    as the store's (WAL, synchronous NORMAL), each run whole in a worker thread from the loop as
    ours is — an upsert, two inserts and a second upsert of rows about as wide as ours, then the
    commit. What the machine alone makes a thread round trip and a commit cost under its load."""
    connection = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(
        "CREATE TABLE cards (user TEXT, card TEXT, state TEXT, PRIMARY KEY (user, card))"
    )
    connection.execute("CREATE TABLE reviews (user TEXT, card TEXT, rating INT, at TEXT)")
    connection.execute("CREATE TABLE results (user TEXT, question TEXT, correct INT, at TEXT)")
    connection.execute("CREATE TABLE names (user TEXT PRIMARY KEY, name TEXT, seen TEXT)")
    state = '{"stability": 2.3065, "difficulty": 2.1183, "state": 2, "step": null, "due": "x"}'

    def transaction(n: int) -> None:
        user, card, at = str(n % 200), _card_id(n % 5), START.isoformat()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO cards VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET state = excluded.state",
            (user, card, state),
        )
        connection.execute("INSERT INTO reviews VALUES (?, ?, ?, ?)", (user, card, 3, at))
        connection.execute("INSERT INTO results VALUES (?, ?, ?, ?)", (user, card, 1, at))
        connection.execute(
            "INSERT INTO names VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET seen = excluded.seen",
            (user, f"Student {user}", at),
        )
        connection.execute("COMMIT")

    samples = []
    try:
        for n in range(count):
            began = time.perf_counter_ns()
            await asyncio.to_thread(transaction, n)
            samples.append((time.perf_counter_ns() - began) / 1e6)
    finally:
        connection.close()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--cards", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as scratch:
        samples = asyncio.run(answers(Path(scratch) / "answers.db", args.users, args.cards))
        bare = timing(asyncio.run(floor_answers(Path(scratch) / "floor.db", len(samples))))
    taken = timing(samples)
    print(f"  {taken.count} answers: p50 {taken.p50:.2f} ms, p99 {taken.p99:.2f} ms")
    print(
        f"  for scale, bare sqlite3 transactions in a thread: p50 {bare.p50:.2f} ms, "
        f"p99 {bare.p99:.2f} ms, mean {bare.mean:.2f} ms (not judged)"
    )
    met = record(
        NAME, "quiz answer store time (one transaction), SQLite, mean",
        f"≤ {TARGET_MEAN_MS} ms", f"{taken.mean:.2f} ms", taken.mean <= TARGET_MEAN_MS,
    )  # fmt: skip
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
