"""A quiz answer as one transaction: the card's new state, its review and the result, or nothing.

The card is read and rewritten under a lock, so two answers of one user (two processes, two
chats) can never both start from the same old state and lose one update: PostgreSQL locks the
row (SELECT … FOR UPDATE; a card inserted by a racing transaction is waited for, then locked and
stepped again), and SQLite's writer transaction (BEGIN IMMEDIATE) already holds the file's write
lock from its first statement. A crash at any moment leaves either all of the rows or none.

The transaction is plain synchronous code: on a SQLite file it runs whole in a worker thread (one
round trip from the event loop instead of one per statement), elsewhere through `run_sync`. The
caller's `step` runs there too, so it must be quick and touch nothing the loop is changing.

The statements are built once per store, with bound parameters, and each answer only passes its
values: building a statement with its values inlined (`.values(**row)`) and deriving its cache
key cost about four times what SQLite itself spends on the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Select, Update, bindparam, select, update
from sqlalchemy.sql.dml import Insert as TableInsert

from bot.store import _schema as t
from bot.store._cards import card_from_row, review_columns
from bot.store._connection import Connection, Insert
from bot.store._people import user_rows, users_upsert
from bot.store._prepared import Statements
from bot.store._progress import quiz_result_columns
from bot.store._records import CardRecord, QuizResult, Review, UserRef

# What the caller computes from the card as it stands (None: the user's first answer on it):
# the card's next state and the review that led there.
CardStep = Callable[[CardRecord | None], tuple[CardRecord, Review]]

# Names of the key's parameters: apart from the columns', which an UPDATE's SET takes.
_KEY = {"k_platform": "platform", "k_user_id": "user_id", "k_card_id": "card_id"}


@dataclass(frozen=True, slots=True)
class _Statements:
    """The answer's statements for one dialect, values left as parameters."""

    current: Select[Any]
    insert_card: Insert
    update_card: Update
    insert_review: TableInsert
    insert_result: TableInsert
    upsert_user: Insert


class AnswerQueries(Connection):
    """The quiz answer's writes, all in one transaction."""

    @cached_property
    def _answer_statements(self) -> _Statements:
        key = [getattr(t.cards.c, column) == bindparam(name) for name, column in _KEY.items()]
        return _Statements(
            current=select(t.cards).where(*key).with_for_update(),
            insert_card=self._insert(t.cards).on_conflict_do_nothing(),
            update_card=update(t.cards).where(*key),
            insert_review=t.review_log.insert(),
            insert_result=t.quiz_results.insert(),
            upsert_user=users_upsert(self._insert),
        )

    async def record_answer(
        self,
        user: UserRef,
        card_id: str,
        step: CardStep,
        *,
        result: QuizResult | None = None,
        display_name: str | None = None,
    ) -> CardRecord:
        sql = self._answer_statements
        key = {"k_platform": user.platform, "k_user_id": user.user_id, "k_card_id": card_id}
        result_row = None if result is None else quiz_result_columns(result)

        def work(run: Statements) -> CardRecord:
            row = run.first(sql.current, key)
            existing = None if row is None else card_from_row(user, row)
            card, review = _checked(user, card_id, step(existing))
            stored = False
            if existing is None:
                stored = run.write(sql.insert_card, {**_card_key(card), **_card_columns(card)}) == 1
                if not stored:  # a racing transaction created it first: step from its state
                    row = run.first(sql.current, key)
                    if row is None:
                        raise RuntimeError(f"card {card_id} was neither inserted nor found")
                    card, review = _checked(user, card_id, step(card_from_row(user, row)))
            if not stored:
                run.write(sql.update_card, {**key, **_card_columns(card)})
            run.write(sql.insert_review, review_columns(review))
            if result_row is not None:
                run.write(sql.insert_result, result_row)
            if display_name is not None:
                (name_row,) = user_rows({user: display_name}, review.reviewed_at)
                run.write(sql.upsert_user, name_row)
            return card

        return await self._write_prepared(work)


def _checked(
    user: UserRef, card_id: str, stepped: tuple[CardRecord, Review]
) -> tuple[CardRecord, Review]:
    card, review = stepped
    if card.user != user or card.card_id != card_id:
        raise ValueError(f"the step returned card {card.card_id} of another user or card")
    if review.user != user or review.card_id != card_id:
        raise ValueError(f"the step returned a review of card {review.card_id}, not {card_id}")
    return card, review


def _card_key(card: CardRecord) -> dict[str, Any]:
    return {"platform": card.user.platform, "user_id": card.user.user_id, "card_id": card.card_id}


def _card_columns(card: CardRecord) -> dict[str, Any]:
    return {
        "deck_id": card.deck_id,
        "topic_id": card.topic_id,
        "fact_id": card.fact_id,
        "state": dict(card.state),
        "due": card.due,
        "lapses": card.lapses,
    }
