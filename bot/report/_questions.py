"""Question ids back to questions, so a report can show what a missed question asked and its source line.

Results store only a question's id. Ids are stable for a deck (a hash of topic, fact, kind and blank), so
every question the generator can make, keyed by id, finds them again. Building that map walks the whole
deck, so it is built once per deck, off the event loop, and kept for a few decks.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Mapping

from bot.questions import Question, QuestionGenerator
from knowledge.model import Deck

_DECKS_KEPT = 8


class QuestionCatalogue:
    """Every question of a deck by id, built lazily per deck and kept in a small LRU."""

    def __init__(self, kept: int = _DECKS_KEPT) -> None:
        self._kept = kept
        # Keyed by the deck object's id, with the deck kept alive beside its map so the id is not reused.
        self._maps: OrderedDict[int, tuple[Deck, Mapping[str, Question]]] = OrderedDict()
        self._lock = asyncio.Lock()

    async def questions(self, deck: Deck) -> Mapping[str, Question]:
        async with self._lock:  # two reports at once build a deck's map once
            found = self._maps.get(id(deck))
            if found is not None and found[0] is deck:
                self._maps.move_to_end(id(deck))
                return found[1]
            built = await asyncio.to_thread(build_catalogue, deck)
            self._maps[id(deck)] = (deck, built)
            while len(self._maps) > self._kept:
                self._maps.popitem(last=False)
            return built


def build_catalogue(deck: Deck) -> dict[str, Question]:
    """Every question the generator can make from `deck`, by id."""
    return {question.id: question for question in QuestionGenerator(deck).all_candidates()}
