"""`Part`: one of several interleaved shares of a deck's questions, built on its own.

A big deck's question pool is built in parts so a first part can be drawn from while the rest is
built (`bot.question_pool`). A part holds the questions anchored on every `count`-th fact, term,
lead-in, event, pair and written question, so each part spans the whole deck and every topic. Each
builder keeps its anchors' order, and an anchor's questions depend only on the deck and the seed
(each draws from its own `DeckContext.rng`), so all parts together are exactly the whole pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.model import Deck


@dataclass(frozen=True, slots=True)
class Part:
    """Share `index` of `count`: the anchors at positions `index`, `index + count`, …"""

    index: int = 0
    count: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.index < self.count:
            raise ValueError(f"part {self.index} of {self.count} does not exist")

    def __contains__(self, position: int) -> bool:
        return position % self.count == self.index

    @property
    def whole(self) -> bool:
        return self.count == 1


WHOLE = Part()


# Facts and key terms per part, and the most parts a pool is built in: a part of a 2 MB flashcard
# deck (44,000 cards) then takes under a second to build, and a deck under 5,000 lines is one part.
UNITS_PER_PART = 2500
MAX_PARTS = 32


def parts_for(deck: Deck) -> int:
    """How many parts a deck's pool is built in (one for a small deck)."""
    units = sum(len(topic.facts) for topic in deck.topics) + len(deck.terms)
    return max(1, min(MAX_PARTS, units // UNITS_PER_PART))
