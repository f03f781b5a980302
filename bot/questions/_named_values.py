"""A number blanked out while the stem still tells it: a word that names the value, or the same
quantity given again beside it.

Round 32 (blind, B10 and B20) asked "oscillations are PERPENDICULAR (at _____°)", where
"perpendicular" is 90°, and "Speed of sound in air ≈ _____ m/s (textbook uses 340 m/s – both
fine)" with the options 260/330/530/730, where the stem's 340 m/s picks 330 out. Either asks
the reader to read the stem, not to recall the notes; the line's other blanks are asked instead.
"""

from __future__ import annotations

import re

from bot.questions._model import BLANK
from bot.questions._numbers import parse_number

# Words that are a value by themselves, with the unit they name it in ("" for a bare number).
_NAMING: tuple[tuple[re.Pattern[str], float, frozenset[str]], ...] = (
    (
        re.compile(r"(?i)\b(?:perpendicular|right[- ]angled?|right angles?|normal to)\b"),
        90.0,
        frozenset({"°", "degrees", "degree", "deg"}),
    ),
    (
        re.compile(r"(?i)\b(?:straight angle|opposite directions?)\b"),
        180.0,
        frozenset({"°", "degrees", "degree", "deg"}),
    ),
    (
        re.compile(r"(?i)\b(?:full (?:turn|circle|rotation))\b"),
        360.0,
        frozenset({"°", "degrees", "degree", "deg"}),
    ),
)
# The unit written after a number or a blank: "°", "m/s", "km", "%", "per cent".
_UNIT = r"\s?(?P<unit>°[CFK]?|%|per cent|percent|[A-Za-zµμΩ]{1,4}(?:/[A-Za-z]{1,3}|\^?-?\d)?)"
_AFTER_BLANK = re.compile(re.escape(BLANK) + _UNIT)
# Another value of it offered beside the blank, in brackets ("(textbook uses 340 m/s)"), or
# outside the brackets the blank is in; a value in the same run of text is another quantity
# ("37 °C … denatured above 40 °C").
_BRACKET = re.compile(r"\([^()]*\)")
_NOT_UNITS = frozenset({"or", "and", "to", "in", "of", "at", "is", "the", "a", "an", "on", "by"})
_QUANTITY = re.compile(r"(?<![\w.])(?P<number>\d[\d,]*(?:\.\d+)?)" + _UNIT + r"(?!\w)")
# Two values within this share of each other are the same quantity told twice.
_NEAR = 0.05


def names_blanked_value(prompt: str, answer: str) -> bool:
    """True when `prompt` tells the number blanked as `answer`: by a word naming it in the
    blank's unit, or by a near value in the same unit offered beside the blank (in brackets, or
    outside the brackets the blank is in)."""
    parsed = parse_number(answer)
    if parsed is None or parsed.value <= 0 or BLANK not in prompt:
        return False
    value = float(parsed.value)
    after = _AFTER_BLANK.search(prompt)
    unit = after.group("unit").casefold() if after else ""
    unit = "" if unit in _NOT_UNITS else unit
    rest = prompt.replace(BLANK, " ", 1)
    for pattern, named, units in _NAMING:
        if named == value and unit in units and pattern.search(rest):
            return True
    if not unit:
        return False  # a bare count: a near figure beside it is another thing counted
    brackets = [part.group() for part in _BRACKET.finditer(prompt)]
    offered = " ".join(part for part in brackets if BLANK not in part)
    if any(BLANK in part for part in brackets):
        offered += " " + _BRACKET.sub(" ", prompt)
    for found in _QUANTITY.finditer(offered):
        if found.group("unit").casefold() != unit:
            continue
        other = parse_number(found.group("number"))
        near = other is not None and abs(float(other.value) - value) <= _NEAR * value
        if near and other is not None and float(other.value) != value:
            return True
    return False
