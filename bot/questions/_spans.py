"""A span of a fact's text that a question could blank, and what type of thing it is.

The type decides what a question may do with the span: any span can be a typed cloze, but only a
span whose type has comparable alternatives (other people of the deck, nearby years, …) can become a
multiple-choice or true/false question.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SpanKind(StrEnum):
    """What a span is. Options of a choice question must all share one kind."""

    PERSON = "person"
    PLACE = "place"
    TERM = "term"
    TOPIC = "topic"
    ACRONYM = "acronym"
    PHRASE = "phrase"  # a capitalised phrase the deck does not otherwise name
    RARE_WORD = "rare word"
    YEAR = "year"
    QUANTITY = "number"
    PERCENT = "percentage"
    MONEY = "amount of money"
    DATE = "date"
    DEFINITION = "definition"  # only used to type-check the options of a term question


NUMERIC_KINDS = frozenset({SpanKind.YEAR, SpanKind.QUANTITY, SpanKind.PERCENT, SpanKind.MONEY})
ENTITY_KINDS = frozenset(
    {SpanKind.PERSON, SpanKind.PLACE, SpanKind.TERM, SpanKind.TOPIC, SpanKind.ACRONYM}
)
# Kinds for which distractors can be made, so a choice or true/false question can be built.
CHOOSABLE_KINDS = NUMERIC_KINDS | ENTITY_KINDS

# How good a blank of each kind is, best first: a name or key term beats a number, which beats a
# capitalised phrase found by shape alone, which beats a merely rare word.
SCORES = {
    SpanKind.PERSON: 5,
    SpanKind.PLACE: 5,
    SpanKind.TERM: 5,
    SpanKind.TOPIC: 5,
    SpanKind.YEAR: 4,
    SpanKind.QUANTITY: 4,
    SpanKind.PERCENT: 4,
    SpanKind.MONEY: 4,
    SpanKind.DATE: 3,
    SpanKind.ACRONYM: 3,
    SpanKind.PHRASE: 2,
    SpanKind.RARE_WORD: 1,
    SpanKind.DEFINITION: 0,
}
# A span the deck's author marked with cloze markup outranks anything found automatically.
MARKED_BONUS = 10
# A word the notes set in bold breaks a tie with a span of its own kind found automatically;
# the blank chooser may weigh `Span.bold` further (the author's cloze markup still wins).
BOLD_BONUS = 1


@dataclass(frozen=True, slots=True)
class Span:
    """`text[start:end]` of a fact, of one kind. `entity` is the deck's canonical name, if known."""

    start: int
    end: int
    text: str
    kind: SpanKind
    entity: str | None = None
    marked: bool = False
    author_hint: str | None = None
    bold: bool = False  # the notes set it in bold (`_bold`): a key word the teacher chose

    @property
    def score(self) -> int:
        """How good a blank this span makes (higher is better)."""
        return (
            SCORES[self.kind]
            + (MARKED_BONUS if self.marked else 0)
            + (BOLD_BONUS if self.bold else 0)
        )

    def overlaps(self, start: int, end: int) -> bool:
        """True when this span shares a character with `[start, end)`."""
        return self.start < end and start < self.end
