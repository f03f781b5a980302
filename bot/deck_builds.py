"""What a deck runtime is built from, as plain functions a worker process can run.

Each takes and returns picklable values: a deck, or the text of one, in; the deck with its search
index, the grader's list of names, or the deck's built question pool out. `bot.decks` decides where
they run: in-process for a small deck, in the worker for a big one (`is_big`).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass

from bot.grading import Grader
from bot.questions import QuestionGenerator
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex

# From this many facts (or bytes of deck text), building costs more than shipping the result back
# from a process: the bundled deck (70 facts) builds in-process, a 200-topic deck in the worker.
BIG_DECK_FACTS = 400
BIG_DECK_BYTES = 48 * 1024
# The seed of a deck's one question pool: ids stay the same for a deck, so spaced repetition
# finds a card again whichever quiz asked it.
POOL_SEED = 0
# Questions per pickled chunk a worker sends back: unpickling one holds the loop a few ms at most.
POOL_CHUNK = 200


@dataclass(frozen=True, slots=True)
class RuntimeParts:
    """The costly parts of a deck runtime, built together."""

    deck: Deck
    index: DeckIndex
    grader: Grader


def fact_count(deck: Deck) -> int:
    return sum(len(topic.facts) for topic in deck.topics) + len(deck.terms)


def is_big(deck: Deck) -> bool:
    """True when the deck's builds belong in the worker process."""
    return fact_count(deck) >= BIG_DECK_FACTS


def build_parts(deck: Deck, index: DeckIndex | None = None) -> RuntimeParts:
    """Index the deck and list the names its grader tells apart."""
    used = index or DeckIndex(deck)
    return RuntimeParts(deck, used, Grader(QuestionGenerator(deck).entities()))


def parse_parts(yaml_text: str, source: str) -> RuntimeParts:
    """A stored deck's text parsed and built (raises knowledge.loader.DeckError)."""
    return build_parts(parse_deck(yaml_text, source))


def build_pool(deck: Deck) -> tuple[object, ...]:
    """Every question of the deck (what `QuestionGenerator.adopt` takes)."""
    return QuestionGenerator(deck, seed=POOL_SEED).pool()


def build_pool_chunks(deck: Deck) -> tuple[object, ...]:
    """`build_pool` for a worker: its questions pickled in chunks of `POOL_CHUNK`, which the bot
    unpickles one per turn of its event loop (`bot.question_pool`)."""
    pool = build_pool(deck)
    return tuple(
        pickle.dumps(pool[start : start + POOL_CHUNK], protocol=pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(pool), POOL_CHUNK)
    )
