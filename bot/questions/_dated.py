"""Whether the notes are about when things happened: a year a deck mentions in passing is trivia.

A history deck dates most of its lines or topics, and its years are what a student must learn.
Science or geography notes date a discovery or a case study now and then ("Mendel published his
work in 1866", "Faraday discovered induction in 1831"): a question on that year tests trivia
beside the subject's content. When fewer than `MIN_DATED_SHARE` of a deck's lines and topic
titles carry a year, no question turns on one (no blank, no changed year in a true/false, no
ordering by years); a deck with more caps a sample's year questions at that share, never above
the generator's overall cap.
"""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._numbers import scan_numbers
from bot.questions._spans import Span, SpanKind
from knowledge.model import Deck

# Between the science and geography notes of tests/data/review (at most 8% dated) and the
# history, sociology and economics notes (12% and up).
MIN_DATED_SHARE = 0.1


def dated_share(deck: Deck) -> float:
    """The share of the deck's lines and topics that carry a year (in its title or as the
    topic's dates), 0 when it has none."""
    lines = [fact.text for topic in deck.topics for fact in topic.facts]
    total = len(lines) + len(deck.topics)
    if not total:
        return 0.0
    dated = sum(1 for line in lines if _has_year(line))
    dated += sum(
        1 for topic in deck.topics if topic.start_year is not None or _has_year(topic.title)
    )
    return dated / total


def years_worth_asking(deck: Deck) -> bool:
    """True when the deck dates enough of its lines for its years to be its content."""
    return dated_share(deck) >= MIN_DATED_SHARE


def incidental_year(ctx: DeckContext, span: Span) -> bool:
    """True for a year (or a date with one) in notes whose years are not their content."""
    if not (span.kind is SpanKind.YEAR or (span.kind is SpanKind.DATE and _has_year(span.text))):
        return False
    return not ctx.once(_worth_asking)


def _worth_asking(ctx: DeckContext) -> bool:
    return years_worth_asking(ctx.deck)


def _has_year(text: str) -> bool:
    for span in scan_numbers(text).spans:
        if span.kind is SpanKind.YEAR:
            return True
        if span.kind is SpanKind.DATE and any(
            len(run) == 4 for run in "".join(c if c.isdigit() else " " for c in span.text).split()
        ):
            return True
    return False
