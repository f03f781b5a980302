"""One retry policy for every message the adapters send: when a platform refuses or fails a send,
how long to wait and when to give up.

Why one: a battle round or a daily question the platform refused is lost unless someone sends it
again, and each adapter used to decide that on its own (discord.py's five tries, PTB's limiter's
five, three more of our own for Discord's interaction replies). A long 429 storm outlasted all of
them. Here, per send:

- the platform's own wait is honoured: a refusal that says when to come back (429 `retry_after`)
  is retried after exactly that wait, never sooner;
- a failure that says nothing (discord.py already waited out its last 429, a 5xx, a dropped
  connection) waits a backoff that doubles from `first_wait` up to `max_wait`;
- at most `max_attempts` attempts, and no retry starts more than `give_up_after` seconds after
  the first failure: 90 s. Counted from the failure, not the first attempt, because an attempt may
  first wait its turn in a rate limiter's queue (Telegram's 20 a minute into a group), which is
  no reason to give up; and the first failure comes at most a few of discord.py's tries after a
  message could first have been created, so the last resend stays within the few minutes Discord
  remembers its nonce. Then the last error is raised, logged, for the caller to handle (the
  daily push's state machine retries it minutes later).

Whether a failure may be retried at all is the platform's business (the caller's `classify`): a
429 was never processed, so it always may; a 5xx or a broken connection may have been, so only a
send the platform de-duplicates (a Discord message with an enforced nonce, an edit) may be resent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long a refused send is tried again (see the module's docstring)."""

    first_wait: float = 0.25  # seconds before the first retry that no platform wait governs
    max_wait: float = 8.0  # the backoff's ceiling
    max_attempts: int = 10  # attempts in all, the first included
    give_up_after: float = 90.0  # seconds from the first failure; no retry starts later

    def backoff(self, retry: int) -> float:
        """The wait before the `retry`-th retry (1, 2, …) when the platform named none."""
        return min(self.first_wait * float(2 ** max(retry - 1, 0)), self.max_wait)


POLICY = RetryPolicy()

Classify = Callable[[Exception], "float | None"]
"""What a failure means: None, not worth retrying (raise it); otherwise the seconds the platform
asked to wait before a retry (0.0 when it named none: the policy's backoff applies)."""


async def retrying(
    send: Callable[[], Awaitable[T]],
    classify: Classify,
    *,
    what: str,
    policy: RetryPolicy = POLICY,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] | None = None,
) -> T:
    """`await send()`, tried again as `policy` allows while `classify` says a failure may be
    (`sleep` waits between attempts; `clock` tells the time, the event loop's by default)."""
    now_of = clock or asyncio.get_running_loop().time
    failed_at: float | None = None  # the first failure: time queued for pacing does not count
    attempt = 1
    while True:
        try:
            return await send()
        except Exception as error:
            asked = classify(error)
            if asked is None:
                raise
            now = now_of()
            failed_at = now if failed_at is None else failed_at
            wait = asked if asked > 0 else policy.backoff(attempt)
            late = now + wait - failed_at > policy.give_up_after
            if attempt >= policy.max_attempts or late:
                log.error(
                    "%s: giving up after %d attempts, %.1f s after the first failed (%s)",
                    what, attempt, now - failed_at, error,
                )  # fmt: skip
                raise
            log.warning("%s failed (%s); attempt %d in %.2f s", what, error, attempt + 1, wait)
            await sleep(wait)
            attempt += 1
