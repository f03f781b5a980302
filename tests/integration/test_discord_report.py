"""/report and /dashboard through the real discord.py client against the fake Discord on 127.0.0.1."""

# The fake server and endpoint fixtures come from the Discord tests' harness.
# ruff: noqa: F401, F811

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.app import App, AppConfig
from bot.questions import Question
from bot.report import build_catalogue
from bot.store import ChatRef, QuizResult, UserRef
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import CHANNEL_ID, FakeDiscord
from tests.integration.dashboard_site import DECK_PATH, SECRET
from tests.integration.test_discord import ANA, BEN, HEAD, api, restore_endpoints, shown
from tests.integration.test_discord_app import bot_on_discord

DASHBOARD = "https://dashboard.school.test/"


async def history(app: App) -> None:
    """Ana and Ben answered in the channel; both missed the same electrolysis question."""
    assert app.store is not None
    by_topic: dict[str, list[Question]] = {}
    for question in build_catalogue(app.deck).values():
        by_topic.setdefault(question.topic_id or "", []).append(question)
    chat = ChatRef("discord", str(CHANNEL_ID))
    for user in (ANA, BEN):
        who = UserRef("discord", str(user.id))
        await app.store.upsert_user(who, user.name, app.clock.now())
        for question, right in (
            (by_topic["electrolysis"][0], False),
            (by_topic["crude-oil"][0], True),
        ):
            await app.store.record_quiz_result(
                QuizResult(
                    who, chat, app.deck.id, question.id, right, app.clock.now(), question.topic_id
                )
            )


@asynccontextmanager
async def class_on_discord(api: FakeDiscord, tmp_path: Path) -> AsyncIterator[App]:
    """The whole bot on the chemistry deck, with the dashboard configured and a class's history."""
    config = AppConfig(
        database_url=f"sqlite:///{tmp_path / 'report.db'}",
        dashboard_url=DASHBOARD,
        dashboard_secret=SECRET,
    )
    deck = load_deck(DECK_PATH)
    async with bot_on_discord(api, tmp_path, clock=FakeClock(), deck=deck, config=config) as app:
        await history(app)
        yield app


async def test_report_is_a_summary_and_a_heat_map_upload(api: FakeDiscord, tmp_path: Path) -> None:
    async with class_on_discord(api, tmp_path):
        report = await api.slash("report", HEAD)
        summary, image = await shown(api, report, 2)
    assert "Class report — GCSE Chemistry — Rates and Energy" in summary.text
    assert "2 of 2 students active (100%)" in summary.text
    ((filename, png),) = image.files
    assert filename.endswith(".png") and png.startswith(b"\x89PNG")
    assert image.attachments[0]["description"].startswith("Heat map of accuracy")


async def test_report_falls_back_to_text_where_files_are_refused(
    api: FakeDiscord, tmp_path: Path
) -> None:
    api.attachments_refused = True
    async with class_on_discord(api, tmp_path):
        report = await api.slash("report", HEAD)
        summary, instead = await shown(api, report, 2)
    assert "Class report" in summary.text
    assert instead.text.startswith("(A picture could not be sent here. It shows:) Heat map")
    assert not instead.files


async def test_report_and_dashboard_are_refused_to_students(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with class_on_discord(api, tmp_path):
        for command in ("report", "dashboard"):
            (refusal,) = await shown(api, await api.slash(command, ANA))
            assert refusal.ephemeral
            assert f"Only admins can use /{command}." in refusal.text


async def test_dashboard_link_is_ephemeral(api: FakeDiscord, tmp_path: Path) -> None:
    async with class_on_discord(api, tmp_path):
        (link,) = await shown(api, await api.slash("dashboard", HEAD))
    assert link.ephemeral
    assert f"{DASHBOARD}d/" in link.text
    assert all(DASHBOARD not in message.text for message in api.posts())


def test_dashboard_links_are_not_broken_by_markdown_escaping() -> None:
    """Link tokens hold "_" (base64url); escaping them would break the link in Discord."""
    from adapters.discord._render import render
    from bot.markup import line, text
    from bot.replies import Private

    url = f"{DASHBOARD}d/eyJ_abc__def-x.Zz_9*q"
    (message,) = render(Private(text(line("Your dashboard: ", url))))
    assert url in message.content and message.ephemeral
