"""A small inverted index with field weights, IDF and BM25, built once per deck.

Each document is a list of fields (words, field weight, source): a word in a title weighs more than
the same word in a fact. For every word the index keeps, per document, the heaviest field it occurs
in (for a 0-1 "how much of the question does this document cover" confidence) and BM25's saturated
term frequency (to order documents that cover the question equally). Written here rather than taken
from rank-bm25, whose IDF is zero for a word found in exactly half the documents.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

if (
    TYPE_CHECKING
):  # imported where used: `studybot explain` never needs numpy (a third of its start)
    import numpy as np
    import numpy.typing as npt

K1 = 1.2
B = 0.75


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One word of a query, with the index words it may stand for (itself, or typo corrections).

    `alternatives` are (stemmed index word, trust) pairs: 1.0 for the word itself, less for a
    correction. `idf` is how informative the word is; an unknown word keeps the highest IDF, so a
    question about something the notes never mention cannot reach a high confidence.
    """

    text: str
    alternatives: tuple[tuple[str, float], ...]
    idf: float


@dataclass(frozen=True, slots=True)
class TermHits:
    """One query term against every document it touches (documents are keys of each dict)."""

    coverage: dict[int, float]
    bm25: dict[int, float]
    sources: dict[int, int]


@dataclass(frozen=True, slots=True)
class Scores:
    """A whole query against every document it touches: summed coverage and BM25, and the source
    of each document's largest contribution."""

    coverage: dict[int, float]
    bm25: dict[int, float]
    sources: dict[int, int]


@dataclass(frozen=True, slots=True)
class TermArrays:
    """One query term against every document it touches, as parallel arrays (one row per
    document, through the term's best alternative there): for a whole-deck pass per query that
    does its work in numpy instead of one Python step per posting."""

    docs: npt.NDArray[np.int64]
    coverage: npt.NDArray[np.float64]
    bm25: npt.NDArray[np.float64]
    sources: npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class _Postings:
    """A `FieldIndex`'s four posting arrays as numpy views."""

    docs: npt.NDArray[np.int64]
    best: npt.NDArray[np.float64]
    saturated: npt.NDArray[np.float64]
    sources: npt.NDArray[np.int64]


# A field of a document: its (index) words, their weight, and which source string they came from.
Field = tuple[tuple[str, ...], float, int]


