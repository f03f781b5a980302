"""The unit of measure written after an answer's number, so that "61 miles" is not taken for
"61 km" nor "5 months" for "5 years" just because the numbers agree.

Only units written out or abbreviated in the usual ways count; a word this table doesn't know
(troops, people, million) is no unit, and an answer graded against one is judged by its number
alone as before. One-letter abbreviations that are also common words or multipliers ("s", "k",
"t", "l", "a", "h", "in") are left out; a lone "m" counts as metres only when no currency sign
comes before the number (in "£1.3m" it is millions). A percentage is a unit too ("9 degrees" is
not 9%), a bare "degrees" is the degrees of °C or °F, and money is in a currency, named by its
sign or code before the number or its name after it and its scale ("£2 million" is not "2
million dollars")."""

from __future__ import annotations

import re
from fractions import Fraction

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
    "mph": ("mph",),
    "kph": ("kph", "kmh", "kmph", "km/h", "kmhr", "km/hr"),
    "m/s": ("m/s", "mps"),
    "foot": ("ft", "foot", "feet"),
    "mg": ("mg", "milligram", "milligrams"),
    "g": ("g", "gram", "grams", "gramme", "grammes"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),
    "tonne": ("tonne", "tonnes", "ton", "tons"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters", "cm3", "cm³"),
    "litre": ("litre", "litres", "liter", "liters", "dm3", "dm³"),
    "m3": ("m3", "m³"),
    # areas, "sq" or "square" glued to its unit first (`_SQUARE`): "164 sq miles", "425 km2"
    "mm2": ("mm²", "sqmm", "sqmillimetres", "sqmillimeters"),
    "cm2": ("cm²", "sqcm", "sqcentimetres", "sqcentimeters"),
    "m2": ("m²", "sqm", "sqmetre", "sqmetres", "sqmeter", "sqmeters"),
    "km2": ("km²", "sqkm", "sqkms", "sqkilometre", "sqkilometres", "sqkilometer", "sqkilometers"),
    "sqmile": ("sqmile", "sqmiles", "sqmi", "mi²"),
    "sqfoot": ("sqft", "sqfoot", "sqfeet", "ft²"),
    "acre": ("acre", "acres"),
    "hectare": ("ha", "hectare", "hectares"),
    "gallon": ("gal", "gals", "gallon", "gallons"),
    "pint": ("pint", "pints", "pt", "pts"),
    "yard": ("yd", "yds", "yard", "yards"),
    "inch": ("inch", "inches"),
    "ounce": ("oz", "ounce", "ounces"),
    "lb": ("lb", "lbs"),
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
    "kv": ("kv", "kilovolt", "kilovolts"),
    "volt": ("v", "volt", "volts"),
    "newton": ("n", "newton", "newtons"),
    "ohm": ("ω", "ohm", "ohms"),
    "hz": ("hz", "hertz"),
    "khz": ("khz", "kilohertz"),
    "mhz": ("mhz", "megahertz"),
    "percent": ("%", "percent", "pc", "pct"),
    "degree": ("°", "degree", "degrees", "deg"),
}
# A bare "degrees" says a temperature as well as an angle: the same unit as °C or °F (but °C
# and °F are two scales: "30 °F" is no answer to "30 °C").
_DEGREES = frozenset({"degree", "celsius", "fahrenheit"})
_CURRENCY_OF = {
    "£": "pound", "gbp": "pound", "pound": "pound", "pounds": "pound", "sterling": "pound",
    "$": "dollar", "usd": "dollar", "dollar": "dollar", "dollars": "dollar",
    "€": "euro", "eur": "euro", "euro": "euro", "euros": "euro",
    "¥": "yen", "yen": "yen", "jpy": "yen",
}  # fmt: skip
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "k", "m", "bn", "mn"})
# A currency sign or code before the number, or its name after the number and its scale word
# ("2 million dollars", "£2m", "USD 5bn").
_CURRENCY = re.compile(
    r"(?P<before>[£$€¥]|\b(?:gbp|usd|eur|jpy)\b)?\s*\d[\d,]*(?:\.\d+)?\s*(?P<after>[^\W\d_]*)"
    r"(?:\s+(?P<then>[^\W\d_]+))?"
)
_UNIT_OF = {alias: unit for unit, aliases in _ALIASES.items() for alias in aliases}
# The first number of the text, what comes right before it, and the word right after it.
# A range's second number is read past ("3 to 24 months", "8–10 °C"), and a unit written with a
# slash is one word ("km/h", "m/s").
_NUMBER_THEN_WORD = re.compile(
    r"(?P<before>[£$€¥]?)\s*\d[\d,]*(?:\.\d+)?\s*"
    r"(?:(?:to|-|–|—)\s*\d[\d,]*(?:\.\d+)?\s*)?"
    r"(?P<word>°\s*[cf]\b|°|%|per\s+cent\b|[^\W\d_]+/[^\W\d_]+|[^\W\d_][\w³]*)"
    r"(?P<end>\s*$)?"
)
# A length unit raised to a power typed with a plain digit ("10 cm3", "2 dm3"): the number's
# unit, not a second number.
_PLAIN_POWER = re.compile(r"(?<=\d)(\s*)(mm|cm|dm|km|m)([23])\b", re.IGNORECASE)
_SUPERSCRIPT = {"2": "²", "3": "³"}
_FIRST_DIGIT = re.compile(r"\d")


