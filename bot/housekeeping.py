"""Housekeeping: deleting stored decks no chat uses, and forgetting old counted uploads.

The rule for uploaded decks (also in docs/reliability.md): a stored deck is deleted once no chat
has it as its deck — every chat that used it went back to the default (`/deck reset`) or uploaded
another — and it was last uploaded more than `UNUSED_DECK_DAYS` days ago. Uploading the same file
again (in any chat) stores it again. Quiz results, progress and daily questions already asked keep
what they need without the deck's file, so nothing a student sees is lost with it.

Every bot process runs this every `EVERY` on its clock (and `studybot db clean` runs it once);
several processes doing it at once is harmless: each deletion is one conditional statement.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.events import Answer
from bot.feature import ChoiceHandler, CommandHandler
from bot.ports import Clock
from bot.replies import Reply
from bot.upload_quota import FORGET_AFTER

log = logging.getLogger(__name__)

UNUSED_DECK_DAYS = 30
EVERY = timedelta(hours=6)


class HousekeepingStore(Protocol):
    """The part of `bot.store.Store` housekeeping uses."""

    async def delete_unused_decks(self, uploaded_before: datetime) -> list[str]: ...
    async def forget_uploads_before(self, when: datetime) -> int: ...


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What one round of housekeeping removed."""

    decks: tuple[str, ...]
    uploads: int


async def clean(
    store: HousekeepingStore, now: datetime, *, unused_days: int = UNUSED_DECK_DAYS
) -> Cleaned:
    """Delete unused stored decks older than `unused_days` and forget old counted uploads."""
    if unused_days < 0:
        raise ValueError("unused_days must be 0 or more")
    decks = await store.delete_unused_decks(now - timedelta(days=unused_days))
    uploads = await store.forget_uploads_before(now - FORGET_AFTER)
    if decks:
        log.info("deleted %d unused uploaded decks: %s", len(decks), ", ".join(decks))
    return Cleaned(tuple(decks), uploads)


class Housekeeping:
    """A feature with no commands: runs `clean` when the process starts and every `EVERY`."""

    def __init__(self, store: HousekeepingStore, clock: Clock, *, every: timedelta = EVERY) -> None:
        self.store = store
        self.clock = clock
        self.every = every
        self._last: datetime | None = None

    def commands(self) -> Mapping[str, CommandHandler]:
        return {}

    def choices(self) -> Mapping[str, ChoiceHandler]:
        return {}

    async def on_text(self, event: Answer) -> list[Reply] | None:
        return None

    async def tick(self) -> None:
        now = self.clock.now()
        if self._last is not None and now - self._last < self.every:
            return
        self._last = now  # a failure waits for the next round too (the engine logs it)
        await clean(self.store, now)
