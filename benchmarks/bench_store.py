"""Quiz answer store time: what one answered question costs in the real SQLite store, against
the same writes as bare sqlite3 transactions in the same run.

Run: `python -m benchmarks.bench_store [--users 200] [--cards 5]`.

On a temporary SQLite file (WAL, as a bot runs it), each of --users students answers --cards
questions twice (the first answer creates the card, the second steps it), through
`SqlStore.record_answer` with the quiz's own FSRS step: one transaction holding the card's new
state, its review, the quiz result and the student's name. Each call is timed from the await to
its return, on the event loop.

The floor, on a second file: the same answers as bare sqlite3 transactions (the same reads and
writes on the store's own schema and settings, the state encoded as JSON, no FSRS step), each
run whole in a worker thread from the loop as ours is — what SQLite and a thread round trip alone
cost. Ours and the floor answer in turn, answer by answer, so both meet the same moments' load
(run one whole pass after the other, the floor's mean moved 0.52 → 1.01 ms between two runs
minutes apart while ours moved 0.95 → 1.49 ms). Target: ours' mean ≤ `TARGET_RATIO` × the
floor's. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
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
# Ours' mean ÷ the floor's. It had been an absolute 1.5 ms, which measured the host: the same
# code read 0.43–1.10 ms where it met it (load 2.5–6) and 2.1–6.0 ms at load 16–19, where the
# bare floor's mean itself read 0.25–0.39 ms. Beside the floor it read 1.7×, 2.0× and 2.1× in
# sessions 7–8 (docs/scaling.md) and 1.8× and 1.5× here (2026-12-07, load 6, passes one after
# the other). The target is that middle (1.8×) with the old target's slack over what the code
# took where it met it (1.5 ÷ 1.09 ≈ 1.4): 2.5×.
TARGET_RATIO = 2.5
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _card_id(n: int) -> str:
    return hashlib.sha256(f"question {n}".encode()).hexdigest()[:16]


class Ours:
    """The store a bot runs: `SqlStore.record_answer` with the quiz's FSRS step."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.scheduler = make_scheduler(fuzzing=False)
        self.chat = ChatRef("bench", "class")

    @classmethod
    async def open(cls, database: Path) -> Ours:
        return cls(await SqlStore.open(f"sqlite:///{database}"))

    async def answer(self, attempt: int, u: int, c: int) -> float:
        """Milliseconds from the await to the return of one answer."""
        now = START + timedelta(days=attempt)
        who = UserRef("bench", str(u))
        card_id, correct = _card_id(c), _correct(attempt, u, c)
        scheduler = self.scheduler

        def step(existing: CardRecord | None) -> tuple[CardRecord, Review]:
            state = dict(existing.state) if existing is not None else None
            card, rating = review(scheduler, state, card_id, Outcome(correct), now)
            lapses = 0 if existing is None else existing.lapses + (not correct)
            return (
                CardRecord(who, card_id, "deck", dict(card.to_dict()), card.due, lapses, "t"),
                Review(who, card_id, "deck", int(rating), correct, now, "t"),
            )

        result = QuizResult(who, self.chat, "deck", f"q{c}", correct, now, "t")
        began = time.perf_counter_ns()
        await self.store.record_answer(
            who, card_id, step, result=result, display_name=f"Student {u}"
        )
        return (time.perf_counter_ns() - began) / 1e6

    async def close(self) -> None:
        await self.store.close()


def _correct(attempt: int, u: int, c: int) -> bool:
    return (u + c + attempt) % 3 != 0


# The floor's statements: what an answer writes, in SQL written by hand on the store's own tables.
_FLOOR_SELECT = "SELECT * FROM cards WHERE platform = ? AND user_id = ? AND card_id = ?"
_FLOOR_INSERT_CARD = (
    "INSERT INTO cards (platform, user_id, card_id, deck_id, topic_id, fact_id, state, due, lapses)"
    " VALUES (?, ?, ?, 'deck', 't', NULL, ?, ?, ?) ON CONFLICT DO NOTHING"
)
_FLOOR_UPDATE_CARD = (
    "UPDATE cards SET deck_id = 'deck', topic_id = 't', fact_id = NULL, state = ?, due = ?,"
    " lapses = ? WHERE platform = ? AND user_id = ? AND card_id = ?"
)
_FLOOR_REVIEW = (
    "INSERT INTO review_log (platform, user_id, card_id, deck_id, topic_id, fact_id, rating,"
    " correct, reviewed_at, duration_ms) VALUES (?, ?, ?, 'deck', 't', NULL, ?, ?, ?, NULL)"
)
_FLOOR_RESULT = (
    "INSERT INTO quiz_results (platform, user_id, chat_id, deck_id, topic_id, question_id,"
    " correct, answered_at) VALUES (?, ?, 'class', 'deck', 't', ?, ?, ?)"
)
_FLOOR_NAME = (
    "INSERT INTO users (platform, user_id, display_name, first_seen, last_seen)"
    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, user_id) DO UPDATE SET"
    " display_name = excluded.display_name,"
    " first_seen = MIN(excluded.first_seen, users.first_seen),"
    " last_seen = MAX(excluded.last_seen, users.last_seen)"
)


