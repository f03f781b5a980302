"""Native quiz polls mapped back to chats.

Telegram's `poll_answer` update carries the poll id, the voter and the chosen option indices — no
chat and no message. The adapter remembers, for each poll it sent, the chat, the core's question id
and the choice token of each option, so an answer becomes a `Choice` for the right chat.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from bot.events import Chat

DEFAULT_CAPACITY = 10_000


@dataclass(frozen=True, slots=True)
class PollRecord:
    chat: Chat
    question_id: str
    tokens: tuple[str, ...]


class PollMap:
    """poll_id -> PollRecord, the oldest forgotten first once `capacity` polls are remembered."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._records: OrderedDict[str, PollRecord] = OrderedDict()

    def __len__(self) -> int:
        return len(self._records)

    def remember(self, poll_id: str, record: PollRecord) -> None:
        self._records[poll_id] = record
        self._records.move_to_end(poll_id)
        while len(self._records) > self._capacity:
            self._records.popitem(last=False)

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
