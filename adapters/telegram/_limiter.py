"""Telegram's flood limits, kept for every request that names a chat: PTB's rate-limiter hook
(`telegram.ext.BaseRateLimiter`) with sliding windows that hold on the server's clock.

Why not PTB's AIORateLimiter: its leaky bucket (aiolimiter) lets a full bucket through at once and
keeps dripping while it does, so a bot going from idle to busy sends up to 2N-1 requests within
one second; Telegram counts any one-second window and answers the (N+1)th with 429. And a window
counted when requests *leave* is not the window the server sees: requests overtake each other on
the way, so N+1 can land inside one second of the server's clock. Each 429 halts every request
for retry_after + 0.1 s; a 1,000-chat daily push lost 13 s to 33 of them
(benchmarks/bench_daily_telegram.py).

Here a request holds one of N slots from the moment it is sent until one window after its answer
came back. The server sees each request at a moment inside that span, so if N+1 requests reached
it within one window, all N+1 would hold a slot at the latest of those moments: impossible. The
limit holds whatever the network does, at the cost of one round trip per window (30 requests every
1 s + the round trip). Waiters are served first come, first served.

A refused or failed request is sent again under the adapters' one retry policy (`adapters._retry`:
retry_after honoured, a bounded backoff otherwise, given up 90 s after the first attempt), not a
fixed number of times: a 429 storm longer than five retries had dropped a battle round.

A group's 20 a minute limits the messages posted into it; a reaction on a user's message posts
none, so setMessageReaction counts only against the 30 a second.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from adapters._retry import POLICY, RetryPolicy, retrying

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]  # an answer from the Bot API, as PTB hands it over

_SECOND = 1.0
_MINUTE = 60.0
_RETRY_SLACK = 0.1  # waited beyond Telegram's retry_after, as PTB does
_SWEEP_AT = 512  # forget idle groups once this many are tracked, so memory stays bounded
_NOT_POSTS = frozenset({"setMessageReaction"})  # calls naming a group that post nothing into it

Callback = Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]]


class _Window:
    """At most `limit` requests in flight or answered less than `seconds` ago."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit = limit
        self.seconds = seconds
        self._in_flight = 0
        self._freed_at: deque[float] = deque()  # when answered requests give their slot back
        self._queue = asyncio.Lock()  # first come, first served
        self._answered = asyncio.Event()

    async def enter(self) -> None:
        loop = asyncio.get_running_loop()
        async with self._queue:
            while True:
                now = loop.time()
                self._expire(now)
                if self._in_flight + len(self._freed_at) < self.limit:
                    self._in_flight += 1
                    return
                if self._freed_at:
                    await asyncio.sleep(self._freed_at[0] - now)
                else:  # every slot is in flight: the first to be answered frees one, a window on
                    self._answered.clear()
                    await self._answered.wait()

    def leave(self) -> None:
        self._in_flight -= 1
        self._freed_at.append(asyncio.get_running_loop().time() + self.seconds)
        self._answered.set()

    def idle(self) -> bool:
        self._expire(asyncio.get_running_loop().time())
        return not self._in_flight and not self._freed_at and not self._queue.locked()

    def _expire(self, now: float) -> None:
        while self._freed_at and self._freed_at[0] <= now:
            self._freed_at.popleft()


def _slots(per_window: float, what: str) -> int | None:
    """Whole requests per window; 0 turns the limit off (as in AIORateLimiter)."""
    if per_window == 0:
        return None
    if per_window < 1:
        raise ValueError(f"{what} must be 0 (no limit) or at least 1, not {per_window}")
    return int(per_window)


