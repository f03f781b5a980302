"""Deck runtimes at scale: one question pool per deck, built once and off the loop; uploaded decks
kept in an LRU within a memory budget; timers visit only decks with quizzes open."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path

import pytest

from bot.deck_builds import BIG_DECK_BYTES, BIG_DECK_FACTS, build_pool
from bot.engine import Engine
from bot.events import Chat, Upload, User
from bot.question_pool import QuestionPool
from bot.questions import QuestionGenerator
from bot.questions._entities import EntityIndex
from bot.questions._tokens import tokenize
from bot.store import SqlStore
from bot.workers import WorkerPool
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import ANA, GROUP, say, shown
from tests.fakes.clock import FakeClock

TEACHER = dataclasses.replace(ANA, is_admin=True)
GEOLOGY = """\
deck:
  id: rocks
  title: Rocks and Minerals
topics:
  - id: igneous
    title: Igneous Rocks
    facts:
      - Formed when {{c1::magma}} cools and hardens
      - Granite cools slowly underground, so it has large crystals
      - Basalt cools quickly at the surface and has small crystals
  - id: sedimentary
    title: Sedimentary Rocks
    facts:
      - Formed from layers of sediment pressed together over millions of years
      - Limestone forms from the shells of sea creatures
      - Sandstone is made of cemented grains of sand
  - id: metamorphic
    title: Metamorphic Rocks
    facts:
      - Formed when heat and pressure change existing rock
      - Marble forms from limestone under heat and pressure
      - Slate forms from shale and splits into thin sheets
terms:
  - term: Magma
    definition: molten rock beneath the Earth's surface
  - term: Erosion
    definition: the wearing away of rock by wind, water or ice
"""
EXTRA_TOPIC = """\
  - id: minerals
    title: Minerals
    facts:
      - Quartz scores 7 on the Mohs scale of hardness
      - Feldspar weathers into kaolinite clay
"""


def chat(n: int) -> Chat:
    return Chat("test", f"class-{n}", is_group=True)


def upload(content: str, where: Chat, user: User = TEACHER) -> Upload:
    return Upload(user, where, "deck upload", "rocks.yaml", content.encode())


def geology(variant: int) -> str:
    """A different deck per variant (same subject, different id and one more fact)."""
    text = GEOLOGY.replace("id: rocks", f"id: rocks{variant}")
    return text.replace("changes existing rock", f"changes existing rock (set {variant})")


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'runtimes.db'}")
    yield opened
    await opened.close()


@pytest.fixture
def engine(deck: Deck, clock: FakeClock, store: SqlStore) -> Engine:
    return Engine(deck, clock=clock, store=store)


async def test_quizzes_draw_from_one_pool_built_once_yet_vary(engine: Engine) -> None:
    prompts = set()
    for n in range(6):
        user = User("test", f"u{n}", f"Student {n}")
        prompts.add(shown(await say(engine, "/quiz 3", user=user)).split("\n", 1)[1])
    await say(engine, "/battle", chat=GROUP)
    assert engine.library.default.pool.builds == 1
    assert len(prompts) > 1  # each quiz draws its own batch from the pool


async def test_an_uploaded_deck_gets_its_own_pool_and_a_changed_deck_a_new_one(
    engine: Engine,
) -> None:
    await engine.handle(upload(GEOLOGY, GROUP))
    first = await engine.library.for_chat(GROUP)
    assert "Quiz for Ana" in shown(await say(engine, "/quiz 2", chat=GROUP))
    assert first.pool.builds == 1
    assert engine.library.default.pool.builds == 0  # the default deck was never asked

    changed = GEOLOGY.replace("terms:\n", EXTRA_TOPIC + "terms:\n")
    await engine.handle(upload(changed, GROUP))
    second = await engine.library.for_chat(GROUP)
    assert second is not first
    body = shown(await say(engine, "/quiz minerals 2", chat=GROUP))
    assert "Quiz for Ana" in body
    assert second.pool.builds == 1
    assert first.pool.builds == 1  # not rebuilt: the chat moved on to the new deck


async def test_uploaded_decks_past_the_budget_are_dropped_and_come_back_from_the_store(
    engine: Engine,
) -> None:
    await engine.handle(upload(geology(1), chat(1)))
    one = (await engine.library.for_chat(chat(1))).weight
    engine.library.budget_bytes = one * 2  # room for two uploaded decks
    for n in (2, 3):
        await engine.handle(upload(geology(n), chat(n)))
    held = {runtime.deck.id for runtime in engine.library.runtimes}
    assert held == {engine.library.default.deck.id, "rocks2", "rocks3"}
    assert engine.library.held_bytes <= engine.library.budget_bytes

    assert "Igneous Rocks" in shown(await say(engine, "/topics", chat=chat(1)))
    held = {runtime.deck.id for runtime in engine.library.runtimes}
    assert "rocks1" in held and "rocks2" not in held  # rocks2 was the least recently used


async def test_a_deck_with_a_quiz_open_is_never_dropped(engine: Engine) -> None:
    await engine.handle(upload(geology(1), chat(1)))
    quizzing = await engine.library.for_chat(chat(1))
    engine.library.budget_bytes = quizzing.weight
    assert "Quiz for Ana" in shown(await say(engine, "/quiz 2", chat=chat(1)))
    for n in (2, 3):
        await engine.handle(upload(geology(n), chat(n)))
    held = {runtime.deck.id for runtime in engine.library.runtimes}
    assert "rocks1" in held and "rocks2" not in held
    assert await engine.library.for_chat(chat(1)) is quizzing  # its open quiz is still there
    assert quizzing.quiz.sessions


async def test_timers_visit_only_decks_with_quizzes_open(engine: Engine) -> None:
    for n in (1, 2, 3):
        await engine.handle(upload(geology(n), chat(n)))
    assert engine.library.live() == []
    await say(engine, "/quiz 2", chat=chat(2))
    assert [runtime.deck.id for runtime in engine.library.live()] == ["rocks2"]
    await say(engine, "/stop", chat=chat(2))
    assert engine.library.live() == []


def _gated_build(gate: str, deck: Deck) -> tuple[object, ...]:
    """Runs in the worker: waits for the test to open the gate, then builds the pool for real."""
    for _ in range(6000):
        if Path(gate).exists():
            return build_pool(deck)
        time.sleep(0.01)
    raise TimeoutError("the test never opened the gate")


async def test_a_pool_built_in_the_worker_never_blocks_the_loop(
    engine: Engine, tmp_path: Path
) -> None:
    deck = parse_deck(GEOLOGY)
    gate = tmp_path / "gate"
    workers = WorkerPool()
    pool = QuestionPool(
        QuestionGenerator(deck),
        workers=workers,
        build=partial(_gated_build, str(gate)),
        in_worker=True,
    )
    building = asyncio.ensure_future(pool.generator())
    waiting = asyncio.ensure_future(pool.generator())  # a second caller shares the build
    answered = 0
    for _ in range(25):
        if "Hungarian" in shown(await say(engine, "/explain hungarian uprisng")):
            answered += 1
    assert answered == 25
    assert not building.done()  # the build is still waiting in the worker, the loop answered all
    gate.write_text("open")
    built = await asyncio.wait_for(building, timeout=120)
    assert await waiting is built
    assert built.built and pool.builds == 1
    assert built.generate(3, seed=1)
    await workers.close()


def test_names_sharing_a_first_word_match_longest_first() -> None:
    deck = parse_deck(
        """\
