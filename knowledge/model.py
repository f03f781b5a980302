"""The deck model: immutable values every other part of studybot reads.

A deck is what a class revises from: topics (each a section of the notes, with its facts), key terms, and
optional hand-written questions. The loader builds these from YAML; importers build the YAML; the search
index, the quiz generator and the engine only ever read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# hashlib's BLAKE2 itself (identical digests) without importing hashlib, which loads OpenSSL:
# that was about a tenth of `studybot explain`'s start-up.
try:
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


def strip_cloze(text: str) -> str:
    """Text with Anki cloze markup `{{c1::answer::hint}}` replaced by its answer, as a student reads it."""
    # No markup on most lines, which every build reads hundreds of thousands of times.
    if "{{" not in text:
        return text
    return _CLOZE.sub(lambda m: m.group(1), text)


def cloze_answers(text: str) -> tuple[str, ...]:
    """The answers marked for blanking in `text` (empty when the fact has no cloze markup)."""
    if "{{" not in text:  # most lines and cards (an upload asks it of each)
        return ()
    return tuple(m.group(1) for m in _CLOZE.finditer(text))


def stable_id(*parts: str) -> str:
    """A short id that stays the same across runs and machines (used for fact and card ids)."""
    digest = blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of the notes. `group` names the sub-heading it sits under (e.g. "Americans react")."""

    raw: str
    group: str | None = None

    def __reduce__(self) -> tuple[type[Fact], tuple[object, ...]]:
        """Pickled as its fields in order: a big deck travels pickled between processes (the
        upload worker, the bot, the build workers), and a slots dataclass's own pickling looks
        its fields up again for each of tens of thousands of facts and terms (a 44,000-card
        deck pickled in 0.41 CPU-s and unpickled in 0.42 that way; 0.18 and 0.24 so)."""
        return Fact, (self.raw, self.group)

    @property
    def text(self) -> str:
        """The fact as shown to a student: cloze markup removed."""
        return strip_cloze(self.raw)

    @property
    def cloze(self) -> tuple[str, ...]:
        """What the author marked for a quiz to blank, if anything."""
        return cloze_answers(self.raw)


@dataclass(frozen=True, slots=True)
class Topic:
    """A section of the notes, with everything a student might type to find it."""

    id: str
    title: str
    facts: tuple[Fact, ...] = ()
    aliases: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    date: str | None = None
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    summary: str | None = None
    # The teacher's study instruction its heading carried ("learn the steps in order"), kept out
    # of the title: it says how the topic's own lines are to be learnt (in order, for one).
    instruction: str | None = None

    def __reduce__(self) -> tuple[type[Topic], tuple[object, ...]]:
        """Pickled as its fields in order (see `Fact.__reduce__`)."""
        head = (self.id, self.title, self.facts, self.aliases, self.start_year, self.end_year)
        tail = (self.date, self.people, self.places, self.related, self.summary, self.instruction)
        return Topic, (*head, *tail)

    @property
    def years(self) -> str | None:
        """The topic's years as a student writes them: "1956" or "1953–1964"."""
        if self.start_year is None:
            return None
        if self.end_year is None or self.end_year == self.start_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year}"

    def fact_id(self, fact: Fact) -> str:
        """A stable id for one of this topic's facts (survives reordering, not rewording)."""
        return stable_id(self.id, fact.group or "", fact.text)


@dataclass(frozen=True, slots=True)
class Term:
    """A key term with its definition; `topics` are the ids of the topics it belongs to."""

    id: str
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    # True when the definition was added to the deck (a glossary, a textbook) rather than given in
    # the teacher's notes: it explains the term, but quizzes never ask it.
    added: bool = False

    def __reduce__(self) -> tuple[type[Term], tuple[object, ...]]:
        """Pickled as its fields in order (see `Fact.__reduce__`)."""
        fields = (self.id, self.term, self.definition, self.aliases, self.topics, self.added)
        return Term, fields


