"""What is due now: which chats get their question of the day, and which open questions close.

A push is due at its scheduled instant; after downtime, the latest missed push is still sent if it
is at most `grace` late, once, and anything older is skipped (a 08:00 question arriving at 20:00 is
noise). Each process keeps this picture in memory and tries each push once; the store's claims
decide which process actually sends, so two processes never send one chat's push twice.
"""

from __future__ import annotations

import logging
from collections.abc import Container
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot.daily._state import Plan
from bot.store import ChatRef

log = logging.getLogger(__name__)

DEFAULT_GRACE = timedelta(hours=6)
DEFAULT_FAILURE_LIMIT = 3


@dataclass(frozen=True, slots=True)
class Due:
    """One chat's work now: close these open pushes (oldest first), then push for `push`."""

    chat: ChatRef
    closes: tuple[date, ...] = ()
    push: date | None = None


@dataclass(slots=True)
class _Entry:
    plan: Plan
    closes: dict[date, datetime] = field(default_factory=dict)
    next_check: datetime | None = None  # nothing can be due for this chat's push before this


class Timekeeper:
    """Per-chat timetables and open pushes of one process, and what is due at a given moment."""

    def __init__(
        self, *, grace: timedelta = DEFAULT_GRACE, failure_limit: int = DEFAULT_FAILURE_LIMIT
    ) -> None:
        if grace < timedelta(0) or grace >= timedelta(days=1):
            raise ValueError("the grace window must be between 0 and 24 hours")
        if failure_limit < 1:
            raise ValueError("failure_limit must be at least 1")
        self.grace = grace
        self.failure_limit = failure_limit
        self._entries: dict[ChatRef, _Entry] = {}
        self._tried: dict[ChatRef, date] = {}  # the latest local date whose push was tried

    def load(self, plans: list[Plan]) -> None:
        """Replace the picture with fresh plans from the store (tried pushes are remembered)."""
        self._entries = {}
        for plan in plans:
            self.put(plan)

    def put(self, plan: Plan) -> None:
        """Add or replace one chat's plan; its open pushes come with it."""
        self._entries[plan.chat] = _Entry(plan, {push.day: push.closes_at for push in plan.open})

    def remove(self, chat: ChatRef) -> None:
        self._entries.pop(chat, None)

    def plan(self, chat: ChatRef) -> Plan | None:
        entry = self._entries.get(chat)
        return entry.plan if entry is not None else None

    def __len__(self) -> int:
        return len(self._entries)

    def paused(self, plan: Plan) -> bool:
        return plan.failures >= self.failure_limit

    def failed(self, chat: ChatRef, failures: int) -> None:
        entry = self._entries.get(chat)
        if entry is not None:
            entry.plan = replace(entry.plan, failures=failures)

    def opened(self, chat: ChatRef, day: date, closes_at: datetime) -> None:
        """A push went out (here, or found in the store): close it at `closes_at`."""
        self.tried(chat, day)
        entry = self._entries.get(chat)
        if entry is not None:
            entry.closes[day] = closes_at

    def tried(self, chat: ChatRef, day: date) -> None:
        """The push of local `day` has been tried (by /daily now, say): never try it again."""
        last = self._tried.get(chat)
        if last is None or day > last:
            self._tried[chat] = day

    def due(self, now: datetime, *, busy: Container[ChatRef] = frozenset()) -> list[Due]:
        """What to do now. Each push and each closing is handed out once. Chats in `busy` (their
        work is still running) are left alone: what is due for them is handed out later."""
        work: list[Due] = []
        for chat, entry in self._entries.items():
            if chat in busy:
                continue
            closes = tuple(sorted(day for day, at in entry.closes.items() if at <= now))
            for day in closes:
                del entry.closes[day]
            push = self._push_due(chat, entry, now)
            if closes or push is not None:
                work.append(Due(chat, closes, push))
        return work

    def _push_due(self, chat: ChatRef, entry: _Entry, now: datetime) -> date | None:
        if entry.next_check is not None and now < entry.next_check:
            return None
        plan = entry.plan
        timetable = plan.timetable
        entry.next_check = timetable.next_push(now)[1]
        day, at = timetable.latest_push(now)
        last = self._tried.get(chat)
        if (last is not None and day <= last) or at < plan.since:
            return None
        self._tried[chat] = day
        if now - at > self.grace:
            log.info(
                "skipping the %s push to %s: %s late, beyond the %s grace window",
                day, chat.chat_id, now - at, self.grace,
            )  # fmt: skip
            return None
        if self.paused(plan):
            log.info("not pushing to %s: paused after %d failed sends", chat.chat_id, plan.failures)
            return None
        return day

    def next_push(self, chat: ChatRef, now: datetime) -> datetime | None:
        """When this chat's next push is due (None for a chat without a plan, or paused)."""
        entry = self._entries.get(chat)
        if entry is None or self.paused(entry.plan):
            return None
        return entry.plan.timetable.next_push(now)[1]
