"""Which deck a chat's question of the day comes from, and each deck's one-tap questions.

A chat studies the deck its `DeckSource` (the engine's deck library) hands out, else the feature's
own deck. The questions come from the deck runtime's question pool, built once for /quiz, /battle
and pushes alike; picking the one-tap ones runs off the event loop, once per deck, and is kept for
the few decks used most recently (the feature's own deck always). Without a deck library the
feature builds its own deck's questions, once.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

from bot.daily._picker import coverage_key, pushable
from bot.events import Chat
from bot.questions import Question, QuestionGenerator
from knowledge.model import Deck

DEFAULT_KEPT_DECKS = 16


class BuiltQuestions(Protocol):
    """A deck's question pool (`bot.question_pool.QuestionPool`): built once per deck runtime."""

    async def generator(self) -> QuestionGenerator: ...


class DeckChoice(Protocol):
    """A chat's deck as the engine's deck library hands it out (`bot.decks.DeckRuntime`)."""

    @property
    def deck(self) -> Deck: ...

    @property
    def pool(self) -> BuiltQuestions: ...


class DeckSource(Protocol):
    async def for_chat(self, chat: Chat) -> DeckChoice:
        """The deck a chat studies."""
        ...


@dataclass(frozen=True, slots=True)
class DeckPool:
    """A deck's one-tap questions, and the coverage keys they ask about (the picker's history of
    another deck is ignored: its keys are not among these)."""

    deck: Deck
    questions: tuple[Question, ...]
    keys: frozenset[str]


class DeckPools:
    """Each deck's `DeckPool`, built once and kept for the `kept` decks used most recently.

    Decks are told apart by id and identity: two uploads may share an id ("biology") with
    different content, and must never share questions. `generator` (tests) stands in for the
    default deck's question generator.
    """

    def __init__(
        self,
        default: Deck,
        *,
        generator: QuestionGenerator | None = None,
        kept: int = DEFAULT_KEPT_DECKS,
    ) -> None:
        if kept < 1:
            raise ValueError("kept must be at least 1")
        self.default = default
        self._generator = generator
        self._kept = kept
        self._default_pool: DeckPool | None = None
        self._pools: OrderedDict[tuple[str, int], DeckPool] = OrderedDict()

    async def pool(self, deck: Deck, generator: QuestionGenerator | None = None) -> DeckPool:
        """The deck's one-tap questions, picked from `generator` (the deck runtime's, with every
        question already built) when given: a push never builds a deck's questions again."""
        if deck is self.default:
            if self._default_pool is None:
                used = generator or self._generator
                self._default_pool = await asyncio.to_thread(_build, deck, used)
            return self._default_pool
        key = (deck.id, id(deck))  # the pool holds the deck, so its id is not reused meanwhile
        found = self._pools.get(key)
        if found is not None and found.deck is deck:
            self._pools.move_to_end(key)
            return found
        built = await asyncio.to_thread(_build, deck, generator)
        self._pools[key] = built
        self._pools.move_to_end(key)
        while len(self._pools) > self._kept:
            self._pools.popitem(last=False)
        return built

    def __len__(self) -> int:
        """Pools kept for decks other than the default."""
        return len(self._pools)


def _build(deck: Deck, generator: QuestionGenerator | None) -> DeckPool:
    questions = tuple(pushable((generator or QuestionGenerator(deck)).all_candidates()))
    return DeckPool(deck, questions, frozenset(coverage_key(q) for q in questions))
