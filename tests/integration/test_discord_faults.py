"""Faults on Discord: 429 storms and 5xx from the API, and the gateway dropping mid-battle. The real
discord.py client against the fake, the whole app behind it: every round, scoreboard and podium
arrives once, every click counts once, and the battle goes on after the gateway comes back.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from adapters.discord import CHOICE_PREFIX
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import (
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    FakeUser,
    StoredMessage,
)
from tests.integration.losses import Losses, watching_losses
from tests.integration.test_discord import HEAD, buttons, shown
from tests.integration.test_discord_app import (
    api,
    bot_on_discord,
    lobby_with,
    post_with,
    posted,
    restore_endpoints,
    token_button,
    verdicts,
)

__all__ = ["api", "restore_endpoints"]  # the fixtures, imported so pytest finds them here

PLAYERS = [FakeUser(1_260_000_000_000_000_000 + n, f"Player {n}") for n in range(8)]


async def play_battle(
    api: FakeDiscord, tmp_path: Path, *, drop_in_round: int | None = None
) -> dict[str, int]:
    """A two-round battle of eight players; returns how often each kind of post was made."""
    clock = FakeClock()
    async with bot_on_discord(api, tmp_path, clock=clock):
        lobby = await lobby_with(api, PLAYERS[0], rounds=2)
        join = token_button(lobby, "bj")
        joined = await verdicts(
            api, list(await asyncio.gather(*(api.click(lobby, join, p) for p in PLAYERS[1:])))
        )
        assert all(t.startswith("You're in!") for t in joined)
        await verdicts(api, [await api.click(lobby, token_button(lobby, "bs"), PLAYERS[0])])
        for number in (1, 2):
            question = await posted(api, f"Round {number}/2 ·")
            options = buttons(question, CHOICE_PREFIX + "ba:")
            if number == drop_in_round:
                await api.drop()  # the connection is cut; the clicks wait for the resume
            clicks = await asyncio.gather(
                *(api.click(question, options[n % len(options)], p) for n, p in enumerate(PLAYERS))
            )
            texts = await verdicts(api, list(clicks))
            assert all(t.startswith("Locked in") for t in texts), texts
            await posted(api, f"Round {number}/2 — the answer")
            clock.advance(seconds=30)
        podium = await posted(api, "Full standings")
        assert all(f" {p.name} — " in podium.text for p in PLAYERS)
    return kinds(api.posts())


def kinds(posts: list[StoredMessage]) -> dict[str, int]:
    seen: Counter[str] = Counter()
    for post in posts:
        for kind in ("Join now", "Round 1/2 ·", "Round 2/2 ·", "Full standings"):
            if kind in post.text or (kind == "Join now" and "Started with" in post.text):
                seen[kind] += 1
    seen["scoreboard"] = sum(1 for post in posts if "— the answer" in post.text)
    return dict(seen)


ONCE = {"Join now": 1, "Round 1/2 ·": 1, "Round 2/2 ·": 1, "Full standings": 1, "scoreboard": 1}


@pytest.mark.parametrize("fault", ["429", "502"])
async def test_a_storm_of_429s_or_5xxs_delivers_every_message_once(
    api: FakeDiscord, tmp_path: Path, fault: str
) -> None:
    if fault == "429":
        api.flood(0.5, retry_after=0.05)
    else:
        api.fail(0.15, status=502)
    posts = await play_battle(api, tmp_path)
    assert api.faults is not None
    refused = Counter(call.status for call in api.calls if call.status >= 400)
    print(
        f"\nDiscord {fault} storm: {api.faults.injected} faults injected, posts {posts}, "
        f"retries before retry_after {api.faults.early}, other errors {dict(refused)}"
    )
    record(
        faults_injected=api.faults.injected,
        messages_lost=sum(max(n - posts.get(k, 0), 0) for k, n in ONCE.items()),
        duplicates=sum(max(posts.get(k, 0) - n, 0) for k, n in ONCE.items()),
    )
    assert api.faults.injected > 0
    assert (
        api.faults.early == 0
    )  # retry_after honoured: no write came back before its window closed
    assert posts == ONCE  # messages lost 0, duplicates 0 (the scoreboard is edited in place)


async def test_the_gateway_dropping_mid_battle_resumes_and_the_battle_goes_on(
    api: FakeDiscord, tmp_path: Path
) -> None:
    posts = await play_battle(api, tmp_path, drop_in_round=1)
    print(f"\nDiscord gateway drop: {len(api.resumes)} resumes, posts {posts}")
    record(
        faults_injected=1,
        messages_lost=sum(max(n - posts.get(k, 0), 0) for k, n in ONCE.items()),
        duplicates=sum(max(posts.get(k, 0) - n, 0) for k, n in ONCE.items()),
    )
    assert api.resumes  # the client resumed its session
    assert posts == ONCE


async def test_a_reply_refused_more_often_than_discord_py_retries_still_arrives(
    api: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """discord.py gives up after five 429s; the bot tries again itself, so the player gets the
    answer, once, not an apology."""
    refuse = {"left": 6}  # one more than discord.py's own tries
    plain = api._fault

    def callback_rate_limited(method: str, path: str, body: object) -> object:
        if method == "POST" and path.startswith("/interactions/") and refuse["left"] > 0:
            refuse["left"] -= 1
            api.flood(1.0, retry_after=0.01)  # the fake's 429, with Discord's body and headers
            try:
                return plain(method, path, {"attempt": refuse["left"]})
            finally:
                api.faults = None
        return plain(method, path, body)

    monkeypatch.setattr(api, "_fault", callback_rate_limited)
    async with bot_on_discord(api, tmp_path):
        answer = await shown(api, await api.slash("explain", PLAYERS[0], topic="berlin wall"))
    assert refuse["left"] == 0
    assert len(answer) == 1
    assert "Berlin Wall" in answer[0].text and "Sorry" not in answer[0].text


async def test_the_fake_refuses_a_retry_that_comes_before_retry_after(api: FakeDiscord) -> None:
    """The storm test's `early == 0` can fail: a write sent again inside its bucket's window is
    refused and counted, and the window is the bucket's alone (another channel is not held up)."""
    api.flood(1.0, retry_after=3600)  # no resend in this test comes an hour late
    headers = {"Authorization": f"Bot {api.token}"}
    post = f"{api.base_url}/channels/{{}}/messages"
    async with aiohttp.ClientSession(headers=headers) as session:
        statuses = []
        for channel in (CHANNEL_ID, CHANNEL_ID, OTHER_CHANNEL_ID):
            async with session.post(post.format(channel), json={"content": "hi"}) as answer:
                statuses.append((answer.status, (await answer.json())["retry_after"]))
    assert [status for status, _ in statuses] == [429, 429, 429]
    assert all(0 < wait <= 3600 for _, wait in statuses)
    assert api.faults is not None
    assert (api.faults.injected, api.faults.early) == (2, 1)  # the resend was early; the rest not


