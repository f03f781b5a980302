"""Pacing a fan-out to a platform's limits: N messages a second overall, M a minute into one chat.

A push to 1,000 classes must not arrive at a platform as one burst. The limits are the platform's,
so the adapter supplies the policy (`App.connect(messenger, pacer=…)`): the core knows no platform's
numbers and paces nothing by default. Telegram's adapter paces every send once, below the core (its
FloodLimiter), and hands the core `NoPacing`; Discord's hands it a `RatePacer` with its own limits.
`RatePacer` hands out one token per message, and a token
comes back exactly one window after it was spent (a sliding window). Unlike a classic token
bucket, which lets a full bucket plus its refill through around a window's edge (up to 2N in one
second), no window of the given length ever holds more than N messages.

The clock and the sleep are injected, so tests run the pacing on a fake clock without sleeping.
The limits are per process: with K processes sending for one bot, give each 1/K of them.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Protocol

_SECOND = 1.0
_MINUTE = 60.0
# Waits shorter than this count as none: float clocks cannot always land on a window's edge.
_EPSILON = 1e-9
# Forget chats idle for a whole window once this many are tracked, so memory stays bounded.
_SWEEP_AT = 4096


class Pacer(Protocol):
    async def acquire(self, chat: str) -> None:
        """Wait until one more message into `chat` fits the limits, and count it as sent."""
        ...


class NoPacing:
    """The default: for adapters that pace below the core (or platforms with no limits)."""

    async def acquire(self, chat: str) -> None:
        return None


class RatePacer:
    """At most `per_second` messages in any second, and `per_chat_per_minute` into one chat in
    any minute. `now` is a monotonic clock in seconds; `sleep` waits that many seconds."""

    def __init__(
        self,
        *,
        per_second: int,
        per_chat_per_minute: int,
        now: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_second < 1 or per_chat_per_minute < 1:
            raise ValueError("rate limits must allow at least one message per window")
        self.per_second = per_second
        self.per_chat_per_minute = per_chat_per_minute
        self._now = now
        self._sleep = sleep
        self._overall: deque[float] = deque(maxlen=per_second)
        self._chats: dict[str, deque[float]] = {}

    def delay(self, chat: str) -> float:
        """Seconds until one more message into `chat` fits (0 when it fits now)."""
        now = self._now()
        wait = _wait(self._overall, self.per_second, _SECOND, now)
        chat_sent = self._chats.get(chat)
        if chat_sent is not None:
            wait = max(wait, _wait(chat_sent, self.per_chat_per_minute, _MINUTE, now))
        return wait

    async def acquire(self, chat: str) -> None:
        while (wait := self.delay(chat)) > _EPSILON:
            await self._sleep(wait)
        # No await between the check above and this record: in asyncio nobody can take the slot.
        now = self._now()
        self._overall.append(now)
        sent = self._chats.get(chat)
        if sent is None:
            if len(self._chats) >= _SWEEP_AT:
                self._sweep(now)
            sent = self._chats[chat] = deque(maxlen=self.per_chat_per_minute)
        sent.append(now)

    def _sweep(self, now: float) -> None:
        idle = [chat for chat, sent in self._chats.items() if now - sent[-1] >= _MINUTE]
        for chat in idle:
            del self._chats[chat]


def _wait(sent: deque[float], limit: int, window: float, now: float) -> float:
    """How long until the oldest of the last `limit` sends leaves the window."""
    if len(sent) < limit:
        return 0.0
    return max(0.0, sent[0] + window - now)
