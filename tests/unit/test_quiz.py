"""Solo quizzes, reviews and progress, through engine.handle with a fake clock and a real SQLite store."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.events import Answer, Chat, Choice, User
from bot.questions import Question
from bot.quiz import make_scheduler
from bot.replies import Choices, Image, Message, Notice, Quiz, Reply
from bot.store import SqlStore, StoreError, UserRef
from knowledge.model import Deck
from tests.conftest import ANA, BEN, DM, GROUP, say, shown
from tests.fakes.clock import FakeClock


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'studybot.db'}")
    yield opened
    await opened.close()


@pytest.fixture
def stored_engine(deck: Deck, clock: FakeClock, store: SqlStore) -> Engine:
    return Engine(deck, clock=clock, store=store, scheduler=make_scheduler(fuzzing=False))


def current(engine: Engine, user: User = ANA, chat: Chat = DM) -> Question:
    session = engine.quiz.session_for(user, chat)
    assert session is not None and session.current is not None
    return session.current


async def answer_right(engine: Engine, user: User = ANA, chat: Chat = DM) -> list[Reply]:
    question = current(engine, user, chat)
    if question.options:
        quiz = await _last_quiz(engine, user, chat)
        return await engine.handle(Choice(user, chat, quiz.options[quiz.correct[0]].token))
    return await engine.handle(Answer(user, chat, question.answers[0]))


async def answer_wrong(engine: Engine, user: User = ANA, chat: Chat = DM) -> list[Reply]:
    question = current(engine, user, chat)
    if question.options:
        quiz = await _last_quiz(engine, user, chat)
        wrong = next(i for i in range(len(quiz.options)) if i not in quiz.correct)
        return await engine.handle(Choice(user, chat, quiz.options[wrong].token))
    return await engine.handle(Answer(user, chat, "zzzz qqqq"))


_LAST: dict[tuple[str, str], Quiz] = {}


async def _last_quiz(engine: Engine, user: User, chat: Chat) -> Quiz:
    return _LAST[(user.id, chat.id)]


def remember(replies: list[Reply], user: User = ANA, chat: Chat = DM) -> list[Reply]:
    for reply in replies:
        if isinstance(reply, Quiz):
            _LAST[(user.id, chat.id)] = reply
    return replies


async def play(engine: Engine, command: str, *, user: User = ANA, chat: Chat = DM) -> list[Reply]:
    return remember(await say(engine, command, user=user, chat=chat), user, chat)


async def test_a_quiz_asks_one_question_at_a_time_and_ends_with_a_summary(engine: Engine) -> None:
    replies = await play(engine, "/quiz 3")
    assert "Quiz for Ana: 3 questions." in shown(replies)
    assert "Question 1/3" in shown(replies)
    for number in (2, 3):
        replies = remember(await answer_right(engine))
        assert shown(replies).startswith("✅")
        assert f"Question {number}/3" in shown(replies)
    replies = remember(await answer_right(engine))
    assert "Ana: 3/3 right (100%)." in shown(replies)
    assert engine.quiz.session_for(ANA, DM) is None


async def test_every_answer_shows_the_explanation_from_the_notes(engine: Engine) -> None:
    await play(engine, "/quiz 2")
    question = current(engine)
    replies = remember(await answer_wrong(engine))
    body = shown(replies)
    assert body.startswith("❌")
    assert question.explanation in body


async def test_a_topic_quiz_stays_on_the_topic(engine: Engine) -> None:
    replies = await play(engine, "/quiz berlin wall 4")
    assert "Berlin Wall" in shown(replies)
    seen = 0
    while engine.quiz.session_for(ANA, DM) is not None:
        assert current(engine).topic_id == "berlin-wall"
        seen += 1
        remember(await answer_right(engine))
    assert seen == 4


@pytest.mark.parametrize("args", ["0", "50", "-3"])
async def test_a_bad_question_count_is_explained(engine: Engine, args: str) -> None:
    body = shown(await play(engine, f"/quiz {args}"))
    assert "Pick between 1 and 20 questions" in body
    assert engine.quiz.session_for(ANA, DM) is None


async def test_an_unknown_topic_offers_topics_instead(engine: Engine) -> None:
    body = shown(await play(engine, "/quiz photosynthesis"))
    assert "“photosynthesis” is not a topic in these notes." in body


async def test_hint_skip_and_stop(engine: Engine) -> None:
    await play(engine, "/quiz 5")
    assert shown(await say(engine, "/hint")).startswith(("Hint: ", "Hint 1/"))
    question = current(engine)
    skipped = shown(remember(await say(engine, "/skip")))
    assert f"⏭ Skipped. The answer: {question.answers[0]}" in skipped
    stopped = shown(await say(engine, "/stop"))
    assert "Ana: 0/1 right (0%)." in stopped
    assert isinstance((await say(engine, "/stop"))[0], Notice)


async def start_on_a_choice_question(engine: Engine, chat: Chat = DM) -> Quiz:
    """Start quizzes until one opens on a multiple-choice question (kinds are mixed at random)."""
    for _ in range(30):
        replies = await play(engine, "/quiz 5", chat=chat)
        quiz = next((r for r in replies if isinstance(r, Quiz)), None)
        if quiz is not None:
            return quiz
        await say(engine, "/stop", chat=chat)
    raise AssertionError("no multiple-choice question in 30 quizzes")


async def test_someone_elses_buttons_are_refused_politely(engine: Engine) -> None:
    quiz = await start_on_a_choice_question(engine, GROUP)
    pressed = await engine.handle(Choice(BEN, GROUP, quiz.options[0].token))
    assert pressed == [Notice("This is Ana's quiz — start your own with /quiz.")]


async def test_an_answered_question_cannot_be_answered_again(engine: Engine) -> None:
    quiz = await start_on_a_choice_question(engine)
    token = quiz.options[quiz.correct[0]].token
    first = await engine.handle(Choice(ANA, DM, token))
    assert shown(first).startswith("✅")
    again = await engine.handle(Choice(ANA, DM, token))
    assert again == [Notice("You've already answered that one.")]


async def test_group_typed_answers_work_with_slash_a(engine: Engine) -> None:
    for _ in range(20):
        await play(engine, "/quiz 5", chat=GROUP)
        if not current(engine, ANA, GROUP).options:
            break
        await say(engine, "/stop", chat=GROUP)
    question = current(engine, ANA, GROUP)
    assert not question.options
    body = shown(await say(engine, f"/a {question.answers[0]}", chat=GROUP))
    assert body.startswith("✅")
    assert isinstance((await say(engine, "/a anything", user=BEN, chat=GROUP))[0], Notice)


async def test_review_without_history_offers_new_cards(stored_engine: Engine) -> None:
    replies = await play(stored_engine, "/review 4")
    assert "Review for Ana: 4 questions." in shown(replies)


async def test_review_brings_back_what_was_missed_and_not_what_was_known(
    stored_engine: Engine, clock: FakeClock, store: SqlStore
) -> None:
    await play(stored_engine, "/quiz 4")
    missed: list[Question] = []
    known: list[Question] = []
    for n in range(4):
        question = current(stored_engine)
        if n % 2:
            missed.append(question)
            remember(await answer_wrong(stored_engine))
        else:
            known.append(question)
            remember(await answer_right(stored_engine))
    clock.advance(days=1)
    ana = UserRef("test", ANA.id)
    assert await store.count_due(ana, clock.now()) == len(missed)
    await play(stored_engine, "/review 10")
    session = stored_engine.quiz.session_for(ANA, DM)
    assert session is not None
    facts = [q.fact_id for q in session.questions]
    assert set(facts[: len(missed)]) == {q.fact_id for q in missed}  # due cards first
    assert not {(q.fact_id, q.kind) for q in known} & {
        (q.fact_id, q.kind) for q in session.questions
    }
    with_fact = [fact for fact in facts if fact is not None]
    assert len(with_fact) == len(set(with_fact))  # never two cards of one fact in a day
    assert len(session.questions) == 10


async def test_a_fact_quizzed_today_is_not_reviewed_again_today(stored_engine: Engine) -> None:
    await play(stored_engine, "/quiz 3")
    quizzed = set()
    for _ in range(3):
        quizzed.add(current(stored_engine).fact_id)
        remember(await answer_wrong(stored_engine))
    await play(stored_engine, "/review 20")
    session = stored_engine.quiz.session_for(ANA, DM)
    assert session is not None
    quizzed.discard(None)  # a question on no single fact (an ordering, a lead-in) names none
    assert not quizzed & {q.fact_id for q in session.questions}


async def test_progress_shows_accuracy_per_topic_and_a_chart(
    stored_engine: Engine, clock: FakeClock
) -> None:
    empty = shown(await say(stored_engine, "/progress"))
    assert "you haven't answered anything yet" in empty
    await play(stored_engine, "/quiz berlin wall 2")
    remember(await answer_right(stored_engine))
    remember(await answer_wrong(stored_engine))
    replies = await say(stored_engine, "/progress")
    text_reply = next(r for r in replies if isinstance(r, Message))
    assert "1/2 right overall (50%)" in shown([text_reply])
    assert "streak: 1 day" in shown([text_reply])
    assert "• Berlin Wall: 1/2 (50%)" in shown([text_reply])
    image = next(r for r in replies if isinstance(r, Image))
    assert image.png.startswith(b"\x89PNG\r\n\x1a\n")
    assert "Berlin Wall 50%" in image.alt


async def test_progress_without_a_store_says_so(engine: Engine) -> None:
    assert "no store is set up" in shown(await say(engine, "/progress"))


async def test_a_wrong_typed_answer_names_the_right_answer_once(engine: Engine) -> None:
    for _ in range(30):
        await play(engine, "/quiz 5")
        if not current(engine).options:
            break
        await say(engine, "/stop")
    question = current(engine)
    assert not question.options
    verdict = shown(await engine.handle(Answer(ANA, DM, "no idea at all"))).splitlines()[0]
    assert verdict.startswith("❌")
    assert verdict.count(question.answers[0]) == 1


async def test_a_one_question_quiz_says_question_not_questions(engine: Engine) -> None:
    assert "Quiz for Ana: 1 question." in shown(await play(engine, "/quiz 1"))


async def test_a_hint_on_a_choice_question_never_spells_out_the_answer(engine: Engine) -> None:
    quiz = await start_on_a_choice_question(engine)
    hint = shown(await say(engine, "/hint"))
    right = quiz.options[quiz.correct[0]].label
    assert "starts with" not in hint
    assert f"“{right}”" not in hint


async def test_numbers_around_the_topic_count(engine: Engine) -> None:
    body = shown(await play(engine, "/quiz 3 berlin wall"))
    assert "Quiz for Ana: 3 questions." in body
    assert "e.g. /review 5" in shown(await say(engine, "/review 0"))


async def test_a_new_quiz_asks_before_replacing_the_running_one(engine: Engine) -> None:
    await play(engine, "/quiz 5")
    remember(await answer_right(engine))
    asked = await play(engine, "/quiz 2")
    assert shown(asked).startswith("You're on question 2/5 of your quiz (1/1 right so far).")
    assert "/stop ends this one" in shown(asked)
    assert engine.quiz.session_for(ANA, DM) is not None  # nothing thrown away yet
    choices = asked[0]
    assert isinstance(choices, Choices)
    assert [o.label for o in choices.options] == ["Start the new quiz", "Keep going"]
    body = shown(await engine.handle(Choice(ANA, DM, choices.options[0].token)))
    assert "Ana: 1/1 right (100%)." in body
    assert "Quiz for Ana: 2 questions." in body


async def test_keep_going_asks_the_same_question_again(stored_engine: Engine) -> None:
    engine = stored_engine
    await play(engine, "/quiz 3")
    before = current(engine)
    asked = await play(engine, "/review")
    assert isinstance(asked[0], Choices)
    assert asked[0].options[0].label == "Start the new review"
    again = await engine.handle(Choice(ANA, DM, asked[0].options[1].token))
    assert before.prompt in shown(again) or any(isinstance(r, Quiz) for r in again)
    assert current(engine) is before
    # another player's press changes nothing
    stale = await engine.handle(Choice(BEN, DM, asked[0].options[0].token))
    assert stale == [Notice("That button is for the player whose quiz it is.")]
    assert current(engine) is before
    started = shown(await engine.handle(Choice(ANA, DM, asked[0].options[0].token)))
    assert "Review for Ana" in started


async def test_hints_say_more_each_time_then_say_there_are_no_more(engine: Engine) -> None:
    for _ in range(40):  # a typed question whose answer is a word (a number gets one hint)
        await play(engine, "/stop")
        await play(engine, "/quiz 1")
        drawn = current(engine)
        if not drawn.options and sum(ch.isalpha() for ch in drawn.answers[0]) >= 4:
            break
    question = current(engine)
    assert not question.options
    hints = []
    while not (said := shown(await say(engine, "/hint"))).startswith("No more hints"):
        hints.append(said.split(": ", 1)[1])
        assert len(hints) <= 5
    assert len(hints) >= 2 and len(set(hints)) == len(hints)  # each one new
    assert hints[-1].endswith("(That was the last hint.)")
    answer = question.answers[0]
    assert len(answer) <= 2 or answer not in " ".join(hints)  # never the whole answer


async def test_hints_on_options_rule_out_one_more_but_never_the_last_wrong_one(
    engine: Engine,
) -> None:
    quiz = await start_on_a_choice_question(engine)
    question = current(engine)
    hints: list[str] = []
    while not (said := shown(await say(engine, "/hint"))).startswith("No more hints"):
        hints.append(said)
        assert len(hints) <= len(quiz.options)
    named = {label for label in question.options if any(f"“{label}”" in h for h in hints)}
    wrong = {label for i, label in enumerate(question.options) if i not in question.correct}
    assert named <= wrong and len(wrong - named) >= 1
    if question.kind.value == "choice" and len(wrong) >= 3:
        assert len(hints) >= 2 and len(set(hints)) == len(hints)


async def test_two_presses_of_one_button_at_once_count_once(stored_engine: Engine) -> None:
    quiz = await start_on_a_choice_question(stored_engine)
    token = quiz.options[quiz.correct[0]].token
    first, second = await asyncio.gather(
        stored_engine.handle(Choice(ANA, DM, token)), stored_engine.handle(Choice(ANA, DM, token))
    )
    verdicts = [r for r in (*first, *second) if shown([r]).startswith("✅")]
    assert len(verdicts) == 1
    assert Notice("You've already answered that one.") in (*first, *second)
    session = stored_engine.quiz.session_for(ANA, DM)
    assert session is not None and session.position == 1


async def test_an_idle_quiz_is_forgotten_and_stops_catching_group_chat(
    engine: Engine, clock: FakeClock
) -> None:
    await start_on_a_choice_question(engine, GROUP)
    assert await engine.handle(Answer(ANA, GROUP, "lol")) == []  # chatter is not an answer
    clock.advance(hours=3)
    await engine.tick()
    assert engine.quiz.session_for(ANA, GROUP) is None


@pytest.mark.parametrize("args", ["Berlin ²", "² 3"])
async def test_odd_digits_are_not_counts(engine: Engine, args: str) -> None:
    assert "Sorry" not in shown(await say(engine, f"/quiz {args}"))


async def test_a_crafted_start_button_cannot_ask_for_thousands(engine: Engine) -> None:
    replies = await engine.handle(Choice(ANA, DM, "qs:berlin-wall:999999"))
    assert "Quiz for Ana:" in shown(replies)
    session = engine.quiz.session_for(ANA, DM)
    assert session is not None and len(session.questions) <= 20


async def test_an_ambiguous_topic_asks_which_one(engine: Engine) -> None:
    replies = await play(engine, "/quiz 1956 3")
    assert shown(replies).startswith("Which topic did you mean by “1956”?")
    option = next(o for o in replies[0].options if o.label == "Poland")  # type: ignore[union-attr]
    started = await engine.handle(Choice(ANA, DM, option.token))
    assert "Quiz for Ana: 3 questions." in shown(started)


class _FlakyStore:
    """The real store, whose answers fail while `down` is set, as a database outage would."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.down = False

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    async def record_answer(self, *args: object, **kwargs: object) -> object:
        if self.down:
            raise StoreError("database error on postgresql://db: connection refused")
        return await self.store.record_answer(*args, **kwargs)  # type: ignore[arg-type]


async def test_an_answer_the_database_cannot_take_says_try_again_and_stays_open(
    deck: Deck, clock: FakeClock, store: SqlStore
) -> None:
    flaky = _FlakyStore(store)
    engine = Engine(deck, clock=clock, store=flaky, scheduler=make_scheduler(fuzzing=False))  # type: ignore[arg-type]
    await play(engine, "/quiz 2")  # remembers the buttons, whichever kind comes first
    asked = current(engine)
    flaky.down = True
    said = shown(await answer_right(engine))
    assert "can't reach my database right now, so nothing was saved" in said
    assert "try again" in said
    assert current(engine) is asked  # the same question, still open
    assert await store.review_history(UserRef("test", ANA.id)) == []
    flaky.down = False
    assert "✅" in shown(await answer_right(engine))  # answered again once the database is back
    assert len(await store.review_history(UserRef("test", ANA.id))) == 1
