"""Quiz results, and what /progress and the streak are computed from."""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from typing import Any

from sqlalchemy import case, func, select

from bot.store import _schema as t
from bot.store._connection import Connection, user_is
from bot.store._records import QuizResult, TopicAccuracy, UserRef


class ProgressQueries(Connection):
    """Every answered quiz question, summed per topic and per day."""

    async def record_quiz_result(self, result: QuizResult) -> None:
        async with self._write() as conn:
            await conn.execute(t.quiz_results.insert().values(**quiz_result_columns(result)))

    async def accuracy_by_topic(self, user: UserRef, deck_id: str) -> list[TopicAccuracy]:
        results = t.quiz_results
        right = func.sum(case((results.c.correct, 1), else_=0))
        query = (
            select(results.c.topic_id, right, func.count())
            .where(*user_is(results, user), results.c.deck_id == deck_id)
            .group_by(results.c.topic_id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        accuracy = [TopicAccuracy(topic, int(ok), int(total)) for topic, ok, total in rows]
        # NULLs sort first on SQLite and last on PostgreSQL: order in Python, None last.
        return sorted(accuracy, key=lambda a: (a.topic_id is None, a.topic_id or ""))

    async def answer_days(self, user: UserRef, tz: tzinfo = UTC) -> list[date]:
        answered = select(t.quiz_results.c.answered_at).where(*user_is(t.quiz_results, user))
        reviewed = select(t.review_log.c.reviewed_at).where(*user_is(t.review_log, user))
        async with self._read() as conn:
            moments = [*(await conn.execute(answered)).scalars()]
            moments += (await conn.execute(reviewed)).scalars()
        return sorted({moment.astimezone(tz).date() for moment in moments})


def quiz_result_columns(result: QuizResult) -> dict[str, Any]:
    """The quiz_results row of a result."""
    return {
        "platform": result.user.platform,
        "user_id": result.user.user_id,
        "chat_id": result.chat.chat_id,
        "deck_id": result.deck_id,
        "topic_id": result.topic_id,
        "question_id": result.question_id,
        "correct": result.correct,
        "answered_at": result.answered_at,
    }
