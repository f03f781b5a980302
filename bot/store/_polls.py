"""Native polls the bot sent: where a vote that names only the poll belongs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, select

from bot.store import _schema as t
from bot.store._connection import Connection
from bot.store._records import ChatRef, StoredPoll
from bot.store._time import require_utc


class PollQueries(Connection):
    """One row per (platform, poll id); remembering a poll again replaces it."""

    async def remember_poll(self, poll: StoredPoll) -> None:
        if not isinstance(poll, StoredPoll):
            raise ValueError(f"remember_poll needs a StoredPoll, got {type(poll).__name__}")
        columns = {
            "chat_id": poll.chat.chat_id,
            "is_group": poll.is_group,
            "question_id": poll.question_id,
            "tokens": list(poll.tokens),
            "created_at": poll.created_at,
        }
        insert = (
            self._insert(t.polls)
            .values(platform=poll.chat.platform, poll_id=poll.poll_id, **columns)
            .on_conflict_do_update(
                index_elements=[t.polls.c.platform, t.polls.c.poll_id], set_=columns
            )
        )
        async with self._write() as conn:
            await conn.execute(insert)

    async def find_poll(self, platform: str, poll_id: str) -> StoredPoll | None:
        query = select(t.polls).where(t.polls.c.platform == platform, t.polls.c.poll_id == poll_id)
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _poll(row)

    async def forget_polls_before(self, when: datetime) -> int:
        cutoff = require_utc("when", when)
        async with self._write() as conn:
            result = await conn.execute(delete(t.polls).where(t.polls.c.created_at < cutoff))
        return int(result.rowcount)


def _poll(row: Row[Any]) -> StoredPoll:
    return StoredPoll(
        chat=ChatRef(row.platform, row.chat_id),
        poll_id=row.poll_id,
        is_group=bool(row.is_group),
        question_id=row.question_id,
        tokens=tuple(str(token) for token in row.tokens),
        created_at=row.created_at,
    )
