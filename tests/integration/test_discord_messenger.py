"""The Discord Messenger's `send_once`: a reply sent twice under one idempotency key (a daily
question re-sent after a crash) is one message in the channel. The fake Discord honours
`enforce_nonce` as Discord does (it returns the message it already created with that nonce).
A post refused for longer than the retry policy allows raises, for the caller to handle."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

from adapters._retry import RetryPolicy
from adapters.discord._messenger import DiscordMessenger
from bot.markup import text
from bot.ports import OnceMessenger
from bot.replies import Message
from tests.fakes.discord_api import FakeDiscord
from tests.integration.test_discord_app import CHANNEL, api, bot_on_discord, restore_endpoints

__all__ = ["api", "restore_endpoints"]  # fixtures, imported so pytest finds them here

KEY = "daily:question:discord:1300000000000000200:2026-03-02"


async def test_a_reply_sent_twice_under_one_key_is_posted_once(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path) as app:
        messenger = app.battles.messenger
        assert isinstance(messenger, OnceMessenger)
        question = Message(text("📅 Question of the day: which gas do plants take in?"))
        first = await messenger.send_once(CHANNEL, question, KEY)
        again = await messenger.send_once(CHANNEL, question, KEY)  # the take-over after a crash
        tomorrow = await messenger.send_once(CHANNEL, question, KEY[:-2] + "03")
        plain = [await messenger.send(CHANNEL, question) for _ in range(2)]
    posted = [m for m in api.posts() if "which gas do plants" in m.text]
    assert first.message_id == again.message_id
    assert tomorrow.message_id != first.message_id
    assert len({p.message_id for p in plain}) == 2  # without a key every send is a new message
    assert len(posted) == 4  # the keyed one once, tomorrow's, and the two plain sends


async def test_a_post_refused_past_the_retry_policy_raises_and_a_later_resend_lands_once(
    api: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The policy gives up (here after two of its attempts, ten of discord.py's tries): the error
    reaches the caller (the daily push's state machine, which retries it later) and is logged;
    the later resend under the same key, in a storm still going, lands once."""
    api.storm("which gas do plants", refusals=13)
    async with bot_on_discord(api, tmp_path) as app:
        messenger = app.battles.messenger
        assert isinstance(messenger, DiscordMessenger)
        messenger._retry = RetryPolicy(max_attempts=2)
        question = Message(text("📅 Question of the day: which gas do plants take in?"))
        with pytest.raises(discord.HTTPException) as refused:
            await messenger.send_once(CHANNEL, question, KEY)
        assert api.posts() == []
        sent = await messenger.send_once(CHANNEL, question, KEY)  # 3 refusals left, then in
    assert refused.value.status == 429
    assert any("giving up after 2 attempts" in r.getMessage() for r in caplog.records)
    assert api.faults is not None and api.faults.early == 0
    assert api.faults.injected == 13
    assert [p.id for p in api.posts()] == [int(sent.message_id)]
