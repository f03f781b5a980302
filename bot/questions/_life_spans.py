"""A year asked of a person's work is within that person's life.

Card decks and handouts give people's dates ("Vincent van Gogh: (1853–1890) Dutch painter …",
"Babur (Zahir-ud-din Muhammad, 1483–1530) was …"), and lines date their works by the person's
name ("The Starry Night: Van Gogh's 1889 painting …"). A wrong year after the person died (1892,
1894 among the options for "Van Gogh's _____ painting") or before they were born is ruled out
by the notes themselves: round 23 B25 and, again, this session's B44.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._spans import Span, SpanKind
from knowledge.text import fold

# A name, then a bracket ending on a life span: "Vincent van Gogh (1853–1890)", "Babur
# (Zahir-ud-din Muhammad, 1483–1530)"; a reign "(r. 1556–1605)" is no life.
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:van|von|de|da|di|du|la|le|der)\s+)?[A-Z][\w'’.-]+){0,3}"
_NAMED_SPAN = re.compile(
    rf"(?P<name>{_NAME})\s*\((?![^()]*\br\.)(?:[^()]*?,\s*)?"
    r"(?P<born>1\d{3})\s*[–-]\s*(?P<died>1\d{3}|20\d{2}|\d{2})\)"
)
# A card's definition opening on the life span: "(1853–1890) Dutch painter …".
_OPENING_SPAN = re.compile(r"^\W*\((?P<born>1\d{3})\s*[–-]\s*(?P<died>1\d{3}|20\d{2}|\d{2})\)")
_TERM_SEPARATOR = re.compile(r"\s*(?:=|:|\t|\s[–—-]\s)\s*")
# "Van Gogh's", "Cassatt's": a name's possessive before the year asked.
_POSSESSIVE = re.compile(r"([A-Z][\w.-]+)['’]s\b")


def outside_life(ctx: DeckContext, ref: FactRef, span: Span, candidate: str) -> bool:
    """True for a wrong year of a line dating one person's work by the possessive of their name
    ("Van Gogh's _____ painting") that falls outside that person's life as the notes give it,
    when the right year falls inside."""
    if span.kind is not SpanKind.YEAR:
        return False
    lives = ctx.once(_lives)
    owners = {
        life
        for match in _POSSESSIVE.finditer(ref.text, 0, span.start)
        if (life := lives.get(fold(match.group(1)))) is not None
    }
    if len(owners) != 1:
        return False
    born, died = owners.pop()
    try:
        right, wrong = int(span.text), int(candidate)
    except ValueError:
        return False
    return born <= right <= died and not born <= wrong <= died


def _lives(ctx: DeckContext) -> dict[str, tuple[int, int] | None]:
    """Folded surname -> (born, died) for each person the notes give a life span; None for a
    surname two people with different spans share."""
    found: dict[str, tuple[int, int] | None] = {}

    def add(name: str, born: str, died: str) -> None:
        start = int(born)
        end = int(died) if len(died) == 4 else int(born[:2] + died)
        if end <= start:
            return
        surname = fold(name.rsplit(maxsplit=1)[-1])
        if surname in found and found[surname] != (start, end):
            found[surname] = None
        else:
            found[surname] = (start, end)

    for ref in ctx.facts:
        for match in _NAMED_SPAN.finditer(ref.text):
            add(match["name"], match["born"], match["died"])
        parts = _TERM_SEPARATOR.split(ref.text, maxsplit=1)
        if len(parts) == 2:
            opening = _OPENING_SPAN.match(parts[1])
            if opening is not None:
                add(parts[0], opening["born"], opening["died"])
    for term in ctx.deck.terms:
        opening = _OPENING_SPAN.match(term.definition)
        if opening is not None:
            add(term.term, opening["born"], opening["died"])
    return found
