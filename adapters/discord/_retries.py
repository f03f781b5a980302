"""Which Discord failures the shared retry policy (`adapters._retry`) may send again.

What discord.py already does, inside one call: a 429 is waited out (its `retry_after`) and sent
again, five tries in all; a 500/502/504/524 is sent again after 1, 3, 5… s; a connection reset
(errno 54/10054) likewise. After that it raises. So what reaches us has had discord.py's tries,
and the last 429's wait has been spent: a retry here may go at once (the policy's short backoff).

- 429 (`HTTPException` status 429, or `RateLimited` when discord.py declined a long wait): Discord
  did not process the request, so it is always sent again.
- A connection that could not be opened (`aiohttp.ClientConnectorError`): nothing was sent; again.
- A 5xx, a dropped connection or a timeout: the message may have been created. Sent again only when
  `resend_safe` — a message with a nonce and `enforce_nonce` (Discord returns the message it
  already has for a repeated nonce, for a few minutes), an edit (the same edit twice is one edit),
  an interaction's first response (Discord takes one per interaction and refuses a second).
- Anything else (403, 404, 400: a missing permission, a bad form) is refused for good.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiohttp
import discord

from adapters._retry import POLICY, Classify, RetryPolicy, retrying

T = TypeVar("T")


def classify(*, resend_safe: bool) -> Classify:
    """The retry decision for a Discord send (see the module's docstring)."""

    def wait(error: Exception) -> float | None:
        if isinstance(error, discord.RateLimited):
            return error.retry_after  # discord.py would not wait this long: we do
        if isinstance(error, discord.HTTPException):
            if error.status == 429:
                return 0.0  # discord.py waited out the last retry_after before raising
            return 0.0 if resend_safe and error.status >= 500 else None
        if isinstance(error, aiohttp.ClientConnectorError):
            return 0.0  # never connected: nothing was sent
        if isinstance(error, aiohttp.ClientError | OSError | asyncio.TimeoutError):
            return 0.0 if resend_safe else None
        return None

    return wait


async def send_retrying(
    send: Callable[[], Awaitable[T]],
    *,
    what: str,
    resend_safe: bool,
    policy: RetryPolicy = POLICY,
) -> T:
    """`send()` under the shared retry policy with Discord's reading of its failures."""
    return await retrying(send, classify(resend_safe=resend_safe), what=what, policy=policy)
