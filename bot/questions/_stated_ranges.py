"""Ranges the notes state for a measure ("HDI is a number between 0 and 1"), so a wrong number
offered for a value of that measure stays inside them.

Round 17's blind review saw "HDI: UK = _____" offered 1.05 and 1.16 beside 0.93 in notes that say
the index lies between 0 and 1: a student rules such options out without knowing the answer. A
range stated anywhere in a topic ("between A and B", "on a scale of A to B", "from A to B on a
scale") bounds the wrong options of any number of that topic lying inside it; a number outside
every stated range is not bounded by them (the population beside the index).
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.questions._context import DeckContext
from bot.questions._numbers import parse_number

_NUMBER = r"(-?\d+(?:\.\d+)?)"
_RANGE = re.compile(
    rf"\bbetween\s+{_NUMBER}\s+and\s+{_NUMBER}\b"
    rf"|\bscale\s+(?:of|from)\s+{_NUMBER}\s*(?:to|-|–)\s*{_NUMBER}\b"
    rf"|\bfrom\s+{_NUMBER}\s+to\s+{_NUMBER}\s+on\s+a\s+scale\b",
    re.IGNORECASE,
)
Range = tuple[Fraction, Fraction]


def outside_stated_range(ctx: DeckContext, topic_id: str, answer: str, candidate: str) -> bool:
    """True when the topic states a range holding `answer` and `candidate` lies outside it."""
    ranges = ctx.once(_ranges).get(topic_id)
    if not ranges:
        return False
    value, wrong = parse_number(answer), parse_number(candidate)
    if value is None or wrong is None or value.suffix != wrong.suffix:
        return False
    return any(
        low <= value.value <= high and not low <= wrong.value <= high for low, high in ranges
    )


def _ranges(ctx: DeckContext) -> dict[str, list[Range]]:
    """Each topic's id -> the ranges its lines state, low end first."""
    found: dict[str, list[Range]] = {}
    for ref in ctx.facts:
        for match in _RANGE.finditer(ref.text):
            low, high = (Fraction(text) for text in match.groups() if text is not None)
            if low < high:
                found.setdefault(ref.topic.id, []).append((low, high))
    return found
