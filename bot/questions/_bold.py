"""The teacher's bold key words in a line of the notes, for the quiz to prefer as blanks.

The importers keep the words the notes set in bold (`Deck.emphasis`, see
`knowledge.importers.emphasis`). Here they become spans of a line: a span the finder already
found (a name, a number, a term) is marked `bold`, and a bold word it did not find ("took it as
**tribute**", "a **cocoa press**": everyday words, no capital) is added as a span of its own, so
a line whose only key word is such a word has a blank. Every span still goes through the blank
checks (`_filters.blank_problem`); bold only ranks a span higher (`Span.score`).

`bold_in(ctx, text)` is the small API other builders use: the bold phrases found in a text, with
their positions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.questions._spans import Span
from knowledge.text import fold

if TYPE_CHECKING:  # the context asks this module for its spans
    from bot.questions._context import DeckContext


def bold_in(ctx: DeckContext, text: str) -> list[tuple[int, int]]:
    """Where the deck's bold phrases stand in `text` (whole words, any case), in order, none
    inside another."""
    pattern = ctx.once(_pattern)
    if pattern is None:
        return []
    return [match.span() for match in pattern.finditer(text)]


def with_bold(ctx: DeckContext, text: str, spans: list[Span]) -> list[Span]:
    """`spans` of `text` with the bold ones marked, and the bold phrases no span covers added
    (of the kind `ctx.classify` reads them as)."""
    found = bold_in(ctx, text)
    if not found:
        return spans
    marked = [
        replace(span, bold=True) if (span.start, span.end) in found else span for span in spans
    ]
    for start, end in found:
        if not any(span.overlaps(start, end) for span in spans):
            phrase = text[start:end]
            marked.append(Span(start, end, phrase, ctx.classify(phrase), bold=True))
    return marked


def _pattern(ctx: DeckContext) -> re.Pattern[str] | None:
    """One pattern for every bold phrase of the deck the deck's lines rarely repeat, longest
    first (so "cocoa butter" wins over "cocoa"), or None for a deck with none. A bold word on
    many lines ("cacao" in notes on chocolate) is what the whole deck is about: bold where the
    teacher first wrote it, a giveaway blank everywhere else."""
    phrases = sorted({phrase for phrase in ctx.deck.emphasis if phrase.strip()}, key=len)
    if not phrases:
        return None
    every = _compiled(phrases)
    counts: Counter[str] = Counter()
    for ref in ctx.statements:
        counts.update({fold(match.group(0)) for match in every.finditer(ref.text)})
    kept = [phrase for phrase in phrases if counts[fold(phrase)] <= _MAX_LINES]
    return _compiled(kept) if kept else None


# A bold phrase on more of the deck's lines than this is the deck's theme, not a key word.
_MAX_LINES = 3


def _compiled(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(phrase) for phrase in reversed(phrases))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
