"""A measurement the notes give twice, in two units: "about 8,370 km (5,200 miles)".

Blanking either figure of such a pair asks only for a conversion, and the figure left standing
gives the answer to anyone who can convert (round 25, class 2: "about 82 km (_____ miles)",
"1,000 ft long x _____ ft wide (305 m x 33.5 m)"); changing one figure in a true/false statement
leaves the other contradicting it ("765 km2 (164 sq miles)"). So the bracket's figure is never
blanked nor changed; the figure before it may be blanked only with the bracket left out of the
stem (`bracket_after`), and is never changed in a true/false statement.

A pair is a bracket that opens with a measurement (after "c.", "about", "~" …) and the stretch
of the same clause before it that holds a measurement in another unit; "(1914)", "(the longest
in Europe)" or "(25%)" are no conversions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions._abbreviation_stops import masked
from bot.questions._spans import Span

# Units of length, area, volume, mass, temperature and speed, as notes write them. Longest
# first within each alternative, so "km2" is not read as "km".
_UNIT = (
    r"(?:sq\.?\s*(?:km|mi|miles?|ft|feet|m|metres?|meters?|yd|yards?|in)"
    r"|square\s+(?:kilometres?|kilometers?|km|miles?|metres?|meters?|m|feet|ft|yards?)"
    r"|cubic\s+(?:metres?|meters?|feet|ft|yards?|km)"
    r"|(?:km|mm|cm|m|ft|mi|in)(?:2|3|²|³)"
    r"|km/h|kph|mph|m/s|knots?"
    r"|kilometres?|kilometers?|centimetres?|centimeters?|millimetres?|millimeters?|metres?"
    r"|meters?|km|cm|mm|m|feet|foot|ft|inch(?:es)?|in|yards?|yd|miles?|mi|nautical\s+miles"
    r"|hectares?|ha|acres?"
    r"|litres?|liters?|ml|l|gallons?|gal|pints?|pt|barrels?"
    r"|kilograms?|kg|grams?|g|tonnes?|(?:short\s+|long\s+|metric\s+)?tons?|t|pounds?|lbs?"
    r"|ounces?|oz|stones?|st"
    r"|°\s?[CFcf]|degrees?\s+(?:C|F|Celsius|Fahrenheit|centigrade))"
)
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|bn|m)\b)?"
# A figure, a range of figures ("47-75 miles") or a figure by another ("305 m x 33.5 m").
_FIGURE = re.compile(
    rf"(?<![\w.,]){_NUMBER}(?:\s*(?:-|–|—|to)\s*{_NUMBER})?\s?(?P<unit>{_UNIT})(?![\w/²³])"
)
_BRACKET = re.compile(r"\(([^()]{1,80})\)")
# What may open a conversion before its figure: "(c. 30 miles)", "(about 47 miles)".
_HEDGE = re.compile(
    r"\s*(?:c\.|ca\.|circa|about|approx\.?|approximately|around|roughly|nearly|almost|over"
    r"|under|some|~|≈)?\s*",
    re.IGNORECASE,
)
# Where the clause a bracket belongs to starts: the last of these before it.
_CLAUSE_BREAK = re.compile(r"[;:()]|\.\s|\s[-–—]\s")
# Units written differently that measure the same way ("mile"/"miles", "°C"/"° C").
_SAME_UNIT = {
    "metre": "m",
    "meter": "m",
    "kilometre": "km",
    "kilometer": "km",
    "foot": "ft",
    "feet": "ft",
    "mile": "mi",
    "inch": "in",
    "yard": "yd",
    "kilogram": "kg",
    "gram": "g",
    "tonne": "t",
    "pound": "lb",
    "lbs": "lb",
    "litre": "l",
    "liter": "l",
    "gallon": "gal",
}


@dataclass(frozen=True, slots=True)
class UnitPair:
    """Where a measurement stands (`first_start`..`first_end`) and where its conversion's bracket
    stands (`open`..`close`, the brackets included)."""

    first_start: int
    first_end: int
    open: int
    close: int


def unit_pairs(text: str) -> list[UnitPair]:
    """Every measurement of `text` given again in other units in the bracket after it."""
    if "(" not in text:
        return []
    pairs: list[UnitPair] = []
    for bracket in _BRACKET.finditer(text):
        inside = bracket.group(1)
        hedge = _HEDGE.match(inside)
        opened = _FIGURE.match(inside, hedge.end() if hedge else 0)
        if opened is None:
            continue
        theirs = {_unit_key(m.group("unit")) for m in _FIGURE.finditer(inside)}
        start = _clause_start(text, bracket.start())
        before = list(_FIGURE.finditer(text, start, bracket.start()))
        ours = {_unit_key(m.group("unit")) for m in before}
        if not before or ours & theirs:
            continue  # "5 km (3 km of it tunnel)": the same unit twice is two figures
        pairs.append(UnitPair(before[0].start(), before[-1].end(), bracket.start(), bracket.end()))
    return pairs


def in_conversion(text: str, span: Span) -> bool:
    """True when `span` is, or is inside, a figure that converts one standing before it: "about
    82 km (_____ miles)" asks for a conversion of what the stem shows."""
    return any(pair.open < span.end and span.start < pair.close for pair in unit_pairs(text))


def in_measurement(text: str, span: Span) -> bool:
    """True when `span` is a figure of either side of a pair: changing it in a true/false
    statement leaves the other side saying otherwise."""
    return any(
        (pair.first_start < span.end and span.start < pair.first_end)
        or (pair.open < span.end and span.start < pair.close)
        for pair in unit_pairs(text)
    )


def bracket_after(text: str, span: Span) -> tuple[int, int] | None:
    """Where the conversion of the measurement `span` stands in ("4 kg (8.5 lb)" for "4"), its
    leading space included, so a stem blanking `span` leaves it out; None when there is none."""
    for pair in unit_pairs(text):
        if pair.first_start < span.end and span.start < pair.first_end:
            start = pair.open
            while start > 0 and text[start - 1] == " ":
                start -= 1
            return start, pair.close
    return None


def _clause_start(text: str, end: int) -> int:
    start = 0
    for found in _CLAUSE_BREAK.finditer(masked(text), 0, end):  # not at "c."
        start = found.end()
    return start


def _unit_key(unit: str) -> str:
    word = re.sub(r"\s+", " ", unit.strip().lower().rstrip("."))
    word = word.replace("° ", "°").replace("degrees ", "°").replace("degree ", "°")
    if word.startswith("°"):
        return word[:2]
    if word.endswith("s") and word[:-1] in _SAME_UNIT:
        word = word[:-1]
    if word.endswith("es") and word[:-2] in _SAME_UNIT:
        word = word[:-2]
    return _SAME_UNIT.get(word, word)
