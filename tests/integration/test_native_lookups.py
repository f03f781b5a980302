"""Telegram inline mode and Discord's "Explain from notes", through the real libraries against the fakes.

Both answer through the core's lookup API (bot.lookups); the adapters only translate.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.telegram import TelegramAdapter, TelegramSettings
from adapters.telegram._app import ALLOWED_UPDATES
from bot.app import App, AppConfig, build_app
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.telegram_api import FakeTelegramAPI, checked_html
from tests.integration.test_discord import ANA, BEN, shown
from tests.integration.test_discord_app import bot_on_discord
from tests.integration.test_telegram import FAST, running


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[App]:
    app = await build_app(
        AppConfig(database_url=f"sqlite:///{tmp_path / 'study.db'}"), clock=FakeClock()
    )
    yield app
    await app.close()


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture(autouse=True)
def restore_endpoints() -> Iterator[None]:
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def telegram_bot(core: App, api: FakeTelegramAPI) -> TelegramAdapter:
    settings = TelegramSettings(token=api.token, api_base_url=api.base_url, rate_limits=FAST)
    return TelegramAdapter.for_app(core, settings)


async def test_inline_query_lists_matching_topics_and_terms(
    core: App, telegram: FakeTelegramAPI
) -> None:
    async with running(telegram_bot(core, telegram)):
        await telegram.wait_polling()
        telegram.inline("hungarian")
        (call,) = await telegram.wait_for("answerInlineQuery")
    assert call.status == 200, call.result
    results = call.params["results"]
    assert 1 <= len(results) <= 50
    first = results[0]
    assert first["title"] == "Hungarian Uprising (1956)"
    assert first["description"]
    posted = first["input_message_content"]
    assert posted["parse_mode"] == "HTML"
    assert "Nagy" in checked_html(posted["message_text"])  # choosing it posts the notes
    assert call.params.get("is_personal") in (True, "true", "True")
    assert "inline_query" in ALLOWED_UPDATES  # what `serve` asks getUpdates / setWebhook for


async def test_inline_query_for_a_term_and_an_empty_query(
    core: App, telegram: FakeTelegramAPI
) -> None:
    async with running(telegram_bot(core, telegram)):
        await telegram.wait_polling()
        telegram.inline("brinkmanship")
        telegram.inline("")
        calls = await telegram.wait_for("answerInlineQuery", 2)
    assert all(call.status == 200 for call in calls), [c.result for c in calls]
    titles = [[r["title"] for r in call.params["results"]] for call in calls]
    term = next(t for t in titles if "Brinkmanship" in t)
    listing = next(t for t in titles if t is not term)
    assert len(listing) == len(core.deck.topics)  # nothing typed yet: every topic, in order


async def test_explain_from_notes_answers_privately_from_the_channels_deck(
    discord_api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(discord_api, tmp_path):
        menus = [c for c in discord_api.commands if c.get("type") == 3]
        assert [c["name"] for c in menus] == ["Explain from notes"]
        asked = await discord_api.message_command(
            "Explain from notes", ANA, "wait who was Nagy again?", author=BEN
        )
        (reply,) = await shown(discord_api, asked)
        assert reply.ephemeral
        assert "Nagy" in reply.text
        nothing = await discord_api.message_command("Explain from notes", ANA, "lol same")
        (off,) = await shown(discord_api, nothing)
        assert off.ephemeral and "not in these notes" in off.text
