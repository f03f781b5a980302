"""The one retry policy (`adapters._retry`) and how each platform reads its failures for it: a 429
waits exactly what the platform asked, other failures back off, a send is given up at the attempt
or time cap, and a failure that may have posted is resent only where the platform de-duplicates."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import aiohttp
import discord
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from adapters._retry import RetryPolicy, retrying
from adapters.discord._retries import classify
from adapters.telegram._limiter import _classify as telegram_classify


class Refusing:
    """A send that fails with each of `failures` in turn, then succeeds; the waits it was given."""

    def __init__(self, *failures: Exception, queued: float = 0.0) -> None:
        self.failures = list(failures)
        self.calls = 0
        self.waits: list[float] = []
        self.queued = queued  # seconds the first attempt waits its turn before it is sent
        self.time = 0.0  # a simulated clock: moved by the queue and the waits, nothing else

    async def send(self) -> str:
        self.calls += 1
        if self.calls == 1:
            self.time += self.queued
        if self.failures:
            raise self.failures.pop(0)
        return "sent"

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.time += seconds

    def clock(self) -> float:
        return self.time


class Refused(Exception):
    def __init__(self, wait: float | None) -> None:
        super().__init__(f"refused, wait {wait}")
        self.wait = wait


def asked(error: Exception) -> float | None:
    return error.wait if isinstance(error, Refused) else None


async def test_a_refusal_waits_what_was_asked_and_other_failures_back_off_doubling() -> None:
    send = Refusing(Refused(0.3), Refused(0.0), Refused(0.0), Refused(0.0))
    policy = RetryPolicy(first_wait=0.25, max_wait=1.0)
    assert await retrying(send.send, asked, what="t", policy=policy, sleep=send.sleep) == "sent"
    assert send.calls == 5
    assert send.waits == [0.3, 0.5, 1.0, 1.0]  # asked; then 0.25 doubled per attempt, capped


async def test_a_send_is_given_up_after_max_attempts_and_the_error_is_raised_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    send = Refusing(*[Refused(0.0) for _ in range(10)])
    with pytest.raises(Refused), caplog.at_level(logging.ERROR):
        await retrying(
            send.send, asked, what="posting", policy=RetryPolicy(max_attempts=3), sleep=send.sleep
        )
    assert send.calls == 3 and len(send.waits) == 2
    assert any("posting: giving up after 3 attempts" in r.getMessage() for r in caplog.records)


async def test_a_wait_that_would_pass_the_time_cap_gives_up_at_once() -> None:
    send = Refusing(Refused(120.0))
    with pytest.raises(Refused):
        await retrying(
            send.send, asked, what="t", policy=RetryPolicy(give_up_after=90.0), sleep=send.sleep
        )
    assert send.calls == 1 and send.waits == []


async def test_the_time_cap_counts_from_the_first_failure_not_the_time_spent_queued() -> None:
    """A request that waited 80 s for its turn (a group's 20 a minute) and is then refused with a
    30 s retry_after is still retried; one refused 60 s later again, past the cap, is not."""
    policy = RetryPolicy(give_up_after=90.0)
    send = Refusing(Refused(30.0), queued=80.0)
    sent = await retrying(
        send.send, asked, what="t", policy=policy, sleep=send.sleep, clock=send.clock
    )
    assert sent == "sent" and send.waits == [30.0]
    late = Refusing(Refused(30.0), Refused(30.0), Refused(40.0), queued=80.0)
    with pytest.raises(Refused):
        await retrying(
            late.send, asked, what="t", policy=policy, sleep=late.sleep, clock=late.clock
        )
    assert late.waits == [30.0, 30.0]  # 60 s after the first failure; 40 more would pass 90


async def test_a_failure_that_is_not_retryable_is_raised_at_once() -> None:
    send = Refusing(Refused(None))
    with pytest.raises(Refused):
        await retrying(send.send, asked, what="t", sleep=send.sleep)
    assert send.calls == 1


def http_error(status: int) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason="x")  # what HTTPException reads of it
    return discord.HTTPException(response, {"message": "x"})


def test_discord_429s_are_always_retried_and_5xx_only_where_a_resend_cannot_double_post() -> None:
    safe, unsafe = classify(resend_safe=True), classify(resend_safe=False)
    for wait in (safe, unsafe):
        assert wait(http_error(429)) == 0.0  # discord.py already waited its last retry_after
        assert wait(discord.RateLimited(7.5)) == 7.5  # discord.py declined to wait: we do
        key = SimpleNamespace(host="discord.com", port=443, ssl=True)
        never_connected = aiohttp.ClientConnectorError(key, OSError(111, "refused"))  # type: ignore[arg-type]
        assert wait(never_connected) == 0.0  # nothing was sent
        assert wait(http_error(403)) is None and wait(http_error(400)) is None
        assert wait(ValueError("a bug")) is None
    maybe_posted = [
        http_error(502),
        http_error(500),
        aiohttp.ServerDisconnectedError(),
        TimeoutError(),
    ]
    assert [safe(e) for e in maybe_posted] == [0.0] * 4  # nonce / edit / first response
    assert [unsafe(e) for e in maybe_posted] == [None] * 4  # a follow-up: could post twice


def test_telegram_429s_wait_retry_after_and_timeouts_are_never_resent() -> None:
    assert telegram_classify(RetryAfter(3)) == pytest.approx(3.1)  # PTB's slack on top
    assert telegram_classify(NetworkError("Bad Gateway")) == 0.0
    assert telegram_classify(TimedOut()) is None  # it may have been delivered
    assert telegram_classify(BadRequest("chat not found")) is None
    assert telegram_classify(Forbidden("bot was blocked")) is None
