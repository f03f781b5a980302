"""The deck's own names: people, places, key terms and topic titles, found wherever facts use them.

These are the best things to blank (the author listed them as what matters) and the only source of
wrong options for a name: the other people, places or terms of the same deck.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._spans import SpanKind
from bot.questions._tokens import Tokens, joinable
from bot.questions._words import STOP_WORDS
from knowledge.model import Deck
from knowledge.text import fold

_PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
# When one name is listed as two kinds, the first kind wins.
_PRIORITY = (SpanKind.PERSON, SpanKind.PLACE, SpanKind.TERM, SpanKind.TOPIC)
# A surname alone names a person only when it is this long (so "Mao" needs his full name).
_MIN_SURNAME = 4


def without_parenthetical(name: str) -> str:
    """ "East Germany (GDR)" -> "East Germany"; the name itself when nothing is left."""
    if "(" not in name:  # most names: nothing to cut (a build asks it of every name, often)
        return name.strip() or name
    stripped = _PARENTHETICAL.sub("", name).strip()
    return stripped or name


@dataclass(frozen=True, slots=True)
class Entity:
    """A name the deck defines, of one kind, with the other spellings a student might type."""

    name: str
    kind: SpanKind
    aliases: tuple[str, ...] = ()

    @property
    def surname(self) -> str:
        """A person's last name ("Imre Nagy" -> "Nagy"); the name itself for anything else."""
        if self.kind is not SpanKind.PERSON:
            return self.name
        words = without_parenthetical(self.name).split()
        return words[-1] if words else self.name

    def written_like(self, answer: str) -> str:
        """The name as an option beside `answer`: a surname beside a surname, else the full name."""
        if self.kind is SpanKind.PERSON and len(answer.split()) == 1:
            return self.surname
        return without_parenthetical(self.name)


@dataclass(frozen=True, slots=True)
class _Surface:
    """One spelling of an entity, as folded words; `capital`: the text must capitalise it."""

    words: tuple[str, ...]
    entity: Entity
    capital: bool


class EntityIndex:
    """Every entity of a deck, findable by any of its spellings in a fact's tokens."""

    def __init__(self, deck: Deck) -> None:
        self._by_name: dict[str, Entity] = {}
        for kind in _PRIORITY:
            for entity in _listed(deck, kind):
                if fold(entity.name):
                    self._by_name.setdefault(fold(entity.name), entity)
        self._entities = tuple(self._by_name.values())
        self._surfaces: dict[tuple[str, ...], _Surface] = {}
        # folded surname -> how many people have it (a surname alone names only a lone one)
        surnames = Counter(
            fold(entity.surname) for entity in self._entities if entity.kind is SpanKind.PERSON
        )
        for entity in self._entities:
            for surface in _surfaces_of(entity, surnames):
                self._surfaces.setdefault(surface.words, surface)
        # first word -> the word counts of the spellings starting with it, longest first: a match at a
        # token is a few dict lookups however many names share their first word.
        lengths: dict[str, set[int]] = {}
        for words in self._surfaces:
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {word: sorted(found, reverse=True) for word, found in lengths.items()}
        # kind -> its entities in deck order, grouped once (each kind asked for per question
        # kind would otherwise walk every entity of the deck)
        self._by_kind: dict[SpanKind, tuple[Entity, ...]] | None = None

    @property
    def entities(self) -> tuple[Entity, ...]:
        """All entities, one per folded name, in deck order (people, places, terms, topics)."""
        return self._entities

    def of_kind(self, kind: SpanKind) -> tuple[Entity, ...]:
        """The entities of one kind, in deck order."""
        if self._by_kind is None:
            grouped: dict[SpanKind, list[Entity]] = {}
            for entity in self._entities:
                grouped.setdefault(entity.kind, []).append(entity)
            self._by_kind = {found: tuple(entities) for found, entities in grouped.items()}
        return self._by_kind.get(kind, ())

    def lookup(self, text: str) -> Entity | None:
        """The entity `text` names (any spelling, case and accents ignored), or None."""
        for candidate in (text, without_parenthetical(text)):
            surface = self._surfaces.get(tuple(fold(candidate).split()))
            if surface is not None:
                return surface.entity
        return None

    def matches(self, text: str, tokens: Tokens) -> Iterator[tuple[int, int, Entity]]:
        """(first token, token after the last, entity) per name in `tokens`, longest match first."""
        index = 0
        while index < len(tokens):
            found = self._match_at(text, tokens, index)
            if found is None:
                index += 1
                continue
            length, entity = found
            yield index, index + length, entity
            index += length

    def _match_at(self, text: str, tokens: Tokens, index: int) -> tuple[int, Entity] | None:
        for length in self._lengths.get(tokens[index].folded, ()):
            end = index + length
            if end > len(tokens):
                continue
            surface = self._surfaces.get(tuple(token.folded for token in tokens[index:end]))
            if surface is None:
                continue
            if surface.capital and not tokens[index].text[0].isupper():
                continue
            if all(joinable(text, tokens[k], tokens[k + 1]) for k in range(index, end - 1)):
                return length, surface.entity
        return None


def _listed(deck: Deck, kind: SpanKind) -> Iterator[Entity]:
    if kind is SpanKind.PERSON:
        for topic in deck.topics:
            yield from (Entity(name, kind) for name in topic.people)
    elif kind is SpanKind.PLACE:
        for topic in deck.topics:
            yield from (Entity(name, kind) for name in topic.places)
    elif kind is SpanKind.TERM:
        yield from (Entity(term.term, kind, term.aliases) for term in deck.terms)
    else:
        yield from (Entity(topic.title, kind, topic.aliases) for topic in deck.topics)


def _surfaces_of(entity: Entity, surnames: Counter[str]) -> Iterator[_Surface]:
    # Names of people, places and topics are proper nouns: "china" in lower case is not China.
    capital = entity.kind is not SpanKind.TERM
    for spelling in (entity.name, *entity.aliases):
        for variant in dict.fromkeys((spelling, without_parenthetical(spelling))):
            words = tuple(fold(variant).split())
            if words and not (len(words) == 1 and words[0] in STOP_WORDS):
                yield _Surface(words, entity, capital)
    if entity.kind is SpanKind.PERSON:
        surname = fold(entity.surname)
        if len(surname) >= _MIN_SURNAME and surname not in STOP_WORDS and surnames[surname] == 1:
            yield _Surface((surname,), entity, True)
