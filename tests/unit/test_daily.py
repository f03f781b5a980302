"""Daily pushes end to end on a fake clock and a temp SQLite file: what each class chat receives.

Commands go through the engine; pushes come out of a recording Messenger after `engine.tick()`.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.daily import (
    ClassRecord,
    DailyFeature,
    DeckPools,
    NoPacing,
    RatePacer,
    Tally,
    coverage_key,
    pick_question,
    pushable,
)
from bot.deck_builds import POOL_SEED
from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.ports import SentMessage
from bot.question_pool import QuestionPool
from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.replies import Message, Quiz, Reply
from bot.store import ChatRef, PushKey, SqlStore, UserRef
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import default_deck, shown
from tests.fakes.clock import FakeClock

TEACHER = User("test", "100", "Ms Kay", is_admin=True)
ANA = User("test", "1", "Ana")
BEN = User("test", "2", "Ben")
CLASS_A = Chat("test", "class-a", is_group=True)
CLASS_B = Chat("test", "class-b", is_group=True)
CLASS_C = Chat("test", "class-c", is_group=True)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@dataclass
class RecordingMessenger:
    """Keeps what the core posts; chats in `gone` fail like a chat the bot was removed from."""

    sent: list[tuple[Chat, Reply]] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    attempts: dict[str, int] = field(default_factory=dict)

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        self.attempts[chat.id] = self.attempts.get(chat.id, 0) + 1
        if chat.id in self.gone:
            raise RuntimeError("Forbidden: bot was kicked from the group chat")
        self.sent.append((chat, reply))
        return SentMessage(chat, str(len(self.sent)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        raise AssertionError("daily pushes never edit")

    def questions(self, chat: Chat) -> list[Quiz]:
        return [r for c, r in self.sent if c == chat and isinstance(r, Quiz)]

    def results(self, chat: Chat) -> list[str]:
        return [r.fallback.plain for c, r in self.sent if c == chat and isinstance(r, Message)]


@dataclass
class World:
    store: SqlStore
    clock: FakeClock
    messenger: RecordingMessenger
    daily: DailyFeature
    engine: Engine

    async def at(self, moment: datetime) -> list[tuple[Chat, Reply]]:
        """Move the clock, tick as an adapter would, and return what was posted."""
        before = len(self.messenger.sent)
        self.clock.current = moment
        await self.engine.tick()
        await self.daily.idle()
        return self.messenger.sent[before:]

    async def say(self, args: str, *, chat: Chat = CLASS_A, user: User = TEACHER) -> str:
        return shown(await self.engine.handle(Command(user, chat, "daily", args)))

    async def tap(self, user: User, quiz: Quiz, index: int, chat: Chat = CLASS_A) -> str:
        return shown(await self.engine.handle(Choice(user, chat, quiz.options[index].token)))

    def restart(self) -> DailyFeature:
        """A new process on the same database: nothing in memory survives."""
        self.daily = make_feature(self.store, self.clock, self.messenger)
        self.engine = Engine(default_deck(), clock=self.clock, features=[self.daily])
        return self.daily


def make_feature(store: SqlStore, clock: FakeClock, messenger: RecordingMessenger) -> DailyFeature:
    return DailyFeature(
        default_deck(),
        store=store,
        clock=clock,
        lease_clock=clock,  # one process at a time: leases and retries run on the test's clock
        messenger=messenger,
        pacer=NoPacing(),
    )


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'daily.sqlite3'}")
    clock = FakeClock(utc(2026, 3, 2, 6, 0))  # Monday 2 March 2026
    messenger = RecordingMessenger()
    daily = make_feature(store, clock, messenger)
    engine = Engine(default_deck(), clock=clock, features=[daily])
    yield World(store, clock, messenger, daily, engine)
    await store.close()


def wrong_index(quiz: Quiz) -> int:
    return next(i for i in range(len(quiz.options)) if i not in quiz.correct)


# -- the command ------------------------------------------------------------------------------


async def test_setting_a_schedule_says_when_the_first_question_comes(world: World) -> None:
    said = await world.say("set 08:00 Europe/London mon-fri deadline=17:00")
    assert (
        "Daily question set: 08:00 Europe/London, Monday to Friday; answers close at 17:00." in said
    )
    assert "The first one: Mon 2 Mar 08:00 (Europe/London)." in said
    status = await world.say("status")
    assert "Next question: Mon 2 Mar 08:00 (Europe/London)." in status


async def test_only_admins_run_daily(world: World) -> None:
    said = await world.say("set 08:00", user=ANA)
    assert "Only admins can change the daily question." in said
    assert "No daily question is set" in await world.say("status")


async def test_bad_input_gets_a_clear_error_and_the_usage(world: World) -> None:
    said = await world.say("set 25:00 Europe/London")
    assert "“25:00” is not a time of day: hours go from 00 to 23." in said
    assert "Usage: /daily set HH:MM [timezone] [days] [deadline=HH:MM]" in said
    assert "Did you mean Europe/London" in await world.say("set 08:00 Europe/Londn")
    assert "I don't know /daily sett." in await world.say("sett 08:00")
    assert "No daily question is set" in await world.say("status")


# -- when pushes go out -----------------------------------------------------------------------


async def test_london_gets_its_question_at_eight_local_across_the_march_change(
    world: World,
) -> None:
    world.clock.current = utc(2026, 3, 27, 12, 0)
    await world.say("set 08:00 Europe/London")
    assert await world.at(utc(2026, 3, 28, 7, 59)) == []
    assert len(await world.at(utc(2026, 3, 28, 8, 0))) == 1  # 08:00 GMT
    assert await world.at(utc(2026, 3, 29, 6, 59)) == []
    sent = await world.at(utc(2026, 3, 29, 7, 0))  # 08:00 BST
    assert [type(reply) for _, reply in sent] == [
        Message,
        Quiz,
    ]  # Saturday's results, then Sunday's
    assert await world.at(utc(2026, 3, 29, 8, 0)) == []
    assert len(world.messenger.questions(CLASS_A)) == 2


async def test_london_gets_its_question_at_eight_local_across_the_october_change(
    world: World,
) -> None:
    world.clock.current = utc(2026, 10, 23, 12, 0)
    await world.say("set 08:00 Europe/London")
    assert len(await world.at(utc(2026, 10, 24, 7, 0))) == 1  # 08:00 BST
    assert await world.at(utc(2026, 10, 25, 7, 0)) == []  # 07:00 GMT: not yet
    assert len(world.messenger.questions(CLASS_A)) == 1
    await world.at(utc(2026, 10, 25, 8, 0))  # 08:00 GMT
    assert len(world.messenger.questions(CLASS_A)) == 2


async def test_a_weekday_schedule_is_quiet_at_the_weekend(world: World) -> None:
    world.clock.current = utc(2026, 3, 5, 12, 0)  # Thursday
    await world.say("set 08:00 UTC weekdays")
    hour = utc(2026, 3, 5, 13, 0)
    pushed_on = []
    while hour < utc(2026, 3, 10, 0, 0):
        before = len(world.messenger.questions(CLASS_A))
        await world.at(hour)
        if len(world.messenger.questions(CLASS_A)) > before:
            pushed_on.append(f"{hour:%a %H:%M}")
        hour += timedelta(hours=1)
    assert pushed_on == ["Fri 08:00", "Mon 08:00"]


async def test_a_push_missed_within_the_grace_window_is_sent_once(world: World) -> None:
    await world.say("set 08:00 UTC")
    # The bot is down from 07:30 and back at 13:00: five hours late, within six.
    world.restart()
    assert len(world.messenger.questions(CLASS_A)) == 0
    assert len(await world.at(utc(2026, 3, 2, 13, 0))) == 1
    assert await world.at(utc(2026, 3, 2, 13, 1)) == []
    world.restart()  # and once more: the push is claimed in the database
    assert await world.at(utc(2026, 3, 2, 14, 0)) == []
    assert len(world.messenger.questions(CLASS_A)) == 1


async def test_a_push_missed_beyond_the_grace_window_is_skipped(world: World) -> None:
    await world.say("set 08:00 UTC")
    world.restart()
    assert await world.at(utc(2026, 3, 2, 14, 1)) == []  # six hours and a minute late
    assert await world.at(utc(2026, 3, 2, 20, 0)) == []
    assert len(await world.at(utc(2026, 3, 3, 8, 0))) == 1  # tomorrow's comes as usual


async def test_setting_a_schedule_never_posts_a_question_for_earlier_that_day(
    world: World,
) -> None:
    world.clock.current = utc(2026, 3, 2, 9, 0)
    await world.say("set 08:00 UTC")
    assert await world.at(utc(2026, 3, 2, 9, 1)) == []
    world.restart()  # nor does another process that learns of the schedule later
    assert await world.at(utc(2026, 3, 2, 9, 2)) == []


async def test_a_deleted_chat_does_not_stop_the_others_and_is_paused_after_three_failures(
    world: World,
) -> None:
    for chat in (CLASS_A, CLASS_B, CLASS_C):
        await world.say("set 08:00 UTC", chat=chat)
    world.messenger.gone.add(CLASS_B.id)
    for day in (2, 3, 4, 5):
        await world.at(utc(2026, 3, day, 8, 0))
    assert len(world.messenger.questions(CLASS_A)) == 4
    assert len(world.messenger.questions(CLASS_C)) == 4
    assert world.messenger.attempts[CLASS_B.id] == 3  # not tried again once paused
    status = await world.say("status", chat=CLASS_B)
    assert "Paused: the last 3 questions could not be posted here" in status
    world.messenger.gone.clear()
    world.clock.current = utc(2026, 3, 5, 12, 0)
    await world.say("set 08:00 UTC", chat=CLASS_B)
    await world.at(utc(2026, 3, 6, 8, 0))
    assert len(world.messenger.questions(CLASS_B)) == 1


# -- answers and results ----------------------------------------------------------------------


async def test_each_person_answers_once_and_the_results_come_at_the_deadline(
    world: World,
) -> None:
    await world.say("set 08:00 Europe/London mon-fri deadline=17:00")
    [(chat, quiz)] = await world.at(utc(2026, 3, 2, 8, 0))
    assert chat == CLASS_A and isinstance(quiz, Quiz)
    assert quiz.header == "📅 Question of the day · answers until 17:00 (Europe/London)"
    right = quiz.correct[0]
    answer = quiz.options[right].label

    assert await world.tap(ANA, quiz, right) == "✅ Right! Results at 17:00 (Europe/London)."
    assert "already answered" in await world.tap(ANA, quiz, wrong_index(quiz))
    assert await world.tap(BEN, quiz, wrong_index(quiz)) == (
        f"❌ Not quite — it's {answer}. Results at 17:00 (Europe/London)."
    )
    assert "2 answers so far; closes Mon 2 Mar 17:00" in await world.say("status")

    assert await world.at(utc(2026, 3, 2, 16, 59)) == []
    [(chat, results)] = await world.at(utc(2026, 3, 2, 17, 0))
    body = results.fallback.plain
    assert "📊 Question of the day — Mon 2 Mar" in body
    assert "2 people answered; 50% got it right." in body
    assert f"Answer: {answer}" in body
    assert quiz.explanation in body
    assert "closed" in await world.tap(BEN, quiz, right)  # too late now
    assert await world.at(utc(2026, 3, 2, 18, 0)) == []  # results once


async def test_without_a_deadline_results_come_just_before_the_next_question(
    world: World,
) -> None:
    await world.say("set 08:00 UTC")
    await world.at(utc(2026, 3, 2, 8, 0))
    sent = await world.at(utc(2026, 3, 3, 8, 0))
    assert [type(reply) for _, reply in sent] == [Message, Quiz]
    assert "Nobody answered this one." in sent[0][1].fallback.plain


async def test_streaks_count_questions_answered_in_a_row(world: World) -> None:
    await world.say("set 08:00 UTC deadline=20:00")
    for day, answering in ((2, [ANA]), (3, [ANA, BEN]), (4, [ANA, BEN]), (5, [BEN])):
        [(_, quiz)] = await world.at(utc(2026, 3, day, 8, 0))
        assert isinstance(quiz, Quiz)
        for user in answering:
            await world.tap(user, quiz, quiz.correct[0])
        await world.at(utc(2026, 3, day, 20, 0))
    wednesday, thursday = world.messenger.results(CLASS_A)[2:4]
    assert "• Ana: 3 days in a row" in wednesday
    assert "• Ben: 2 days in a row" in wednesday
    assert "Ana" not in thursday  # she missed Thursday's question
    assert "• Ben: 3 days in a row" in thursday


async def test_daily_now_posts_todays_question_and_the_schedule_does_not_repeat_it(
    world: World,
) -> None:
    await world.say("set 08:00 UTC")
    replies = await world.engine.handle(Command(TEACHER, CLASS_A, "daily", "now"))
    [quiz] = replies
    assert isinstance(quiz, Quiz) and quiz.header.startswith("📅 Question of the day")
    again = shown(await world.engine.handle(Command(TEACHER, CLASS_A, "daily", "now")))
    assert "Today's question is already out — here it is again:" in again
    assert quiz.prompt in again
    assert await world.at(utc(2026, 3, 2, 8, 0)) == []
    assert "Next question: Tue 3 Mar 08:00" in await world.say("status")
    await world.tap(ANA, quiz, quiz.correct[0])
    results, tomorrow = await world.at(utc(2026, 3, 3, 8, 0))
    assert "1 person answered; 100% got it right." in results[1].fallback.plain
    assert isinstance(tomorrow[1], Quiz)


async def test_daily_off_stops_pushes_and_closes_the_open_question(world: World) -> None:
    await world.say("set 08:00 UTC")
    [(_, quiz)] = await world.at(utc(2026, 3, 2, 8, 0))
    assert isinstance(quiz, Quiz)
    await world.tap(ANA, quiz, wrong_index(quiz))
    said = await world.say("off")
    assert "Daily questions are off for this chat." in said
    assert "1 person answered; 0% got it right." in said
    assert await world.at(utc(2026, 3, 3, 8, 0)) == []
    assert "No daily question is set" in await world.say("status")
    assert "No daily question was set" in await world.say("off")


async def test_a_button_pressed_in_another_chat_is_not_an_answer_there(world: World) -> None:
    await world.say("set 08:00 UTC")
    [(_, quiz)] = await world.at(utc(2026, 3, 2, 8, 0))
    assert isinstance(quiz, Quiz)
    said = await world.tap(ANA, quiz, quiz.correct[0], chat=CLASS_B)
    assert "closed" in said
    forged = shown(await world.engine.handle(Choice(ANA, CLASS_A, "dq:2026x302:0")))
    assert forged == "That button has expired."


async def test_nothing_is_pushed_until_a_messenger_is_attached(world: World) -> None:
    await world.say("set 08:00 UTC")
    world.daily.messenger = None
    assert await world.at(utc(2026, 3, 2, 8, 0)) == []
    world.daily.messenger = world.messenger  # the adapter connected a little later
    assert len(await world.at(utc(2026, 3, 2, 8, 1))) == 1


# -- the question of the day ------------------------------------------------------------------


def test_the_class_sees_every_fact_before_any_comes_back() -> None:
    questions = pushable(default_deck_questions())
    keys = {coverage_key(q) for q in questions}
    record = ClassRecord()
    seen: list[str] = []
    for day in range(len(keys)):
        picked = pick_question(questions, record, seed=day)
        assert picked is not None
        question, record = picked
        seen.append(coverage_key(question))
    assert sorted(seen) == sorted(keys)  # each once
    picked = pick_question(questions, record, seed=len(keys))
    assert picked is not None
    assert coverage_key(picked[0]) != seen[-1]  # a new round never starts with yesterday's


def test_topics_the_class_gets_wrong_come_up_more_often() -> None:
    questions = [
        _question(f"{topic}-{n}", topic) for topic in ("weak", "unseen", "strong") for n in range(8)
    ]
    record = ClassRecord(topics={"weak": Tally(18, 20), "strong": Tally(1, 20)})
    counts = {"weak": 0, "unseen": 0, "strong": 0}
    for seed in range(600):
        picked = pick_question(questions, record, seed)
        assert picked is not None
        counts[picked[0].topic_id or ""] += 1
    assert counts["weak"] > 1.5 * counts["unseen"] > 1.5 * counts["strong"]


def test_a_deck_without_one_tap_questions_cannot_be_pushed() -> None:
    typed = _question("typed", "t", options=())
    assert pick_question([typed], ClassRecord(), seed=1) is None


def default_deck_questions() -> list[Question]:
    from bot.questions import QuestionGenerator

    return QuestionGenerator(default_deck()).all_candidates()


def _question(ident: str, topic: str, options: tuple[str, ...] = ("a", "b")) -> Question:
    return Question(
        ident, QuestionKind.CHOICE, f"Q {ident}?", ("a",), options, (0,), "", "", topic, ident
    )


# -- each chat's deck -------------------------------------------------------------------------

CHEMISTRY = """
deck:
  id: chemistry-basics
  title: Chemistry basics
  subject: Chemistry