# "sq miles", "square km", "sq. ft": an area's unit, read as one word ("sqmiles").
_SQUARE = re.compile(r"\b(?:sq\.?|square)\s*(?=[^\W\d_])")


# A speed's unit written out ("kilometres per hour", "miles an hour", "metres per second"): read
# as its symbol, so "700 kilometres per hour" is 700 km/h.
_SPEED = re.compile(
    r"\b(?P<length>km|kms|kilometres?|kilometers?|miles?|m|metres?|meters?)\s+(?:per|an|a)\s+"
    r"(?P<time>hour|hr|second|sec)\b"
)
_SPEED_UNIT = {"hour": {"km": "km/h", "mi": "mph"}, "second": {"m": "m/s"}}


def _speed(found: re.Match[str]) -> str:
    """The symbol of the speed `found` names ("kilometres per hour" -> "km/h"), or its words as
    written when no symbol names it ("miles per second")."""
    length = found["length"]
    short = "km" if length.startswith(("km", "kilo")) else "mi" if length[:2] == "mi" else "m"
    time = "hour" if found["time"] in ("hour", "hr") else "second"
    return _SPEED_UNIT[time].get(short, found[0])


def unit_of(text: str) -> str | None:
    """The unit written after the first number in `text` ("61 km" → "km", "45°C" → "celsius",
    "164 sq miles" → "sqmile"), or None when there is none this table knows."""
    if _FIRST_DIGIT.search(text) is None:
        return None  # no number, so no unit after one ("one hundred", a name)
    low = text.casefold()
    if "sq" in low:
        low = _SQUARE.sub("sq", low)
    if " per " in low or " an " in low or " a " in low:
        low = _SPEED.sub(_speed, low)
    match = _NUMBER_THEN_WORD.search(with_powers(low))
    if match is None:
        return None
    word = "".join(match["word"].split())
    if word == "m" and match["before"]:
        return None  # "£1.3m": millions, not metres
    if word == "in" and match["end"] is not None:
        return "inch"  # "5.2 in" ending the text: inches ("in 1990" is no unit)
    return _UNIT_OF.get(word)


# Units a student names a unit asked by name with, beyond those a number is read with above:
# SI units whose symbol or short name is no help reading "5 a" or "3 t" after a number (the
# table above leaves "a", "t" out), so they only answer for a unit's name. A hand-kept table
# (the SI brochure's names and symbols, and the short names schools use: "amps"): no library
# in the lockfile lists units (pint is not in it), and a dozen rows need none.
_NAMED_ONLY: dict[str, tuple[str, ...]] = {
    "ampere": ("amp", "amps", "ampere", "amperes"),
    "tesla": ("tesla", "teslas"),
    "coulomb": ("coulomb", "coulombs"),
    "pascal": ("pa", "pascal", "pascals"),
    "weber": ("wb", "weber", "webers"),
    "farad": ("farad", "farads"),
    "mole": ("mol", "mole", "moles"),
    "becquerel": ("bq", "becquerel", "becquerels"),
    "sievert": ("sv", "sievert", "sieverts"),
}
_NAMED = {
    **_UNIT_OF,
    **{alias: unit for unit, aliases in _NAMED_ONLY.items() for alias in aliases},
}
# One-letter symbols that are words or other things when folded ("a", "t", "s"), so they count
# only typed as the symbol is written, as the whole answer: "A" for amperes, "T" for tesla.
_SYMBOLS = {
    "A": "ampere",
    "T": "tesla",
    "C": "coulomb",
    "F": "farad",
    "K": "kelvin",
    "s": "second",
    "Ω": "ohm",
}


