"""`/explain <topic or term>`: find the one topic or key term a student means, or admit doubt.

Order of evidence:
1. An exact name: title, alias, term or term alias, after folding case, accents, punctuation, a
   leading article and British/American spelling. Certain unless two things share the name.
2. The same after correcting misspelt words against the deck's own words ("hungarian uprisng").
3. Otherwise a blend: how much of the query's information (IDF-weighted words) a topic covers, and
   in which field (a name counts fully, a person, place or year nearly, a fact line less), with BM25
   to order topics that cover it equally; and whole-name fuzzy similarity (token sort ratio) for
   run-together or garbled names ("berlinwall").
A match needs a high score and a clear margin over the runner-up; otherwise the top three are
offered as "did you mean". Stop-words never count, and a word the notes never use keeps its weight
in the total, so "capital of France" covers nothing and finds nothing.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.model import Deck
from knowledge.search._bm25 import FieldIndex, QueryTerm
from knowledge.search._entities import Entity, build_entities, name_keys
from knowledge.search._real_words import is_real_word
from knowledge.search._types import Hit, Lookup
from knowledge.search._vocabulary import Vocabulary, query_terms
from knowledge.search._words import TextWords, content_words, normalise
from knowledge.text import drop_article

MAX_LOOKUP_CHARS = 200  # longer than any name: a pasted paragraph is not a topic to look up
MATCH_SCORE = 0.6
MATCH_MARGIN = 0.1
SUGGEST_SCORE = 0.4
CLOSEST_SCORE = 0.25
MAX_CANDIDATES = 3
EXACT_SCORE = 1.0
CORRECTED_EXACT_SCORE = 0.97  # times the trust in the corrections
COVERAGE_SHARE = 0.9  # the rest is BM25, relative to the best topic: a tie-breaker
FUZZY_CUTOFF = 85.0  # token_sort_ratio below this is not the same name
FUZZY_FLOOR_SCORE = 0.6
FUZZY_TOP_SCORE = 0.95
RANK_LIMIT = 12  # entities kept from the inverted index: enough for 3 candidates and rivals
# From this many postings a query's scores are summed in numpy (a word common in a 10,000-topic
# deck has thousands); fewer are walked in Python, so a small deck's lookup never imports numpy.
VECTORISED_SCORING_FROM = 1_000


@dataclass(frozen=True, slots=True)
class _Scored:
    entity: int
    score: float
    matched: str


class TopicLookup:
    """The /explain index of one deck: exact names, an inverted index, names for fuzzy match."""

    __slots__ = (
        "_entities",
        "_exact",
        "_index",
        "_name_owner",
        "_names",
        "_sorted_lengths",
        "_sorted_names",
        "_sorted_owner",
        "vocabulary",
    )

    def __init__(self, deck: Deck, text_words: TextWords | None = None) -> None:
        entities, documents, words = build_entities(deck, text_words or TextWords())
        self._entities = entities
        self._index = FieldIndex(documents)
        self.vocabulary = Vocabulary(words)
        self._exact: dict[str, list[tuple[int, str]]] = {}
        self._names: list[str] = []
        self._name_owner: list[tuple[int, str]] = []
        for position, entity in enumerate(entities):
            for name in entity.names:
                for key in name_keys(name):
                    owners = self._exact.setdefault(key, [])
                    if all(owner != position for owner, _ in owners):
                        owners.append((position, name))
                normalised = drop_article(normalise(name))
                if normalised:
                    self._names.append(normalised)
                    self._name_owner.append((position, name))
        # For the fuzzy match: each name's words in sorted order (token_sort_ratio is plain ratio
        # of the sorted words, so the sorting is done once here), shortest name first, so a query
        # is compared only with the names long enough and short enough to reach the cutoff.
        by_length = sorted(
            range(len(self._names)), key=lambda i: len(_sorted_words(self._names[i]))
        )
        self._sorted_names = [_sorted_words(self._names[i]) for i in by_length]
        self._sorted_owner = by_length
        self._sorted_lengths = [len(name) for name in self._sorted_names]

    @property
    def names(self) -> list[str]:
        """Every title, alias, term and term alias, normalised (for fuzzy matching)."""
        return self._names

    def name_owner(self, position: int) -> tuple[int, str]:
        """The entity a name of `names` belongs to, and the name as written."""
        return self._name_owner[position]

    @property
    def entities(self) -> list[Entity]:
        """Topics in deck order, then terms."""
        return self._entities

    def lookup(self, query: str) -> Lookup:
        """Find what `query` names; see the module docstring for the order of evidence."""
        if len(query) > MAX_LOOKUP_CHARS:
            ranked = self.rank(query[:MAX_LOOKUP_CHARS])
            return Lookup("none", None, self._hits(ranked, CLOSEST_SCORE))
        key = drop_article(normalise(query))
        if not key:
            return Lookup("none", None, ())
        exact = self._exact_owners(key)
        if exact:
            return self._from_exact(exact, EXACT_SCORE)
        terms = query_terms(query, self.vocabulary, self._index.idf)
        if not terms:
            return Lookup("none", None, ())
        corrected = self._corrected_exact(terms)
        if corrected:
            return corrected
        ranked = self._rank_terms(key, terms)
        return self._decide(ranked)

    def rank(self, query: str) -> list[_Scored]:
        """The best few entities the query points at, best first (no decision made)."""
        key = drop_article(normalise(query))
        if not key:
            return []
        return self._rank_terms(key, query_terms(query, self.vocabulary, self._index.idf))

    def closest(self, query: str, limit: int = MAX_CANDIDATES) -> tuple[Hit, ...]:
        """Topics and terms closest to the query, above a low floor: suggestions at a dead end."""
        return self._hits(self.rank(query[:MAX_LOOKUP_CHARS]), CLOSEST_SCORE, limit)

    # --- exact names -------------------------------------------------------------------------

    def _exact_owners(self, key: str) -> list[tuple[int, str]]:
        owners = self._exact.get(key)
        if owners:
            return owners
        stems = content_words(key)
        return self._exact.get(" ".join(stems), []) if len(stems) >= 2 else []

    def _from_exact(self, owners: list[tuple[int, str]], score: float) -> Lookup:
        topics = [owner for owner in owners if self._is_topic(owner[0])]
        # A topic and a key term of the same name: the topic is the richer answer.
        chosen = topics if topics else owners
        hits = tuple(self._hit(position, score, name) for position, name in chosen[:MAX_CANDIDATES])
        if len(chosen) == 1:
            return Lookup("match", hits[0], hits)
        return Lookup("ambiguous", None, hits)

    def _corrected_exact(self, terms: list[QueryTerm]) -> Lookup | None:
        if not all(term.alternatives for term in terms):
            return None
        if all(term.alternatives[0][1] == 1.0 for term in terms):
            return None  # nothing was corrected: the exact lookup already failed
        best = [max(term.alternatives, key=lambda alt: alt[1]) for term in terms]
        owners = self._exact.get(" ".join(word for word, _ in best))
        if not owners:
            return None
        trust = min(t for _, t in best)
        lookup = self._from_exact(owners, round(CORRECTED_EXACT_SCORE * trust, 4))
        if lookup.status == "match" and lookup.best is not None and lookup.best.score < MATCH_SCORE:
            return Lookup("ambiguous", None, lookup.candidates)
        return lookup

    # --- blended ranking -----------------------------------------------------------------------

    def _rank_terms(self, key: str, terms: list[QueryTerm]) -> list[_Scored]:
        """The best few entities for the query, best first (topics before terms on a tie)."""
        best: dict[int, _Scored] = {}
        total_idf = sum(term.idf for term in terms)
        if terms and total_idf > 0 and self._index.touched(terms) >= VECTORISED_SCORING_FROM:
            for position, score, source in self._top_vectorised(terms, total_idf):
                shown = self._entities[position].sources[source]
                best[position] = _Scored(position, score, shown)
        elif terms and total_idf > 0:
            scores = self._index.score(terms)
            top_bm25 = max(scores.bm25.values(), default=0.0) or 1.0
            bm25, sources = scores.bm25, scores.sources
            top = heapq.nlargest(
                RANK_LIMIT,
                (
                    (
                        min(covered / total_idf, 1.0)
                        * (COVERAGE_SHARE + (1 - COVERAGE_SHARE) * bm25[position] / top_bm25),
                        -position,
                    )
                    for position, covered in scores.coverage.items()
                ),
            )
            for score, negative in top:
                position = -negative
                shown = self._entities[position].sources[sources[position]]
                best[position] = _Scored(position, score, shown)
        if any(not term.alternatives and not is_real_word(term.text) for term in terms):
            # A word the notes never use: maybe a run-together or garbled name ("berlinwall"),
            # not a real word ("exothermic reactions" is no garbled "endothermic reactions").
            found = self._fuzzy_name(key)
            if found is not None:
                position, shown = self._name_owner[found[1]]
                span = (found[0] - FUZZY_CUTOFF) / (100.0 - FUZZY_CUTOFF)
                score = FUZZY_FLOOR_SCORE + span * (FUZZY_TOP_SCORE - FUZZY_FLOOR_SCORE)
                current = best.get(position)
                if current is None or score > current.score:
                    best[position] = _Scored(position, score, shown)
        return sorted(
            best.values(), key=lambda s: (-s.score, not self._is_topic(s.entity), s.entity)
        )

    def _top_vectorised(
        self, terms: list[QueryTerm], total_idf: float
    ) -> list[tuple[int, float, int]]:
        """The RANK_LIMIT best (position, score, source) by the blend `_rank_terms` computes, in
        numpy: the same float operations in the same order, and the same order on a tie (the
        lower position first), so the same answers as the walk over dicts."""
        import numpy as np

        found = self._index.score_arrays(terms)
        if not len(found.docs):
            return []
        top_bm25 = float(found.bm25.max()) or 1.0
        scores = np.minimum(found.coverage / total_idf, 1.0) * (
            COVERAGE_SHARE + (1 - COVERAGE_SHARE) * found.bm25 / top_bm25
        )
        rows = np.arange(len(scores))
        if len(scores) > RANK_LIMIT:
            # Every row scoring at least the RANK_LIMIT-th best score, ties included.
            kth = np.partition(scores, len(scores) - RANK_LIMIT)[len(scores) - RANK_LIMIT]
            rows = np.flatnonzero(scores >= kth)
        ranked = rows[np.lexsort((found.docs[rows], -scores[rows]))][:RANK_LIMIT]
        return [
            (int(found.docs[row]), float(scores[row]), int(found.sources[row])) for row in ranked
        ]

    def _fuzzy_name(self, key: str) -> tuple[float, int] | None:
        """The name most like `key` by token sort ratio, at or above FUZZY_CUTOFF: (score, its
        position in `names`). Names too much shorter or longer than the key cannot reach the
        cutoff (the ratio is at most 2·min/(sum) of the two lengths) and are never compared,
        so a big deck does not cost a comparison with every name."""
        query = _sorted_words(key)
        share = FUZZY_CUTOFF / 100.0
        shortest = math.floor(len(query) * share / (2.0 - share))
        longest = math.ceil(len(query) * (2.0 - share) / share)
        low = bisect_left(self._sorted_lengths, shortest)
        high = bisect_right(self._sorted_lengths, longest)
        found = process.extractOne(
            query,
            self._sorted_names[low:high],
            scorer=fuzz.ratio,
            processor=None,  # both sides are normalised already (the names at build time)
            score_cutoff=FUZZY_CUTOFF,
        )
        if found is None:
            return None
        return float(found[1]), self._sorted_owner[low + found[2]]

    def _decide(self, ranked: list[_Scored]) -> Lookup:
        if not ranked or ranked[0].score < SUGGEST_SCORE:
            return Lookup("none", None, self._hits(ranked, CLOSEST_SCORE))
        top = ranked[0]
        rivals = [s for s in ranked[1:] if not self._part_of(s.entity, top.entity)]
        runner_up = rivals[0].score if rivals else 0.0
        if top.score >= MATCH_SCORE and top.score - runner_up >= MATCH_MARGIN:
            best = self._hit(top.entity, top.score, top.matched)
            return Lookup("match", best, (best, *self._hits(rivals, SUGGEST_SCORE, 2)))
        return Lookup("ambiguous", None, self._hits(ranked, SUGGEST_SCORE))

    def _part_of(self, other: int, top: int) -> bool:
        """True when `other` is a key term of topic `top`, or a topic of term `top`: no rival."""
        return self._entities[other].id in self._entities[top].linked and (
            self._is_topic(other) != self._is_topic(top)
        )

    # --- hits ----------------------------------------------------------------------------------

    def _is_topic(self, position: int) -> bool:
        return self._entities[position].kind == "topic"

    def _hit(self, position: int, score: float, matched: str) -> Hit:
        entity = self._entities[position]
        return Hit(entity.kind, entity.id, entity.title, round(min(score, 1.0), 4), matched)

    def _hits(
        self, ranked: list[_Scored], floor: float, limit: int = MAX_CANDIDATES
    ) -> tuple[Hit, ...]:
        return tuple(
            self._hit(s.entity, s.score, s.matched) for s in ranked[:limit] if s.score >= floor
        )


def _sorted_words(name: str) -> str:
    """The words of a name in sorted order: what token_sort_ratio compares."""
    return " ".join(sorted(name.split()))