topics:
  - id: metals
    title: Metals
    facts:
      - The chemical symbol for iron is {{c1::Fe}}
  - id: gases
    title: Gases
    facts:
      - Air is mostly nitrogen
questions:
  - question: What is the chemical symbol for iron?
    options: [Fe, Ir, In, I]
    answers: [Fe]
    explanation: From its Latin name, ferrum.
    topic: metals
  - question: Which gas makes up most of the air?
    options: [Nitrogen, Oxygen, Argon, Carbon dioxide]
    answers: [Nitrogen]
    explanation: Air is about 78% nitrogen.
    topic: gases
"""
CHEMISTRY_PROMPTS = {"What is the chemical symbol for iron?", "Which gas makes up most of the air?"}


@dataclass(frozen=True)
class Chosen:
    deck: Deck
    pool: QuestionPool


@dataclass
class ChatDecks:
    """A deck library in miniature: a chat in `chosen` studies that deck, any other the default;
    each deck with one question pool, as deck runtimes have."""

    chosen: dict[str, Deck] = field(default_factory=dict)
    broken: bool = False
    pools: dict[int, QuestionPool] = field(default_factory=dict)

    async def for_chat(self, chat: Chat) -> Chosen:
        if self.broken:
            raise RuntimeError("the settings table is unreachable")
        deck = self.chosen.get(chat.id, default_deck())
        if id(deck) not in self.pools:
            self.pools[id(deck)] = QuestionPool(QuestionGenerator(deck, seed=POOL_SEED))
        return Chosen(deck, self.pools[id(deck)])


async def topics_answered(world: World, user: User, deck_id: str) -> dict[str | None, int]:
    """What the user's /progress counts for a deck: answers per topic."""
    rows = await world.store.accuracy_by_topic(UserRef(user.platform, user.id), deck_id)
    return {row.topic_id: row.total for row in rows}