_FLOOR_STATE = {"stability": 2.3065, "difficulty": 2.1183, "state": 2, "step": None, "due": "x"}


class Floor:
    """The same answers as bare transactions: plain sqlite3 on a file with the store's own schema
    and settings (WAL, synchronous NORMAL), each transaction run whole in a worker thread from
    the loop as ours is, with the same statements on the same tables — the card read, its insert
    or update, the review, the result and the name — its state encoded as JSON as ours is, and
    no FSRS step. What SQLite and a thread round trip alone cost under the machine's load."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    @classmethod
    async def open(cls, database: Path) -> Floor:
        await (await SqlStore.open(f"sqlite:///{database}")).close()  # the schema, by migrations
        connection = sqlite3.connect(database, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL is kept in the file already
        return cls(connection)

    def _transaction(self, user: str, card: str, n: int, correct: bool, at: str) -> None:
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        row = connection.execute(_FLOOR_SELECT, ("bench", user, card)).fetchone()
        encoded = json.dumps({**_FLOOR_STATE, "n": n})
        if row is None:
            connection.execute(_FLOOR_INSERT_CARD, ("bench", user, card, encoded, at, 0))
        else:
            connection.execute(_FLOOR_UPDATE_CARD, (encoded, at, row[-1], "bench", user, card))
        connection.execute(_FLOOR_REVIEW, ("bench", user, card, 3, correct, at))
        connection.execute(_FLOOR_RESULT, ("bench", user, f"q{n}", correct, at))
        connection.execute(_FLOOR_NAME, ("bench", user, f"Student {user}", at, at))
        connection.execute("COMMIT")

    async def answer(self, attempt: int, u: int, c: int) -> float:
        at = (START + timedelta(days=attempt)).replace(tzinfo=None).isoformat(" ")
        began = time.perf_counter_ns()
        await asyncio.to_thread(
            self._transaction, str(u), _card_id(c), c, _correct(attempt, u, c), at
        )
        return (time.perf_counter_ns() - began) / 1e6

    async def close(self) -> None:
        self.connection.close()


async def paired(scratch: Path, users: int, cards: int) -> tuple[list[float], list[float]]:
    """Each of `users` students answers `cards` questions twice, in ours and in the floor by
    turns, answer by answer: the milliseconds of ours and of the floor's."""
    ours, floor = await Ours.open(scratch / "answers.db"), await Floor.open(scratch / "floor.db")
    mine: list[float] = []
    theirs: list[float] = []
    try:
        for attempt in range(2):
            for u in range(users):
                for c in range(cards):
                    mine.append(await ours.answer(attempt, u, c))
                    theirs.append(await floor.answer(attempt, u, c))
    finally:
        await ours.close()
        await floor.close()
    return mine, theirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--cards", type=int, default=5)
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    with tempfile.TemporaryDirectory() as scratch:
        samples, floor = asyncio.run(paired(Path(scratch), args.users, args.cards))
    taken, bare = timing(samples), timing(floor)
    print(f"  {taken.count} answers: p50 {taken.p50:.2f} ms, p99 {taken.p99:.2f} ms")
    print(
        f"  the same writes as bare sqlite3 transactions in a thread, by turns: p50 "
        f"{bare.p50:.2f} ms, p99 {bare.p99:.2f} ms, mean {bare.mean:.2f} ms"
    )
    ratio = taken.mean / bare.mean if bare.mean else float("inf")
    met = record(
        NAME, "quiz answer store time (one transaction), SQLite, mean ÷ bare sqlite3 floor's",
        f"≤ {TARGET_RATIO}×",
        f"{ratio:.2f}× ({taken.mean:.2f} ÷ {bare.mean:.2f} ms)",
        ratio <= TARGET_RATIO,
    )  # fmt: skip
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