deck: {id: cells, title: Cells}
topics:
  - id: membranes
    title: Membranes
    facts: [The cell membrane potential rises, then the cell wall holds]
terms:
"""
        + "".join(
            f"  - {{term: {name}, definition: a part of the cell number {k}}}\n"
            for k, name in enumerate(
                ["Cell", "Cell membrane", "Cell membrane potential", "Cell wall"]
                + [f"Cell type {k}" for k in range(50)]
            )
        )
    )
    index = EntityIndex(deck)
    text = "The cell membrane potential rises, then the cell wall holds"
    found = [entity.name for _, _, entity in index.matches(text, tokenize(text))]
    assert found[:2] == ["Cell membrane potential", "Cell wall"]


def river_atlas(rivers: int) -> str:
    """A big deck in another subject: each river a topic with three facts of its own."""
    lines = ["deck:", "  id: atlas", "  title: Rivers of an Atlas", "topics:"]
    for n in range(rivers):
        lines += [
            f"  - id: river-{n}",
            f"    title: River Number {n} of the Atlas",
            "    facts:",
            f"      - River {n} rises in the hills of region {n % 37} and runs {100 + n} km",
            f"      - Its delta feeds the wetlands of county {n % 53}, rich in reed and fish",
            f"      - A dam built in {1900 + n % 120} on river {n} powers the nearby towns",
        ]
    return "\n".join(lines) + "\n"


async def test_a_big_deck_built_in_the_worker_answers_after_upload_and_after_reload(
    engine: Engine,
) -> None:
    """A deck past the in-process size is built in the build worker and comes back pickled in
    pieces; dropped from memory, it is built again from the store the same way."""
    atlas = river_atlas(300)
    assert len(atlas) > BIG_DECK_BYTES and BIG_DECK_FACTS <= 3 * 300
    replies = shown(await engine.handle(upload(atlas, GROUP)))
    assert "now studies" in replies
    assert "runs 142 km" in shown(await say(engine, "/explain River Number 42", chat=GROUP))

    engine.library.budget_bytes = 0  # nothing uploaded fits: the atlas goes at the next upload
    await engine.handle(upload(geology(1), chat(1)))
    assert "atlas" not in {runtime.deck.id for runtime in engine.library.runtimes}
    assert "runs 107 km" in shown(await say(engine, "/explain River Number 7", chat=GROUP))
    await engine.builds.close()
