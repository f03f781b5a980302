"""The unit of measure written after an answer's number, so that "61 miles" is not taken for
"61 km" nor "5 months" for "5 years" just because the numbers agree.

Only units written out or abbreviated in the usual ways count; a word this table doesn't know
(troops, people, million) is no unit, and an answer graded against one is judged by its number
alone as before. One-letter abbreviations that are also common words or multipliers ("s", "k",
"t", "l", "a", "h", "in") are left out; a lone "m" counts as metres only when no currency sign
comes before the number (in "£1.3m" it is millions)."""

from __future__ import annotations

import re

_ALIASES: dict[str, tuple[str, ...]] = {
    "nm": ("nm", "nanometre", "nanometres", "nanometer", "nanometers"),
    "µm": (
        "µm",
        "um",
        "micrometre",
        "micrometres",
        "micrometer",
        "micrometers",
        "micron",
        "microns",
    ),
    "mm": ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "m": ("m", "metre", "metres", "meter", "meters"),
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "mile": ("mile", "miles", "mi"),
    "foot": ("ft", "foot", "feet"),
    "mg": ("mg", "milligram", "milligrams"),
    "g": ("g", "gram", "grams", "gramme", "grammes"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),
    "tonne": ("tonne", "tonnes", "ton", "tons"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "cm3", "cm³"),
    "litre": ("litre", "litres", "liter", "liters", "dm3", "dm³"),
    "m3": ("m3", "m³"),
    "ms": ("ms", "millisecond", "milliseconds"),
    "second": ("sec", "secs", "second", "seconds"),
    "minute": ("min", "mins", "minute", "minutes"),
    "hour": ("hr", "hrs", "hour", "hours"),
    "day": ("day", "days"),
    "week": ("wk", "wks", "week", "weeks"),
    "month": ("month", "months"),
    "year": ("yr", "yrs", "year", "years"),
    "decade": ("decade", "decades"),
    "century": ("century", "centuries"),
    "celsius": ("°c", "celsius", "centigrade"),
    "fahrenheit": ("°f", "fahrenheit"),
    "kelvin": ("kelvin", "kelvins"),
    "joule": ("j", "joule", "joules"),
    "kj": ("kj", "kilojoule", "kilojoules"),
    "watt": ("w", "watt", "watts"),
    "kw": ("kw", "kilowatt", "kilowatts"),
    "volt": ("v", "volt", "volts"),
    "ohm": ("ω", "ohm", "ohms"),
    "hz": ("hz", "hertz"),
}
_UNIT_OF = {alias: unit for unit, aliases in _ALIASES.items() for alias in aliases}
# The first number of the text, what comes right before it, and the word right after it.
_NUMBER_THEN_WORD = re.compile(
    r"(?P<before>[£$€¥]?)\s*\d[\d,]*(?:\.\d+)?\s*(?P<word>°\s*[cf]\b|[^\W\d_][\w³]*)"
)


def unit_of(text: str) -> str | None:
    """The unit written after the first number in `text` ("61 km" → "km", "45°C" → "celsius"),
    or None when there is none this table knows."""
    match = _NUMBER_THEN_WORD.search(text.casefold())
    if match is None:
        return None
    word = re.sub(r"\s+", "", match["word"])
    if word == "m" and match["before"]:
        return None  # "£1.3m": millions, not metres
    return _UNIT_OF.get(word)


def units_differ(expected: str, given: str) -> bool:
    """True when both texts name a unit after their number and the units are not the same
    ("61 km" against "61 miles"); a text without a known unit never differs."""
    ours, theirs = unit_of(expected), unit_of(given)
    return ours is not None and theirs is not None and ours != theirs
