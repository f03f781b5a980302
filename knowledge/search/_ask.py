"""`/ask <question>`: the fact lines of the notes that best answer a question.

Every fact is a small document (its text, and its group heading a little lighter); every topic has a
"head" (title, aliases, people, places, years). A question's content words — question words and
stop-words removed, misspellings corrected — are scored against both:

- coverage: how much of the question's information (IDF-weighted words) a fact answers, counting a
  word found only in its topic's head at a discount. Words the notes never use keep their weight, so
  this is relative to the most the question could score, and "what is the capital of France?" covers
  nothing — except question phrasing ("made", "calculate", "wrote"; see `_frame`), which weighs
  little. A question naming a topic's whole title gains nothing from a fact repeating it: every
  fact of "Mitochondria" is about mitochondria;
- the fact's own BM25 (words in the fact itself, short facts first);
- a topic prior: facts of the topic the question names come first ("why was the Berlin Wall
  built?");
- gentle tie-breakers: the kind of answer asked for (a number for "how many", a person for "who", a
  year or date for "when", a place for "where", a reason word for "why", a formula for
  "calculate"), then a fact that opens with a word of the question ("Diffusion: …" for "what is
  diffusion?").

Facts below the coverage floor are never offered; when none is above it the answer is "none".
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.model import Deck, Fact, Topic
from knowledge.search._bm25 import Field, FieldIndex, QueryTerm
from knowledge.search._entities import MAX_RANGE_YEARS
from knowledge.search._frame import is_frame_word, weigh_frame_words
from knowledge.search._types import Answer, Passage
from knowledge.search._vocabulary import Vocabulary, query_terms
from knowledge.search._words import (
    TextWords,
    folded_words,
    index_word,
    normalise,
    surface_words,
    word_set,
)

MAX_QUESTION_CHARS = 500
FACT_TEXT = 1.0
GROUP_HEADING = 0.7
HEAD_NAME = 1.0
HEAD_DETAIL = 0.9
HEAD_DISCOUNT = 0.8  # a word found only in the topic's head counts this much in coverage
COVERAGE_FLOOR = 0.5  # of the question's total IDF: below it a fact does not answer the question
BM25_SHARE = 0.25
PRIOR_SHARE = 0.5
INTENT_BONUS = 0.05
SUBJECT_BONUS = 0.03  # less than INTENT_BONUS: the kind of answer asked for matters more
TIE_BREAKERS = INTENT_BONUS + SUBJECT_BONUS
MAX_NAME_OWNERS = 50
RELATIVE_FLOOR = 0.7  # a second or third passage must score this share of the best one
_TITLE_SOURCE = 1  # head fields: the topic's title,
_ALIAS_SOURCE = 2  # its aliases,
_DETAIL_SOURCE = 3  # its people, places and years
_TOP_RANK = 1.0 + BM25_SHARE + PRIOR_SHARE + TIE_BREAKERS

_NUMBER_WORDS = word_set(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion half third quarter
    """
)
_MONTHS = word_set(
    """
    january february march april may june july august september october november december
    """
)
_REASON_WORDS = word_set(
    """
    because bcs cos since so to stop response reaction due reason order designed prevent avoid
    fear fears result aim aims want wanted caused
    """
)
_FORMULA_WORDS = word_set(
    """
    calculate calculated calculating calculation formula formulae formulas equation equations
    """
)
_FORMULA_SIGN = re.compile(r"[=÷×]")
_HAS_DIGIT = re.compile(r"\d")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")


@dataclass(frozen=True, slots=True)
class _FactFeatures:
    """What kind of answer a fact can give, found once at build time."""

    has_number: bool
    has_date: bool
    has_formula: bool
    has_reason: bool
    people: frozenset[str]
    places: frozenset[str]


def _intents(folded_question: str) -> set[str]:
    words = folded_question.split()
    found = set()
    text = " " + folded_question + " "
    if " how many " in text or " how much " in text or " what percentage " in text:
        found.add("number")
    if {"who", "whom", "whose"} & set(words):
        found.add("person")
    if "when" in words or " what year " in text or " which year " in text or " what date " in text:
        found.add("date")
    if "why" in words:
        found.add("reason")
    if "where" in words:
        found.add("place")
    if not _FORMULA_WORDS.isdisjoint(words) or " work out " in text or " worked out " in text:
        found.add("formula")
    return found


