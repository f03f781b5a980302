"""Everything question builders need to know about a deck, worked out once per generator.

Builders make questions from the deck's `statements` (facts that are not themselves questions) and
ask the context what a piece of text is (`classify`), what a fact offers to blank (`spans`), and
whether a wrong option would in fact be true somewhere in the notes (`in_topic`, `said_elsewhere`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Set
from dataclasses import dataclass
from typing import TypeVar, cast

from bot.questions._bold import with_bold
from bot.questions._entities import EntityIndex
from bot.questions._extract import DeckStats, Read, deck_stats, find_phrases, find_spans, read_line
from bot.questions._handout import (
    is_byline,
    is_exam_advice,
    is_handout_line,
    is_task,
    is_title_block,
)
from bot.questions._head_lines import head_lines
from bot.questions._kinds import term_kinds
from bot.questions._numbers import is_date, parse_number
from bot.questions._similar import SimilarSets
from bot.questions._spans import Span, SpanKind
from bot.questions._tokens import tokenize
from bot.questions._words import content_words, roots
from knowledge.headings import is_advice_title
from knowledge.importers.slugs import humanise
from knowledge.model import Deck, Fact, Term, Topic
from knowledge.text import drop_article, fold

# The share of content words two lines must have in common to count as the same line.
SHARED_LINE = 0.8
_MISSING = object()
# No fact uses the word: the postings of a word no fact has.
_NO_FACTS: frozenset[int] = frozenset()
T = TypeVar("T")
_MARKUP = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True, slots=True)
class FactRef:
    """A fact with the topic it belongs to and its stable id."""

    topic: Topic
    fact: Fact
    fact_id: str
    text: str  # the fact as a student reads it (markup removed)
    folded: str  # padded with spaces, for whole-word searches
    # False for a fact that is itself a question ("Capital of France? — Paris"): see `is_statement`.
    is_statement: bool
    # False when the topic's title is only the file's name ("deckB notes" from "deckB.notes.tsv",
    # a flashcard export with no deck or topic of its own): no heading to show before its lines.
    titled: bool = True


def is_statement(text: str) -> bool:
    """False for a fact that is itself a question ("Capital of France? — Paris").

    Trivia imports and Q&A notes hold such lines; blanking, swapping or dating them would ask
    about the question's wording, not about what it teaches (its own question is asked instead).
    Worked out once per fact (`FactRef.is_statement`): builders ask it again of every fact.
    """
    return "?" not in text and not is_handout_line(text) and not _aside(text) and not is_task(text)


def _aside(text: str) -> bool:
    """True for a line wholly in one bracket, "(my notes from class + textbook, Y13 mocks)": an
    aside on the notes or on the line before, with nothing of its own to ask (round 19, A51);
    and for a line saying where the notes come from ("Notes from Ms Okafor's lessons + the
    textbook, Feb 2026", "Revision notes, Mr Patel's class"): "Notes from _____'s lessons"
    asked the teacher's name."""
    stripped = text.strip()
    if _ABOUT_THE_NOTES.match(stripped):
        return True
    return (
        stripped.startswith("(")
        and stripped.endswith(")")
        and stripped.count("(") == 1
        and stripped.count(")") == 1
    )


# "Notes from …", "My notes on …", "(revision notes, …)", "Class notes taken …".
_ABOUT_THE_NOTES = re.compile(
    r"(?i)^\(?\s*(?:(?:(?:my|our|own|revision|class|lesson)\s+)+notes\b"
    r"|notes\s+(?:from|taken|made)\b)"
)


def file_named_topics(deck: Deck) -> frozenset[str]:
    """The ids of topics titled only after the file the deck came from ("deckB notes" for
    "deckB.notes.tsv", as an importer names the one topic of a card export with no deck name):
    a file's name says nothing a student would call the topic, so a question shows no heading
    for their lines rather than "deckB notes: _____ = …" (round 21, 46 of 60 stems)."""
    if not deck.source:
        return frozenset()
    named = fold(humanise(deck.source))
    return frozenset(topic.id for topic in deck.topics if fold(topic.title) == named)


def _title_block(deck: Deck) -> str | None:
    """The id of the topic holding the handout's title block (`is_title_block`): the deck's title
    topic, first of several, when its own few lines, under no sub-heading, are about the sheet.
    None when there is none."""
    if len(deck.topics) < 2 or deck.topics[0].title != deck.title:
        return None
    first = deck.topics[0]
    if any(fact.group is not None for fact in first.facts):
        return None
    return first.id if is_title_block([fact.text for fact in first.facts]) else None


class DeckContext:
    """A deck prepared for question building, with the generator's seed."""

    def __init__(self, deck: Deck, seed: int) -> None:
        self.deck = deck
        self.seed = seed
        self.index = EntityIndex(deck)
        # Each line as deck_stats read it, taken (once) by `spans`.
        self._read: dict[str, Read] = {}
        self.stats: DeckStats = deck_stats(deck, self.index, self._read)
        header = _title_block(deck)
        # Titles that are the file's name or the sheet's byline ("Biology club / Mr. Hale /
        # approx. 2 lessons", taken as a heading): never shown as where a line comes from.
        untitled = file_named_topics(deck) | frozenset(
            topic.id for topic in deck.topics if is_byline(topic.title)
        )
        # Titles that are only the file's name: never shown as where a line comes from.
        self.file_titles = frozenset(t.title for t in deck.topics if t.id in untitled) | (
            frozenset({deck.title})
            if untitled and deck.title == humanise(deck.source or "")
            else frozenset()
        )
        self.facts: tuple[FactRef, ...] = tuple(
            FactRef(
                topic,
                fact,
                topic.fact_id(fact),
                text,
                f" {fold(text)} ",
                is_statement(text)
                and topic.id != header
                and not is_exam_advice(
                    text,
                    in_advice_section=is_advice_title(topic.title)
                    or is_advice_title(fact.group or ""),
                ),
                topic.id not in untitled,
            )
            for topic in deck.topics
            for fact in topic.facts
            for text in (fact.text,)
        )
        # The lines heading others that say something of their own (`head_lines`): asked about
        # as lines, but kept out of `facts`, which the deck-wide checks (a term's defining line,
        # a wrong option said elsewhere) read as the deck's own facts.
        self.head_lines: tuple[FactRef, ...] = tuple(
            FactRef(topic, fact, topic.fact_id(fact), fact.text, f" {fold(fact.text)} ", True)
            for topic in deck.topics
            if topic.id != header and topic.id not in untitled
            for fact in head_lines(topic)
            if is_statement(fact.text)
            and not is_exam_advice(fact.text, in_advice_section=is_advice_title(topic.title))
        )
        # The facts questions are built from; every fact still serves as a source and a check.
        self.statements = tuple(ref for ref in self.facts if ref.is_statement)
        self._by_topic: dict[str, list[FactRef]] = {}
        for ref in self.facts:
            self._by_topic.setdefault(ref.topic.id, []).append(ref)
        # folded word -> positions in self.facts of the facts that use it
        self._postings: dict[str, set[int]] = {}
        for position, ref in enumerate(self.facts):
            for word in ref.folded.split():
                self._postings.setdefault(word, set()).add(position)
        self._definitions = {fold(term.definition) for term in deck.terms}
        self.definitions = frozenset(term.definition for term in deck.terms)
        self.term_names = frozenset(fold(term.term) for term in deck.terms)
        # folded term -> the kind of thing it names (weapon, state, concept…), for options
        self.term_kinds = term_kinds((term.term, term.definition) for term in deck.terms)
        self.topic_titles = frozenset(topic.title for topic in deck.topics)
        self._spans: dict[str, list[Span]] = {}
        self._name_roots: dict[str, frozenset[str]] = {}
        self._folded_names: dict[str, tuple[str, ...]] = {}
        # folded line -> the first fact that reads so (a wrong option or a swapped statement that
        # is a line of the notes is found by lookup, not by a scan of every fact)
        self._lines: dict[str, FactRef] = {}
        for ref in self.facts:
            self._lines.setdefault(ref.folded.strip(), ref)
        self._similar_facts: SimilarSets | None = None
        self._similar_terms: SimilarSets | None = None
        # folded key term or alias -> (its place in the deck's terms, the term), and the same for
        # definitions: the first term that names or defines an option, found by lookup
        self._term_names: dict[str, tuple[int, Term]] = {}
        self._term_definitions: dict[str, tuple[int, Term]] = {}
        for place, term in enumerate(deck.terms):
            for name in (term.term, *term.aliases):
                self._term_names.setdefault(fold(name), (place, term))
            self._term_definitions.setdefault(fold(term.definition), (place, term))
        self._topic_roots: dict[str, frozenset[str]] | None = None
        self._root_topics: dict[str, int] = {}
        self._made: dict[Callable[[DeckContext], object], object] = {}

    def once(self, make: Callable[[DeckContext], T]) -> T:
        """`make(self)`, made once per context and shared (read-only) by every later caller: a
        builder's deck-wide lists, which each part of a pool built in parts would otherwise make
        again (`bot.questions._part`)."""
        made = self._made.get(make, _MISSING)
        if made is _MISSING:
            made = self._made[make] = make(self)
        return cast(T, made)

    def rng(self, *parts: str) -> random.Random:
        """A random source that depends only on the seed and `parts` (the same on every run)."""
        return random.Random("\x1f".join((str(self.seed), *parts)))

    def classify(self, text: str) -> SpanKind:
        """What kind of thing `text` is, judged on its own (for marked spans and for options)."""
        number = parse_number(text)
        if number is not None:
            return number.kind
        if is_date(text):
            return SpanKind.DATE
        entity = self.index.lookup(text)
        if entity is not None:
            return entity.kind
        if fold(text) in self._definitions:
            return SpanKind.DEFINITION
        tokens = tokenize(text)
        if len(tokens) == 1 and tokens[0].is_acronym:
            return SpanKind.ACRONYM
        return SpanKind.PHRASE

    def spans(self, fact: Fact) -> list[Span]:
        """What `fact` offers to blank: the author's marked spans first, then what was found."""
        cached = self._spans.get(fact.raw)
        if cached is None:
            marked = self._marked(fact.raw)
            found = [
                span
                for span in find_spans(
                    fact.text, self.index, self.stats, self._read.pop(fact.text, None)
                )
                if not any(span.overlaps(m.start, m.end) for m in marked)
            ]
            cached = self._spans[fact.raw] = marked + with_bold(self, fact.text, found)
        return cached

    def phrases(self, fact: Fact) -> list[Span]:
        """The capitalised phrases among `spans(fact)`, in their order, found without the rest
        of its spans (`find_phrases`) unless those are known already: a deck's grader asks this
        of every line (`QuestionGenerator.entities`), its questions only of the lines they use."""
        cached = self._spans.get(fact.raw)
        if cached is None:
            read = self._read.get(fact.text)
            if read is None:
                read = self._read[fact.text] = read_line(fact.text, self.index)
            marked = self._marked(fact.raw)
            found = [
                span
                for span in find_phrases(fact.text, self.stats, read)
                if not any(span.overlaps(m.start, m.end) for m in marked)
            ]
            cached = marked + with_bold(self, fact.text, found)  # bold as `spans` marks it
        return [span for span in cached if span.kind is SpanKind.PHRASE]

    def _marked(self, raw: str) -> list[Span]:
        spans: list[Span] = []
        length = 0
        cursor = 0
        for match in _MARKUP.finditer(raw):
            before = raw[cursor : match.start()]
            length += len(before)
            answer = match.group(1)
            stripped = answer.strip()
            if stripped:
                start = length + answer.index(stripped)
                entity = self.index.lookup(stripped)
                spans.append(
                    Span(
                        start,
                        start + len(stripped),
                        stripped,
                        self.classify(stripped),
                        entity.name if entity else None,
                        marked=True,
                        author_hint=(match.group(2) or "").strip() or None,
                    )
                )
            length += len(answer)
            cursor = match.end()
        return spans

    def name_roots(self, topic: Topic) -> frozenset[str]:
        """Roots of the words of a topic's title and aliases: the words that give the topic away."""
        cached = self._name_roots.get(topic.id)
        if cached is None:
            cached = frozenset().union(*(roots(name) for name in (topic.title, *topic.aliases)))
            self._name_roots[topic.id] = cached
        return cached

    def folded_names(self, topic: Topic) -> tuple[str, ...]:
        """A topic's title and aliases, folded, without a leading article (for phrase search)."""
        cached = self._folded_names.get(topic.id)
        if cached is None:
            names = (drop_article(fold(name)) for name in (topic.title, *topic.aliases))
            cached = self._folded_names[topic.id] = tuple(name for name in names if name)
        return cached

    def topic_roots(self, topic_id: str) -> frozenset[str]:
        """The roots of a topic's title, aliases and lines: what the topic is about."""
        return self._roots_by_topic().get(topic_id, frozenset())

    def topics_using(self, word_root: str) -> int:
        """How many topics use a root in their title, aliases or lines."""
        self._roots_by_topic()
        return self._root_topics.get(word_root, 0)

    def _roots_by_topic(self) -> dict[str, frozenset[str]]:
        if self._topic_roots is None:
            self._topic_roots = {}
            for topic in self.deck.topics:
                found = set(self.name_roots(topic))
                for ref in self.topic_facts(topic.id):
                    found |= roots(ref.text)
                self._topic_roots[topic.id] = frozenset(found)
                for word_root in found:
                    self._root_topics[word_root] = self._root_topics.get(word_root, 0) + 1
        return self._topic_roots

    def topic_facts(self, topic_id: str) -> list[FactRef]:
        """The facts of one topic."""
        return self._by_topic.get(topic_id, [])

    def in_topic(self, topic_id: str, text: str) -> bool:
        """True when `text` occurs (as whole words, folded) in a fact of the topic."""
        needle = drop_article(fold(text))
        if not needle:
            return False
        mine = self.topic_facts(topic_id)
        words = needle.split()
        rarest = min((self._postings.get(word, set()) for word in words), key=len)
        if len(rarest) < len(mine):  # a topic of thousands of lines (a flashcard list)
            padded = f" {needle} "
            return any(
                self.facts[position].topic.id == topic_id and padded in self.facts[position].folded
                for position in rarest
            )
        return any(f" {needle} " in ref.folded for ref in mine)

    def topics_saying(self, text: str) -> set[str]:
        """The ids of the topics for which `in_topic(topic_id, text)` is True, found at once
        through the rarest word's facts."""
        needle = drop_article(fold(text))
        if not needle:
            return set()
        postings = self._postings
        rarest = min([postings.get(word, _NO_FACTS) for word in needle.split()], key=len)
        padded = f" {needle} "
        return {
            self.facts[position].topic.id
            for position in rarest
            if padded in self.facts[position].folded
        }

    def said_elsewhere(self, phrase: str, except_fact: str | None) -> bool:
        """True when folded `phrase` occurs as whole words in any fact other than `except_fact`."""
        words = fold(phrase).split()
        if not words:
            return False
        # A fact holding the phrase holds each of its words, so the rarest word's facts are
        # the only ones to read (intersecting every word's facts first made a set per call;
        # distractors ask this for every candidate option).
        postings = self._postings
        rarest = min([postings.get(word, _NO_FACTS) for word in words], key=len)
        needle = f" {' '.join(words)} "
        facts = self.facts
        return any(
            needle in facts[position].folded and facts[position].fact_id != except_fact
            for position in rarest
        )

    def fact_positions(self, word: str) -> Set[int]:
        """The positions in `facts` of the facts using folded `word` (not to be changed)."""
        return self._postings.get(word, _NO_FACTS)

    def facts_with(self, word: str) -> list[FactRef]:
        """The facts using folded `word`, in deck order."""
        return [self.facts[position] for position in sorted(self._postings.get(word, ()))]

    def words_after(self, word: str, except_fact: str | None = None) -> set[str]:
        """The folded words that follow folded `word` in the facts (other than `except_fact`)."""
        found: set[str] = set()
        for position in self._postings.get(word, set()):
            ref = self.facts[position]
            if ref.fact_id == except_fact:
                continue
            words = ref.folded.split()
            found.update(words[i + 1] for i, w in enumerate(words[:-1]) if w == word)
        return found

    def line(self, folded: str) -> FactRef | None:
        """The first fact whose folded text is `folded`, or None."""
        return self._lines.get(folded)

    def first_mention(self, text: str, except_fact: str | None) -> FactRef | None:
        """The first fact (in deck order) other than `except_fact` using `text` as whole words
        (folded, without a leading article), or None."""
        needle = drop_article(fold(text))
        if not needle:
            return None
        words = needle.split()
        postings = sorted((self._postings.get(word, set()) for word in words), key=len)
        padded = f" {needle} "
        for position in sorted(set.intersection(*postings)):
            ref = self.facts[position]
            if ref.fact_id != except_fact and padded in ref.folded:
                return ref
        return None

    def term_named(self, folded: str) -> tuple[int, Term] | None:
        """The first key term (with its place in the deck) whose name or alias folds to `folded`."""
        return self._term_names.get(folded)

    def term_defined(self, folded: str) -> tuple[int, Term] | None:
        """The first key term (with its place in the deck) whose definition folds to `folded`."""
        return self._term_definitions.get(folded)

    @property
    def similar_facts(self) -> SimilarSets:
        """Every fact's content words (in `facts` order), findable by near-equal word sets."""
        if self._similar_facts is None:
            sets = [frozenset(content_words(ref.text)) for ref in self.facts]
            self._similar_facts = SimilarSets(sets, SHARED_LINE)
        return self._similar_facts

    @property
    def similar_terms(self) -> SimilarSets:
        """Each key term's words, its definition's, and both together (three sets per term)."""
        if self._similar_terms is None:
            sets = [
                frozenset(content_words(text))
                for term in self.deck.terms
                for text in (term.term, term.definition, f"{term.term} {term.definition}")
            ]
            self._similar_terms = SimilarSets(sets, SHARED_LINE)
        return self._similar_terms
