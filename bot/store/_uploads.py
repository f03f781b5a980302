"""Upload quotas in the database: every bot process counts the same uploads, and a restart
forgets none.

Checking a quota and counting the upload are one write transaction. On SQLite the write
transaction holds the file's write lock from its start; on PostgreSQL two transaction-scoped
advisory locks (the user's and the chat's, taken in one order so two uploads never deadlock)
make two processes' uploads of one user or chat take turns, so neither can slip past the quota.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.store import _schema as t
from bot.store._connection import Connection
from bot.store._records import UploadAllowance, UploadEntry
from bot.store._time import require_utc

_LOCK = text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")


class UploadQueries(Connection):
    """One row per counted upload; rows past every quota's window are forgotten by housekeeping."""

    async def count_upload(
        self, upload: UploadEntry, *, since: datetime, limits: UploadAllowance
    ) -> str | None:
        if not isinstance(upload, UploadEntry) or not isinstance(limits, UploadAllowance):
            raise ValueError("count_upload needs an UploadEntry and an UploadAllowance")
        start = require_utc("since", since)
        log = t.upload_log.c
        user_key = f"upload:u:{upload.user.platform}:{upload.user.user_id}"
        chat_key = f"upload:c:{upload.chat.platform}:{upload.chat.chat_id}"
        async with self._write() as conn:
            if not self._sqlite:
                for key in sorted((user_key, chat_key)):
                    await conn.execute(_LOCK, {"key": key})
            mine = await _window(
                conn, log.platform == upload.user.platform, log.user_id == upload.user.user_id,
                log.uploaded_at > start,
            )  # fmt: skip
            theirs = await _window(
                conn, log.platform == upload.chat.platform, log.chat_id == upload.chat.chat_id,
                log.uploaded_at > start,
            )  # fmt: skip
            if mine[0] >= limits.uploads_per_user or theirs[0] >= limits.uploads_per_chat:
                return "uploads"
            if (
                mine[1] + upload.size > limits.bytes_per_user
                or theirs[1] + upload.size > limits.bytes_per_chat
            ):
                return "bytes"
            await conn.execute(
                insert(t.upload_log).values(
                    platform=upload.user.platform,
                    user_id=upload.user.user_id,
                    chat_id=upload.chat.chat_id,
                    bytes=upload.size,
                    uploaded_at=upload.at,
                )
            )
        return None

    async def forget_uploads_before(self, when: datetime) -> int:
        cutoff = require_utc("when", when)
        async with self._write() as conn:
            gone = await conn.execute(
                delete(t.upload_log).where(t.upload_log.c.uploaded_at < cutoff)
            )
        return int(gone.rowcount)


async def _window(conn: AsyncConnection, *where: Any) -> tuple[int, int]:
    """(uploads, bytes) of the rows matching `where`."""
    log = t.upload_log.c
    query = select(func.count(), func.coalesce(func.sum(log.bytes), 0)).where(*where)
    count, size = (await conn.execute(query)).one()
    return int(count), int(size)