async def test_a_chat_with_its_own_deck_gets_its_question_of_the_day_from_that_deck(
    world: World,
) -> None:
    world.daily.decks = ChatDecks({CLASS_A.id: parse_deck(CHEMISTRY)})
    await world.say("set 08:00 UTC deadline=17:00", chat=CLASS_A)
    await world.say("set 08:00 UTC deadline=17:00", chat=CLASS_B)
    await world.at(utc(2026, 3, 2, 8, 0))
    [chemistry] = world.messenger.questions(CLASS_A)
    [history] = world.messenger.questions(CLASS_B)
    assert chemistry.prompt in CHEMISTRY_PROMPTS
    assert history.prompt in {q.prompt for q in pushable(default_deck_questions())}
    assert history.prompt not in CHEMISTRY_PROMPTS

    assert "Right!" in await world.tap(ANA, chemistry, chemistry.correct[0], chat=CLASS_A)
    await world.tap(BEN, history, history.correct[0], chat=CLASS_B)
    await world.at(utc(2026, 3, 2, 17, 0))
    [results] = world.messenger.results(CLASS_A)
    assert "1 person answered; 100% got it right." in results
    assert chemistry.explanation in results
    assert chemistry.explanation in {"From its Latin name, ferrum.", "Air is about 78% nitrogen."}
    # Each answer counts towards the deck it was asked from, in the user's progress.
    assert sum((await topics_answered(world, ANA, "chemistry-basics")).values()) == 1
    assert await topics_answered(world, ANA, default_deck().id) == {}
    assert sum((await topics_answered(world, BEN, default_deck().id)).values()) == 1


