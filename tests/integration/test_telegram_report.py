"""/report and /dashboard through the real PTB Application against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter, TelegramSettings
from bot.app import App, AppConfig, build_app
from bot.questions import Question
from bot.report import build_catalogue
from bot.store import ChatRef, QuizResult, UserRef
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import FakeTelegramAPI, checked_html
from tests.integration.dashboard_site import DECK_PATH, SECRET
from tests.integration.test_telegram import FAST, GROUP, running, seen_in, settle

TEACHER, AMIR, BELLA = 7, 8, 9
DASHBOARD = "https://dashboard.school.test/"


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        fake.admins[GROUP] = {TEACHER}
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[App]:
    config = AppConfig(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'class.db'}",
        dashboard_url=DASHBOARD,
        dashboard_secret=SECRET,
    )
    app = await build_app(config, clock=FakeClock(), deck=load_deck(DECK_PATH))
    await answers(app)
    yield app
    await app.close()


async def answers(app: App) -> None:
    """Amir and Bella answered in the group: both missed the same electrolysis question."""
    assert app.store is not None
    by_topic: dict[str, list[Question]] = {}
    for question in build_catalogue(app.deck).values():
        by_topic.setdefault(question.topic_id or "", []).append(question)
    chat = ChatRef("telegram", str(GROUP))
    for user_id, name in ((AMIR, "Amir"), (BELLA, "Bella")):
        who = UserRef("telegram", str(user_id))
        now = app.clock.now()
        await app.store.upsert_user(who, name, now)
        for question, right in (
            (by_topic["electrolysis"][0], False),
            (by_topic["crude-oil"][0], True),
        ):
            await app.store.record_quiz_result(
                QuizResult(who, chat, app.deck.id, question.id, right, now, question.topic_id)
            )


def bot_for(core: App, api: FakeTelegramAPI) -> TelegramAdapter:
    settings = TelegramSettings(token=api.token, api_base_url=api.base_url, rate_limits=FAST)
    return TelegramAdapter.for_app(core, settings)


async def test_report_in_a_group_is_text_and_a_heat_map(api: FakeTelegramAPI, core: App) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/report", chat_id=GROUP, user_id=TEACHER)
        await api.wait_for("sendPhoto")
        await settle(adapter, api)
    seen = seen_in(api, GROUP)
    assert seen[0].startswith("Class report — GCSE Chemistry — Rates and Energy")
    assert "2 of 2 students active (100%)" in seen[0]
    assert "Electrolysis: 0% (0/2)" in seen[0]
    (photo,) = api.delivered("sendPhoto")
    assert photo.files["photo"].startswith(b"\x89PNG")
    assert checked_html(photo.params["caption"]).startswith("Accuracy by student and topic")
    assert not api.refused()


async def test_report_falls_back_to_text_where_pictures_are_not_allowed(
    api: FakeTelegramAPI, core: App
) -> None:
    api.photos_off.add(GROUP)
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/report", chat_id=GROUP, user_id=TEACHER)
        await api.wait_until(lambda: len(api.delivered("sendMessage", chat_id=GROUP)) >= 2)
        await settle(adapter, api)
    seen = seen_in(api, GROUP)
    assert seen[0].startswith("Class report")
    assert seen[1].startswith("(A picture could not be sent here. It shows:) Heat map of accuracy")
    assert "Electrolysis 0% (0/2)" in seen[1]


async def test_report_is_refused_to_a_student(api: FakeTelegramAPI, core: App) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/report", chat_id=GROUP, user_id=AMIR)
        await api.wait_for("sendMessage")
        await settle(adapter, api)
    assert seen_in(api, GROUP) == ["Only admins can use /report."]


async def test_report_for_one_student_by_name(api: FakeTelegramAPI, core: App) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/report Bella", chat_id=GROUP, user_id=TEACHER)
        await api.wait_for("sendMessage")
        await settle(adapter, api)
    seen = seen_in(api, GROUP)
    assert seen[0].startswith("Report for Bella")
    assert "1/2 right (50%)" in seen[0]


async def test_dashboard_link_goes_to_the_teachers_private_chat(
    api: FakeTelegramAPI, core: App
) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/dashboard", chat_id=GROUP, user_id=TEACHER)
        await api.wait_until(lambda: len(api.delivered("sendMessage")) >= 2)
        await settle(adapter, api)
    private = seen_in(api, TEACHER)
    assert len(private) == 1 and f"{DASHBOARD}d/" in private[0]
    group = seen_in(api, GROUP)
    assert group == ["I've sent it to you in a private message."]


async def test_dashboard_link_is_never_posted_in_the_group(api: FakeTelegramAPI, core: App) -> None:
    api.never_started.add(TEACHER)
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/dashboard", chat_id=GROUP, user_id=TEACHER)
        await api.wait_until(lambda: len(api.delivered("sendMessage", chat_id=GROUP)) >= 1)
        await settle(adapter, api)
    group = seen_in(api, GROUP)
    assert group == [
        "I couldn't message you privately: open a chat with me, press Start, try again."
    ]
    assert all(DASHBOARD not in str(call.params) for call in api.delivered())
    (refused,) = api.refused("sendMessage")  # the one try, to the teacher's own chat
    assert int(refused.params["chat_id"]) == TEACHER
