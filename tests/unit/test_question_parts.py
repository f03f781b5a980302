"""A big deck's question pool is built in parts so /quiz can start before the whole pool is in:
the parts together are exactly the whole pool, a start draws only questions of the parts in so
far, and a start those parts cannot fill waits for the whole pool instead of asking fewer."""

from __future__ import annotations

import asyncio
import random

from bot.deck_builds import DeckSource
from bot.engine import Engine
from bot.question_pool import QuestionPool
from bot.questions import QuestionGenerator
from bot.workers import WorkerPool
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import say, shown

PARTS = 4


def botany(plants: int) -> str:
    """A deck in another subject: each plant family a topic with facts of its own, and terms."""
    lines = ["deck:", "  id: botany", "  title: Plant Families", "topics:"]
    for n in range(plants):
        lines += [
            f"  - id: family-{n}",
            f"    title: Plant Family {n}",
            "    facts:",
            f"      - Family {n} grows in the valleys of region {n % 11} in {1800 + n}",
            f"      - Its flowers have {3 + n % 5} petals and attract bees from county {n % 7}",
            f"      - Gardeners in district {n % 13} prune family {n} every spring",
            f"      - Its seeds are carried {10 + n} metres by the wind before they land",
        ]
    lines.append("terms:")
    for n in range(plants):
        lines += [
            f"  - term: Stamen type {n}",
            f"    definition: the pollen organ of family {n}, ringed {n % 9} times",
        ]
    return "\n".join(lines) + "\n"


def _deck() -> Deck:
    return parse_deck(botany(24))


def _in_parts(deck: Deck) -> QuestionGenerator:
    generator = QuestionGenerator(deck)
    generator.parts = PARTS
    return generator


def test_the_parts_taken_in_any_order_are_exactly_the_whole_pool() -> None:
    deck = _deck()
    whole = _in_parts(deck).pool()  # built here, part after part
    builder = _in_parts(deck)
    parts = {part: builder.pool(part) for part in range(PARTS)}
    assert sum(map(len, parts.values())) >= len(whole) > 100
    order = list(range(PARTS))
    random.Random(7).shuffle(order)
    taker = _in_parts(deck)
    for step, part in enumerate(order):
        assert taker.take_part(part, parts[part]) is (step == PARTS - 1)
        assert not taker.built and taker.usable
    taker.complete()
    assert taker.built and taker.pool() == whole
    assert taker.generate(10, seed=3) == _in_parts(deck).generate(10, seed=3)


def test_a_start_from_some_parts_asks_only_their_questions() -> None:
    deck = _deck()
    builder = _in_parts(deck)
    first = builder.pool(0)
    taker = _in_parts(deck)
    taker.take_part(0, first)
    in_first = {candidate.question.id for candidate in first}  # type: ignore[attr-defined]
    for seed in range(5):
        drawn = taker.generate(8, seed=seed)
        assert len(drawn) == 8 and {question.id for question in drawn} <= in_first
    assert taker.count() == len(first)


async def test_the_rest_is_built_in_the_workers_while_starts_draw_from_the_first_part() -> None:
    deck = _deck()
    workers = WorkerPool(processes=2)
    generator = _in_parts(deck)
    pool = QuestionPool(
        generator, workers=workers, in_worker=True, source=DeckSource("botany-test", botany(24))
    )
    await pool.take_part(0, _in_parts(deck).pool(0))
    assert pool.usable and not pool.ready
    drawn = (await pool.drawable()).generate(5, seed=1)  # no waiting: the first part is in
    assert len(drawn) == 5
    pool.start()
    whole = await asyncio.wait_for(pool.generator(), timeout=300)
    assert pool.ready and pool.builds == 1
    assert whole.pool() == _in_parts(deck).pool()  # the workers built the same questions
    assert {question.id for question in drawn} <= {q.id for q in whole.all_candidates()}
    await workers.close()


async def test_a_topic_quiz_the_first_part_cannot_fill_waits_for_the_whole_pool() -> None:
    deck = _deck()
    engine = Engine(deck)
    runtime = engine.library.default
    generator = _in_parts(deck)
    runtime.quiz.pool = QuestionPool(generator, in_worker=False)
    await runtime.pool.take_part(0, _in_parts(deck).pool(0))
    topic = deck.topics[5]
    first_only = len(generator.generate(10, topic_id=topic.id, seed=1))
    whole = len(_in_parts(deck).generate(10, topic_id=topic.id, seed=1))
    assert first_only < whole  # the first part holds too few of this topic's questions

    said = shown(await say(engine, f"/quiz {topic.title} 10"))

    assert f"Question 1/{whole}" in said
    assert runtime.pool.ready and runtime.pool.builds == 1