class FieldIndex:
    """Documents of weighted words; answers "which documents cover these words, and how well".

    Postings live in four flat arrays (document, heaviest field weight, BM25 saturated term
    frequency, source of the heaviest occurrence), one contiguous span per word: a handful of
    objects for the whole index instead of one per occurrence, which keeps a big deck's index small
    and out of the garbage collector's way.
    """

    __slots__ = (
        "_arrays",
        "_best",
        "_docs",
        "_idf",
        "_max_idf",
        "_saturated",
        "_sources",
        "_spans",
        "size",
    )

    def __init__(
        self,
        documents: Sequence[Sequence[Field]],
        counted: Sequence[bool] | None = None,
        counted_weight: float = 0.0,
    ) -> None:
        """`counted`, when given, says which documents count towards IDF, and `counted_weight`
        which of their fields: lines a deck adds beside the notes (summaries, definitions) and
        light context fields (the subject of the line above) are searchable without making the
        notes' words look commoner than they are."""
        self.size = len(documents)
        lengths: list[float] = []
        posted: list[str] = []  # per posting (document after document): its word
        frequencies: list[float] = []  # its weighted term frequency
        entries: list[tuple[float, int]] = []  # its heaviest field's weight and source
        per_doc: list[int] = []  # postings per document
        counted_of: Counter[str] = Counter()  # documents counted towards each word's IDF
        for position, fields in enumerate(documents):
            tf: dict[str, float]
            length = 0.0
            if len(fields) == 1:  # most facts: one field, counted and weighed in C
                words, weight, source = fields[0]
                length = weight * len(words)
                counts = Counter(words)
                # weight × count, as `count * weight` computes it (the product of two floats)
                tf = dict(zip(counts, map(weight.__mul__, counts.values()), strict=True))
                entries += [(weight, source)] * len(tf)
            else:
                tf = {}
                best: dict[str, tuple[float, int]] = {}
                # Heaviest fields first, so a word's first field is its best one.
                for words, weight, source in sorted(fields, key=lambda field: -field[1]):
                    length += weight * len(words)
                    entry = (weight, source)
                    for word in words:
                        tf[word] = tf.get(word, 0.0) + weight
                        best.setdefault(word, entry)
                entries += best.values()  # in the same order as `tf`'s: both filled word by word
            posted += tf
            frequencies += tf.values()
            per_doc.append(len(tf))
            if counted is not None and counted[position]:
                heavy = {
                    word
                    for words, weight, _ in fields
                    if weight >= counted_weight
                    for word in words
                }
                counted_of.update(heavy)  # counted in C, one a document
            lengths.append(length)
        # Each word's number, in order of first use, and each posting's word by its number:
        # one dictionary lookup a posting, in C.
        first_used = dict.fromkeys(posted)
        ids = dict(zip(first_used, range(len(first_used)), strict=True))
        words_of = list(map(ids.__getitem__, posted))
        del posted
        total_length = sum(lengths)
        average = total_length / len(lengths) if total_length > 0 else 1.0
        place = _place_vectorised if len(words_of) >= VECTORISED_FROM else _place
        frequency_of, (self._docs, self._best, self._saturated, self._sources) = place(
            _Flat(len(ids), words_of, frequencies, entries, per_doc, lengths, average)
        )
        self._spans: dict[str, tuple[int, int]] = {}
        end = 0
        for word, count in zip(ids, frequency_of, strict=True):
            self._spans[word] = (end, end + count)
            end += count
        self._arrays: _Postings | None = None  # numpy views, made by the first `term_arrays`
        if counted is not None:
            n = max(sum(map(bool, counted)), 1)
            document_frequency = {word: counted_of.get(word, 0) for word in ids}
        else:
            n = max(self.size, 1)
            document_frequency = dict(zip(ids, frequency_of, strict=True))
        self._idf = {
            word: math.log(1 + (n - count + 0.5) / (count + 0.5))
            for word, count in document_frequency.items()
        }
        self._max_idf = math.log(1 + (n + 0.5) / 0.5)

    def __contains__(self, word: str) -> bool:
        return word in self._spans

    @property
    def max_idf(self) -> float:
        """The IDF of a word no document contains."""
        return self._max_idf

    def idf(self, word: str) -> float:
        """How informative `word` is across these documents (the unknown-word maximum if absent)."""
        return self._idf.get(word, self._max_idf)

    def term_hits(self, term: QueryTerm, among: Collection[int] | None = None) -> TermHits:
        """Per document the term's best alternative: idf x trust x field weight (coverage), its
        BM25 part, and the source it came from. Plain dicts of numbers: cheap to build per query.

        With `among`, only those documents are looked at (by binary search in a long posting
        list), for a word too common to be worth walking in full.
        """
        hits = TermHits({}, {}, {})
        coverage, bm25, sources = hits.coverage, hits.bm25, hits.sources
        for position, (word, trust) in enumerate(term.alternatives):
            span = self._spans.get(word)
            if span is None:
                continue
            start, end = span
            weight = term.idf * trust
            postings: Sequence[int]
            if among is not None and end - start > 8 * len(among):
                postings = self._find(among, start, end)
            else:
                postings = range(start, end)
                if position == 0 and among is None:  # nothing to compare with: bulk update
                    docs = self._docs[start:end]
                    coverage.update(
                        zip(docs, (weight * b for b in self._best[start:end]), strict=True)
                    )
                    bm25.update(
                        zip(docs, (weight * t for t in self._saturated[start:end]), strict=True)
                    )
                    sources.update(zip(docs, self._sources[start:end], strict=True))
                    continue
            for at in postings:
                doc = self._docs[at]
                if among is not None and doc not in among:
                    continue
                covered = weight * self._best[at]
                if covered > coverage.get(doc, 0.0):
                    coverage[doc] = covered
                    bm25[doc] = weight * self._saturated[at]
                    sources[doc] = self._sources[at]
        return hits

    def term_arrays(self, term: QueryTerm) -> TermArrays:
        """What `term_hits` finds, as arrays: per document the best alternative's coverage (idf x
        trust x field weight), its BM25 part and its source; the first alternative wins a tie."""
        parts: list[tuple[float, int, int]] = []
        for word, trust in term.alternatives:
            span = self._spans.get(word)
            if span is not None:
                parts.append((term.idf * trust, span[0], span[1]))
        import numpy as np

        if not parts:
            empty = np.zeros(0, dtype=np.int64)
            return TermArrays(empty, np.zeros(0), np.zeros(0), empty)
        arrays = self._postings()
        docs = np.concatenate([arrays.docs[start:end] for _, start, end in parts])
        coverage = np.concatenate([weight * arrays.best[start:end] for weight, start, end in parts])
        bm25 = np.concatenate(
            [weight * arrays.saturated[start:end] for weight, start, end in parts]
        )
        sources = np.concatenate([arrays.sources[start:end] for _, start, end in parts])
        if len(parts) > 1:
            # By document, then heaviest first (a stable sort keeps the first alternative first).
            order = np.lexsort((-coverage, docs))
            docs, coverage, bm25, sources = (
                docs[order],
                coverage[order],
                bm25[order],
                sources[order],
            )
            first = np.ones(len(docs), dtype=bool)
            first[1:] = docs[1:] != docs[:-1]
            docs, coverage, bm25, sources = (
                docs[first],
                coverage[first],
                bm25[first],
                sources[first],
            )
        return TermArrays(docs, coverage, bm25, sources)

    def touched(self, terms: Sequence[QueryTerm]) -> int:
        """How many postings scoring `terms` walks (every alternative's whole span)."""
        total = 0
        for term in terms:
            for word, _ in term.alternatives:
                span = self._spans.get(word)
                if span is not None:
                    total += span[1] - span[0]
        return total

    def score_arrays(self, terms: Sequence[QueryTerm]) -> TermArrays:
        """What `score` finds, as arrays, one row per document in document order: the same sums
        in the same order (so the same floats) and the same source, the first term's on a tie.
        For queries whose words are common in a big deck, where one Python step per posting
        would cost tens of milliseconds."""
        import numpy as np

        hits = [self.term_arrays(term) for term in terms]
        docs = np.concatenate([hit.docs for hit in hits])
        if not len(docs):
            empty = np.zeros(0, dtype=np.int64)
            return TermArrays(empty, np.zeros(0), np.zeros(0), empty)
        coverage = np.concatenate([hit.coverage for hit in hits])
        bm25 = np.concatenate([hit.bm25 for hit in hits])
        sources = np.concatenate([hit.sources for hit in hits])
        unique, inverse = np.unique(docs, return_inverse=True)
        # bincount adds each row's weight in row order, starting from 0.0: term by term, as
        # `score` adds them.
        summed_coverage = np.bincount(inverse, weights=coverage, minlength=len(unique)).astype(
            np.float64, copy=False
        )
        summed_bm25 = np.bincount(inverse, weights=bm25, minlength=len(unique)).astype(
            np.float64, copy=False
        )
        # The largest contribution per document, the first term's on a tie (lexsort is stable).
        order = np.lexsort((-coverage, docs))
        first = np.ones(len(order), dtype=bool)
        first[1:] = docs[order][1:] != docs[order][:-1]
        return TermArrays(unique, summed_coverage, summed_bm25, sources[order][first])

    def __getstate__(self) -> dict[str, object]:
        """Pickled (a big deck's index comes back from a worker process) without the numpy views,
        which would be pickled as copies of the arrays: they are made again on first use."""
        return {name: getattr(self, name) for name in self.__slots__ if name != "_arrays"}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._arrays = None

    def _postings(self) -> _Postings:
        """The postings seen as numpy arrays (views, no copy), made on first use."""
        if self._arrays is None:
            import numpy as np

            self._arrays = _Postings(
                np.frombuffer(self._docs, dtype=np.int64),
                np.frombuffer(self._best, dtype=np.float64),
                np.frombuffer(self._saturated, dtype=np.float64),
                np.frombuffer(self._sources, dtype=np.int64),
            )
        return self._arrays

    def _find(self, docs: Collection[int], start: int, end: int) -> list[int]:
        """Positions in the span [start, end) of those of `docs` it holds (spans are sorted)."""
        found = []
        for doc in docs:
            at = bisect_left(self._docs, doc, start, end)
            if at < end and self._docs[at] == doc:
                found.append(at)
        return found

    def score(self, terms: Sequence[QueryTerm]) -> Scores:
        """Coverage (sum of idf x trust x field weight) and BM25 per document touching any term,
        and the source of each document's largest contribution.

        Each term counts once per document, through its best alternative there.
        """
        scores = Scores({}, {}, {})
        largest: dict[int, float] = {}
        coverage, bm25, sources = scores.coverage, scores.bm25, scores.sources
        for term in terms:
            hits = self.term_hits(term)
            for doc, covered in hits.coverage.items():
                coverage[doc] = coverage.get(doc, 0.0) + covered
                bm25[doc] = bm25.get(doc, 0.0) + hits.bm25[doc]
                if covered > largest.get(doc, -1.0):
                    largest[doc] = covered
                    sources[doc] = hits.sources[doc]
        return scores


