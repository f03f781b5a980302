"""Reads for a teacher's view of one chat: every answer, battle result and daily answer given there.

Reports are reads apart from commands: they come straight from the tables the quiz, battle and daily
features write, never through the engine, so a dashboard can ask them from any process.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from bot.store import _schema as t
from bot.store._connection import Connection, chat_is
from bot.store._records import (
    BattleResult,
    ChatRef,
    DailyAnswer,
    QuizResult,
    UserRecord,
    UserRef,
)
from bot.store._time import require_utc

# A report reads one chat's rows; a bound keeps a huge chat from pulling millions into memory.
MAX_REPORT_ROWS = 200_000


class ReportQueries(Connection):
    """One chat's activity since a moment, as the same records the features wrote."""

    async def chat_quiz_results(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[QuizResult]:
        """Quiz and review answers given in the chat (since `since`), oldest first."""
        results = t.quiz_results
        query = (
            select(results)
            .where(*chat_is(results, chat))
            .order_by(results.c.answered_at, results.c.id)
            .limit(MAX_REPORT_ROWS)
        )
        if since is not None:
            query = query.where(results.c.answered_at >= require_utc("since", since))
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            QuizResult(
                UserRef(row.platform, row.user_id),
                chat,
                row.deck_id,
                row.question_id,
                bool(row.correct),
                row.answered_at,
                row.topic_id,
            )
            for row in rows
        ]

    async def chat_battle_results(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[BattleResult]:
        """Every player's result of the chat's battles finished since `since`, oldest first."""
        results = t.battle_results
        query = (
            select(results)
            .where(*chat_is(results, chat))
            .order_by(results.c.finished_at, results.c.id)
            .limit(MAX_REPORT_ROWS)
        )
        if since is not None:
            query = query.where(results.c.finished_at >= require_utc("since", since))
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            BattleResult(
                chat,
                UserRef(row.platform, row.user_id),
                row.battle_id,
                row.points,
                row.correct,
                row.answered,
                bool(row.won),
                row.finished_at,
            )
            for row in rows
        ]

    async def chat_daily_answers(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[DailyAnswer]:
        """Answers to the chat's daily questions since `since`, oldest first."""
        answers = t.daily_answers
        query = (
            select(answers)
            .where(*chat_is(answers, chat))
            .order_by(answers.c.answered_at)
            .limit(MAX_REPORT_ROWS)
        )
        if since is not None:
            query = query.where(answers.c.answered_at >= require_utc("since", since))
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            DailyAnswer(
                UserRef(row.platform, row.user_id),
                row.question_id,
                bool(row.correct),
                row.answered_at,
            )
            for row in rows
        ]

    async def users_named(self, users: list[UserRef]) -> dict[UserRef, UserRecord]:
        """The store's record of each of these users (those it knows)."""
        found: dict[UserRef, UserRecord] = {}
        by_platform: dict[str, list[str]] = {}
        for user in users:
            by_platform.setdefault(user.platform, []).append(user.user_id)
        async with self._read() as conn:
            for platform, ids in by_platform.items():
                for start in range(0, len(ids), 500):  # bound the IN list
                    query = select(t.users).where(
                        t.users.c.platform == platform,
                        t.users.c.user_id.in_(ids[start : start + 500]),
                    )
                    for row in (await conn.execute(query)).all():
                        ref = UserRef(row.platform, row.user_id)
                        found[ref] = UserRecord(
                            ref, row.display_name, row.first_seen, row.last_seen
                        )
        return found
