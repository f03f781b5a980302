"""A newcomer's first hour (issue 17): the rough edges a student or teacher meets first, one test each.

Most run on a teacher's own Markdown notes (docs/examples/plant-biology.md), so a reply that names the
bundled Cold War deck's topics there is caught.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from bot.app import App, AppConfig, build_app
from bot.events import Chat, Choice, Command, Upload, User
from bot.ports import SentMessage
from bot.quiz import make_scheduler
from bot.replies import Choices, Quiz, Reply
from bot.wording import count, plural, sentence_join
from knowledge.importers import dump_deck, import_file
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import default_deck, shown
from tests.fakes.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "docs" / "examples" / "plant-biology.md"
TEACHER = User("test", "t1", "Ms Patel", is_admin=True)
ANA = User("test", "1", "Ana")
YOU = User("console", "you", "you", is_admin=True)
CLASS = Chat("test", "class-10b", is_group=True)
BUNDLED_TOPICS = [t.title for t in default_deck().topics] + ["Berlin Wall", "Nagy", "Hungarian"]


@cache
def biology() -> Deck:
    return parse_deck(dump_deck(import_file(NOTES)), str(NOTES))


class Wall:
    """A Messenger that keeps what the core posts on its own, in order."""

    def __init__(self) -> None:
        self.posts: list[str] = []

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        self.posts.append(reply.fallback.plain)
        return SentMessage(chat, str(len(self.posts)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        self.posts.append(f"(edit of {sent.message_id}) {reply.fallback.plain}")


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    clock = FakeClock(datetime(2026, 12, 4, 9, 0, tzinfo=UTC))  # a Friday
    built = await build_app(
        AppConfig(database_url=f"sqlite:///{tmp_path / 'class.db'}"),
        clock=clock,
        scheduler=make_scheduler(fuzzing=False),
        messenger=Wall(),
    )
    yield built
    await built.close()


async def say(app: App, line: str, user: User = TEACHER, chat: Chat = CLASS) -> list[Reply]:
    name, _, args = line.lstrip("/").partition(" ")
    return await app.engine.handle(Command(user, chat, name, args))


async def on_biology(app: App, chat: Chat = CLASS) -> None:
    upload = Upload(TEACHER, chat, "/deck upload", NOTES.name, NOTES.read_bytes())
    assert "now studies" in shown(await app.engine.handle(upload))


def names_no_bundled_topic(reply: str) -> bool:
    return not any(title in reply for title in BUNDLED_TOPICS)


# ---- wording ---------------------------------------------------------------------------------------


def test_plurals_and_colons() -> None:
    assert [count(1, "player"), count(2, "player"), count(1, "topic")] == [
        "1 player",
        "2 players",
        "1 topic",
    ]
    assert plural(3, "problem") == "problems" and plural(2, "quiz") == "quizzes"
    assert sentence_join("Put these in order, earliest first.", "A. x") == (
        "Put these in order, earliest first: A. x"
    )


async def test_the_speaker_called_you_is_not_addressed_twice(app: App) -> None:
    empty = shown(await say(app, "/progress", YOU))
    assert empty == "You haven't answered anything yet. Start with /quiz."
    await say(app, "/quiz 1", YOU)
    stopped = shown(await say(app, "/skip", YOU))
    assert "Your score: 0/1 right (0%)." in stopped
    assert "you:" not in stopped and "you, you" not in stopped.casefold()


async def test_one_player_one_topic(app: App) -> None:
    await say(app, "/battle", ANA)
    assert "already in — 1 player so far." in shown(await say(app, "/join", ANA))
    single = dataclasses.replace(biology(), topics=biology().topics[:1])
    from bot.explain import topics_list

    assert " — 1 topic" in topics_list(single).plain
    assert "1 topics" not in topics_list(single).plain


def test_a_chronology_prompt_has_no_doubled_stop() -> None:
    from bot.questions import QuestionGenerator, QuestionKind
    from bot.quiz._service import _chronology_prompt

    asked = [
        q
        for q in QuestionGenerator(default_deck(), seed=1).all_candidates()
        if q.kind is QuestionKind.CHRONOLOGY
    ]
    assert asked, "the bundled deck gives chronology questions"
    prompt = _chronology_prompt(asked[0])
    assert ".:" not in prompt
    assert prompt.startswith("Put these in order, earliest first: A. ")


# ---- examples come from the chat's own deck ----------------------------------------------------------


async def test_help_errors_and_examples_name_the_chats_own_topics(app: App) -> None:
    await on_biology(app)
    replies = {
        line: shown(await say(app, line))
        for line in ("/explain", "/ask", "/quiz Photosynthesis 99", "/battle Xylem 99", "/help")
    }
    for line, reply in replies.items():
        assert names_no_bundled_topic(reply), (line, reply)
    assert "/explain Photosynthesis" in replies["/explain"]
    assert "/ask what is Chlorophyll?" in replies["/ask"]
    assert "e.g. /quiz Photosynthesis 5" in replies["/quiz Photosynthesis 99"]
    assert "e.g. /battle Photosynthesis 5" in replies["/battle Xylem 99"]
    assert "/explain Photosynthesis" in replies["/help"]
    # and the example works when typed
    assert "chloroplasts" in shown(await say(app, "/explain Photosynthesis"))


# ---- the quiz that is running ----------------------------------------------------------------------------


async def test_quiz_while_one_runs_asks_first(app: App) -> None:
    await say(app, "/quiz 3", ANA)
    asked = await say(app, "/quiz 2", ANA)
    assert isinstance(asked[0], Choices)
    assert "You're on question 1/3 of your quiz" in shown(asked)
    assert app.engine.quiz.session_for(ANA, CLASS) is not None


# ---- daily ------------------------------------------------------------------------------------------------


async def test_daily_now_without_a_schedule_posts_a_one_off_and_its_results(app: App) -> None:
    await on_biology(app)
    posted = await say(app, "/daily now")
    quiz = next(r for r in posted if isinstance(r, Quiz))
    assert names_no_bundled_topic(shown(posted))
    assert "No daily question is set" not in shown(posted)
    assert "/daily set" in shown(posted)  # and how to make it a daily one
    pressed = await app.engine.handle(Choice(ANA, CLASS, quiz.options[quiz.correct[0]].token))
    assert "Right" in shown(pressed)
    assert isinstance(app.clock, FakeClock) and app.daily is not None
    app.clock.advance(hours=2)
    await app.engine.tick()
    await app.daily.idle()
    wall = app.battles.messenger
    assert isinstance(wall, Wall)
    assert any("1 person answered; 100% got it right." in post for post in wall.posts)


async def test_a_one_off_daily_question_names_the_zone_its_close_is_in(app: App) -> None:
    # 09:00 UTC on a Friday; a one-off stays open an hour
    posted = await say(app, "/daily now")
    quiz = next(r for r in posted if isinstance(r, Quiz))
    assert quiz.header == "📅 Question of the day · answers until 10:00 (UTC)"
    pressed = await app.engine.handle(Choice(ANA, CLASS, quiz.options[quiz.correct[0]].token))
    assert "Results at 10:00 (UTC)." in shown(pressed)


async def test_a_one_off_daily_question_in_the_teachers_zone(app: App) -> None:
    other = Chat("test", "class-11a", is_group=True)
    posted = await say(app, "/daily now new york", chat=other)
    quiz = next(r for r in posted if isinstance(r, Quiz))
    assert quiz.header == "📅 Question of the day · answers until 05:00 (America/New_York)"
    wrong = shown(await say(app, "/daily now Mars/Olympus", chat=other))
    assert "time zone" in wrong and "e.g. /daily now Europe/London" in wrong


async def test_a_student_sees_the_daily_status_but_cannot_change_it(app: App) -> None:
    await say(app, "/daily set 08:00 UTC mon-fri")
    status = shown(await say(app, "/daily status", ANA))
    assert status.startswith("Daily question: 08:00 UTC, Monday to Friday")
    assert "Next question: Mon 7 Dec 08:00 (UTC)." in status
    refused = shown(await say(app, "/daily off", ANA))
    assert refused == "Only admins can change the daily question."


async def test_daily_status_after_set_shows_the_new_schedules_close(app: App) -> None:
    await say(app, "/daily set 08:00 UTC mon-fri")
    assert isinstance(app.clock, FakeClock)
    app.clock.advance(minutes=1)
    await say(app, "/daily now")
    before = shown(await say(app, "/daily status"))
    assert "closes Mon 7 Dec 08:00 (UTC)" in before
    await say(app, "/daily set 19:30 UTC mon,wed,fri")
    after = shown(await say(app, "/daily status"))
    assert "closes Mon 7 Dec 19:30 (UTC)" in after and "08:00" not in after


# ---- battles -------------------------------------------------------------------------------------------


async def test_an_underfilled_lobby_says_so_once(app: App) -> None:
    await say(app, "/battle", ANA)
    assert isinstance(app.clock, FakeClock)
    app.clock.advance(minutes=5)
    await app.engine.tick()
    wall = app.battles.messenger
    assert isinstance(wall, Wall)
    said = "\n".join(wall.posts)
    assert said.count("Not enough players: 1 joined, 2 needed.") == 1
