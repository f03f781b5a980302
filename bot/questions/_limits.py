"""Real-world limits on a number a line states, so a wrong option is never an impossible value.

A look-alike of "65 countries" may not be "260 countries" (there are about 195), nor one of
"16 hours a day" be "32 hours a day", nor one of "230 of the 608 seats" be "912": a student rules
such an option out without knowing the subject. Percentages over 100 and years outside the notes
are handled where look-alikes are made (`_numbers`) and chosen (`_distractors`).
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.questions._numbers import parse_number
from bot.questions._part_whole import breaks_part_whole

# Things there are only so many of, counted right after the number ("in about 150 countries").
_COUNTED: dict[str, Fraction] = {
    "countries": Fraction(195),
    "nations": Fraction(195),
    "states": Fraction(195),
    "continents": Fraction(7),
    "oceans": Fraction(5),
    "planets": Fraction(8),
    "people": Fraction(8_100_000_000),
    "humans": Fraction(8_100_000_000),
}
# How many of one unit fit in a period: "16 hours a day", "3 days per week".
_PER: dict[tuple[str, str], Fraction] = {
    ("hours", "day"): Fraction(24),
    ("hours", "week"): Fraction(168),
    ("days", "week"): Fraction(7),
    ("days", "month"): Fraction(31),
    ("days", "year"): Fraction(366),
    ("weeks", "year"): Fraction(52),
    ("months", "year"): Fraction(12),
    ("minutes", "hour"): Fraction(60),
    ("seconds", "minute"): Fraction(60),
}
_SCALE = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Up to two describing words between the number and what it counts ("150 member states").
_WORDS_AFTER = re.compile(r"\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?")
_PERIOD_AFTER = re.compile(r"\s+([a-z]+)\s+(?:a|an|per|each|every)\s+([a-z]+)\b")
# "230 of the 608 seats", "3 out of 4 people": the part is at most the whole.
_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?([\d,.]+)(?![\d%])")
_PART_BEFORE = re.compile(r"([\d,.]+)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$")


def beyond_limit(text: str, start: int, end: int, candidate: str) -> bool:
    """True when `candidate`, put in place of text[start:end], states an impossible number."""
    number = parse_number(candidate)
    if number is None:
        return False
    if breaks_part_whole(text, start, end, candidate):
        return True  # "18 species; _____ of them breed" never offered 19 or 22
    value = _absolute(candidate)
    # The notes may know better than the table ("athletes from 204 nations"): never below them.
    stated = _absolute(text[start:end])
    after, before = text[end:].lower(), text[:start].lower()
    words = _WORDS_AFTER.match(after)
    counted = next((w for w in words.groups() if w in _COUNTED), None) if words else None
    if counted is not None and value > max(_COUNTED[counted], stated):
        return True
    per = _PERIOD_AFTER.match(after)
    if per and value > max(_PER.get((per.group(1), per.group(2)), value), stated):
        return True
    whole = _WHOLE_AFTER.match(after)
    if whole and (limit := parse_number(whole.group(1))) is not None:
        return number.value > limit.value
    part = _PART_BEFORE.search(before)
    if part and (least := parse_number(part.group(1))) is not None:
        return number.value < least.value
    return False


def _absolute(text: str) -> Fraction:
    """The value `text` writes, scale words applied ("5.4 billion" -> 5,400,000,000); 0 if none."""
    number = parse_number(text)
    if number is None:
        return Fraction(0)
    return number.value * _SCALE.get(number.suffix.strip().split(" ")[0].lower(), 1)
