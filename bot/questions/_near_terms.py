"""Which key terms of a long, unsorted list stand near each other, for wrong options.

Notes file their terms under headings, and a heading's few terms are one kind of thing ("Bill
stages", "Offices"). A flashcard export has no headings: its one list holds a hundred terms of
every kind, so "the terms of the answer's list" is the whole deck, and a record ("Hansard") came
out among offices, a bill stage among acts (round 21, deck B). In such a list a term whose kind is
not known takes wrong options only from the terms whose cards share telling words with its own
(the report stage's card and the committee stage's both say "committee" and "amendments"), and
none of a concrete kind the answer is not (an act, a person, an event).
A word on most cards ("govt", "Parliament" in a politics deck) tells nothing and is not counted.
"""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._kinds import UNKNOWN, concrete_family, is_abstract
from bot.questions._words import content_words
from knowledge.importers.terms import split_glossary
from knowledge.model import Term
from knowledge.text import fold

# A list of more terms than this is no list a teacher sorted: its terms are of every kind.
LONG_LIST = 15
# A word on more than this share of the deck's lines tells no two cards apart.
_COMMON_SHARE = 0.08
_MIN_COMMON = 3
# ... and a word on more lines than this, in a big upload, tells none apart either.
_MAX_COMMON = 60
# Telling words two cards must share: one alone is often a chance word ("sits", "act").
_NEAR = 2


class NearTerms:
    """For each key term asked, the terms whose cards share `_NEAR` telling words with its own:
    found through the deck's word postings (`DeckContext.fact_positions`), each card's term read
    off its line, so a 44,000-card upload pays for the few terms its first questions ask, not for
    reading every card again."""

    def __init__(self, ctx: DeckContext) -> None:
        self._ctx = ctx
        self._limit = max(_MIN_COMMON, min(int(_COMMON_SHARE * len(ctx.facts)), _MAX_COMMON))
        self._named: dict[int, str | None] = {}  # fact position -> the term its line defines
        self._neighbours: dict[str, frozenset[str]] = {}

    def neighbours(self, name: str) -> frozenset[str]:
        """The folded names of the terms whose cards share `_NEAR` telling words with `name`'s."""
        found = self._neighbours.get(name)
        if found is None:
            found = self._neighbours[name] = self._find(name)
        return found

    def near(self, one: str, other: str) -> bool:
        """True when the cards of two folded term names share `_NEAR` telling words."""
        return other in self.neighbours(one)

    def _find(self, name: str) -> frozenset[str]:
        ctx = self._ctx
        known = ctx.term_named(name)
        if known is None:
            return frozenset()
        term = known[1]
        shared: dict[str, int] = {}
        for word in set(content_words(f"{term.term} {term.definition}")):
            positions = ctx.fact_positions(word)
            if not word.isalpha() or len(positions) > self._limit:
                continue
            for other in {self._term_at(position) for position in positions}:
                if other is not None and other != name:
                    shared[other] = shared.get(other, 0) + 1
        return frozenset(other for other, count in shared.items() if count >= _NEAR)

    def _term_at(self, position: int) -> str | None:
        if position not in self._named:
            split = split_glossary(self._ctx.facts[position].text)
            named = fold(split[0]) if split is not None else None
            self._named[position] = named if named in self._ctx.term_names else None
        return self._named[position]


def near_terms(ctx: DeckContext) -> NearTerms:
    """The deck's `NearTerms`, made once per context."""
    return ctx.once(NearTerms)


def fits_long_list(ctx: DeckContext, mine: str, theirs: str, name: str, other: str) -> bool:
    """True when, in a long unsorted list, the term `other` (folded, of kind `theirs`) may be a
    wrong option for `name` (of kind `mine`): the same known kind, or, for a term of no known kind
    or an idea, a term of no concrete kind whose card shares a telling word with it."""
    if mine != UNKNOWN and mine == theirs:
        return True
    if concrete_family(mine) or concrete_family(theirs):
        return False  # "National Gallery, London" among the villages for "Auvers-sur-Oise"
    if not (is_abstract(theirs) and is_abstract(mine)):
        return False
    return near_terms(ctx).near(name, other)


def terms_in_list(ctx: DeckContext, term: Term) -> int:
    """How many key terms share a section with `term` (those filed under none: every such term)."""
    counts = ctx.once(_section_sizes)
    if not term.topics:
        return counts.get("", 0)
    return max(counts.get(topic, 0) for topic in term.topics)


def _section_sizes(ctx: DeckContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for term in ctx.deck.terms:
        for topic in set(term.topics) or {""}:
            counts[topic] = counts.get(topic, 0) + 1
    return counts
