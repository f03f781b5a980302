"""One group's 429 storm holds up that group alone, on Telegram: the real PTB application against
the fake Bot API. Group A's round 1 scoreboard is refused for as long as the test holds the storm
(`FakeTelegramAPI.hold`); meanwhile group B's round 1 closes and its round 2 poll goes out. When
the storm ends, A's scoreboard lands once, no retry came before its `retry_after`, and nothing is
doubled.

Telegram pauses every request of the bot for a 429's retry_after (the adapter's limiter does as
the Bot API asks), so B's sends wait out each of A's windows; they are not held for the storm.
Before the timer loop started ticks without waiting for the last, this test failed: B's round
ended only after A's scoreboard was given up.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter
from bot.app import App, AppConfig, build_app
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import SAFETY_NET, Call, FakeTelegramAPI, checked_html
from tests.integration.losses import Losses, watching_losses
from tests.integration.test_telegram import running, settle
from tests.integration.test_telegram_features import bot_for, buttons

A, B = -100_800_001, -100_800_002
PLAYERS = {A: (3001, 3002), B: (3101, 3102)}


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[tuple[App, FakeClock]]:
    clock = FakeClock()
    app = await build_app(AppConfig(database_url=f"sqlite:///{tmp_path / 'storm.db'}"), clock=clock)
    yield app, clock
    await app.close()


def pages(api: FakeTelegramAPI, chat: int) -> list[str]:
    """Every message text and poll question delivered into `chat`, edits included."""
    return [
        call.params["question"] if call.method == "sendPoll" else checked_html(call.params["text"])
        for call in api.delivered(chat_id=chat)
        if "text" in call.params or call.method == "sendPoll"
    ]


def count(api: FakeTelegramAPI, chat: int, wanted: str) -> int:
    return sum(1 for page in pages(api, chat) if wanted in page)


def polls(api: FakeTelegramAPI, chat: int) -> list[Call]:
    return api.delivered("sendPoll", chat_id=chat)


async def arrived(api: FakeTelegramAPI, losses: Losses, landed: Callable[[], bool]) -> None:
    """Wait until `landed()`; fails as soon as the bot gives a post up."""
    await api.wait_until(lambda: landed() or bool(losses.lines), timeout=SAFETY_NET)
    assert not losses.lines, f"the bot gave a post up: {losses.lines}"


async def started(
    adapter: TelegramAdapter, api: FakeTelegramAPI, losses: Losses, chat: int
) -> None:
    """A two-round battle of the chat's two players, its round 1 poll out."""
    first, second = PLAYERS[chat]
    api.say("/battle 2", chat_id=chat, user_id=first)

    def lobbies() -> list[Call]:
        return [c for c in api.delivered("sendMessage", chat_id=chat) if "reply_markup" in c.params]

    await arrived(api, losses, lambda: bool(lobbies()))
    lobby = lobbies()[0]
    join, start = (button["callback_data"] for button in buttons(lobby)[:2])
    api.press(lobby.result, join, user_id=second)
    await settle(adapter, api)  # the join counted before the start
    api.press(lobby.result, start, user_id=first)
    await arrived(api, losses, lambda: bool(polls(api, chat)))


def everyone_votes(api: FakeTelegramAPI, chat: int) -> None:
    poll = polls(api, chat)[-1]
    right = poll.params["correct_option_ids"][0]
    for player in PLAYERS[chat]:
        api.vote(poll.result["poll"], right, user_id=player)


async def test_a_storm_on_one_groups_scoreboard_holds_up_no_other_groups_battle(
    api: FakeTelegramAPI, core: tuple[App, FakeClock]
) -> None:
    app, clock = core
    adapter = bot_for(app, api)
    with watching_losses(api._changed) as losses:
        async with running(adapter):
            for chat in (A, B):
                await started(adapter, api, losses, chat)
            # Refused for 3 s a time: A's scoreboard is given up ten refusals (30 s) on, so B
            # has that long to finish its round (its sends each wait out one of A's windows).
            api.hold("Round 1/2 — the answer", chat_id=A, retry_after=3.0)
            everyone_votes(api, A)  # A's round closes; its scoreboard is refused, and held
            await arrived(api, losses, lambda: api.throttled >= 2)
            everyone_votes(api, B)  # B's round closes meanwhile, and its next poll goes out
            await arrived(api, losses, lambda: count(api, B, "Round 1/2 — the answer") > 0)
            clock.advance(seconds=6)  # past the pause between rounds (not a round's deadline)
            await arrived(api, losses, lambda: len(polls(api, B)) == 2)
            assert count(api, A, "Round 1/2 — the answer") == 0  # the storm is still on
            api.release()
            await arrived(api, losses, lambda: count(api, A, "Round 1/2 — the answer") > 0)
            await settle(adapter, api)
    landed = {
        "A scoreboard": count(api, A, "Round 1/2 — the answer"),
        "A polls": len(polls(api, A)),
        "B scoreboard": count(api, B, "Round 1/2 — the answer"),
        "B polls": len(polls(api, B)),
    }
    print(
        f"\nTelegram 429 storm held on one group: {api.throttled} 429s, posts {landed}, "
        f"retries before retry_after {api.early}"
    )
    record(
        faults_injected=api.throttled,
        messages_lost=sum(1 for n in landed.values() if n == 0),
        duplicates=max(landed["A scoreboard"] - 1, 0) + max(landed["B scoreboard"] - 1, 0),
    )
    assert api.early == 0  # every retry came after its retry_after
    assert landed["A scoreboard"] == 1 and landed["B scoreboard"] == 1
    assert landed["B polls"] == 2 and landed["A polls"] in (1, 2)  # A's round 2 may follow