# ---- a 429 storm longer than discord.py's own five tries ----------------------------------------

DISCORD_PY_TRIES = 5  # discord.py's HTTPClient sends a request at most this often, then raises
STORM = DISCORD_PY_TRIES + 3  # refusals of one post: discord.py gives up once, the bot goes on


async def arrived(api: FakeDiscord, losses: Losses, wanted: str) -> StoredMessage:
    """The post containing `wanted`, once it is there; fails as soon as the bot gives a post up."""
    await api.wait_for(lambda: post_with(api, wanted) or losses.lines)
    assert not losses.lines, f"the bot gave a post up: {losses.lines}"
    found = post_with(api, wanted)
    assert found is not None
    return found


def storm_counts(api: FakeDiscord, what: str, wanted: list[str]) -> dict[str, int]:
    """How often each wanted post landed; printed and added to the reliability tally."""
    assert api.faults is not None
    landed = {text: sum(1 for post in api.posts() if text in post.text) for text in wanted}
    print(
        f"\nDiscord 429 storm of {STORM} refusals a post ({what}): "
        f"{api.faults.injected} faults injected, posts {landed}, "
        f"retries before retry_after {api.faults.early}"
    )
    record(
        faults_injected=api.faults.injected,
        messages_lost=sum(1 for n in landed.values() if n == 0),
        duplicates=sum(n - 1 for n in landed.values() if n > 1),
    )
    return landed


async def test_a_battle_round_refused_longer_than_discord_py_retries_is_posted_once(
    api: FakeDiscord, tmp_path: Path
) -> None:
    """Round 1's post is refused with 429 eight times in a row: discord.py gives up after five,
    the Messenger sends it again (same nonce, retry_after honoured) and the battle goes on."""
    clock = FakeClock()
    with watching_losses(api._changed) as losses:
        async with bot_on_discord(api, tmp_path, clock=clock):
            lobby = await lobby_with(api, PLAYERS[0], rounds=1)
            joined = await api.click(lobby, token_button(lobby, "bj"), PLAYERS[1])
            await verdicts(api, [joined])
            api.storm("Round 1/1 ·", refusals=STORM)
            start = await api.click(lobby, token_button(lobby, "bs"), PLAYERS[0])
            await verdicts(api, [start])
            question = await arrived(api, losses, "Round 1/1 ·")
            options = buttons(question, CHOICE_PREFIX + "ba:")
            clicks = [await api.click(question, options[0], p) for p in PLAYERS[:2]]
            assert all(t.startswith("Locked in") for t in await verdicts(api, clicks))
            clock.advance(seconds=30)
            await arrived(api, losses, "Full standings")
    landed = storm_counts(api, "a battle round", ["Round 1/1 ·", "Full standings"])
    assert api.faults is not None
    assert api.faults.injected == STORM  # the storm outlasted discord.py's tries
    assert api.faults.early == 0  # every retry came after its retry_after
    assert landed == {"Round 1/1 ·": 1, "Full standings": 1}


async def test_a_daily_question_and_its_results_refused_longer_than_discord_py_retries_land_once(
    api: FakeDiscord, tmp_path: Path
) -> None:
    """The daily question and then its results are each refused with 429 eight times in a row:
    both arrive once, on time (no wait for the push's own retry minutes later)."""
    clock = FakeClock(datetime(2026, 3, 2, 7, 58, tzinfo=UTC))  # a Monday
    with watching_losses(api._changed) as losses:
        async with bot_on_discord(api, tmp_path, clock=clock):
            schedule = "08:00 UTC deadline=12:00"
            await shown(api, await api.slash("daily", HEAD, action="set", schedule=schedule))
            api.storm("Question of the day", refusals=STORM)
            clock.advance(minutes=3)
            await arrived(api, losses, "📅 Question of the day")
            clock.advance(hours=4)
            await arrived(api, losses, "📊 Question of the day")
    landed = storm_counts(api, "a daily question and results", ["📅", "📊"])
    assert api.faults is not None
    assert api.faults.injected == 2 * STORM
    assert api.faults.early == 0
    assert landed == {"📅": 1, "📊": 1}
