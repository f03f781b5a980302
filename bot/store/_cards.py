"""Spaced-repetition cards and the append-only review log."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Any

from sqlalchemy import func, select

from bot.store import _schema as t
from bot.store._connection import Connection, require_limit, user_is
from bot.store._records import CardRecord, Review, UserRef
from bot.store._time import day_bounds, require_utc


class CardQueries(Connection):
    """Each user's FSRS cards, what is due, and every review ever made."""

    async def save_card(self, card: CardRecord, review: Review | None = None) -> None:
        columns = {
            "deck_id": card.deck_id,
            "topic_id": card.topic_id,
            "fact_id": card.fact_id,
            "state": dict(card.state),
            "due": card.due,
            "lapses": card.lapses,
        }
        insert = self._insert(t.cards).values(
            platform=card.user.platform, user_id=card.user.user_id, card_id=card.card_id, **columns
        )
        insert = insert.on_conflict_do_update(
            index_elements=[t.cards.c.platform, t.cards.c.user_id, t.cards.c.card_id],
            set_=columns,
        )
        async with self._write() as conn:
            await conn.execute(insert)
            if review is not None:
                await conn.execute(t.review_log.insert().values(**review_columns(review)))

    async def get_card(self, user: UserRef, card_id: str) -> CardRecord | None:
        query = select(t.cards).where(*user_is(t.cards, user), t.cards.c.card_id == card_id)
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else card_from_row(user, row)

    async def card_ids(self, user: UserRef, deck_id: str | None = None) -> set[str]:
        query = select(t.cards.c.card_id).where(*user_is(t.cards, user))
        if deck_id is not None:
            query = query.where(t.cards.c.deck_id == deck_id)
        async with self._read() as conn:
            return set((await conn.execute(query)).scalars())

    async def due_cards(
        self, user: UserRef, now: datetime, limit: int = 20, deck_id: str | None = None
    ) -> list[CardRecord]:
        query = (
            select(t.cards)
            .where(*self._due_filter(user, now, deck_id))
            .order_by(t.cards.c.due, t.cards.c.card_id)
            .limit(require_limit(limit))
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [card_from_row(user, row) for row in rows]

    async def count_due(self, user: UserRef, now: datetime, deck_id: str | None = None) -> int:
        query = select(func.count()).where(*self._due_filter(user, now, deck_id))
        async with self._read() as conn:
            return int((await conn.execute(query)).scalar_one())

    def _due_filter(self, user: UserRef, now: datetime, deck_id: str | None) -> list[Any]:
        conditions = [*user_is(t.cards, user), t.cards.c.due <= require_utc("now", now)]
        if deck_id is not None:
            conditions.append(t.cards.c.deck_id == deck_id)
        return conditions

    async def record_review(self, review: Review) -> None:
        async with self._write() as conn:
            await conn.execute(t.review_log.insert().values(**review_columns(review)))

    async def review_history(self, user: UserRef, card_id: str | None = None) -> list[Review]:
        query = select(t.review_log).where(*user_is(t.review_log, user))
        if card_id is not None:
            query = query.where(t.review_log.c.card_id == card_id)
        query = query.order_by(t.review_log.c.reviewed_at, t.review_log.c.id)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            Review(
                user=user,
                card_id=row.card_id,
                deck_id=row.deck_id,
                rating=row.rating,
                correct=bool(row.correct),
                reviewed_at=row.reviewed_at,
                topic_id=row.topic_id,
                fact_id=row.fact_id,
                duration_ms=row.duration_ms,
            )
            for row in rows
        ]

    async def reviewed_fact_ids_on(self, user: UserRef, day: date, tz: tzinfo = UTC) -> set[str]:
        start, end = day_bounds(day, tz)
        log = t.review_log
        query = (
            select(log.c.fact_id)
            .distinct()
            .where(*user_is(log, user), log.c.fact_id.is_not(None))
            .where(log.c.reviewed_at >= start, log.c.reviewed_at < end)
        )
        async with self._read() as conn:
            return set((await conn.execute(query)).scalars())


def review_columns(review: Review) -> dict[str, Any]:
    return {
        "platform": review.user.platform,
        "user_id": review.user.user_id,
        "card_id": review.card_id,
        "deck_id": review.deck_id,
        "topic_id": review.topic_id,
        "fact_id": review.fact_id,
        "rating": review.rating,
        "correct": review.correct,
        "reviewed_at": review.reviewed_at,
        "duration_ms": review.duration_ms,
    }


def card_from_row(user: UserRef, row: Any) -> CardRecord:
    """A card from a row of `cards` (a Core row, or a prepared statement's: columns as attributes)."""
    return CardRecord(
        user=user,
        card_id=row.card_id,
        deck_id=row.deck_id,
        state=row.state,
        due=row.due,
        lapses=row.lapses,
        topic_id=row.topic_id,
        fact_id=row.fact_id,
    )
