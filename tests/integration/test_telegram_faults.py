"""Faults on Telegram: a storm of 429s (with retry_after windows the fake enforces: a retry that
comes early is refused again) and 502s during a battle, through the real PTB application. Every
lobby, poll, scoreboard and podium arrives once; every vote counts once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, AppConfig, build_app
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import FakeTelegramAPI, checked_html
from tests.integration.crash import SAFETY_NET
from tests.integration.test_telegram import GROUP, running, seen_in, settle
from tests.integration.test_telegram_features import bot_for, buttons, lobby_of, standings

PLAYERS = tuple(range(2001, 2011))


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[tuple[App, FakeClock]]:
    clock = FakeClock()
    app = await build_app(
        AppConfig(database_url=f"sqlite:///{tmp_path / 'faults.db'}"), clock=clock
    )
    yield app, clock
    await app.close()


def posts_by_kind(api: FakeTelegramAPI) -> dict[str, int]:
    sent = [c for c in api.delivered(chat_id=GROUP) if c.method in ("sendMessage", "sendPoll")]
    texts = [checked_html(c.params.get("text", "")) for c in sent if c.method == "sendMessage"]
    return {
        "lobby": sum(
            1
            for c in sent
            if c.method == "sendMessage"
            and "reply_markup" in c.params
            and "Join" in checked_html(c.params["text"])
        ),
        "polls": sum(1 for c in sent if c.method == "sendPoll"),
        "scoreboard": sum(1 for t in texts if "— the answer" in t),
        "podium": sum(1 for t in texts if "final results" in t.splitlines()[0]),
    }


def scored(api: FakeTelegramAPI, number: int) -> bool:
    """Round `number`'s scoreboard is out (sent, or the one scoreboard edited)."""
    pages = [
        checked_html(c.params.get("text", ""))
        for c in api.delivered(chat_id=GROUP)
        if c.method in ("sendMessage", "editMessageText")
    ]
    return any(f"Round {number}/2 — the answer" in page for page in pages)


async def test_a_storm_of_429s_and_502s_during_a_battle_delivers_everything_once(
    api: FakeTelegramAPI, core: tuple[App, FakeClock]
) -> None:
    app, clock = core
    adapter = bot_for(app, api)
    api.flood(0.6, retry_after=0.05)
    api.fail(0.4)
    right_in = {p for p in PLAYERS if p % 2}
    async with running(adapter):
        api.say("/battle 2", chat_id=GROUP, user_id=PLAYERS[0])
        await api.wait_until(lambda: bool(lobby_of(api)), timeout=SAFETY_NET)
        lobby = lobby_of(api)[0]
        join, start = (button["callback_data"] for button in buttons(lobby)[:2])
        for player in PLAYERS[1:]:
            api.press(lobby.result, join, user_id=player)
        await settle(adapter, api)
        api.press(lobby.result, start, user_id=PLAYERS[0])
        for number in (1, 2):
            polls = await api.wait_for("sendPoll", number, timeout=SAFETY_NET)
            poll, asked = polls[-1].result["poll"], polls[-1].params
            right = asked["correct_option_ids"][0]
            wrong = (right + 1) % len(asked["options"])
            for player in PLAYERS:
                api.vote(poll, right if player in right_in else wrong, user_id=player)
            await api.wait_until(lambda n=number: scored(api, n), timeout=SAFETY_NET)  # type: ignore[misc]
            clock.advance(seconds=30)
        await api.wait_until(lambda: posts_by_kind(api)["podium"] >= 1, timeout=SAFETY_NET)
        await settle(adapter, api)
    kinds = posts_by_kind(api)
    podium = next(p for p in seen_in(api, GROUP) if "final results" in p.splitlines()[0])
    final = standings(podium)
    print(
        f"\nTelegram 429/502 storm: {api.throttled} 429s and {api.server_errors} 502s injected, "
        f"posts {kinds}, messages lost {len(PLAYERS) - len(final)}"
    )
    expected = {"lobby": 1, "polls": 2, "scoreboard": 1, "podium": 1}
    record(
        faults_injected=api.throttled + api.server_errors,
        messages_lost=sum(max(n - kinds.get(k, 0), 0) for k, n in expected.items())
        + len(PLAYERS)
        - len(final),
        duplicates=sum(max(kinds.get(k, 0) - n, 0) for k, n in expected.items()),
    )
    assert api.throttled > 0 and api.server_errors > 0
    assert kinds == {"lobby": 1, "polls": 2, "scoreboard": 1, "podium": 1}
    assert {name: right for name, (_, right) in final.items()} == {
        f"Student{p}": "2/2" if p in right_in else "0/2" for p in PLAYERS
    }
