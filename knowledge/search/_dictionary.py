"""Whether English knows a word, answered without loading the lemmatizer's whole dictionary.

The real-word rule (`_real_words`) asks this for the first unknown word of a query, so every
one-shot `studybot explain uprisng` asked it: simplemma decodes all 181,000 entries of its
English dictionary to answer (0.25 s, six times the start-up of the rest of the command). Its
headwords are written once, sorted, one per line, to a file in the user's cache directory
(named by simplemma's version, written atomically); later processes search that file in place
by bisection, so a question reads a few dozen bytes of it. When the cache directory cannot be
written, the words are held in memory for the process instead: slower to start, same answers.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
from functools import cache
from pathlib import Path

_APP_NAME = "studybot"
_SHIPPED = ("strategies", "dictionaries", "data", "en.plzma")  # simplemma's English dictionary


class _SortedLines:
    """Membership in a sorted, newline-separated byte string, by bisection (no parsing).

    The lines that start with a word's first three letters are found once per three letters and
    kept (within those of its first two, kept too): a lookup then bisects among the few dozen
    lines of that range, not the 181,000 of the whole dictionary, nor the thousands that start
    "co" or "re" — a grader's real-word checks run for most misspelt answers."""

    __slots__ = ("_data", "_ranges")

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data
        self._ranges: dict[bytes, tuple[int, int]] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        target = word.encode("utf-8")
        low, high = self._range(target[:3])
        start = self._first_at_least(target, low, high)
        end = self._data.find(b"\n", start, high)
        line = self._data[start : high if end < 0 else end]
        return start < high and line == target

    def _range(self, prefix: bytes) -> tuple[int, int]:
        """Where the lines starting with `prefix` (its first three bytes, or its first two, or a
        word of one letter) are: found by bisection once and kept, the three bytes' range within
        the two's (a few thousand pairs and triples start English words)."""
        found = self._ranges.get(prefix)
        if found is None:
            if len(prefix) > 2:
                outer_low, outer_high = self._range(prefix[:2])
            else:
                outer_low, outer_high = 0, len(self._data)
            low = self._first_at_least(prefix, outer_low, outer_high)
            # b"\xff" is no byte of UTF-8: every line starting with `prefix` sorts before it.
            found = self._ranges[prefix] = (
                low,
                self._first_at_least(prefix + b"\xff", low, outer_high),
            )
        return found

    def _first_at_least(self, target: bytes, low: int, high: int | None = None) -> int:
        """Where the first line not sorting before `target` starts, among the lines starting in
        [low, high) (`high` at most the data's end; `low` a line's start)."""
        data = self._data
        size = len(data)
        high = size if high is None else high
        while low < high:  # invariant: the line sought starts in [low, high]
            middle = (low + high) // 2
            start = data.rfind(b"\n", low, middle) + 1 or low
            end = data.find(b"\n", start)
            end = size if end < 0 else end
            if data[start:end] < target:
                low = end + 1
            else:
                high = start
        return min(low, size)

    def held(self) -> _WordSet:
        """The same words as a set in memory (see `hold_english_words`)."""
        return _WordSet(frozenset(self._data[:].decode("utf-8").split("\n")))


class _WordSet:
    """Membership in a set of the headwords: what `_SortedLines` answers, without bisection."""

    __slots__ = ("_words",)

    def __init__(self, words: frozenset[str]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(word) and word in self._words


def _headwords() -> list[bytes]:
    """simplemma's English headwords, sorted and de-duplicated (the slow part: it decodes them
    all)."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        _load_dictionary_from_disk,  # the shipped dictionary itself: the same words is_known reads
    )

    return sorted({word for word in _load_dictionary_from_disk("en") if b"\n" not in word})


def _cache_file() -> Path:
    """The cache file, named by the size and time of the shipped dictionary it was made from
    (found without importing simplemma, whose import alone costs more than a lookup here)."""
    import importlib.util

    import platformdirs

    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("simplemma is not installed")
    source = Path(next(iter(spec.submodule_search_locations)), *_SHIPPED).stat()
    folder = Path(platformdirs.user_cache_dir(_APP_NAME, appauthor=False))
    return folder / f"english-words-{source.st_size}-{source.st_mtime_ns}.txt"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@cache
def english_words() -> _SortedLines:
    """The dictionary's headwords, from the cache file when there is one (see the module)."""
    try:
        path = _cache_file()
        with path.open("rb") as source:
            return _SortedLines(mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):  # no cache yet (or an empty file): build it
        pass
    data = b"\n".join(_headwords())
    with contextlib.suppress(OSError):  # a read-only home: answer from memory
        _write_atomically(_cache_file(), data)
    return _SortedLines(data)


_held: list[_WordSet] = []  # the set, once `hold_english_words` made it


def hold_english_words() -> None:
    """Keep the headwords in memory as a set from now on (about 20 MB, 0.05 CPU-s to make), for
    a build worker: indexing a big deck asks tens of thousands of distinct words (about 10 µs each
    by bisection, 0.7 CPU-s for a 44,000-card deck), where a one-shot command asks a few."""
    if not _held:
        _held.append(english_words().held())


def is_english(word: str) -> bool:
    """True when simplemma's English dictionary knows the folded word as written or capitalised
    ("austria" is "Austria"), as `simplemma.is_known` would say for a word of letters."""
    words = _held[0] if _held else english_words()
    return word in words or word.capitalize() in words


def is_lower_case_word(word: str) -> bool:
    """True when the dictionary knows the folded word written in lower case: a common word of
    English ("potter", "rose"), not only a name ("Howard", "Eiffel")."""
    words = _held[0] if _held else english_words()
    return word in words
