"""/report and /dashboard through the engine, on a chemistry deck, with a real SQLite store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import App, AppConfig, build_app
from bot.events import Chat, Choice, Command, User
from bot.questions import Question
from bot.replies import Choices, Image, Message, Private, Reply
from bot.report import LinkSigner, build_catalogue, is_revoked
from bot.store import BattleResult, ChatRef, QuizResult, SqlStore, UserRef
from knowledge.loader import load_deck
from knowledge.model import Deck
from tests.conftest import shown
from tests.fakes.clock import FakeClock

DECK_PATH = Path(__file__).parents[1] / "data" / "report" / "chemistry.yaml"
SECRET = "a-test-secret-that-is-long-enough"
URL = "https://dash.example.test/"
CLASS = Chat("test", "class-7b", is_group=True)
TEACHER = User("test", "100", "Ms Okafor", is_admin=True)
AMIR = User("test", "1", "Amir")
BELLA = User("test", "2", "Bella")
CHLOE = User("test", "3", "Chloe")


@pytest.fixture
def deck() -> Deck:
    return load_deck(DECK_PATH)


@pytest.fixture
async def app(tmp_path: Path, deck: Deck, clock: FakeClock) -> AsyncIterator[App]:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'report.db'}")
    config = AppConfig(dashboard_url=URL, dashboard_secret=SECRET)
    built = await build_app(config, clock=clock, deck=deck, store=store)
    yield built
    await built.close()


def questions_of(deck: Deck) -> dict[str, list[Question]]:
    """The deck's questions grouped by topic, as the quiz makes them."""
    grouped: dict[str, list[Question]] = {}
    for question in build_catalogue(deck).values():
        grouped.setdefault(question.topic_id or "", []).append(question)
    return grouped


async def answer(
    app: App, user: User, question: Question, correct: bool, clock: FakeClock, *, deck: Deck
) -> None:
    assert app.store is not None
    who = UserRef(user.platform, user.id)
    await app.store.upsert_user(who, user.name, clock.now())
    await app.store.record_quiz_result(
        QuizResult(
            who,
            ChatRef(CLASS.platform, CLASS.id),
            deck.id,
            question.id,
            correct,
            clock.now(),
            question.topic_id,
        )
    )


async def run(app: App, command: str, user: User = TEACHER) -> list[Reply]:
    name, _, args = command.lstrip("/").partition(" ")
    return await app.engine.handle(Command(user, CLASS, name, args))


async def class_history(app: App, deck: Deck, clock: FakeClock) -> Question:
    """Chloe answered ten days ago and stopped; Amir and Bella answer this week. Everyone misses
    one electrolysis question, which is the one returned."""
    grouped = questions_of(deck)
    electrolysis = grouped["electrolysis"][0]
    await answer(app, CHLOE, grouped["crude-oil"][0], True, clock, deck=deck)
    clock.advance(days=10)
    for user in (AMIR, BELLA):
        await answer(app, user, electrolysis, False, clock, deck=deck)
        await answer(app, user, grouped["electrolysis"][1], False, clock, deck=deck)
        await answer(app, user, grouped["rates-of-reaction"][0], True, clock, deck=deck)
        await answer(app, user, grouped["rates-of-reaction"][1], True, clock, deck=deck)
    await answer(app, AMIR, electrolysis, False, clock, deck=deck)
    await answer(app, BELLA, grouped["exothermic-endothermic"][0], True, clock, deck=deck)
    return electrolysis


async def test_report_is_for_admins_only(app: App) -> None:
    replies = await run(app, "/report", user=AMIR)
    assert shown(replies) == "Only admins can use /report."


async def test_report_on_an_empty_chat_says_so(app: App) -> None:
    replies = await run(app, "/report")
    assert "Nobody has answered anything in this chat yet" in shown(replies)
    assert not any(isinstance(reply, Image) for reply in replies)


async def test_class_report_shows_participation_weak_topics_and_missed_questions(
    app: App, deck: Deck, clock: FakeClock
) -> None:
    missed = await class_history(app, deck, clock)
    replies = await run(app, "/report")
    body = shown(replies)
    assert "Class report — GCSE Chemistry — Rates and Energy" in body
    assert "2 of 3 students active (67%)" in body
    assert "Not answering lately: Chloe" in body
    assert "Electrolysis: 0% (0/5)" in body
    assert "Rates of reaction: 100% (4/4)" in body
    weakest = body.split("Weakest topics", 1)[1].split("Most missed questions", 1)[0]
    assert "1. Electrolysis — 0%" in weakest
    assert "Rates of reaction" not in weakest  # all right: not weak
    most_missed = body.split("Most missed questions", 1)[1]
    assert f"{missed.prompt} — missed 3 of 3 (Electrolysis)" in most_missed
    assert f"From the notes: {missed.source_fact}" in most_missed
    images = [reply for reply in replies if isinstance(reply, Image)]
    assert len(images) == 1
    assert images[0].png.startswith(b"\x89PNG")
    assert "Electrolysis 0% (0/5)" in images[0].alt


