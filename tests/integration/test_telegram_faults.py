"""Faults on Telegram: a storm of 429s (with retry_after windows the fake enforces: a retry that
comes early is refused again) and 502s during a battle, through the real PTB application. Every
lobby, poll, scoreboard and podium arrives once; every vote counts once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import App, AppConfig, build_app
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import FakeTelegramAPI, checked_html
from tests.integration.crash import SAFETY_NET
from tests.integration.losses import Losses, watching_losses
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


def scored(api: FakeTelegramAPI, number: int, *, of: int = 2) -> bool:
    """Round `number`'s scoreboard is out (sent, or the one scoreboard edited)."""
    pages = [
        checked_html(c.params.get("text", ""))
        for c in api.delivered(chat_id=GROUP)
        if c.method in ("sendMessage", "editMessageText")
    ]
    return any(f"Round {number}/{of} — the answer" in page for page in pages)


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


# ---- a 429 storm longer than the limiter's old five retries -------------------------------------

STORM = 8  # refusals of one send: more than the six tries the limiter used to allow


async def arrived(api: FakeTelegramAPI, losses: Losses, landed: Callable[[], bool]) -> None:
    """Wait until `landed()`; fails as soon as the bot gives a post up."""
    await api.wait_until(lambda: landed() or bool(losses.lines), timeout=SAFETY_NET)
    assert not losses.lines, f"the bot gave a post up: {losses.lines}"


def storm_record(api: FakeTelegramAPI, what: str, landed: dict[str, int]) -> None:
    print(
        f"\nTelegram 429 storm of {STORM} refusals a send ({what}): {api.throttled} 429s, "
        f"posts {landed}, retries before retry_after {api.early}"
    )
    record(
        faults_injected=api.throttled,
        messages_lost=sum(1 for n in landed.values() if n == 0),
        duplicates=sum(n - 1 for n in landed.values() if n > 1),
    )


async def test_a_battle_round_refused_longer_than_the_old_retries_is_posted_once(
    api: FakeTelegramAPI, core: tuple[App, FakeClock]
) -> None:
    app, clock = core
    adapter = bot_for(app, api)
    with watching_losses(api._changed) as losses:
        async with running(adapter):
            api.say("/battle 1", chat_id=GROUP, user_id=PLAYERS[0])
            await api.wait_until(lambda: bool(lobby_of(api)), timeout=SAFETY_NET)
            lobby = lobby_of(api)[0]
            join, start = (button["callback_data"] for button in buttons(lobby)[:2])
            api.press(lobby.result, join, user_id=PLAYERS[1])
            await settle(adapter, api)
            api.storm("sendPoll", refusals=STORM)
            api.press(lobby.result, start, user_id=PLAYERS[0])
            await arrived(api, losses, lambda: bool(api.delivered("sendPoll")))
            (poll,) = api.delivered("sendPoll")
            right = poll.params["correct_option_ids"][0]
            for player in PLAYERS[:2]:
                api.vote(poll.result["poll"], right, user_id=player)
            await arrived(api, losses, lambda: scored(api, 1, of=1))
            clock.advance(seconds=30)
            await arrived(api, losses, lambda: posts_by_kind(api)["podium"] >= 1)
            await settle(adapter, api)
    kinds = posts_by_kind(api)
    storm_record(api, "a battle round", kinds)
    assert api.throttled == STORM  # the storm outlasted the old retries
    assert api.early == 0  # every retry came after its retry_after
    assert kinds == {"lobby": 1, "polls": 1, "scoreboard": 1, "podium": 1}


async def test_a_daily_question_and_results_refused_longer_than_the_old_retries_land_once(
    api: FakeTelegramAPI, core: tuple[App, FakeClock]
) -> None:
    app, clock = core  # Monday 2 March 2026, 09:00 UTC
    api.admins[GROUP] = {PLAYERS[0]}
    adapter = bot_for(app, api)

    def landed() -> dict[str, int]:
        seen = seen_in(api, GROUP)
        return {kind: sum(1 for page in seen if page.startswith(kind)) for kind in ("📅", "📊")}

    with watching_losses(api._changed) as losses:
        async with running(adapter):
            api.say("/daily set 09:02 UTC deadline=12:00", chat_id=GROUP, user_id=PLAYERS[0])
            await settle(adapter, api)
            api.storm("Question of the day", refusals=STORM)
            clock.advance(minutes=3)
            await arrived(api, losses, lambda: landed()["📅"] >= 1)
            clock.advance(hours=3)
            await arrived(api, losses, lambda: landed()["📊"] >= 1)
            await settle(adapter, api)
    kinds = landed()
    storm_record(api, "a daily question and results", kinds)
    assert api.throttled == 2 * STORM
    assert api.early == 0
    assert kinds == {"📅": 1, "📊": 1}
