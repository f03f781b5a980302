"""Typo correction by a deletion index: the same corrections as comparing with every word, found
through a few lookups; answered words kept in a bounded LRU."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.search import _vocabulary
from knowledge.search._deletes import DeleteIndex, _DictIndex, deletions
from knowledge.search._vocabulary import Vocabulary, edit_allowance
from knowledge.search._words import index_word

# Words of a few subjects' notes, as a deck's vocabulary would hold them.
_NOTES = (
    "photosynthesis chlorophyll chloroplast mitochondria respiration glucose oxygen carbon dioxide "
    "membrane osmosis diffusion enzyme substrate catalyst protein amino nucleus ribosome cytoplasm "
    "vacuole stomata transpiration xylem phloem nitrogen fixation bacteria decomposer ecosystem "
    "parliament monarchy revolution constitution suffrage chartist reform treaty versailles "
    "armistice trench alliance mobilisation conscription propaganda rationing evacuation blitz "
    "glacier erosion deposition meander floodplain estuary tributary watershed sediment limestone "
    "granite basalt magma volcano earthquake tectonic subduction convection mantle crust "
    "equation quadratic integer fraction denominator numerator percentage probability median "
    "velocity acceleration momentum friction gravity pressure density voltage current resistance"
)
WORDS = _NOTES.split(" ")


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    kind = rng.choice("dsit")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "s":
        return word[:i] + letter + word[i + 1 :]
    if kind == "i":
        return word[:i] + letter + word[i:]
    if i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word + letter


def test_the_index_finds_what_a_full_scan_finds() -> None:
    words = sorted(set(WORDS))
    index = DeleteIndex(words)
    rng = random.Random(3)
    checked = 0
    for _ in range(2000):
        query = rng.choice(words)
        for _ in range(rng.choice((1, 2))):
            query = typo(query, rng)
        allowance = edit_allowance(query)
        if allowance == 0:
            continue
        scan = process.extract(
            query, words, scorer=OSA.distance, processor=None, score_cutoff=allowance, limit=8
        )
        nearby = index.candidates(query, allowance)
        found = process.extract(
            query, nearby, scorer=OSA.distance, processor=None, score_cutoff=allowance, limit=8
        )
        assert [(w, d) for w, d, _ in found] == [(w, d) for w, d, _ in scan], query
        checked += 1
    assert checked > 1500


def test_a_query_word_looks_at_few_candidates() -> None:
    index = DeleteIndex(sorted(set(WORDS)))
    nearby = index.candidates("photosynthsis", 2)
    assert "photosynthesis" in nearby
    assert len(nearby) < 5


def test_deletions_reach_a_swap_from_both_sides() -> None:
    assert deletions("ab", 1) & deletions("ba", 1)


def test_vocabulary_corrects_through_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_vocabulary, "INDEXED_FROM_WORDS", 10)
    vocabulary = Vocabulary(WORDS)
    assert vocabulary._deletes is not None
    found = vocabulary.alternatives("photosynthsis", known=False)
    assert [w for w, _ in found] == [index_word("photosynthesis")]
    assert vocabulary.alternatives("zzzzzzz", known=False) == ()


def test_the_cache_keeps_recent_words_when_full() -> None:
    vocabulary = Vocabulary(WORDS)
    limit = _vocabulary._CACHE_LIMIT
    vocabulary.alternatives("glaicer", known=False)
    for n in range(limit - 1):
        vocabulary.alternatives(f"word{n}x", known=False)
        vocabulary.alternatives("glaicer", known=False)  # kept recent
    vocabulary.alternatives("another", known=False)
    cache = vocabulary._cache
    assert len(cache) == limit
    assert ("glaicer", False, False) in cache
    assert ("word0x", False, False) not in cache  # the least recently used went first


def test_a_deck_in_many_letters_finds_the_same() -> None:
    """An alphabet too big for a byte a letter (a Chinese glossary) is indexed by strings: the
    same candidates either way."""
    rng = random.Random(5)
    letters = [chr(0x4E00 + n) for n in range(400)]
    words = sorted(
        {"".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(900)}
    )
    wide = DeleteIndex(words)
    assert wide._dict is not None
    latin = DeleteIndex(sorted(set(WORDS)))
    assert latin._dict is None
    for query in words[:200]:
        typed = query[1:] + rng.choice(letters)
        scan = [w for w in words if OSA.distance(typed, w) <= 2]
        assert set(scan) <= set(wide.candidates(typed, 2)), typed
    assert latin.candidates("zzzz", 2) == []
    assert DeleteIndex([]).candidates("word", 2) == []


def test_the_numpy_index_files_words_as_the_dictionary_does() -> None:
    words = sorted(set(WORDS) | {"aab", "abab", "aaaa", "xyz"})
    index, by_string = DeleteIndex(words), _DictIndex(tuple(words))
    rng = random.Random(7)
    for _ in range(1000):
        query = typo(typo(rng.choice(words), rng), rng) if rng.random() < 0.5 else "ééab"
        for distance in (0, 1, 2):
            assert index.candidates(query, distance) == by_string.candidates(query, distance)
