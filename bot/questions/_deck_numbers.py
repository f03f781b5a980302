"""The deck's own numbers by unit: wrong options a student cannot rule out by arithmetic.

Look-alikes made by scaling the answer ("30" -> 60, 90, 120; "27,000" -> 6,750, 13,500, 20,250)
form a pattern a student spots: the answer is the one the others are multiples of. Other values
the notes give in the same unit ("4 Ω", "100 Ω", "10 kΩ" for a resistance; any percentage for a
percentage) are real values of that kind of quantity, so they are offered first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions._context import DeckContext, FactRef
from bot.questions._numbers import parse_number, scan_numbers
from bot.questions._spans import Span, SpanKind
from bot.questions._words import STOP_WORDS
from knowledge.text import fold

_UNIT = re.compile(r"\s*([^\s,.;:()\[\]\"“”'‘’!?]+)")
# Kinds whose unit is in their own text ("45%", "$13 billion"): any two of one shape compare.
_UNIT_IN_TEXT = frozenset({SpanKind.PERCENT, SpanKind.MONEY})
_COUNTED = frozenset({SpanKind.QUANTITY, SpanKind.PERCENT, SpanKind.MONEY})


@dataclass(frozen=True, slots=True)
class _Found:
    text: str
    unit: str
    fact: str  # the folded line it stands in


def unit_after(text: str, span: Span) -> str:
    """The word naming what a number counts ("230 V" -> "v", "13 days" -> "day"), or ""."""
    if span.kind in _UNIT_IN_TEXT:
        return ""
    found = _UNIT.match(text, span.end)
    word = fold(found.group(1)) if found else ""
    if word in STOP_WORDS or not word or word[0].isdigit():
        return ""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def same_unit_numbers(ctx: DeckContext, ref: FactRef, span: Span) -> list[str]:
    """The deck's other numbers written like `span` and counting the same thing, in deck order,
    none from `ref`'s own line (a value the stem prints is no wrong option)."""
    number = parse_number(span.text)
    if span.kind not in _COUNTED or number is None:
        return []
    unit = unit_after(ref.text, span)
    found = ctx.once(_deck_numbers).get(number.shape, [])
    unique: dict[str, str] = {}
    for one in found:
        if one.unit == unit and one.fact != ref.folded and one.text != span.text:
            unique.setdefault(one.text, one.text)
    return list(unique)


def _deck_numbers(ctx: DeckContext) -> dict[object, list[_Found]]:
    """Every quantity, percentage and amount of money of the deck, by the shape it is written in."""
    by_shape: dict[object, list[_Found]] = {}
    for ref in ctx.facts:
        for span in scan_numbers(ref.text).spans:
            number = parse_number(span.text)
            if span.kind in _COUNTED and number is not None:
                by_shape.setdefault(number.shape, []).append(
                    _Found(span.text, unit_after(ref.text, span), ref.folded)
                )
    return by_shape
