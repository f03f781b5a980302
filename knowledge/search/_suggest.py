"""Autocomplete for `/explain`: what a student may mean while still typing (Discord offers 25
choices).

Names that start with what was typed come first, then names with a word that starts with it, then
names close to it despite a typo ("hungarain" -> Hungarian Uprising, by partial ratio, which is fine
for a list of suggestions though never for a match), then topics found through people, places, years
and facts.
"""

from __future__ import annotations

import bisect

from rapidfuzz import fuzz, process

from knowledge.search._entities import Entity
from knowledge.search._lookup import MAX_LOOKUP_CHARS, SUGGEST_SCORE, TopicLookup
from knowledge.search._types import Hit
from knowledge.search._words import normalise
from knowledge.text import drop_article

NAME_START = 1.0
WORD_START = 0.9
FUZZY_SHARE = 0.8  # of the partial ratio: typo suggestions rank under real prefix matches
LOOKUP_SHARE = 0.7  # of the lookup score: found through a person, place, year or fact
FUZZY_MIN_CHARS = 5  # below this partial ratio finds a short string in too many names
FUZZY_CUTOFF = 85.0
MAX_LIMIT = 100


class Suggester:
    """Sorted names and name words of a deck's topics and terms, for prefix search by bisection."""

    __slots__ = ("_entities", "_lookup", "_sorted_names", "_sorted_words")

    def __init__(self, lookup: TopicLookup) -> None:
        self._lookup = lookup
        self._entities: list[Entity] = lookup.entities
        owners: list[tuple[str, int, str]] = []
        words: list[tuple[str, int, str]] = []
        for position, entity in enumerate(self._entities):
            for name in entity.names:
                normalised = drop_article(normalise(name))
                if not normalised:
                    continue
                owners.append((normalised, position, name))
                words += [(word, position, name) for word in normalised.split()[1:]]
        self._sorted_names = sorted(owners)
        self._sorted_words = sorted(words)

    def suggest(self, prefix: str, limit: int) -> list[Hit]:
        """Up to `limit` topics and terms for a partly typed query, best first."""
        limit = max(0, min(limit, MAX_LIMIT))
        prefix = prefix[:MAX_LOOKUP_CHARS]
        typed = drop_article(normalise(prefix))
        if not typed:
            return [
                Hit(e.kind, e.id, e.title, 0.0, e.title)
                for e in self._entities
                if e.kind == "topic"
            ][:limit]
        best: dict[int, tuple[float, str]] = {}

        def offer(position: int, score: float, matched: str) -> None:
            current = best.get(position)
            if current is None or score > current[0]:
                best[position] = (score, matched)

        for key, position, name in _starting_with(self._sorted_names, typed):
            offer(position, NAME_START - 0.001 * min(len(key) - len(typed), 100), name)
        for key, position, name in _starting_with(self._sorted_words, typed):
            offer(position, WORD_START - 0.001 * min(len(key) - len(typed), 100), name)
        if len(typed) >= FUZZY_MIN_CHARS:
            for _, ratio, choice in process.extract(
                typed,
                self._lookup.names,
                scorer=fuzz.partial_ratio,
                processor=None,  # names are normalised at build time, the prefix just above
                score_cutoff=FUZZY_CUTOFF,
                limit=max(limit, 1) * 2,
            ):
                position, name = self._lookup.name_owner(choice)
                offer(position, FUZZY_SHARE * ratio / 100.0, name)
            for scored in self._lookup.rank(prefix):
                if scored.score >= SUGGEST_SCORE:
                    offer(scored.entity, LOOKUP_SHARE * scored.score, scored.matched)
        ordered = sorted(
            best.items(),
            key=lambda item: (-item[1][0], self._entities[item[0]].kind != "topic", item[0]),
        )
        return [
            Hit(
                self._entities[p].kind,
                self._entities[p].id,
                self._entities[p].title,
                round(score, 4),
                matched,
            )
            for p, (score, matched) in ordered[:limit]
        ]


def _starting_with(entries: list[tuple[str, int, str]], typed: str) -> list[tuple[str, int, str]]:
    """Entries whose key starts with `typed` (the list is sorted by key)."""
    start = bisect.bisect_left(entries, (typed,))
    found: list[tuple[str, int, str]] = []
    for entry in entries[start : start + 200]:
        if not entry[0].startswith(typed):
            break
        found.append(entry)
    return found
