"""Candidates for spelling correction by symmetric deletes (SymSpell's idea), not by a scan.

Two words within `d` edits share a string both reach by deleting at most `d` letters (a swap of two
neighbours is one delete on each side). So every word is filed under its deletions once, at build
time, and a query word looks up its own deletions: a few dozen dictionary lookups instead of an edit
distance against every word of the deck. Only the first `PREFIX` letters are used, which keeps the
index small (a long word's typo is still found through its start); the candidates are then checked
with the real edit distance, so the index only has to hold a superset of the answers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

PREFIX = 7
MAX_DISTANCE = 2


def deletions(word: str, distance: int) -> set[str]:
    """`word` and every string made from it by deleting up to `distance` letters."""
    found = {word}
    layer = {word}
    for _ in range(distance):
        layer = {variant for text in layer for variant in _one_deleted(text)}
        found |= layer
    return found


def _one_deleted(text: str) -> Iterator[str]:
    for k in range(len(text)):
        yield text[:k] + text[k + 1 :]


class DeleteIndex:
    """The words of a vocabulary filed under the deletions of their first `PREFIX` letters."""

    __slots__ = ("_buckets", "_words")

    def __init__(self, words: Sequence[str]) -> None:
        self._words = tuple(words)
        buckets: dict[str, list[int]] = {}
        for position, word in enumerate(self._words):
            for variant in deletions(word[:PREFIX], MAX_DISTANCE):
                buckets.setdefault(variant, []).append(position)
        # Tuples of ints: compact in memory and quick to pickle out of the worker that builds it.
        self._buckets = {variant: tuple(found) for variant, found in buckets.items()}

    def candidates(self, word: str, distance: int) -> list[str]:
        """Every word possibly within `distance` edits of `word`, in vocabulary order (a superset:
        check each with the edit distance)."""
        if distance > MAX_DISTANCE:
            raise ValueError(f"the index holds deletions up to {MAX_DISTANCE}, not {distance}")
        positions: set[int] = set()
        for variant in deletions(word[:PREFIX], distance):
            positions.update(self._buckets.get(variant, ()))
        return [self._words[position] for position in sorted(positions)]
