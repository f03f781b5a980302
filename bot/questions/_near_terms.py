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
from bot.questions._kinds import UNKNOWN, is_abstract
from bot.questions._words import roots
from knowledge.model import Term
from knowledge.text import fold

# A list of more terms than this is no list a teacher sorted: its terms are of every kind.
LONG_LIST = 15
# A root on more than this share of the deck's cards tells no two of them apart.
_COMMON_SHARE = 0.08
_MIN_COMMON = 3
# Telling roots two cards must share: one alone is often a chance word ("sits", "act").
_NEAR = 2


class NearTerms:
    """For each key term, the roots its card (name and definition) shares with few others."""

    def __init__(self, ctx: DeckContext) -> None:
        cards = {
            fold(term.term): frozenset(
                word for word in roots(f"{term.term} {term.definition}") if word.isalpha()
            )
            for term in ctx.deck.terms
        }
        counts: dict[str, int] = {}
        for found in cards.values():
            for word in found:
                counts[word] = counts.get(word, 0) + 1
        limit = max(_MIN_COMMON, int(_COMMON_SHARE * len(cards)))
        self._telling = {
            name: frozenset(word for word in found if counts[word] <= limit)
            for name, found in cards.items()
        }

    def near(self, one: str, other: str) -> bool:
        """True when the cards of two folded term names share a telling root."""
        shared = self._telling.get(one, frozenset()) & self._telling.get(other, frozenset())
        return len(shared) >= _NEAR


def near_terms(ctx: DeckContext) -> NearTerms:
    """The deck's `NearTerms`, made once per context."""
    return ctx.once(NearTerms)


def fits_long_list(ctx: DeckContext, mine: str, theirs: str, name: str, other: str) -> bool:
    """True when, in a long unsorted list, the term `other` (folded, of kind `theirs`) may be a
    wrong option for `name` (of kind `mine`): the same known kind, or, for a term of no known kind
    or an idea, a term of no concrete kind whose card shares a telling word with it."""
    if mine != UNKNOWN and mine == theirs:
        return True
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
