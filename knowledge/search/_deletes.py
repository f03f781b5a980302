"""Candidates for spelling correction by symmetric deletes (SymSpell's idea), not by a scan.

Two words within `d` edits share a string both reach by deleting at most `d` letters (a swap of two
neighbours is one delete on each side). So every word is filed under its deletions once, at build
time, and a query word looks up its own deletions: a few dozen lookups instead of an edit distance
against every word of the deck. Only the first `PREFIX` letters are used, which keeps the index
small (a long word's typo is still found through its start); the candidates are then checked with
the real edit distance, so the index only has to hold a superset of the answers.

The index is built in numpy: a big deck's vocabulary (70,000 words, two million deletions) took
about a second as a dictionary of strings, and as much again to pickle it out of the build worker
and back. Each deletion of a prefix is written as one integer, a byte per letter (the letters
numbered 1–255 in the vocabulary's own alphabet, 0 past the end), so seven letters fit in 64
bits and the number *is* the string: the same buckets as the dictionary, none merged. A deck
written in more than 255 letters (a Chinese glossary) keeps the dictionary (`_DictIndex`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a small deck's vocabulary is scanned, never indexed
    import numpy as np
    import numpy.typing as npt

PREFIX = 7
MAX_DISTANCE = 2
_MAX_LETTERS = 255  # a letter is one byte of a key; 0 pads a prefix shorter than `PREFIX`


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


# The letters a deletion keeps, for every way of deleting up to `MAX_DISTANCE` of `PREFIX`
# places. Deleting a place past a short word's end (its padding) deletes nothing, so a short
# word gets exactly its own deletions, some of them more than once.
_KEPT = tuple(
    tuple(place for place in range(PREFIX) if place not in deleted)
    for count in range(MAX_DISTANCE + 1)
    for deleted in combinations(range(PREFIX), count)
)


class DeleteIndex:
    """The words of a vocabulary filed under the deletions of their first `PREFIX` letters."""

    __slots__ = ("_dict", "_keys", "_letters", "_positions", "_starts", "_words")

    def __init__(self, words: Sequence[str]) -> None:
        import numpy as np

        self._words = tuple(words)
        prefixes = [word[:PREFIX] for word in self._words]
        alphabet = sorted(set("".join(prefixes)))
        self._dict: _DictIndex | None = None
        self._letters = {letter: code for code, letter in enumerate(alphabet, start=1)}
        if len(alphabet) > _MAX_LETTERS:
            self._dict = _DictIndex(self._words)
            return
        # Each prefix as `PREFIX` bytes, a row per word: its letters' numbers, then zeros.
        table = str.maketrans({letter: chr(code) for letter, code in self._letters.items()})
        written = "".join(prefix.translate(table).ljust(PREFIX, "\0") for prefix in prefixes)
        codes = np.frombuffer(written.encode("latin-1"), dtype=np.uint8).reshape(-1, PREFIX)
        columns = [codes[:, place].astype(np.uint64) for place in range(PREFIX)]
        keys = np.empty((len(self._words), len(_KEPT)), dtype=np.uint64)
        for row, kept in enumerate(_KEPT):
            key = np.zeros(len(self._words), dtype=np.uint64)
            for rank, place in enumerate(kept):
                key |= columns[place] << np.uint64(8 * rank)
            keys[:, row] = key
        # Word after word (row-major), so a stable sort by key leaves each bucket in word order.
        flat = keys.ravel()
        order = np.argsort(flat, kind="stable")
        sorted_keys = flat[order]
        positions = (order // len(_KEPT)).astype(np.int32)
        # A word reaches some deletions more than once ("aab" without either "a"): kept once.
        fresh = np.ones(len(sorted_keys), dtype=bool)
        fresh[1:] = (sorted_keys[1:] != sorted_keys[:-1]) | (positions[1:] != positions[:-1])
        sorted_keys, positions = sorted_keys[fresh], positions[fresh]
        first = np.ones(len(sorted_keys), dtype=bool)
        first[1:] = sorted_keys[1:] != sorted_keys[:-1]
        starts = np.flatnonzero(first)
        self._keys: npt.NDArray[np.uint64] = sorted_keys[starts]
        self._starts: npt.NDArray[np.int64] = np.append(starts, len(sorted_keys)).astype(np.int64)
        self._positions: npt.NDArray[np.int32] = positions

    def candidates(self, word: str, distance: int) -> list[str]:
        """Every word possibly within `distance` edits of `word`, in vocabulary order (a superset:
        check each with the edit distance)."""
        if distance > MAX_DISTANCE:
            raise ValueError(f"the index holds deletions up to {MAX_DISTANCE}, not {distance}")
        if self._dict is not None:
            return self._dict.candidates(word, distance)
        import numpy as np

        wanted = [
            key
            for variant in deletions(word[:PREFIX], distance)
            if (key := self._key(variant)) is not None
        ]
        if not wanted or len(self._keys) == 0:
            return []
        keys = np.array(wanted, dtype=np.uint64)
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        starts, ends = self._starts[at], self._starts[at + 1]
        filed = self._keys[at] == keys
        spans = zip(starts[filed].tolist(), ends[filed].tolist(), strict=True)
        found = [self._positions[start:end] for start, end in spans]
        if not found:
            return []
        return [self._words[position] for position in np.unique(np.concatenate(found)).tolist()]

    def _key(self, variant: str) -> int | None:
        """`variant` as the index writes it; None when it has a letter no word's prefix has."""
        key = 0
        for rank, letter in enumerate(variant):
            code = self._letters.get(letter)
            if code is None:
                return None
            key |= code << (8 * rank)
        return key


class _DictIndex:
    """The deletion index as a dictionary of strings: for an alphabet too big for a byte."""

    __slots__ = ("_buckets", "_words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self._words = words
        buckets: dict[str, list[int]] = {}
        for position, word in enumerate(self._words):
            for variant in deletions(word[:PREFIX], MAX_DISTANCE):
                buckets.setdefault(variant, []).append(position)
        self._buckets = {variant: tuple(found) for variant, found in buckets.items()}

    def candidates(self, word: str, distance: int) -> list[str]:
        positions: set[int] = set()
        for variant in deletions(word[:PREFIX], distance):
            positions.update(self._buckets.get(variant, ()))
        return [self._words[position] for position in sorted(positions)]
