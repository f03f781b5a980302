"""Upload quotas: how many files, how many bytes and how often one user, and one chat, may upload.

Reading an upload costs a worker process up to its CPU and memory limits; a quota keeps one person
(in a DM everyone is the admin of their chat) from keeping the workers busy for everyone else. The
windows are kept in this process's memory: a restart forgets them, and with several bot processes
each counts its own uploads — a bound on load, not an account.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.events import Chat, User


@dataclass(frozen=True, slots=True)
class QuotaLimits:
    """Per user and per chat: uploads (the rate) and bytes in a rolling window."""

    window: timedelta = timedelta(hours=1)
    uploads_per_user: int = 10
    uploads_per_chat: int = 20
    bytes_per_user: int = 20 * 1024 * 1024
    bytes_per_chat: int = 40 * 1024 * 1024


_MAX_TRACKED = 100_000  # keys remembered; past this the oldest windows are dropped


class UploadQuota:
    def __init__(self, limits: QuotaLimits | None = None) -> None:
        self.limits = limits or QuotaLimits()
        self._seen: dict[str, deque[tuple[datetime, int]]] = {}

    def refusal(self, user: User, chat: Chat, size: int, now: datetime) -> str | None:
        """Why this upload must wait (a sentence for the user), or None and the upload is counted."""
        limits = self.limits
        user_key, chat_key = f"u:{user.platform}:{user.id}", f"c:{chat.platform}:{chat.id}"
        mine, theirs = self._window(user_key, now), self._window(chat_key, now)
        minutes = int(limits.window.total_seconds() // 60)
        if len(mine) >= limits.uploads_per_user or len(theirs) >= limits.uploads_per_chat:
            return f"That is the most uploads allowed in {minutes} minutes; try again later."
        if (
            sum(sent for _, sent in mine) + size > limits.bytes_per_user
            or sum(sent for _, sent in theirs) + size > limits.bytes_per_chat
        ):
            return f"That is more data than uploads may send in {minutes} minutes; try again later."
        if len(self._seen) >= _MAX_TRACKED:
            self._seen.clear()
        for key in (user_key, chat_key):
            self._seen.setdefault(key, deque()).append((now, size))
        return None

    def _window(self, key: str, now: datetime) -> deque[tuple[datetime, int]]:
        entries = self._seen.get(key, deque())
        while entries and now - entries[0][0] >= self.limits.window:
            entries.popleft()
        return entries
