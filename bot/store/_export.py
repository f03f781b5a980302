"""A chat's record for its teacher: every quiz answer, battle result and daily answer, and progress.

Read-only and separate from the `Store` protocol: an export is an operator's command
(`studybot export`), run beside the bots, never something the engine needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, and_, cast, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store import _schema as t

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ChatExport:
    """Rows as plain dicts (JSON-ready after `plain`), oldest first; `progress` per student and topic."""

    platform: str
    chat_id: str
    quiz_answers: list[Record]
    battle_results: list[Record]
    daily_answers: list[Record]
    progress: list[Record]

    @property
    def empty(self) -> bool:
        return not (self.quiz_answers or self.battle_results or self.daily_answers)


async def chat_platforms(engine: AsyncEngine, chat_id: str) -> list[str]:
    """The platforms on which a chat with this id has any record (ids may repeat across platforms)."""
    found: set[str] = set()
    async with engine.connect() as connection:
        for table in (t.quiz_results, t.battle_results, t.daily_answers, t.chats):
            query = select(table.c.platform).where(table.c.chat_id == chat_id).distinct()
            found.update(row.platform for row in await connection.execute(query))
    return sorted(found)


async def export_chat(engine: AsyncEngine, platform: str, chat_id: str) -> ChatExport:
    names = _names_join()
    async with engine.connect() as connection:
        quiz = await connection.execute(
            select(
                t.quiz_results.c.answered_at,
                t.quiz_results.c.user_id,
                names.c.display_name,
                t.quiz_results.c.deck_id,
                t.quiz_results.c.topic_id,
                t.quiz_results.c.question_id,
                t.quiz_results.c.correct,
            )
            .select_from(_with_names(t.quiz_results, names))
            .where(t.quiz_results.c.platform == platform, t.quiz_results.c.chat_id == chat_id)
            .order_by(t.quiz_results.c.answered_at, t.quiz_results.c.id)
        )
        battles = await connection.execute(
            select(
                t.battle_results.c.finished_at,
                t.battle_results.c.battle_id,
                t.battle_results.c.user_id,
                names.c.display_name,
                t.battle_results.c.points,
                t.battle_results.c.correct,
                t.battle_results.c.answered,
                t.battle_results.c.won,
            )
            .select_from(_with_names(t.battle_results, names))
            .where(t.battle_results.c.platform == platform, t.battle_results.c.chat_id == chat_id)
            .order_by(t.battle_results.c.finished_at, t.battle_results.c.id)
        )
        daily = await connection.execute(
            select(
                t.daily_answers.c.local_date,
                t.daily_answers.c.answered_at,
                t.daily_answers.c.user_id,
                names.c.display_name,
                t.daily_answers.c.question_id,
                t.daily_answers.c.correct,
            )
            .select_from(_with_names(t.daily_answers, names))
            .where(t.daily_answers.c.platform == platform, t.daily_answers.c.chat_id == chat_id)
            .order_by(t.daily_answers.c.answered_at, t.daily_answers.c.user_id)
        )
        correct = func.sum(cast(t.quiz_results.c.correct, Integer))
        progress = await connection.execute(
            select(
                t.quiz_results.c.user_id,
                names.c.display_name,
                t.quiz_results.c.deck_id,
                t.quiz_results.c.topic_id,
                func.count().label("answered"),
                correct.label("correct"),
                func.max(t.quiz_results.c.answered_at).label("last"),
            )
            .select_from(_with_names(t.quiz_results, names))
            .where(t.quiz_results.c.platform == platform, t.quiz_results.c.chat_id == chat_id)
            .group_by(
                t.quiz_results.c.user_id,
                names.c.display_name,
                t.quiz_results.c.deck_id,
                t.quiz_results.c.topic_id,
            )
            .order_by(names.c.display_name, t.quiz_results.c.user_id, t.quiz_results.c.topic_id)
        )
        return ChatExport(
            platform=platform,
            chat_id=chat_id,
            quiz_answers=[_quiz(row) for row in quiz],
            battle_results=[_battle(row) for row in battles],
            daily_answers=[_daily(row) for row in daily],
            progress=[_progress(row) for row in progress],
        )


def plain(value: Any) -> Any:
    """A value as JSON and CSV write it: times in ISO 8601 (UTC), dates as YYYY-MM-DD."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _names_join() -> Any:
    return t.users.alias("names")


def _with_names(table: Any, names: Any) -> Any:
    return table.outerjoin(
        names, and_(names.c.platform == table.c.platform, names.c.user_id == table.c.user_id)
    )


def _student(row: Any) -> Record:
    return {"student": row.display_name or row.user_id, "user_id": row.user_id}


def _quiz(row: Any) -> Record:
    return {
        "when": row.answered_at, **_student(row), "deck": row.deck_id, "topic": row.topic_id,
        "question": row.question_id, "correct": bool(row.correct),
    }  # fmt: skip


def _battle(row: Any) -> Record:
    return {
        "when": row.finished_at, "battle": row.battle_id, **_student(row),
        "points": int(row.points), "correct": int(row.correct), "answered": int(row.answered),
        "won": bool(row.won),
    }  # fmt: skip


def _daily(row: Any) -> Record:
    return {
        "date": row.local_date, "when": row.answered_at, **_student(row),
        "question": row.question_id, "correct": bool(row.correct),
    }  # fmt: skip


def _progress(row: Any) -> Record:
    answered, right = int(row.answered), int(row.correct or 0)
    return {
        **_student(row), "deck": row.deck_id, "topic": row.topic_id, "answered": answered,
        "correct": right, "accuracy": round(right / answered, 3) if answered else None,
        "last": row.last,
    }  # fmt: skip
