"""A deck's question pool is built once and used by everything that asks questions; a build that
fails is logged with the deck's id and the user is told plainly, never left waiting."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.daily import DailyFeature, NoPacing
from bot.deck_builds import build_pool
from bot.engine import Engine
from bot.events import Chat, Upload
from bot.ports import SentMessage
from bot.question_pool import PoolFailed, QuestionPool
from bot.questions import QuestionGenerator
from bot.replies import Message, Quiz, Reply
from bot.store import SqlStore
from bot.workers import PoolClosed
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import ANA, GROUP, say, shown
from tests.fakes.clock import FakeClock

TEACHER = dataclasses.replace(ANA, is_admin=True)
ASTRONOMY = """\
deck:
  id: solar-system
  title: The Solar System
topics:
  - id: inner
    title: Inner Planets
    people: [Galileo Galilei]
    facts:
      - Mercury is the closest planet to the Sun and has almost no atmosphere
      - Venus has a thick carbon dioxide atmosphere and is the hottest planet
      - Mars has the tallest volcano in the solar system, Olympus Mons
  - id: outer
    title: Outer Planets
    people: [William Herschel]
    facts:
      - Jupiter is the largest planet and has a Great Red Spot storm
      - Saturn has the most visible ring system, made of ice and rock
      - William Herschel discovered Uranus in 1781
terms:
  - term: Orbit
    definition: the curved path of a planet around a star
  - term: Dwarf planet
    definition: a body that orbits the Sun but has not cleared its orbit of other objects
"""
# A teacher's flashcard export (imported, so the upload's reply counts its quiz questions).
ROCKS_CSV = """\
Granite;an igneous rock with large crystals that cooled slowly underground
Basalt;an igneous rock with small crystals that cooled quickly at the surface
Limestone;a sedimentary rock formed from the shells of sea creatures
Sandstone;a sedimentary rock made of cemented grains of sand
Marble;a metamorphic rock formed from limestone under heat and pressure
Slate;a metamorphic rock formed from shale that splits into thin sheets
"""


class _Messenger:
    def __init__(self) -> None:
        self.sent: list[tuple[Chat, Reply]] = []

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        self.sent.append((chat, reply))
        return SentMessage(chat, str(len(self.sent)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        return None


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The ids of the decks whose questions were built, once per full build."""
    built: list[str] = []
    original = QuestionGenerator._build

    def counting(self: QuestionGenerator, part):  # type: ignore[no-untyped-def]
        if part.index == 0:
            built.append(self.deck.id)
        return original(self, part)

    monkeypatch.setattr(QuestionGenerator, "_build", counting)
    yield built


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'pools.db'}")
    yield opened
    await opened.close()


async def test_quizzes_and_daily_pushes_share_one_build_of_the_decks_questions(
    store: SqlStore, builds: list[str]
) -> None:
    deck = parse_deck(ASTRONOMY)
    clock = FakeClock(datetime(2026, 3, 2, 6, 0, tzinfo=UTC))
    messenger = _Messenger()
    daily = DailyFeature(
        deck, store=store, clock=clock, lease_clock=clock, messenger=messenger, pacer=NoPacing()
    )
    engine = Engine(deck, clock=clock, store=store, features=[daily])
    daily.decks = engine.library  # as the app wires it
    admin = dataclasses.replace(ANA, is_admin=True)

    assert "Question 1/3" in shown(await say(engine, "/quiz 3"))
    await say(engine, "/daily set 08:00 UTC", user=admin, chat=GROUP)
    clock.current = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    await engine.tick()
    await daily.idle()

    pushed = [reply for chat, reply in messenger.sent if chat == GROUP and isinstance(reply, Quiz)]
    assert len(pushed) == 1
    asked = {q.prompt for q in (await engine.library.default.pool.generator()).all_candidates()}
    assert pushed[0].prompt in asked
    assert builds == [deck.id]  # built once, for the quiz; the push drew from the same pool


_BROKEN = {"now": True}


def _flaky(deck: Deck) -> tuple[object, ...]:
    if _BROKEN["now"]:
        raise RuntimeError("the build ran out of memory")
    return build_pool(deck)


async def test_a_failed_build_is_logged_with_the_deck_and_the_user_told_plainly_then_retried(
    deck: Deck, caplog: pytest.LogCaptureFixture
) -> None:
    _BROKEN["now"] = True
    engine = Engine(deck)
    runtime = engine.library.default
    runtime.quiz.pool = QuestionPool(QuestionGenerator(deck), build=_flaky, in_worker=False)
    runtime.pool.start()  # as an upload starts it: in the background, nobody awaiting yet
    await asyncio.sleep(0.2)
    with caplog.at_level(logging.ERROR):
        said = shown(await asyncio.wait_for(say(engine, "/quiz"), timeout=300))
    assert "couldn't prepare this deck's quiz questions" in said
    assert "/explain" in said  # what still works
    failures = [r for r in caplog.records if "failed to build" in r.getMessage()]
    assert failures and all(deck.id in r.getMessage() and r.exc_info for r in failures)

    _BROKEN["now"] = False  # the next /quiz builds again, and this time it works
    assert "Question 1/" in shown(await say(engine, "/quiz"))
    assert runtime.pool.builds == 1


async def test_an_upload_whose_questions_fail_to_build_is_kept_and_says_so(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(self: QuestionGenerator, part: int | None = None) -> tuple[object, ...]:
        raise RuntimeError("the build ran out of memory")

    monkeypatch.setattr(QuestionGenerator, "pool", failing)
    engine = Engine(parse_deck(ASTRONOMY), store=store)
    upload = Upload(TEACHER, GROUP, "deck upload", "rocks.csv", ROCKS_CSV.encode())
    with caplog.at_level(logging.ERROR):
        said = shown(await asyncio.wait_for(engine.handle(upload), timeout=300))
    assert "This chat now studies" in said
    assert "quiz questions could not be prepared yet" in said
    assert shown(await say(engine, "/explain basalt", chat=GROUP)).startswith("Basalt")
    replies = await say(engine, "/quiz", chat=GROUP)
    assert isinstance(replies[0], Message)
    assert "couldn't prepare this deck's quiz questions" in shown(replies)
    assert any("failed to build" in r.getMessage() and r.exc_info for r in caplog.records)
    await engine.workers.close()


def _stopped(deck: Deck) -> tuple[object, ...]:
    raise PoolClosed("the worker pool was closed during the call")


async def test_a_build_stopped_by_the_bot_closing_is_no_error(
    deck: Deck, caplog: pytest.LogCaptureFixture
) -> None:
    """Closing a bot while a big deck's pool builds stops its workers: said once, at INFO, not
    as 'failed to build' with a traceback (make bench's loop-lag run logged two)."""
    pool = QuestionPool(QuestionGenerator(deck), build=_stopped, in_worker=False)
    with caplog.at_level(logging.INFO), pytest.raises(PoolFailed):
        await asyncio.wait_for(pool.generator(), timeout=60)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("stopped building" in r.getMessage() for r in caplog.records)
