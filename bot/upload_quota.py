"""Upload quotas: how many files, how many bytes and how often one user, and one chat, may upload.

Reading an upload costs a worker process up to its CPU and memory limits; a quota keeps one person
(in a DM everyone is the admin of their chat) from keeping the workers busy for everyone else. The
uploads are counted in the store (`Store.count_upload`), so the quota holds across restarts and
across every bot process on one database; a file is counted when it arrives, before it is read,
so a refused file counts too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.events import Chat, User
from bot.store import ChatRef, UploadAllowance, UploadEntry, UserRef


@dataclass(frozen=True, slots=True)
class QuotaLimits:
    """Per user and per chat: uploads (the rate) and bytes in a rolling window."""

    window: timedelta = timedelta(hours=1)
    uploads_per_user: int = 10
    uploads_per_chat: int = 20
    bytes_per_user: int = 20 * 1024 * 1024
    bytes_per_chat: int = 40 * 1024 * 1024

    @property
    def allowance(self) -> UploadAllowance:
        return UploadAllowance(
            self.uploads_per_user, self.uploads_per_chat, self.bytes_per_user, self.bytes_per_chat
        )


FORGET_AFTER = timedelta(days=1)
"""Housekeeping forgets counted uploads older than this (longer than any quota's window)."""


class QuotaStore(Protocol):
    """The part of `bot.store.Store` quotas use."""

    async def count_upload(
        self, upload: UploadEntry, *, since: datetime, limits: UploadAllowance
    ) -> str | None: ...


class UploadQuota:
    def __init__(self, store: QuotaStore, limits: QuotaLimits | None = None) -> None:
        self.store = store
        self.limits = limits or QuotaLimits()

    async def refusal(self, user: User, chat: Chat, size: int, now: datetime) -> str | None:
        """Why this upload must wait (a sentence for the user), or None and the upload is counted.

        Raises `StoreError` when the store cannot count it (the engine says "try again").
        """
        limits = self.limits
        entry = UploadEntry(
            UserRef(user.platform, user.id), ChatRef(chat.platform, chat.id), size, now
        )
        over = await self.store.count_upload(
            entry, since=now - limits.window, limits=limits.allowance
        )
        minutes = int(limits.window.total_seconds() // 60)
        if over == "uploads":
            return f"That is the most uploads allowed in {minutes} minutes; try again later."
        if over is not None:
            return f"That is more data than uploads may send in {minutes} minutes; try again later."
        return None
