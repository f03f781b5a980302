"""Typo tolerance: mapping a query word the notes never use onto the words they do.

A misspelt word ("uprisng", "Khruschev", "hungarain") is compared by optimal-string-alignment
distance (a swap of two letters is one edit) with the deck's words a deletion index offers as
possibly close (`_deletes`), in one rapidfuzz call: the cost no longer grows with the deck. The
allowance grows with the word's length; short words and numbers are never corrected, because
"Nagy"/"Nage" or "1956"/"1965" are different things, not typos. A correction is trusted less than
the word itself, so a query made only of guesses cannot look like a confident match.

A correctly spelt word is no typo: "exothermic" asked of notes that say only "endothermic", or
"Austria" of notes about "Australia", stays an unknown word (`_real_words`), so the question is
answered from its other words or refused, never answered with the lookalike's line.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.search._bm25 import QueryTerm
from knowledge.search._deletes import DeleteIndex
from knowledge.search._lemma import is_common_word
from knowledge.search._real_words import is_real_word, may_correct, may_read_as
from knowledge.search._words import index_word, surface_words
from knowledge.text import americanise

MIN_CORRECTED_LENGTH = 4  # shorter words are names or abbreviations: never "corrected"
ONE_EDIT_TRUST = 0.9
TWO_EDIT_TRUST = 0.6  # "australia" -> "austria": offered, never trusted enough to match alone
PREFIX_TRUST = 0.6  # "gomul" -> "gomulka": a suggestion, not a match on its own
SPELLING_VARIANT_TRUST = 0.85  # a known word's one-edit twin: "khrushchev" / "khruschev"
VARIANT_MIN_LENGTH = 7
MAX_QUERY_WORDS = 32
INDEXED_FROM_WORDS = 4000
_CACHE_LIMIT = 4096

Alternatives = tuple[tuple[str, float], ...]


MAX_SHORT_TERM = 5  # letters: "kame", "tabla" are not typos of "came", "table"


def edit_allowance(word: str) -> int:
    """Edits tolerated in a word of this length: 0 below 4 letters, 1 up to 7, then 2."""
    if len(word) < MIN_CORRECTED_LENGTH:
        return 0
    return 1 if len(word) <= 7 else 2


class Vocabulary:
    """Every content word of a deck as written (normalised, unstemmed), for spelling correction."""

    __slots__ = ("_cache", "_deletes", "_known", "_sorted", "_stems", "_words")

    def __init__(self, words: Iterable[str]) -> None:
        folded = set(words)
        every = folded | {americanise(word) for word in folded}  # "uprisng" is nearer "uprising"
        self._known = {index_word(word) for word in every}
        usable = {word for word in every if word.isalpha() and len(word) >= 3}
        self._sorted = sorted(usable)
        self._words = list(self._sorted)
        self._stems = {word: index_word(word) for word in usable}
        # A small vocabulary is scanned (cheaper than building the index); a big one is indexed.
        self._deletes = DeleteIndex(self._words) if len(self._words) >= INDEXED_FROM_WORDS else None
        # The most recently asked words: a bounded LRU, so a burst of new words never empties it.
        self._cache: OrderedDict[tuple[str, bool, bool], Alternatives] = OrderedDict()

    def __len__(self) -> int:
        return len(self._words)

    def words(self) -> list[str]:
        """The deck's words of three letters or more, as written (and americanised), sorted."""
        return list(self._sorted)

    def knows(self, stemmed: str) -> bool:
        """True when the deck uses this (stemmed) word anywhere."""
        return stemmed in self._known

    def alternatives(self, word: str, known: bool, last: bool = False) -> Alternatives:
        """Index words `word` may stand for, besides itself, with how far to trust each.

        For a `known` word only its one-edit spelling twins (long words only); for an unknown word
        the nearest words within the allowance, else (for the `last` word of a query, which may
        still be being typed) words it is the start of.
        """
        key = (word, known, last)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        result = self._spelling_variants(word) if known else self._corrections(word, last)
        self._cache[key] = result
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.popitem(last=False)
        return result

    def clear_cache(self) -> None:
        """Forget every answered word (benchmarks measure what a user meets cold)."""
        self._cache.clear()

    def _nearby(self, word: str, distance: int) -> list[str]:
        """The words possibly within `distance` edits, in vocabulary order (all, for a small one)."""
        if self._deletes is None:
            return self._words
        return self._deletes.candidates(word, distance)

    def _spelling_variants(self, word: str) -> Alternatives:
        if len(word) < VARIANT_MIN_LENGTH or not word.isalpha():
            return ()
        own = index_word(word)
        nearby = self._nearby(word, 1)
        found = process.extract(
            word, nearby, scorer=OSA.distance, processor=None, score_cutoff=1, limit=5
        )
        stems = {self._stems[match] for match, _, _ in found if may_correct(word, match)} - {own}
        return tuple((variant, SPELLING_VARIANT_TRUST) for variant in sorted(stems))

    def _corrections(self, word: str, last: bool) -> Alternatives:
        allowance = edit_allowance(word)
        if allowance == 0 or not word.isalpha():
            return ()
        nearby = self._nearby(word, allowance)
        found = process.extract(
            word, nearby, scorer=OSA.distance, processor=None, score_cutoff=allowance, limit=8
        )
        # A short word no dictionary knows ("kame", a landform the notes never name) is not read
        # as an everyday word one slip away ("came"): in so few letters that slip is likelier a
        # term the notes lack than a typo, and read so, the question looks covered by any line
        # saying "came". A longer slip ("austrlia") is a typo all the same.
        found = [
            match
            for match in found
            if may_read_as(word, match[0])
            and (len(word) > MAX_SHORT_TERM or is_real_word(word) or not is_common_word(match[0]))
        ]
        if found:
            nearest = min(distance for _, distance, _ in found)
            trust = ONE_EDIT_TRUST if nearest <= 1 else TWO_EDIT_TRUST
            nearest_words = [match for match, distance, _ in found if distance == nearest]
            # "anerobic" is one edit from "anaerobic" and "aerobic": a student drops a letter far
            # more often than adding one, so a word with a letter more is the likelier one.
            if len({len(match) for match in nearest_words}) > 1:
                longer = [match for match in nearest_words if len(match) > len(word)]
                nearest_words = longer or nearest_words
            stems = {self._stems[match] for match in nearest_words}
            return tuple((corrected, trust) for corrected in sorted(stems))
        return self._completions(word) if last else ()

    def _completions(self, prefix: str) -> Alternatives:
        start = bisect.bisect_left(self._sorted, prefix)
        completions: list[str] = []
        for word in self._sorted[start : start + 50]:
            if not word.startswith(prefix):
                break
            if may_correct(prefix, word):  # "swede" is no start of "sweden"
                completions.append(word)
        completions.sort(key=len)
        stems = dict.fromkeys(self._stems[word] for word in completions[:3])
        return tuple((completion, PREFIX_TRUST) for completion in stems)


def query_terms(text: str, vocabulary: Vocabulary, idf: Callable[[str], float]) -> list[QueryTerm]:
    """The content words of a query as index terms: known words, corrections, or unknown words.

    `idf` scores a stemmed word for the index being searched (the unknown-word maximum for a word it
    lacks). A repeated word counts once. An unknown word with no correction stays in the list with
    no alternatives: it matches nothing but keeps its weight in what a full match would score.
    """
    terms: list[QueryTerm] = []
    seen: set[str] = set()
    words = surface_words(text)[:MAX_QUERY_WORDS]
    for position, word in enumerate(words):
        stemmed = index_word(word)
        if stemmed in seen:
            continue
        seen.add(stemmed)
        if vocabulary.knows(stemmed):
            extra = vocabulary.alternatives(word, known=True)
            terms.append(QueryTerm(word, ((stemmed, 1.0), *extra), idf(stemmed)))
            continue
        corrected = vocabulary.alternatives(word, known=False, last=position == len(words) - 1)
        unknown = idf(word)
        weight = max((idf(w) for w, _ in corrected), default=unknown)
        terms.append(QueryTerm(word, corrected, weight))
    return terms
