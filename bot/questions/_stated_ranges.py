"""Ranges the notes state for a measure ("HDI is a number between 0 and 1"), so a wrong number
offered for a value of that measure stays inside them.

Round 17's blind review saw "HDI: UK = _____" offered 1.05 and 1.16 beside 0.93 in notes that say
the index lies between 0 and 1: a student rules such options out without knowing the answer. A
range stated anywhere in a topic ("between A and B", "on a scale of A to B", "from A to B on a
scale") bounds the wrong options of any number of that topic lying inside it; a number outside
every stated range is not bounded by them (the population beside the index).

The period the notes say they cover ("RESTORATION ENGLAND, 1660-1685" as the title or the line
under it) bounds a wrong year the same way: round 18 offered 1655, 1656 and 1657 beside the
Corporation Act's 1661 (A41), years a student rules out by the deck's title alone. A year the
notes date outside that period (a cause before it) is not bounded.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.questions._context import DeckContext
from bot.questions._numbers import parse_number
from knowledge.importers.years import years_in

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


# A subtitle stating the period is a short line: "RESTORATION ENGLAND, 1660-1685".
_MAX_SUBTITLE_WORDS = 8
_PERIOD = re.compile(r"(?<!\d)(1\d{3}|20\d{2})\s*[-–—]\s*(?:c\.?\s*)?(\d{2,4})(?!\d)")


def outside_stated_period(
    ctx: DeckContext, answer: str, candidate: str, topic_id: str | None = None
) -> bool:
    """True when the deck, or the section the line is in, states the period it covers
    ("Meiji reforms (1868–1889)"), `answer` is a year in it and `candidate` a year outside it:
    round 22 offered 1866 and 1867 for a reform of a section dated from 1868 (A31)."""
    periods = [ctx.once(_stated_period)]
    if topic_id is not None:
        periods.append(ctx.once(_topic_periods).get(topic_id))
    value, wrong = parse_number(answer), parse_number(candidate)
    if value is None or wrong is None:
        return False
    return any(
        period[0] <= value.value <= period[1] and not period[0] <= wrong.value <= period[1]
        for period in periods
        if period is not None
    )


def _topic_periods(ctx: DeckContext) -> dict[str, tuple[int, int]]:
    """Each topic's id -> the years its title says it covers, with its parents' when it names
    none ("Education" under "Meiji reforms (1868–1889)")."""
    found: dict[str, tuple[int, int]] = {}
    for topic in ctx.deck.topics:
        years = years_in(topic.title) if _PERIOD.search(topic.title) else None
        if years is not None and years[0] < years[1]:
            found[topic.id] = years
    for topic in ctx.deck.topics:  # a parent comes before its subtopics
        parent = ctx.deck.parents.get(topic.id)
        if topic.id not in found and parent in found:
            found[topic.id] = found[parent]
    return found


def _stated_period(ctx: DeckContext) -> tuple[int, int] | None:
    """The years the deck's title, its first heading, or a short line right under it, says the
    notes cover."""
    lines = [ctx.deck.title]
    first = ctx.deck.topics[0] if ctx.deck.topics else None
    if first is not None:
        lines.append(first.title)
        line = first.facts[0].raw if first.facts else ""
        if len(line.split()) <= _MAX_SUBTITLE_WORDS:
            lines.append(line)
    for line in lines:
        if _PERIOD.search(line) is None:
            continue
        found = years_in(line)
        if found is not None and found[0] < found[1]:
            return found
    return None
