"""Daily pushes: schedules, the once-per-day claim, and the answers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, Table, func, select

from bot.store import _schema as t
from bot.store._connection import Connection, chat_is
from bot.store._records import (
    ChatRef,
    DailyAnswer,
    PushKey,
    Schedule,
    UserRef,
    require_same_platform,
)
from bot.store._time import require_utc


class DailyQueries(Connection):
    """Schedules per chat; a push per chat and local date; first answers per user."""

    async def save_schedule(self, schedule: Schedule) -> None:
        columns = {
            "time_of_day": schedule.time_of_day,
            "timezone": schedule.timezone,
            "deck_id": schedule.deck_id,
            "topic_id": schedule.topic_id,
        }
        insert = (
            self._insert(t.daily_schedules)
            .values(platform=schedule.chat.platform, chat_id=schedule.chat.chat_id, **columns)
            .on_conflict_do_update(
                index_elements=[t.daily_schedules.c.platform, t.daily_schedules.c.chat_id],
                set_=columns,
            )
        )
        async with self._write() as conn:
            await conn.execute(insert)

    async def get_schedule(self, chat: ChatRef) -> Schedule | None:
        query = select(t.daily_schedules).where(*chat_is(t.daily_schedules, chat))
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _schedule(row)

    async def schedules(self) -> list[Schedule]:
        table = t.daily_schedules
        query = select(table).order_by(table.c.platform, table.c.chat_id)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_schedule(row) for row in rows]

    async def delete_schedule(self, chat: ChatRef) -> bool:
        delete = t.daily_schedules.delete().where(*chat_is(t.daily_schedules, chat))
        async with self._write() as conn:
            return (await conn.execute(delete)).rowcount == 1

    async def claim_push(
        self, chat: ChatRef, day: date, *, claimed_at: datetime | None = None
    ) -> bool:
        push = PushKey(chat, day)
        at = datetime.now(UTC) if claimed_at is None else require_utc("claimed_at", claimed_at)
        row = {"platform": chat.platform, "chat_id": chat.chat_id, "local_date": push.day}
        insert = self._insert(t.daily_pushes).values(**row, claimed_at=at).on_conflict_do_nothing()
        async with self._write() as conn:
            return (await conn.execute(insert)).rowcount == 1

    async def record_daily_answer(
        self,
        push: PushKey,
        user: UserRef,
        question_id: str,
        correct: bool,
        answered_at: datetime,
    ) -> bool:
        require_same_platform(push.chat, user)
        answer = DailyAnswer(user, question_id, correct, answered_at)
        claimed = select(func.count()).where(*_push_is(t.daily_pushes, push))
        insert = (
            self._insert(t.daily_answers)
            .values(
                platform=push.chat.platform,
                chat_id=push.chat.chat_id,
                local_date=push.day,
                user_id=user.user_id,
                question_id=answer.question_id,
                correct=answer.correct,
                answered_at=answer.answered_at,
            )
            .on_conflict_do_nothing()
        )
        async with self._write() as conn:
            if (await conn.execute(claimed)).scalar_one() == 0:
                raise ValueError(
                    f"no daily push was sent to chat {push.chat.chat_id} on {push.day.isoformat()}"
                )
            return (await conn.execute(insert)).rowcount == 1

    async def daily_answers(self, push: PushKey) -> list[DailyAnswer]:
        answers = t.daily_answers
        query = (
            select(answers)
            .where(*_push_is(answers, push))
            .order_by(answers.c.answered_at, answers.c.user_id, answers.c.question_id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            DailyAnswer(
                UserRef(push.chat.platform, row.user_id),
                row.question_id,
                bool(row.correct),
                row.answered_at,
            )
            for row in rows
        ]


def _push_is(table: Table, push: PushKey) -> tuple[Any, Any, Any]:
    return (*chat_is(table, push.chat), table.c.local_date == push.day)


def _schedule(row: Row[Any]) -> Schedule:
    return Schedule(
        chat=ChatRef(row.platform, row.chat_id),
        time_of_day=row.time_of_day,
        timezone=row.timezone,
        deck_id=row.deck_id,
        topic_id=row.topic_id,
    )
