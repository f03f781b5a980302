"""Load: twenty battles of fifty players each at once, through the real PTB application against the
fake Bot API (with the real core and a SQLite store). Every lobby, poll, scoreboard and podium goes
out once per group, every vote counts once, every result is stored once; the counts are printed.

Waits are on events the fake reports, each with a generous bound that only a hung bot reaches.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter
from bot.app import App, AppConfig, build_app
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import Call, FakeTelegramAPI, checked_html
from tests.integration.crash import SAFETY_NET, scalar
from tests.integration.test_telegram import running, seen_in
from tests.integration.test_telegram_features import bot_for, buttons, standings

BATTLES = 20
PLAYERS = 50


def group_id(battle: int) -> int:
    return -100_700_000 - battle


def players_of(battle: int) -> list[int]:
    return [10_000 * (battle + 1) + n for n in range(PLAYERS)]


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[tuple[App, FakeClock, str]]:
    clock = FakeClock()
    url = f"sqlite:///{tmp_path / 'load.db'}"
    app = await build_app(AppConfig(database_url=url), clock=clock)
    yield app, clock, url
    await app.close()


def lobbies(api: FakeTelegramAPI, chat: int) -> list[Call]:
    return [c for c in api.delivered("sendMessage", chat_id=chat) if "reply_markup" in c.params]


def scoreboards(api: FakeTelegramAPI, chat: int) -> int:
    pages = [
        checked_html(c.params["text"]) for c in api.delivered(chat_id=chat) if "text" in c.params
    ]
    return sum(1 for page in pages if re.match(r"Round 1/1 — the answer", page))


def podiums(api: FakeTelegramAPI, chat: int) -> list[str]:
    return [page for page in seen_in(api, chat) if "final results" in page.splitlines()[0]]


async def test_twenty_battles_of_fifty_players_at_once_lose_and_double_nothing(
    api: FakeTelegramAPI, core: tuple[App, FakeClock, str]
) -> None:
    app, clock, url = core
    adapter: TelegramAdapter = bot_for(app, api)
    groups = range(BATTLES)
    votes = 0
    async with running(adapter):
        for battle in groups:
            api.say("/battle 1", chat_id=group_id(battle), user_id=players_of(battle)[0])
        await api.wait_until(
            lambda: all(lobbies(api, group_id(b)) for b in groups), timeout=SAFETY_NET
        )
        for battle in groups:
            lobby = lobbies(api, group_id(battle))[0]
            join = buttons(lobby)[0]["callback_data"]
            for player in players_of(battle)[1:]:
                api.press(lobby.result, join, user_id=player)
        await api.wait_until(
            lambda: api.call_count("answerCallbackQuery") >= BATTLES * (PLAYERS - 1),
            timeout=SAFETY_NET,
        )
        for battle in groups:
            lobby = lobbies(api, group_id(battle))[0]
            start = buttons(lobby)[1]["callback_data"]
            api.press(lobby.result, start, user_id=players_of(battle)[0])
        await api.wait_until(lambda: len(api.delivered("sendPoll")) >= BATTLES, timeout=SAFETY_NET)
        right_answers: dict[int, set[int]] = {}
        for call in api.delivered("sendPoll"):
            chat = int(call.params["chat_id"])
            battle = -100_700_000 - chat
            poll, right = call.result["poll"], call.params["correct_option_ids"][0]
            wrong = (right + 1) % len(call.params["options"])
            right_answers[battle] = {p for p in players_of(battle) if p % 2}
            for player in players_of(battle):
                api.vote(poll, right if player in right_answers[battle] else wrong, user_id=player)
                votes += 1
        await api.wait_until(
            lambda: all(scoreboards(api, group_id(b)) for b in groups), timeout=SAFETY_NET
        )
        clock.advance(seconds=30)  # the pause after the last round runs out: the podiums
        await api.wait_until(
            lambda: all(podiums(api, group_id(b)) for b in groups), timeout=SAFETY_NET
        )
        async with asyncio.timeout(SAFETY_NET):
            while app.battles.busy:  # the results are stored after the podium
                await asyncio.sleep(0.05)

    lost = duplicates = 0
    for battle in groups:
        chat = group_id(battle)
        polls = [c for c in api.delivered("sendPoll") if int(c.params["chat_id"]) == chat]
        shown = podiums(api, chat)
        lost += (len(polls) == 0) + (len(shown) == 0)
        duplicates += (
            max(len(polls) - 1, 0) + max(len(shown) - 1, 0) + max(len(lobbies(api, chat)) - 1, 0)
        )
        final = standings(shown[0]) if shown else {}
        lost += PLAYERS - len(final)
        for player in players_of(battle):
            expected = "1/1" if player in right_answers.get(battle, set()) else "0/1"
            place = final.get(f"Student{player}")
            lost += place is not None and place[1] != expected  # a vote that did not count
    stored = await scalar(url, "SELECT count(*) FROM battle_results")
    refused = len(api.refused())
    print(
        f"\nload: {BATTLES} battles x {PLAYERS} players, {votes} votes, "
        f"{refused} refused; "
        f"messages lost {lost}, duplicates {duplicates}, results stored {stored}"
    )
    record(load_votes=votes, messages_lost=lost, duplicates=duplicates)
    assert lost == 0
    assert duplicates == 0
    assert stored == BATTLES * PLAYERS  # one result per player per battle
    assert refused == 0
