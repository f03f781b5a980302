"""Lines that say (nearly) the same thing, found through their rarest words instead of a scan.

"Does another topic have nearly this line?" compares word sets: two lines match when they share at
least `share` of the larger one's words. Asking that of every other line for every line is
quadratic. But a line that shares `need` of our `n` words must contain at least one of any
`n - need + 1` of them, so only the lines holding one of our rarest `n - need + 1` words are
compared (prefix filtering, as in set-similarity joins). The answers are exactly a scan's.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence


class SimilarSets:
    """Word sets, each found by any set sharing at least `share` of the larger one's words."""

    def __init__(self, sets: Sequence[frozenset[str]], share: float) -> None:
        if not 0 < share <= 1:
            raise ValueError("share must be in (0, 1]")
        self._sets = sets
        self._share = share
        self._postings: dict[str, list[int]] = {}
        for position, words in enumerate(sets):
            for word in words:
                self._postings.setdefault(word, []).append(position)

    def __len__(self) -> int:
        return len(self._sets)

    def __getitem__(self, position: int) -> frozenset[str]:
        return self._sets[position]

    def matches(self, words: frozenset[str]) -> Iterator[int]:
        """Positions of the non-empty sets `t` with |words ∩ t| ≥ share × max(|words|, |t|), in
        no particular order (none for an empty `words`)."""
        if not words:
            return
        need = math.ceil(self._share * len(words))  # the overlap also needs ≥ share × |t|
        rarest = sorted(words, key=lambda word: len(self._postings.get(word, ())))
        seen: set[int] = set()
        for word in rarest[: len(words) - need + 1]:
            for position in self._postings.get(word, ()):
                if position in seen:
                    continue
                seen.add(position)
                theirs = self._sets[position]
                if len(words & theirs) >= self._share * max(len(words), len(theirs)):
                    yield position