PHYSICS = """
deck:
  id: physics-units
  title: Physics units
topics:
  - id: units
    title: Units
    facts:
      - Force is measured in newtons
questions:
  - question: What is the unit of force?
    options: [Newton, Joule, Watt, Pascal]
    answers: [Newton]
    explanation: One newton accelerates one kilogram at one metre per second squared.
    topic: units
  - question: What is the unit of energy?
    options: [Joule, Newton, Volt, Ohm]
    answers: [Joule]
    explanation: A joule is a newton metre.
    topic: units
  - question: What is the unit of power?
    options: [Watt, Joule, Ampere, Tesla]
    answers: [Watt]
    explanation: A watt is a joule per second.
    topic: units
"""
PHYSICS_PROMPTS = {
    "What is the unit of force?",
    "What is the unit of energy?",
    "What is the unit of power?",
}


async def test_a_deck_switch_between_two_days_brings_the_new_decks_questions(
    world: World,
) -> None:
    physics, chemistry = parse_deck(PHYSICS), parse_deck(CHEMISTRY)
    decks = ChatDecks({CLASS_A.id: physics})
    world.daily.decks = decks
    await world.say("set 08:00 UTC")  # every day; results come just before the next question

    async def next_question(day: int) -> Quiz:
        *_, (_, quiz) = await world.at(utc(2026, 3, day, 8, 0))
        assert isinstance(quiz, Quiz)
        return quiz

    monday = await next_question(2)
    assert monday.prompt in PHYSICS_PROMPTS
    decks.chosen[CLASS_A.id] = chemistry  # the teacher uploads another deck
    await world.tap(ANA, monday, monday.correct[0])  # Monday's question is still open
    tuesday = await next_question(3)
    assert monday.explanation in world.messenger.results(CLASS_A)[-1]
    wednesday = await next_question(4)
    # The new deck is covered before anything repeats; Monday's question, unknown to it, is ignored.
    assert {tuesday.prompt, wednesday.prompt} == CHEMISTRY_PROMPTS
    thursday = await next_question(5)
    assert thursday.prompt == tuesday.prompt  # chemistry's second round
    # Monday's answer counts for the deck Monday's question came from.
    assert sum((await topics_answered(world, ANA, "physics-units")).values()) == 1
    assert await topics_answered(world, ANA, "chemistry-basics") == {}

    decks.chosen[CLASS_A.id] = physics  # and back: physics carries on with its own round
    friday, saturday = await next_question(6), await next_question(7)
    assert {monday.prompt, friday.prompt, saturday.prompt} == PHYSICS_PROMPTS


