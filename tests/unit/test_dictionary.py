"""The English word list behind the real-word rule: the same answers as simplemma's `is_known`,
from a cache file that later processes search in place, and from memory when none can be written."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import simplemma

from knowledge.search import _dictionary
from knowledge.search._dictionary import english_words, is_english


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache directory, and no word list loaded yet in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    english_words.cache_clear()
    yield tmp_path
    english_words.cache_clear()


def _sample() -> list[str]:
    headwords = [word.decode() for word in _dictionary._headwords()]
    rng = random.Random(7)
    picked = rng.sample(headwords, 2000) + rng.sample(headwords, 2000)
    words = {word.casefold() for word in picked if word.isalpha()}
    words |= {"uprisng", "diffrent", "exothermic", "austria", "swede", "tybalt", "princip", "zzzz"}
    words |= {headwords[0].casefold(), headwords[-1].casefold(), "a", "zyzzyva"}
    return sorted(word for word in words if word.isalpha())


def test_it_answers_as_simplemma_does_from_the_cache_file_and_from_memory(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = _sample()
    expected = {word: simplemma.is_known(word, lang="en") for word in words}
    assert any(expected.values()) and not all(expected.values())

    built = {word: is_english(word) for word in words}  # the first process: builds and writes
    assert built == expected
    assert list(cache_home.glob("studybot/english-words-*.txt"))

    english_words.cache_clear()  # a later process: reads the file in place
    monkeypatch.setattr(_dictionary, "_headwords", _must_not_decode)
    assert {word: is_english(word) for word in words} == expected


def test_a_cache_directory_that_cannot_be_written_still_gets_answers(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = cache_home / "not-a-folder"
    blocked.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert is_english("exothermic") and is_english("austria")
    assert not is_english("uprisng")


def test_a_real_word_and_a_typo_are_told_apart_without_decoding_the_dictionary_again(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert is_english("endothermic")  # writes the cache
    english_words.cache_clear()
    monkeypatch.setattr(_dictionary, "_headwords", _must_not_decode)
    assert is_english("exothermic") and not is_english("exothermc")


def _must_not_decode() -> list[bytes]:
    raise AssertionError("the dictionary was decoded although its word list was cached")


def test_the_words_held_in_memory_answer_as_the_file_does(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = [*_sample(), "", "two words", "line\nbreak", "Austria", "a"]
    from_file = {word: is_english(word) for word in words}
    monkeypatch.setattr(_dictionary, "_held", [])
    _dictionary.hold_english_words()  # a build worker's start
    assert _dictionary._held
    assert {word: is_english(word) for word in words} == from_file
