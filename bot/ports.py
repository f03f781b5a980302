"""Ports: what the core calls out through. Adapters and the composition root supply the implementations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

from bot.events import Chat
from bot.replies import Reply


class Clock(Protocol):
    """Time, injected so that battles and schedules are tested without sleeping."""

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the core sent on its own (a push, a battle round), so it can edit it later."""

    chat: Chat
    message_id: str


class Messenger(Protocol):
    """Sends replies the core starts itself (daily pushes, battle rounds), outside any inbound event."""

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        """Post a reply into a chat; raise on failure (the core catches and carries on)."""
        ...

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        """Replace a message sent earlier (scoreboards are edited in place where the platform allows)."""
        ...


@runtime_checkable
class OnceMessenger(Protocol):
    """A Messenger on a platform that takes a message at most once per idempotency key (Discord's
    message nonce): sending again with a key already used returns the first message instead of
    posting another, for as long as the platform remembers the key (a few minutes on Discord)."""

    async def send_once(self, chat: Chat, reply: Reply, key: str) -> SentMessage:
        """`send`, at most once per `key` in `chat`; raise on failure (sending again is safe)."""
        ...