@dataclass(frozen=True, slots=True)
class DeckQuestion:
    """A question written by hand in the deck.

    `kind` is "typed" (any of `answers` is right) or "choice" (`options`, with the right ones by index in
    `correct`).
    """

    id: str
    kind: str
    prompt: str
    answers: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    correct: tuple[int, ...] = ()
    explanation: str | None = None
    topic: str | None = None


@dataclass(frozen=True, slots=True)
class Deck:
    """A whole deck. Built only by the loader, which guarantees ids are unique and references resolve.

    `topics` holds every topic, subtopics included, in reading order (a parent before its subtopics), so
    code that keys things by topic id works unchanged on a deep deck. The tree is a read-only index over
    them: `parents` maps a subtopic's id to its parent's id; a flat deck is a tree of depth one.
    """

    id: str
    title: str
    subject: str | None = None
    description: str | None = None
    topics: tuple[Topic, ...] = ()
    terms: tuple[Term, ...] = ()
    questions: tuple[DeckQuestion, ...] = ()
    source: str | None = None
    # (the notes' spelling, the deck's) for words the deck corrected: a student who learnt the
    # notes' spelling is not marked wrong for it.
    corrections: tuple[tuple[str, str], ...] = ()
    # The words the notes set in bold, as written: the teacher's key words, which a quiz prefers
    # as blanks (`bot.questions._bold`).
    emphasis: tuple[str, ...] = ()
    parents: dict[str, str] = field(default_factory=dict, compare=False)
    _topics_by_id: dict[str, Topic] = field(default_factory=dict, repr=False, compare=False)
    _children: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._topics_by_id.update({topic.id: topic for topic in self.topics})
        children: dict[str, list[str]] = {}
        for topic in self.topics:
            parent = self.parents.get(topic.id)
            if parent is not None:
                children.setdefault(parent, []).append(topic.id)
        self._children.update({key: tuple(value) for key, value in children.items()})

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None."""
        return self._topics_by_id.get(topic_id)

    def terms_of(self, topic_id: str) -> tuple[Term, ...]:
        """The key terms that belong to a topic."""
        return tuple(term for term in self.terms if topic_id in term.topics)

    # -- the topic tree ----------------------------------------------------------------------------

    @property
    def is_flat(self) -> bool:
        """True when no topic has subtopics (every deck written before subtopics existed)."""
        return not self.parents

    def parent(self, topic_id: str) -> Topic | None:
        """The topic this one is a subtopic of, or None for a top-level topic."""
        parent = self.parents.get(topic_id)
        return self._topics_by_id.get(parent) if parent is not None else None

    def children(self, topic_id: str) -> tuple[Topic, ...]:
        """The direct subtopics of a topic, in reading order."""
        return tuple(self._topics_by_id[child] for child in self._children.get(topic_id, ()))

    def roots(self) -> tuple[Topic, ...]:
        """The top-level topics, in reading order."""
        return tuple(topic for topic in self.topics if topic.id not in self.parents)

    def path(self, topic_id: str) -> tuple[Topic, ...]:
        """The topics from the top level down to this one (just the topic itself when top-level)."""
        chain: list[Topic] = []
        current: str | None = topic_id
        while current is not None and len(chain) <= len(self.topics):
            topic = self._topics_by_id.get(current)
            if topic is None:
                break
            chain.append(topic)
            current = self.parents.get(current)
        return tuple(reversed(chain))

    def depth(self, topic_id: str) -> int:
        """0 for a top-level topic, 1 for its subtopics, and so on."""
        return max(0, len(self.path(topic_id)) - 1)

    def subtree(self, topic_id: str) -> tuple[str, ...]:
        """The ids of a topic and every topic under it, in reading order (a quiz on a parent covers
        them all)."""
        ids: list[str] = []
        stack = [topic_id]
        while stack:
            current = stack.pop()
            if current in self._topics_by_id:
                ids.append(current)
            stack.extend(reversed(self._children.get(current, ())))
        return tuple(ids)