class FactSearch:
    """The /ask index of one deck: facts, topic heads, and what kind of answer each fact holds."""

    __slots__ = (
        "_fact_topic",
        "_facts",
        "_heads",
        "_index",
        "_people",
        "_places",
        "_titles",
        "_topic_facts",
        "_topics",
        "_vocabulary",
    )

    def __init__(
        self, deck: Deck, vocabulary: Vocabulary, text_words: TextWords | None = None
    ) -> None:
        words = text_words or TextWords()
        self._vocabulary = vocabulary
        self._topics: tuple[Topic, ...] = deck.topics
        self._facts: list[Fact] = []
        self._fact_topic = array("q")
        self._topic_facts: list[range] = []
        documents: list[list[Field]] = []
        for position, topic in enumerate(deck.topics):
            start = len(self._facts)
            for fact in topic.facts:
                self._facts.append(fact)
                self._fact_topic.append(position)
                fields: list[Field] = [(words.content(fact.text), FACT_TEXT, 0)]
                if fact.group:
                    fields.append((words.content(fact.group), GROUP_HEADING, 0))
                documents.append(fields)
            self._topic_facts.append(range(start, len(self._facts)))
        self._index = FieldIndex(documents)
        self._heads = FieldIndex([_head_document(topic, words) for topic in deck.topics])
        self._titles = [frozenset(words.content(topic.title)) for topic in deck.topics]
        people = {person for topic in deck.topics for person in topic.people}
        places = {place for topic in deck.topics for place in topic.places}
        self._people = _Names(words.surface(person) for person in people)
        self._places = _Names(words.surface(place) for place in places)

    def _features_of(self, fact: Fact) -> _FactFeatures:
        """What kind of answer a fact holds (worked out only for facts that made the cut)."""
        text = fact.text
        words = folded_words(text)
        return _FactFeatures(
            has_number=_HAS_DIGIT.search(text) is not None or not _NUMBER_WORDS.isdisjoint(words),
            has_date=not _MONTHS.isdisjoint(words) or _YEAR_IN_TEXT.search(text) is not None,
            has_formula=_FORMULA_SIGN.search(text) is not None,
            has_reason=not _REASON_WORDS.isdisjoint(words)
            or not _REASON_WORDS.isdisjoint(folded_words(fact.group or "")),
            people=self._people.mentioned(words),
            places=self._places.mentioned(words),
        )

    def ask(self, question: str, k: int) -> Answer:
        """The top `k` facts above the floor (best first), or status "none" with no passages."""
        question = question[:MAX_QUESTION_CHARS]
        terms = weigh_frame_words(query_terms(question, self._vocabulary, self._index.idf))
        total = sum(term.idf for term in terms)
        if not terms or total <= 0:
            return Answer("none", (), ())
        coverage, bm25, prior = self._score(terms)
        eligible = [fact for fact, covered in coverage.items() if covered >= COVERAGE_FLOOR * total]
        if not eligible:
            return Answer("none", (), ())
        top_bm25 = max((bm25.get(fact, 0.0) for fact in eligible), default=0.0) or 1.0
        ranked = sorted(
            (
                (
                    min(coverage[fact] / total, 1.0)
                    + BM25_SHARE * bm25.get(fact, 0.0) / top_bm25
                    + PRIOR_SHARE * min(prior.get(self._fact_topic[fact], 0.0) / total, 1.0),
                    fact,
                )
                for fact in eligible
            ),
            key=lambda item: (-item[0], item[1]),
        )
        # The tie-breakers can only lift a fact by TIE_BREAKERS: look only at those they could
        # bring into the top k.
        intents = _intents(normalise(question))
        asked = set(folded_words(question))
        named = (self._people.named_in(asked), self._places.named_in(asked))
        subjects = {
            word
            for term in terms
            if not is_frame_word(term)
            for word, trust in term.alternatives
            if trust == 1.0
        }
        reachable = ranked[min(k, len(ranked)) - 1][0] - TIE_BREAKERS
        ranked = sorted(
            (
                (
                    rank
                    + INTENT_BONUS * self._answers_intent(fact, intents, named)
                    + SUBJECT_BONUS * self._is_about(fact, subjects),
                    fact,
                )
                for rank, fact in ranked
                if rank >= reachable
            ),
            key=lambda item: (-item[0], item[1]),
        )
        best = ranked[0][0]
        passages = tuple(
            self._passage(fact_id, rank)
            for rank, fact_id in ranked[:k]
            if rank >= RELATIVE_FLOOR * best
        )
        return Answer("answer", passages, ())

    def _score(
        self, terms: list[QueryTerm]
    ) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
        """Coverage and BM25 per fact that could reach the floor, and head coverage per topic.

        The question's least informative words ("optional": together below the floor) cannot lift
        a fact over the floor on their own, so their long posting lists are only consulted for
        facts that an informative word, or their topic's head, has already made candidates.
        """
        prior: dict[int, float] = {}
        head_by_term: list[dict[int, float]] = []
        named_by_term: list[dict[int, int]] = []
        for term in terms:
            head = self._heads.term_hits(term)
            head_by_term.append(head.coverage)
            named_by_term.append(head.sources)
            for topic, covered in head.coverage.items():
                prior[topic] = prior.get(topic, 0.0) + covered
        floor = COVERAGE_FLOOR * sum(term.idf for term in terms)
        asked = {word for term in terms for word, _ in term.alternatives}
        optional: set[int] = set()
        optional_mass = 0.0
        for position in sorted(range(len(terms)), key=lambda i: terms[i].idf):
            if optional_mass + terms[position].idf >= floor:
                break
            optional_mass += terms[position].idf
            optional.add(position)
        coverage: dict[int, float] = {}
        # Facts of a topic the question names, even when they share no word with the question.
        for topic, covered in prior.items():
            if HEAD_DISCOUNT * covered + optional_mass >= floor:
                for fact_id in self._topic_facts[topic]:
                    coverage[fact_id] = HEAD_DISCOUNT * covered
        bm25: dict[int, float] = {}
        essential_first = sorted(range(len(terms)), key=lambda i: i in optional)
        for position in essential_first:
            term, head_hits = terms[position], head_by_term[position]
            named = named_by_term[position]
            if position in optional:
                fact_hits = self._index.term_hits(term, among=coverage.keys())
            else:
                fact_hits = self._index.term_hits(term)
            for fact_id, covered in fact_hits.coverage.items():
                topic = self._fact_topic[fact_id]
                if fact_id not in coverage:
                    coverage[fact_id] = HEAD_DISCOUNT * prior.get(topic, 0.0)
                if named.get(topic) == _TITLE_SOURCE and self._titles[topic] <= asked:
                    continue  # every fact of a topic is about its title: repeating it adds nothing
                baseline = HEAD_DISCOUNT * head_hits.get(topic, 0.0)
                coverage[fact_id] += max(0.0, covered - baseline)
                bm25[fact_id] = bm25.get(fact_id, 0.0) + fact_hits.bm25[fact_id]
        return coverage, bm25, prior

    def _is_about(self, fact_id: int, subjects: set[str]) -> int:
        """1 when the fact opens with a word of the question: "Diffusion: the net movement…" is
        about diffusion, "Osmosis: the diffusion of water…" only mentions it."""
        opening = surface_words(self._facts[fact_id].text)[:1]
        return int(bool(opening) and index_word(opening[0]) in subjects)

    def _answers_intent(
        self, fact_id: int, intents: set[str], named: tuple[set[str], set[str]]
    ) -> int:
        if not intents:
            return 0
        features = self._features_of(self._facts[fact_id])
        if "formula" in intents and features.has_formula:
            return 1
        if "number" in intents and features.has_number:
            return 1
        if "date" in intents and features.has_date:
            return 1
        if "reason" in intents and features.has_reason:
            return 1
        if "person" in intents and features.people - named[0]:
            return 1
        if "place" in intents and features.places - named[1]:
            return 1
        return 0

    def _passage(self, fact_id: int, rank: float) -> Passage:
        position, fact = self._fact_topic[fact_id], self._facts[fact_id]
        topic = self._topics[position]
        return Passage(topic.id, topic.title, fact, round(min(rank / _TOP_RANK, 1.0), 4))