# From this many postings the posting arrays are laid out with numpy (a 44,000-card deck has about
# 400,000: 1 CPU-s less); fewer are laid out in Python, so a one-shot `studybot explain` of a
# small deck never imports numpy.
VECTORISED_FROM = 20_000

if TYPE_CHECKING:
    _Arrays = tuple[array[int], array[float], array[float], array[int]]


@dataclass(frozen=True, slots=True)
class _Flat:
    """Every posting of a `FieldIndex` in document order, before they are grouped by word."""

    words: int  # how many distinct words
    word_of: list[int]  # per posting, its word's number (numbered in order of first use)
    frequencies: list[float]
    entries: list[tuple[float, int]]  # per posting, its heaviest field's weight and source
    per_doc: list[int]  # postings per document
    lengths: list[float]  # per document, its weighted length
    average: float  # the documents' average length


def _saturated(frequency: float, length: float, average: float) -> float:
    """BM25's saturated term frequency (the vectorised layout computes it in the same order)."""
    norm = K1 * (1 - B + B * length / average)
    return frequency * (K1 + 1) / (frequency + norm)


def _place(flat: _Flat) -> tuple[list[int], _Arrays]:
    """Each word's document frequency, and the four posting arrays: one span per word, in order
    of the words' numbers, each span in document order."""
    frequency_of = [0] * flat.words
    for word in flat.word_of:
        frequency_of[word] += 1
    cursor = []
    end = 0
    for count in frequency_of:
        cursor.append(end)
        end += count
    docs = array("q", bytes(8 * end))
    best = array("d", bytes(8 * end))
    saturated = array("d", bytes(8 * end))
    sources = array("q", bytes(8 * end))
    posting = 0
    for doc, count in enumerate(flat.per_doc):
        length = flat.lengths[doc]
        for _ in range(count):
            word = flat.word_of[posting]
            at = cursor[word]
            cursor[word] = at + 1
            weight, source = flat.entries[posting]
            docs[at] = doc
            best[at] = weight
            saturated[at] = _saturated(flat.frequencies[posting], length, flat.average)
            sources[at] = source
            posting += 1
    return frequency_of, (docs, best, saturated, sources)


