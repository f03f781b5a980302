"""Concurrent across chats, in order within a chat.

PTB handles updates one at a time by default, so one slow chat (a group held back by its
20-per-minute limit, a 429 being waited out) would stall every other chat. This processor runs
updates concurrently but takes a per-chat lock first, so the events of one chat still reach the core
in the order they came.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from telegram.ext import BaseUpdateProcessor

KeyOf = Callable[[object], Hashable]


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, key_of: KeyOf, max_concurrent_updates: int = 32) -> None:
        super().__init__(max_concurrent_updates)
        self._key_of = key_of
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = self._key_of(update)
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                await coroutine
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on demand."""

    async def shutdown(self) -> None:
        """Nothing to release."""