def _head_document(topic: Topic, words: TextWords) -> list[Field]:
    fields: list[Field] = [
        (words.content(topic.title), HEAD_NAME, _TITLE_SOURCE),
        *((words.content(alias), HEAD_NAME, _ALIAS_SOURCE) for alias in topic.aliases),
    ]
    fields += [
        (words.content(d), HEAD_DETAIL, _DETAIL_SOURCE) for d in (*topic.people, *topic.places)
    ]
    if topic.start_year is not None:
        end = topic.end_year if topic.end_year is not None else topic.start_year
        years = tuple(str(year) for year in range(topic.start_year, end + 1))
        fields.append((years[:MAX_RANGE_YEARS], HEAD_DETAIL, _DETAIL_SOURCE))
    return fields


class _Names:
    """The words of a deck's names (people or places), to tell whether a fact mentions one."""

    __slots__ = ("_by_word", "_tokens", "words")

    def __init__(self, names: Iterable[tuple[str, ...]]) -> None:
        distinct: dict[frozenset[str], None] = {}
        for name in names:
            words = frozenset(w for w in name if len(w) >= 3 and w.isalpha())
            if words:
                distinct.setdefault(words)
        self._tokens = list(distinct)
        self.words = frozenset(word for tokens in self._tokens for word in tokens)
        self._by_word: dict[str, list[int]] = {}
        for position, tokens in enumerate(self._tokens):
            for word in tokens:
                self._by_word.setdefault(word, []).append(position)

    def mentioned(self, words: Iterable[str]) -> frozenset[str]:
        """The name words among `words`."""
        return self.words.intersection(words)

    def named_in(self, asked: set[str]) -> set[str]:
        """Every word of the names the question mentions ("gero" -> {"erno", "gero"}), so a fact
        naming the same person in full does not count as naming someone new."""
        expanded = set(asked)
        for word in asked:
            owners = self._by_word.get(word, ())
            if len(owners) <= MAX_NAME_OWNERS:  # a common first name says nothing on its own
                for position in owners:
                    expanded |= self._tokens[position]
        return expanded