def _place_vectorised(flat: _Flat) -> tuple[list[int], _Arrays]:
    """`_place` in numpy: the same arrays, bit for bit (the same float operations in the same
    order), sorted by word with a stable sort instead of one Python step per posting."""
    import numpy as np

    word_of = np.array(flat.word_of, dtype=np.int64)
    order = np.argsort(word_of, kind="stable")  # by word, each word's postings in document order
    doc_of = np.repeat(np.arange(len(flat.per_doc), dtype=np.int64), flat.per_doc)
    length_of = np.array(flat.lengths, dtype=np.float64)[doc_of]
    frequency = np.array(flat.frequencies, dtype=np.float64)
    norm = K1 * (1 - B + B * length_of / flat.average)
    saturated = frequency * (K1 + 1) / (frequency + norm)
    pairs = chain.from_iterable(flat.entries)  # weight, source, weight, source…
    entries = np.fromiter(pairs, dtype=np.float64, count=2 * len(flat.entries)).reshape(-1, 2)
    counts = np.bincount(word_of, minlength=flat.words)
    return [int(count) for count in counts], (
        array("q", doc_of[order].tobytes()),
        array("d", entries[order, 0].tobytes()),
        array("d", saturated[order].tobytes()),
        array("q", entries[order, 1].astype(np.int64).tobytes()),
    )