def same_unit(given: str, expected: str, typed: str = "", written: str = "") -> bool:
    """True when folded `given` is a shorter name of the unit `expected` names ("w" for "watt",
    "kg" for "kilograms", "amps" for "amperes"), or the answer as `typed` is its symbol ("A"
    for amperes, "T" for tesla): a teacher accepts the symbol for a unit asked by name. Not the
    name for a symbol: a question whose answer is "W" may well be asking for the watt's symbol,
    and the name is then the question given back. Only units these tables know, and never one
    unit for another ("kw" is not "watt"). A one-letter symbol does not answer a key `written`
    capitalised in the singular: "Tesla" or "Kelvin" may be the person the unit is named after."""
    unit = _NAMED.get(expected)
    if unit is None or len(given) >= len(expected):
        return False
    if _NAMED.get(given) == unit:
        return True
    person = written[:1].isupper() and expected == unit
    return not person and _SYMBOLS.get(typed.strip()) == unit


# A unit and another multiple of the same one (SI prefixes, as written in this table): "400
# kV" is 400,000 V, "5000 W" is 5 kW. (unit -> (base unit, how many base units it is)).
_MULTIPLE_OF: dict[str, tuple[str, Fraction]] = {
    "kv": ("volt", Fraction(1000)), "volt": ("volt", Fraction(1)),
    "kw": ("watt", Fraction(1000)), "watt": ("watt", Fraction(1)),
    "khz": ("hz", Fraction(1000)), "mhz": ("hz", Fraction(10**6)), "hz": ("hz", Fraction(1)),
    "kj": ("joule", Fraction(1000)), "joule": ("joule", Fraction(1)),
    "km": ("m", Fraction(1000)), "m": ("m", Fraction(1)),
    "cm": ("m", Fraction(1, 100)), "mm": ("m", Fraction(1, 1000)),
    "kg": ("g", Fraction(1000)), "g": ("g", Fraction(1)), "mg": ("g", Fraction(1, 1000)),
    "litre": ("litre", Fraction(1)), "ml": ("litre", Fraction(1, 1000)),
    "second": ("second", Fraction(1)), "ms": ("second", Fraction(1, 1000)),
}  # fmt: skip


def multiple_of(unit: str | None, other: str | None) -> Fraction | None:
    """How many of `unit` one `other` is when the two are multiples of one unit ("kv" of
    "volt": 1000; "g" of "kg": 1/1000), or None when they are not (or are the same unit)."""
    if unit is None or other is None or unit == other:
        return None
    mine, theirs = _MULTIPLE_OF.get(unit), _MULTIPLE_OF.get(other)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return None
    return theirs[1] / mine[1]


def currency_of(text: str) -> str | None:
    """The currency of the first number in `text` ("£2 million" → "pound", "2 million dollars"
    → "dollar"), or None when it names none."""
    if _FIRST_DIGIT.search(text) is None:
        return None  # every currency pattern holds a digit
    match = _CURRENCY.search(text.casefold())
    if match is None:
        return None
    if match["before"]:
        return _CURRENCY_OF.get(match["before"])
    after, then = match["after"], match["then"]
    if after in _SCALE_WORDS and then:
        return _CURRENCY_OF.get(then)
    return _CURRENCY_OF.get(after)


def with_powers(text: str) -> str:
    """`text` with a length unit's power written as a superscript ("10 cm3" → "10 cm³"), so the
    number parser reads one quantity in cubic centimetres, not 10 and 3."""
    low = text.casefold()
    if "m2" not in low and "m3" not in low:
        return text  # no length unit with a power glued to it: the pattern below can't match
    return _PLAIN_POWER.sub(lambda m: m[1] + m[2] + _SUPERSCRIPT[m[3]], text)


# A slash between a unit's letters ("N/kg", "J/kg°C", "km/h"): the unit's "per", not a fraction.
_SLASH_UNIT = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_]|°)")


def as_quantity_text(text: str) -> str:
    """`text` as the number parser should read it: a length unit's power as a superscript
    (`with_powers`) and a unit written with a slash read as "per" ("9.8 N/kg" -> "9.8 N per kg"),
    so "4200 J/kg°C" is the number 4200 in its unit, and "4200" answers it as "160" answers "160
    acres" (a slash read as such made the whole answer text, so the bare number was refused)."""
    text = with_powers(text)
    return _SLASH_UNIT.sub(" per ", text) if "/" in text else text


def differ(ours: str | None, theirs: str | None, money: str | None, paid: str | None) -> bool:
    """True when both texts name a unit (`unit_of`: `ours`, `theirs`) or a currency
    (`currency_of`: `money`, `paid`) for their number and the two are not the same ("61 km"
    against "61 miles", "9%" against "9 degrees", "£2 million" against "2 million dollars"); a
    text without a known unit never differs. A grader reads the given answer's unit once, not
    once for each accepted answer."""
    if ours is not None and theirs is not None and ours != theirs:
        return not ("degree" in (ours, theirs) and ours in _DEGREES and theirs in _DEGREES)
    return money is not None and paid is not None and money != paid