async def test_one_students_report_by_name_and_by_picker(
    app: App, deck: Deck, clock: FakeClock
) -> None:
    await class_history(app, deck, clock)
    by_name = shown(await run(app, "/report bella"))
    assert "Report for Bella" in by_name
    assert "3/5 right (60%)" in by_name
    assert "Amir" not in by_name
    picker = await run(app, "/report students")
    assert isinstance(picker[0], Choices)
    labels = [option.label for option in picker[0].options]
    assert labels == ["Amir", "Bella", "Chloe"]
    pressed = await app.engine.handle(Choice(TEACHER, CLASS, picker[0].options[0].token))
    assert "Report for Amir" in shown(pressed)
    refused = await app.engine.handle(Choice(AMIR, CLASS, picker[0].options[1].token))
    assert "Only admins" in shown(refused)


async def test_an_unknown_student_gets_the_picker(app: App, deck: Deck, clock: FakeClock) -> None:
    await class_history(app, deck, clock)
    replies = await run(app, "/report zed")
    assert isinstance(replies[0], Choices)
    assert "No student called “zed” here" in shown(replies)


async def test_battle_podiums_and_daily_streaks_in_the_report(
    app: App, deck: Deck, clock: FakeClock
) -> None:
    assert app.store is not None
    chat = ChatRef(CLASS.platform, CLASS.id)
    for user, points in ((AMIR, 2400), (BELLA, 3100), (CHLOE, 900)):
        who = UserRef(user.platform, user.id)
        await app.store.upsert_user(who, user.name, clock.now())
        await app.store.record_battle_result(
            BattleResult(chat, who, "b1", points, 3, 5, user is BELLA, clock.now())
        )
    body = shown(await run(app, "/report"))
    assert "🥇 Bella 3,100 · 🥈 Amir 2,400 · 🥉 Chloe 900" in body
    clock.advance(days=8)
    later = shown(await run(app, "/report"))
    assert "Battle podiums" not in later  # last week's battle is not this week's podium
    assert "🥇 Bella" in shown(await run(app, "/report all"))


async def test_dashboard_link_is_private_signed_and_revocable(app: App, clock: FakeClock) -> None:
    assert app.store is not None
    refused = await run(app, "/dashboard", user=AMIR)
    assert "Only admins" in shown(refused)
    replies = await run(app, "/dashboard")
    assert len(replies) == 1 and isinstance(replies[0], Private)
    link = next(word for word in shown(replies).split() if word.startswith(URL))
    token = link.removeprefix(URL + "d/")
    signer = LinkSigner(SECRET)
    claims = signer.verify(token, clock.now())
    assert claims.chat == ChatRef(CLASS.platform, CLASS.id)
    assert claims.scope.value == "read"
    clock.advance(seconds=5)
    revoked = await run(app, "/dashboard revoke")
    assert "stopped working" in shown(revoked)
    settings = await app.store.get_chat_settings(claims.chat)
    assert is_revoked(claims, settings)
    fresh = signer.verify(
        next(
            w for w in shown(await run(app, "/dashboard edit")).split() if w.startswith(URL)
        ).removeprefix(URL + "d/"),
        clock.now(),
    )
    assert fresh.scope.value == "edit"
    assert not is_revoked(fresh, await app.store.get_chat_settings(claims.chat))


async def test_dashboard_off_without_settings(tmp_path: Path, deck: Deck, clock: FakeClock) -> None:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'off.db'}")
    app = await build_app(AppConfig(), clock=clock, deck=deck, store=store)
    try:
        replies = await app.engine.handle(Command(TEACHER, CLASS, "dashboard", ""))
        assert isinstance(replies[0], Message)
        assert "DASHBOARD_URL and DASHBOARD_SECRET" in shown(replies)
    finally:
        await app.close()


def test_a_battle_leaves_out_the_questions_retired_for_its_chat(deck: Deck) -> None:
    from bot.battle._feature import _questions
    from bot.battle._options import parse_battle
    from bot.questions import QuestionGenerator

    request = parse_battle("5", max_rounds=20)
    assert not isinstance(request, str)
    generator = QuestionGenerator(deck)
    every = _questions(generator, "0123456789ab", request, None, 5)
    assert every
    retired = frozenset({every[0].id})
    kept = _questions(generator, "0123456789ab", request, None, 5, retired=retired)
    assert kept and every[0].id not in {q.id for q in kept}
    assert len(kept) == len(every)  # spares fill the place of the retired one