async def test_a_chat_whose_deck_cannot_be_looked_up_gets_the_default_decks_question(
    world: World,
) -> None:
    world.daily.decks = ChatDecks({CLASS_A.id: parse_deck(CHEMISTRY)}, broken=True)
    await world.say("set 08:00 UTC")
    [(_, quiz)] = await world.at(utc(2026, 3, 2, 8, 0))
    assert isinstance(quiz, Quiz) and quiz.prompt not in CHEMISTRY_PROMPTS


async def test_decks_sharing_an_id_keep_their_own_questions_and_few_decks_are_kept() -> None:
    other = parse_deck(
        CHEMISTRY.replace("What is the chemical symbol for iron?", "Which metal rusts?")
    )
    pools = DeckPools(default_deck(), kept=2)
    first = await pools.pool(parse_deck(CHEMISTRY))
    second = await pools.pool(other)
    assert "Which metal rusts?" in {q.prompt for q in second.questions}
    assert "Which metal rusts?" not in {q.prompt for q in first.questions}
    await pools.pool(parse_deck(CHEMISTRY))
    assert len(pools) == 2
    assert await pools.pool(second.deck) is second  # used recently: kept


# -- pacing -----------------------------------------------------------------------------------


class VirtualTime:
    """Monotonic seconds for a pacer, moved on by `run` to the next sleeper's wake-up time only
    once every task is waiting: many concurrent sleepers never push time further than one would."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds, next(self._order), wake))
        await wake

    async def run(self, *work: Coroutine[Any, Any, object]) -> None:
        tasks = [asyncio.ensure_future(each) for each in work]
        while not all(task.done() for task in tasks):
            await asyncio.sleep(0.001)  # let every task run until it sleeps (or its I/O ends)
            if self._sleepers:
                self.now = max(self.now, self._sleepers[0][0])
                while self._sleepers and self._sleepers[0][0] <= self.now:
                    heapq.heappop(self._sleepers)[2].set_result(None)
        await asyncio.gather(*tasks)


def most_in_any_window(times: list[float], window: float) -> int:
    """The largest number of times inside any half-open window [t, t + window)."""
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window - 1e-9:
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_a_thousand_chats_are_released_at_thirty_a_second() -> None:
    fake = VirtualTime()
    pacer = RatePacer(per_second=30, per_chat_per_minute=20, now=fake, sleep=fake.sleep)
    released: list[float] = []

    async def fan_out() -> None:
        for chat in range(1000):
            await pacer.acquire(f"chat-{chat}")
            released.append(fake.now)

    await fake.run(fan_out())
    assert most_in_any_window(released, 1.0) == 30
    assert 33.0 <= released[-1] < 34.0  # and no slower than that


async def test_one_busy_chat_gets_twenty_a_minute_while_the_rest_flow() -> None:
    fake = VirtualTime()
    pacer = RatePacer(per_second=30, per_chat_per_minute=20, now=fake, sleep=fake.sleep)
    released: dict[str, list[float]] = {}

    async def send(chat: str, count: int) -> None:
        for _ in range(count):
            await pacer.acquire(chat)
            released.setdefault(chat, []).append(fake.now)

    await fake.run(send("busy", 50), *(send(f"chat-{n}", 2) for n in range(1000)))
    assert most_in_any_window(released["busy"], 60.0) == 20
    everything = [moment for times in released.values() for moment in times]
    assert most_in_any_window(everything, 1.0) <= 30
    quiet_last = max(max(times) for chat, times in released.items() if chat != "busy")
    assert quiet_last < 70.0  # 2,000 messages at 30/s: the busy chat holds nobody up


async def test_a_fan_out_to_many_chats_goes_through_the_pacer(world: World) -> None:
    fake = VirtualTime()
    world.daily.pacer = RatePacer(per_second=30, per_chat_per_minute=20, now=fake, sleep=fake.sleep)
    sent_at: list[float] = []
    send = world.messenger.send

    async def timed(chat: Chat, reply: Reply) -> SentMessage:
        sent_at.append(fake.now)
        return await send(chat, reply)

    world.messenger.send = timed  # type: ignore[method-assign]
    chats = [Chat("test", f"class-{n}", is_group=True) for n in range(70)]
    for chat in chats:
        await world.say("set 08:00 UTC", chat=chat)
    before = len(world.messenger.sent)
    await fake.run(world.at(utc(2026, 3, 2, 8, 0)))
    sent = world.messenger.sent[before:]
    assert sorted(chat.id for chat, _ in sent) == sorted(chat.id for chat in chats)
    assert most_in_any_window(sent_at, 1.0) <= 30
    assert 2.0 <= fake.now < 4.0  # 70 messages at 30 a second: 30 at 0 s, 30 at 1 s, 10 at 2 s


async def test_a_bot_process_pushes_only_to_its_own_platforms_chats(world: World) -> None:
    """`studybot run all` runs one process per platform on one database: the Telegram process must
    not claim (and so lose) a Discord chat's push, nor the other way round."""
    await world.say("set 08:00 UTC")
    world.daily.platform = "elsewhere"
    assert await world.at(utc(2026, 3, 2, 8, 0)) == []
    assert (
        await world.store.get_push(PushKey(ChatRef(CLASS_A.platform, CLASS_A.id), date(2026, 3, 2)))
        is None
    )
    world.restart().platform = CLASS_A.platform  # this platform's own process
    [(chat, quiz)] = await world.at(utc(2026, 3, 2, 8, 1))
    assert chat == CLASS_A and isinstance(quiz, Quiz)
