"""Words a student writes as one that the notes write as two: "seatbelts" for "seat belts",
"ecotourism" for "eco tourism".

The other way round ("meta data" asked, "metadata" written) is `FactSearch._compounds`. A word is
split only where the notes have that very pair side by side, so a split is a spelling the deck
itself uses, never a guess at where a word breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from knowledge.search._words import STOP_WORDS, folded_words, index_word

MIN_PART = 3  # "seat", "eco", "air": a shorter half ("a", "in") makes words that are not pairs


class SplitWords:
    """The word pairs of some notes, found by the one word they make when written together."""

    __slots__ = ("_pairs",)

    def __init__(self, lines: Iterable[str]) -> None:
        self._pairs: dict[str, tuple[str, str]] = {}
        for line in lines:
            for first, second in pairwise(folded_words(line)):
                if (
                    len(first) >= MIN_PART
                    and len(second) >= MIN_PART
                    and first.isalpha()
                    and second.isalpha()
                    and first not in STOP_WORDS
                    and second not in STOP_WORDS
                ):
                    self._pairs.setdefault(index_word(first + second), (first, second))

    def split(self, word: str) -> tuple[str, str] | None:
        """The notes' two words that `word` writes as one ("seatbelts": "seat", "belts"), or None."""
        return self._pairs.get(index_word(word)) if word.isalpha() else None
