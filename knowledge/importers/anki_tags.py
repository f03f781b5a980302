"""Anki note tags as a teacher means them: a tag on every note of a deck is another name for that
deck's topic (an alias), and a tag that several (not all) notes of one deck share is a subtopic
holding their facts ("03_traps" → "Traps"). A subtopic, not a list within the topic: a tag says how
cards were filed, and sorting facts into tag lists ("match each to the list your notes give it
under: Routes, People…") asked the filing, not the subject (round-28 review). Hierarchical tags
("Biology::Cells") count by their last part; Anki's own bookkeeping tags
(`leech`, `marked`) and tags that are only numbers say nothing about the subject and are ignored."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from knowledge.importers.builder import DeckBuilder, TopicDraft
from knowledge.importers.tabular import Card
from knowledge.loader import MAX_TITLE_CHARS
from knowledge.text import fold

_ORDER_NUMBER = re.compile(r"^\d{1,3}[.)\-]?\s+(?=\D)|^\d{1,3}[.)\-](?=[A-Za-z])")
"""A number put before a tag to sort it ("03_traps", "2. Cells"): not part of its name."""

SYSTEM_TAGS = frozenset({"leech", "marked"})
"""Tags Anki itself adds while a student reviews; they are not about the subject."""


def tag_name(tag: str) -> str | None:
    """The tag as a heading ("cell_structure" → "cell structure", "03_traps" → "traps"), or None
    for a tag that is not about the subject (system tags, numbers, a character or two)."""
    parts = [part for part in tag.split("::") if part.strip()]
    if not parts or any(fold(part) in SYSTEM_TAGS for part in parts):
        return None
    name = " ".join(parts[-1].replace("_", " ").split())
    if any(c.isalpha() for c in name):
        name = _ORDER_NUMBER.sub("", name)  # "03_traps": the 3rd unit, named "traps"
    if len(name) < 2 or len(name) > MAX_TITLE_CHARS or not any(c.isalpha() for c in name):
        return None
    return name


class TagPlan:
    """Which tag names are aliases and which are groups, per topic key (see `topic_key`)."""

    def __init__(self, cards: Sequence[Card], builder: DeckBuilder | None = None) -> None:
        """With a builder, a tag several notes share becomes a subtopic (Anki packages); without,
        a list within the topic (a spreadsheet's tag column, whose tags label kinds of card)."""
        self._builder = builder
        self._several_decks = len({card.deck for card in cards if card.deck}) > 1
        notes: Counter[str] = Counter()
        shared: dict[str, Counter[str]] = {}
        self._names: dict[str, str] = {}  # folded → first spelling seen
        for card in cards:
            key = self.topic_key(card)
            notes[key] += 1
            for name in self._names_of(card.tags):
                shared.setdefault(key, Counter())[fold(name)] += 1
        self._aliases = {
            key: [self._names[tag] for tag, count in counts.items() if count == notes[key]]
            for key, counts in shared.items()
            if notes[key] > 1
        }
        self._groups = {
            key: {tag for tag, count in counts.items() if 1 < count < notes[key]}
            for key, counts in shared.items()
        }

    def topic_key(self, card: Card) -> str:
        """The same split `add_cards` makes: one topic per Anki deck only when there are several."""
        return card.deck if self._several_decks and card.deck else ""

    def _names_of(self, tags: Iterable[str]) -> list[str]:
        names: list[str] = []
        for tag in tags:
            name = tag_name(tag)
            if name is not None and fold(name) not in {fold(n) for n in names}:
                self._names.setdefault(fold(name), name)
                names.append(name)
        return names

    def apply(self, card: Card, topic: TopicDraft, start: int) -> None:
        """Give the card's topic its tag aliases and move the card's facts to its tag's subtopic."""
        key = self.topic_key(card)
        for alias in self._aliases.get(key, []):
            if fold(alias) not in {fold(a) for a in topic.aliases}:
                topic.aliases.append(alias)
        groups = self._groups.get(key, set())
        for tag in self._names_of(card.tags):
            if fold(tag) in groups and fold(tag) != fold(topic.title):
                name = self._names[fold(tag)]
                if self._builder is None:
                    topic.group_since(start, name)
                    return
                title = name[0].upper() + name[1:] if name.islower() else name
                topic.move_since(start, self._builder.add_topic(title, topic))
                return
