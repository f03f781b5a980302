"""What a deck runtime is built from, as plain functions a worker process can run.

Each takes and returns picklable values: a deck, or the text of one, in; the deck with its search
index, the grader's list of names, or the deck's built question pool out. `bot.decks` decides where
they run: in-process for a small deck, in the worker for a big one (`is_big`).
"""

from __future__ import annotations

import gc
import io
import pickle
import time
from dataclasses import dataclass
from typing import Any

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


def parse_parts_packed(yaml_text: str, source: str) -> bytes:
    """`parse_parts`, pickled here in the worker: the bot receives bytes (cheap to pass on) and
    unpickles them in pieces off the loop (`unpack`), instead of the pool's result thread
    unpickling a 10,000-topic index in one call that holds the GIL for seconds."""
    return pickle.dumps(parse_parts(yaml_text, source), protocol=pickle.HIGHEST_PROTOCOL)


class _Pieces(io.RawIOBase):
    """The pickle's bytes, handed to the unpickler a frame (about 64 KiB) at a time, letting other
    threads run between frames: the event loop waits at most one frame's work for the GIL."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        time.sleep(0)  # give up the GIL: a thread waiting for it (the event loop) takes it now
        size = min(len(buffer), len(self._data) - self._at)
        buffer[:size] = self._data[self._at : self._at + size]
        self._at += size
        return size


def unpack(data: bytes) -> Any:
    """What `parse_parts_packed` (or `knowledge.uploads.read_packed`) returned, unpickled a frame
    at a time (run it in a thread).

    The collector is paused meanwhile (hundreds of thousands of new objects would set off full
    collections that walk them all) and what is alive afterwards is frozen, as a big deck's
    index build does in-process (`knowledge.search`): the index lives as long as the deck.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.Unpickler(_Pieces(data)).load()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
