"""Native quiz polls mapped back to chats.

Telegram's `poll_answer` update carries the poll id, the voter and the chosen option indices — no
chat and no message. The adapter remembers, for each poll it sent, the chat, the core's question id
and the choice token of each option, so an answer becomes a `Choice` for the right chat.

Memory alone would lose that on a restart, and a question of the day stays open for hours; given a
store, the map writes each poll through to it and looks a poll it does not hold up there. The store
is a help, never a condition: its failures are logged and sending and voting carry on.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.events import Chat
from bot.ports import Clock, SystemClock
from bot.store import ChatRef, StoredPoll

log = logging.getLogger(__name__)

DEFAULT_CAPACITY = 10_000
KEEP_POLLS = timedelta(days=3)  # longer than any poll stays open (a daily deadline is same-day)
HOUSEKEEPING_EVERY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PollRecord:
    chat: Chat
    question_id: str
    tokens: tuple[str, ...]


class PollStore(Protocol):
    """What the map needs of persistence: `bot.store.Store` has this shape."""

    async def remember_poll(self, poll: StoredPoll) -> None: ...

    async def find_poll(self, platform: str, poll_id: str) -> StoredPoll | None: ...

    async def forget_polls_before(self, when: datetime) -> int: ...


class PollMap:
    """poll_id -> PollRecord, the oldest forgotten first once `capacity` polls are remembered.

    With a `store`, every poll is also written there (in the background: `remember` is called
    while a send is under way) and `load` finds polls sent before a restart; `housekeep` forgets
    stored polls older than `keep`, on start-up and then at most once per `HOUSEKEEPING_EVERY`.
    """

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        *,
        store: PollStore | None = None,
        clock: Clock | None = None,
        platform: str = "telegram",
        keep: timedelta = KEEP_POLLS,
    ) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if keep <= timedelta(0):
            raise ValueError("keep must be a positive duration")
        self._capacity = capacity
        self._records: OrderedDict[str, PollRecord] = OrderedDict()
        self._store = store
        self._clock = clock or SystemClock()
        self._platform = platform
        self._keep = keep
        self._housekept_at: datetime | None = None
        self._writes: set[asyncio.Task[object]] = set()

    def __len__(self) -> int:
        return len(self._records)

    def remember(self, poll_id: str, record: PollRecord) -> None:
        self._cache(poll_id, record)
        if self._store is not None:
            self._in_background(self._write(self._store, poll_id, record))
            if self._housekeeping_due():
                self._housekept_at = self._clock.now()  # one sweep at a time
                self._in_background(self.housekeep())

    def get(self, poll_id: str) -> PollRecord | None:
        return self._records.get(poll_id)

    def choice(self, poll_id: str, option_ids: Sequence[int]) -> tuple[PollRecord, str] | None:
        """The record and the chosen token; None for an unknown poll or a retracted vote."""
        record = self._records.get(poll_id)
        if record is None or len(option_ids) != 1:
            return None
        index = option_ids[0]
        if not 0 <= index < len(record.tokens):
            return None
        return record, record.tokens[index]

    async def load(self, poll_id: str) -> PollRecord | None:
        """The poll from memory, else from the store (then kept in memory); None when unknown
        or when the store cannot be read."""
        record = self._records.get(poll_id)
        if record is not None or self._store is None:
            return record
        try:
            stored = await self._store.find_poll(self._platform, poll_id)
        except Exception:
            log.exception("could not look up poll %s; its vote is ignored", poll_id)
            return None
        if stored is None:
            return None
        record = PollRecord(
            Chat(stored.chat.platform, stored.chat.chat_id, is_group=stored.is_group),
            stored.question_id,
            stored.tokens,
        )
        self._cache(poll_id, record)
        return record

    async def housekeep(self) -> int:
        """Forget stored polls older than `keep`; how many went (0 when the store failed)."""
        if self._store is None:
            return 0
        now = self._clock.now()
        self._housekept_at = now
        try:
            forgotten = await self._store.forget_polls_before(now - self._keep)
        except Exception:
            log.exception("could not forget old polls; trying again later")
            return 0
        if forgotten:
            log.info("forgot %d polls sent before %s", forgotten, now - self._keep)
        return forgotten

    async def flush(self) -> None:
        """Wait for the store writes under way (on shutdown, so no poll sent is lost)."""
        while self._writes:
            await asyncio.gather(*self._writes)

    def _cache(self, poll_id: str, record: PollRecord) -> None:
        self._records[poll_id] = record
        self._records.move_to_end(poll_id)
        while len(self._records) > self._capacity:
            self._records.popitem(last=False)

    async def _write(self, store: PollStore, poll_id: str, record: PollRecord) -> None:
        try:
            stored = StoredPoll(
                ChatRef(record.chat.platform, record.chat.id),
                poll_id,
                record.chat.is_group,
                record.question_id,
                record.tokens,
                self._clock.now(),
            )
            await store.remember_poll(stored)
        except Exception:
            log.exception("could not store poll %s; a vote after a restart will be lost", poll_id)

    def _housekeeping_due(self) -> bool:
        last = self._housekept_at
        return last is None or self._clock.now() - last >= HOUSEKEEPING_EVERY

    def _in_background(self, work: Coroutine[Any, Any, object]) -> None:
        """Run `work` (a coroutine that logs its own failures) without holding up the caller."""
        task = asyncio.get_running_loop().create_task(work)
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)