class FloodLimiter(BaseRateLimiter[int]):
    """`per_second` requests naming a chat in any second, `per_group_minute` into one group or
    channel in any minute. A 429 pauses every request for its retry_after, then the request is
    tried again; a server error (5xx) or a refused connection is tried again with backoff; both
    as `retry` allows (`rate_limit_args`, if a call gives it, caps the retries). A timeout is not
    retried (the message may have gone out, and a retry would post it twice), nor a bad request."""

    def __init__(
        self, *, per_second: float, per_group_minute: float, retry: RetryPolicy = POLICY
    ) -> None:
        overall = _slots(per_second, "per_second")
        self._overall = _Window(overall, _SECOND) if overall is not None else None
        self._per_group = _slots(per_group_minute, "per_group_minute")
        self._groups: dict[int | str, _Window] = {}
        self._retry = retry
        self._paused_until = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(  # noqa: PLR0917 — the signature BaseRateLimiter defines
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        policy = self._retry
        if rate_limit_args is not None:
            policy = dataclasses.replace(policy, max_attempts=rate_limit_args + 1)
        windows = self._windows(data.get("chat_id"), posts=endpoint not in _NOT_POSTS)

        async def attempt() -> bool | JSONDict | list[JSONDict]:
            try:
                return await self._paced(windows, callback, args, kwargs)
            except RetryAfter as refusal:
                pause = _retry_after(refusal)
                log.info("%s refused (429): every request waits %.1f s", endpoint, pause)
                loop = asyncio.get_running_loop()
                self._paused_until = max(self._paused_until, loop.time() + pause)
                raise

        # A request into no chat (getMe at start-up, setMyCommands) is retried on a 429 only: a
        # wrong API address or a network that is down is reported at once, not after the policy's
        # 40 s of backoff; PTB's polling loop retries getUpdates on its own.
        classify = _classify if "chat_id" in data else _classify_refusal
        return await retrying(attempt, classify, what=endpoint, policy=policy)

    def _windows(self, chat_id: object, *, posts: bool) -> list[_Window]:
        """The group's window first: a request waiting out its group's minute holds no slot of the
        overall second meanwhile. `posts`: the request posts into the chat (a reaction does not)."""
        if chat_id is None:
            return []
        windows = [] if self._overall is None else [self._overall]
        group = _group_key(chat_id) if posts else None
        if group is not None and self._per_group is not None:
            windows.insert(0, self._group_window(group, self._per_group))
        return windows

    def _group_window(self, group: int | str, limit: int) -> _Window:
        window = self._groups.get(group)
        if window is None:
            if len(self._groups) >= _SWEEP_AT:
                for idle in [key for key, seen in self._groups.items() if seen.idle()]:
                    del self._groups[idle]
            window = self._groups[group] = _Window(limit, _MINUTE)
        return window

    async def _paced(
        self, windows: list[_Window], callback: Callback, args: Any, kwargs: dict[str, Any]
    ) -> bool | JSONDict | list[JSONDict]:
        entered: list[_Window] = []
        try:
            for window in windows:
                await window.enter()
                entered.append(window)
            loop = asyncio.get_running_loop()
            while (wait := self._paused_until - loop.time()) > 0:
                await asyncio.sleep(wait)
            return await callback(*args, **kwargs)
        finally:
            for window in entered:
                window.leave()


def _retry_after(refusal: RetryAfter) -> float:
    # PTB's own limiter reads it so too: the public attribute warns until PTB 23.
    return refusal._retry_after.total_seconds() + _RETRY_SLACK


def _classify(error: Exception) -> float | None:
    """Telegram's reading of a failure for the retry policy: a 429 waits its retry_after (it was
    not processed); a bad request stays bad; a timeout may have been delivered (no retry: the Bot
    API has no idempotency key); a 5xx or a refused connection is retried after a backoff."""
    if isinstance(error, RetryAfter):
        return _retry_after(error)
    if isinstance(error, BadRequest | TimedOut):
        return None
    if isinstance(error, NetworkError):
        return 0.0
    return None


def _classify_refusal(error: Exception) -> float | None:
    """A 429 waits its retry_after; any other failure is reported as it is."""
    return _retry_after(error) if isinstance(error, RetryAfter) else None


def _group_key(chat_id: object) -> int | str | None:
    """Groups and channels: a negative id, or a channel's @username."""
    if isinstance(chat_id, str):
        try:
            chat_id = int(chat_id)
        except ValueError:
            return chat_id
    if isinstance(chat_id, int) and chat_id < 0:
        return chat_id
    return None
