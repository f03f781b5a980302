"""The things `/explain` can find — topics and key terms — as weighted documents for the index.

A topic is found by its title and aliases (full weight), its people, places and years (nearly as
good), the key terms that belong to it, and its fact lines, summary and date (weaker: a word in a
fact is evidence, not a name). A key term is found by its name and aliases, and weakly by its
definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.model import Deck, Term, Topic
from knowledge.search._bm25 import Field
from knowledge.search._types import HitKind
from knowledge.search._words import TextWords, content_words, is_year, normalise, surface_words
from knowledge.text import drop_article

NAME = 1.0
NAME_STEP = 0.05
NAME_MIN = 0.85
PERSON = 0.9
PLACE = 0.9
YEAR = 0.9
LINKED_TERM = 0.8
FACT = 0.75
YEAR_IN_RANGE = 0.6
DEFINITION = 0.5
MAX_RANGE_YEARS = 40  # a range wider than this is an era, not a date to look things up by

_PARENTHESIS = re.compile(r"\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Entity:
    """A topic or a term, and the strings that can match it (`sources`, indexed by documents)."""

    kind: HitKind
    id: str
    title: str
    sources: tuple[str, ...]
    names: tuple[str, ...]  # title/term and aliases, as written
    linked: frozenset[str]  # for a term: its topic ids; for a topic: the ids of its terms

    def __reduce__(self) -> tuple[type[Entity], tuple[object, ...]]:
        """Pickled as its fields in order: a big deck's index holds tens of thousands, and a
        slots dataclass's own pickling looks its fields up again for each one."""
        return Entity, (self.kind, self.id, self.title, self.sources, self.names, self.linked)


def name_weight(word_count: int) -> float:
    """Weight of the words of a name of `word_count` words: full for a one-word name, less for each
    further word, because one word of "Khrushchev in Belgrade" names that topic less surely than
    "Tito" names its own."""
    return max(NAME_MIN, NAME - NAME_STEP * (word_count - 1))


def name_keys(name: str) -> set[str]:
    """Exact-match keys of a name: normalised without a leading article, without a parenthesis,
    and as its content words ("Key Terms + Aims" -> "key terms aims")."""
    keys = set()
    variants = (name, _PARENTHESIS.sub(" ", name)) if "(" in name else (name,)
    for variant in variants:
        normalised = drop_article(normalise(variant))
        if normalised:
            keys.add(normalised)
        stems = content_words(variant)
        if len(stems) >= 2:  # one word left ("After Stalin" -> "stalin") would claim too much
            keys.add(" ".join(stems))
    return keys


class _DocumentBuilder:
    """Collects (word, weight, source) triples and the source strings they point to."""

    def __init__(self, words: TextWords) -> None:
        self._words = words
        self.fields: list[Field] = []
        self.sources: list[str] = []
        self.surface: set[str] = set()

    def add(self, text: str, weight: float, shown: str | None = None) -> None:
        source = len(self.sources)
        self.sources.append(shown if shown is not None else text)
        self.surface.update(self._words.surface(text))
        self.fields.append((self._words.content(text), weight, source))

    def add_name(self, name: str) -> None:
        self.add(name, name_weight(len(self._words.content(name))))

    def add_year(self, year: int, weight: float, shown: str) -> None:
        self.sources.append(shown)
        self.fields.append(((str(year),), weight, len(self.sources) - 1))


def _topic_document(topic: Topic, terms: tuple[Term, ...], words: TextWords) -> _DocumentBuilder:
    doc = _DocumentBuilder(words)
    for name in (topic.title, *topic.aliases):
        doc.add_name(name)
    for person in topic.people:
        doc.add(person, PERSON)
    for place in topic.places:
        doc.add(place, PLACE)
    if topic.start_year is not None and topic.years is not None:
        end = topic.end_year if topic.end_year is not None else topic.start_year
        doc.add_year(topic.start_year, YEAR, topic.years)
        if end != topic.start_year:
            doc.add_year(end, YEAR, topic.years)
            if end - topic.start_year <= MAX_RANGE_YEARS:
                for year in range(topic.start_year + 1, end):
                    doc.add_year(year, YEAR_IN_RANGE, topic.years)
    if topic.date:
        for word in surface_words(topic.date):
            if is_year(word):
                doc.add_year(int(word), YEAR, topic.date)
        doc.add(" ".join(w for w in surface_words(topic.date) if not is_year(w)), FACT, topic.date)
    if topic.summary:
        doc.add(topic.summary, FACT)
    for term in terms:
        for name in (term.term, *term.aliases):
            doc.add(name, LINKED_TERM)
    groups_seen: set[str] = set()
    for fact in topic.facts:
        if fact.group and fact.group not in groups_seen:
            groups_seen.add(fact.group)
            doc.add(fact.group, FACT)
        doc.add(fact.text, FACT)
    return doc


def _term_document(term: Term, words: TextWords) -> _DocumentBuilder:
    doc = _DocumentBuilder(words)
    for name in (term.term, *term.aliases):
        doc.add_name(name)
    doc.add(term.definition, DEFINITION)
    return doc


def build_entities(
    deck: Deck, words: TextWords
) -> tuple[list[Entity], list[list[Field]], set[str]]:
    """Entities (topics in deck order, then terms), their index documents and all their words."""
    terms_by_topic: dict[str, list[Term]] = {}
    for term in deck.terms:
        for topic_id in term.topics:
            terms_by_topic.setdefault(topic_id, []).append(term)
    entities: list[Entity] = []
    documents: list[list[Field]] = []
    vocabulary: set[str] = set()
    for topic in deck.topics:
        own_terms = tuple(terms_by_topic.get(topic.id, ()))
        doc = _topic_document(topic, own_terms, words)
        linked = frozenset(term.id for term in own_terms)
        names = (topic.title, *topic.aliases)
        entities.append(Entity("topic", topic.id, topic.title, tuple(doc.sources), names, linked))
        documents.append(doc.fields)
        vocabulary |= doc.surface
    for term in deck.terms:
        doc = _term_document(term, words)
        names = (term.term, *term.aliases)
        linked = frozenset(term.topics)
        entities.append(Entity("term", term.id, term.term, tuple(doc.sources), names, linked))
        documents.append(doc.fields)
        vocabulary |= doc.surface
    return entities, documents, vocabulary
