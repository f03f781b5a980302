"""FloodLimiter: a reaction posts nothing into a group, so the group's minute never holds it back;
a request into no chat (start-up's getMe) reports a network failure at once."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from telegram.error import NetworkError

from adapters.telegram._limiter import FloodLimiter

GROUP = -100_123


class Calls:
    """A Bot API stand-in: records which endpoint was called, in order."""

    def __init__(self) -> None:
        self.made: list[str] = []

    def callback(self, endpoint: str) -> Any:
        async def call() -> bool:
            self.made.append(endpoint)
            return True

        return call


async def request(limiter: FloodLimiter, calls: Calls, endpoint: str) -> object:
    data = {"chat_id": GROUP, "message_id": 5}
    return await limiter.process_request(calls.callback(endpoint), (), {}, endpoint, data, None)


async def stop(task: asyncio.Task[object]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def test_reactions_skip_the_groups_minute_but_messages_wait_for_it() -> None:
    limiter = FloodLimiter(per_second=1000, per_group_minute=1)
    calls = Calls()
    await request(limiter, calls, "sendMessage")  # the group's one message this minute
    held = asyncio.create_task(request(limiter, calls, "sendMessage"))
    async with asyncio.timeout(60):  # a guard against hanging, not a timing assertion
        for _ in range(3):
            await request(limiter, calls, "setMessageReaction")
    assert calls.made == ["sendMessage"] + ["setMessageReaction"] * 3
    assert not held.done()  # the second message still waits out the minute
    await stop(held)


async def test_reactions_still_count_against_the_overall_second() -> None:
    limiter = FloodLimiter(per_second=1, per_group_minute=20)
    calls = Calls()
    await request(limiter, calls, "setMessageReaction")
    held = asyncio.create_task(request(limiter, calls, "setMessageReaction"))
    for _ in range(5):
        await asyncio.sleep(0)
    assert calls.made == ["setMessageReaction"]
    await stop(held)


async def test_a_request_into_no_chat_reports_an_unreachable_api_at_once() -> None:
    limiter = FloodLimiter(per_second=1000, per_group_minute=20)
    tried: list[str] = []

    async def unreachable() -> bool:
        tried.append("getMe")
        raise NetworkError("All connection attempts failed")

    with pytest.raises(NetworkError):
        await limiter.process_request(unreachable, (), {}, "getMe", {}, None)
    assert tried == ["getMe"]  # no backoff retries before `studybot run` says what is wrong


async def test_a_post_into_a_chat_is_still_retried_after_a_network_failure() -> None:
    limiter = FloodLimiter(per_second=1000, per_group_minute=20)
    tried: list[str] = []

    async def flaky() -> bool:
        tried.append("sendMessage")
        if len(tried) == 1:
            raise NetworkError("Bad Gateway")
        return True

    data = {"chat_id": GROUP, "text": "Round 2"}
    assert await limiter.process_request(flaky, (), {}, "sendMessage", data, None) is True
    assert tried == ["sendMessage", "sendMessage"]
