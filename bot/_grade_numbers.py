"""Grading answers that are numbers or dates: compared by value, never by spelling.

Split out of the grader because numbers follow their own rules:
- "30000", "30,000 troops" and "thirty thousand" are the same value;
- a number word with a slip ("thiwteen", "fourty") still counts, since the student clearly wrote
  a number;
- a year is answered by a date in that year ("May 1915" for 1915);
- a wrong answer is told apart honestly: the two values side by side only when the student's text
  really is a number ("Forty iwo" is not "40", so it is never called 40).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot._names import STREETS_BEFORE, ends_in_one_of_a_kind
from bot._numbers import (
    CARDINAL_WORDS,
    MONTHS,
    NUMBER_WORDS,
    CalendarDate,
    Quantity,
    parse_date,
    parse_quantity,
)

# Words that tie a spelt-out number into a phrase ("second to none", "one of a kind", "first and
# mightiest"): after a real quantity come only unit or qualifier words ("thirty thousand troops").
_PHRASE_WORDS = frozenset(
    {
        "and", "or", "nor", "but", "yet", "so", "to", "of", "in", "on", "at", "for", "with", "from",
        "by", "than", "as", "among", "amongst", "between", "into", "onto", "upon", "about",
        "against", "after", "before", "without", "the", "this", "that", "these", "those", "not",
        "no", "none", "is", "was", "are", "were", "be", "who", "which", "what",
    }
)  # fmt: skip
_PARTITIVE = frozenset({"of", "the"})
_WORD = re.compile(r"[^\W\d_]+")
_YEARS = range(1000, 2101)
_NUMBER_SPELLINGS = tuple(sorted(NUMBER_WORDS, key=len))
_MONTH_SPELLINGS = tuple(sorted(MONTHS, key=len))


def names_a_thing(text: str, quantity: Quantity) -> bool:
    """True when the number is one word of a name or phrase, not the answer itself.

    Digits are only ever a number, so "30,000 troops in Hungary" is a quantity; but a number in a
    name ends in a category noun in the singular ("5 year plan", "10 Downing Street"). A number
    spelt out is also an ordinary word: it names a thing when capitalised words follow it
    ("Thirty Years War"), when it is an ordinal before a noun ("first world war", "third way"), or
    when the words after it make a phrase ("first and mightiest", "second to none") rather than a
    unit — except the "of" of a fraction ("two thirds of the vote")."""
    units = quantity.units
    if not units:
        return False
    if ends_in_one_of_a_kind(units) or units[0].casefold() in STREETS_BEFORE:
        return True  # "5 year plan"; "35 boulevard des Capucines": a house's number
    if any(ch.isdigit() for ch in text):
        return quantity.ordinal and _capitalised_after(text, units)
    if _hyphened(text, units[0]):
        return True  # "Forty-niners", "one-sided": the number word is a part of one word
    if quantity.ordinal or _capitalised_after(text, units):
        return True
    fraction = any(isinstance(v, Fraction) and v.denominator != 1 for v in quantity.values)
    return any(w in _PHRASE_WORDS and not (fraction and w in _PARTITIVE) for w in units)


def _hyphened(text: str, unit: str) -> bool:
    """True when the word after a spelt-out number is joined to it by a hyphen ("Forty-niners",
    "twenty-somethings"): one word, whose number is no quantity of what follows ("forty-two"
    is read as 42 before this, and has no unit)."""
    return re.search(rf"[^\W\d_]-{re.escape(unit)}\b", text, re.IGNORECASE) is not None


def _capitalised_after(text: str, units: tuple[str, ...]) -> bool:
    """True when the words after the number are all capitalised, as in a title."""
    words = re.findall(r"[^\W\d_]+", text)[-len(units) :]
    return all(w[0].isupper() for w in words)


@lru_cache(maxsize=65536)
def given_numbers(text: str) -> tuple[Quantity | None, CalendarDate | None]:
    """The quantity and the date a typed answer holds (either may be None)."""
    return parse_quantity(text), parse_date(text)


@lru_cache(maxsize=16384)
def respelt(text: str, months: bool = False) -> str | None:
    """`text` with misspelt number words (or, with `months`, month names) put right ("thiwteen"
    -> "thirteen", "Jully" -> "july"), or None when no word needed it or a word could be more than
    one of them."""
    targets = _MONTH_SPELLINGS if months else _NUMBER_SPELLINGS
    known = MONTHS.keys() if months else NUMBER_WORDS
    changed = False

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        low = word.casefold()
        if low in known or len(low) < 3:
            return word
        near = {n for n in targets if _slip_of(low, n)}
        if months and len({MONTHS[n] for n in near}) == 1:
            near = {max(near, key=len)}  # "Juyl": July or Jul, the same month
        if len(near) > 1 and not months:  # "fourty": forty or fourth? A count is likelier
            near &= CARDINAL_WORDS
        if len(near) != 1:
            return word
        changed = True
        return near.pop()

    fixed = _WORD.sub(fix, text)
    return fixed if changed else None


# An era beside its number ("280 BC", "AD 43", "2nd century BCE"): the same figure in the other era
# is another year, however close the digits ("280 AD" for "c. 280 BC").
_BC = r"b\.?\s?c\.?(?:\s?e\.?)?"
_AD = r"a\.?\s?d\.?|c\.?\s?e\.?"
_ERA = re.compile(
    rf"(?:\d|\bcentury|\bmillennium)\s*(?:(?P<bc>{_BC})|(?P<ad>{_AD}))(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:(?P<bc2>{_BC})|(?P<ad2>{_AD}))\s*\d",
    re.IGNORECASE,
)


# Every era `_ERA` reads holds a "c" (BC, BCE, CE) or a "d" (AD), in either case and in no other
# letter (`re.IGNORECASE` folds no other character to them): a text without one names no era.
_ERA_LETTERS = frozenset("cdCD")


def era_of(text: str) -> str | None:
    """The era the text names for its year or century: "bc", "ad", or None when it names none.
    Asked of the typed answer and the key of every number question (four times a number answer
    graded); the expression's search costs several microseconds, the letter test a fraction."""
    if _ERA_LETTERS.isdisjoint(text):
        return None
    match = _ERA.search(text)
    if match is None:
        return None
    return "bc" if match.group("bc") or match.group("bc2") else "ad"


def match_number(
    expected_quantity: Quantity | None,
    expected_date: CalendarDate | None,
    expected_squashed: str,
    given: str,
    expected_year: int | None,
) -> str | None:
    """How `given` equals the expected number or date: "exact" (as written), "number" (same value),
    "year" (a date in the expected year, `as_year` of the expected quantity, worked out once per
    question), "respelt" (a number word with a slip), or None."""
    if expected_date is not None:  # a date: the quantity the text may also state is not asked
        date = parse_date(given)
        if date is not None and date.satisfies(expected_date):
            same_text = "".join(given.split()).casefold() == expected_squashed
            return "exact" if same_text else "number"
        if expected_squashed[:1].isdigit() and _numeric_date(given, expected_date):
            return "number"
        year = _year_alone(given) if expected_date.month is not None else None
        if year is not None and year == expected_date.year:
            return "year"  # "1960" for "1 Oct 1960": the year the question most often asks
        fixed = respelt(given, months=True)
        day = None if fixed is None else parse_date(fixed)
        return "respelt" if day is not None and day.satisfies(expected_date) else None
    if expected_quantity is None:
        return None
    quantity = parse_quantity(given)
    if quantity is not None and quantity.same_as(expected_quantity):
        same_text = "".join(given.split()).casefold() == expected_squashed
        return "exact" if same_text else "number"
    if expected_year is not None:  # a date in that year ("May 1915"), read only then
        date = parse_date(given)
        if date is not None and date.year == expected_year:
            return "year"
    fixed = respelt(given)
    if fixed is not None:
        again = parse_quantity(fixed)
        if again is not None and not again.units and again.same_as(expected_quantity):
            return "respelt"
    return None


_YEAR_ALONE = re.compile(r"^\s*(?:c\.?\s*|in\s+)?(\d{3,4})\s*$", re.IGNORECASE)


def _year_alone(given: str) -> int | None:
    """The year `given` is, when it is a year and nothing more ("1960", "c. 1960", "in 1960")."""
    found = _YEAR_ALONE.match(given)
    return None if found is None else int(found.group(1))


# A date in figures, day first: "3/1/1868", "15.04.2019", "03-01-1868".
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$")


def _numeric_date(given: str, expected: CalendarDate) -> bool:
    """True when `given` writes in figures the whole date `expected` (day, month and year) in the
    British order, day first ("3/1/1868" for 3 January 1868): the order of notes written in
    English with day before month. `parse_date` reads no figures alone, since an American writes
    the month first; the caller asks it only for a key that writes the day first ("3 Jan 1868",
    not "January 3, 1868"), which says the order meant."""
    if expected.day is None or expected.year is None or not given[:1].isdigit():
        return False
    found = _NUMERIC_DATE.match(given)
    if found is None:
        return False
    day, month, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    return (day, month, year) == (expected.day, expected.month, expected.year)


def _slip_of(word: str, number_word: str) -> bool:
    """True when `word` is `number_word` with a slip. Number words are a small closed set, so any
    one edit after the first letter counts (two from nine letters on: "thiteeen")."""
    if word[0] != number_word[0]:
        return False
    limit = 1 if len(number_word) < 9 else 2
    return OSA.distance(word, number_word, score_cutoff=limit) <= limit


def _like_number_word(word: str) -> bool:
    """True when a word after a number is one slip from a number word ("iwo" for "two")."""
    return len(word) >= 3 and any(
        OSA.distance(word, n, score_cutoff=1) <= 1 for n in _NUMBER_SPELLINGS
    )


def as_year(quantity: Quantity) -> int | None:
    """The year a bare number answer stands for ("1915"), or None when it is not a year."""
    if quantity.units or quantity.ordinal or len(quantity.values) != 1:
        return None
    (value,) = quantity.values
    if isinstance(value, Fraction) and value.denominator == 1 and int(value) in _YEARS:
        return int(value)
    return None


def number_reason(
    expected_quantity: Quantity | None,
    expected_date: CalendarDate | None,
    given: str,
    expected_text: str = "",
) -> str | None:
    """Why a wrong number or date is wrong, with both values — only when the student's text is
    wholly a number or a date; None otherwise (the caller then just gives the answer)."""
    quantity, date = given_numbers(given)
    era, expected_era = era_of(given), era_of(expected_text)
    if era is not None and expected_era not in (None, era):
        return f"Not quite — {expected_era.upper()}, not {era.upper()}: the answer is “{expected_text}”."
    if expected_date is not None and date is not None:
        if date.day is None and expected_date.day is not None and date.month == expected_date.month:
            return f"Nearly — the date is {expected_date.shown}."
        return f"Not quite: {date.shown} is not {expected_date.shown}."
    if expected_quantity is None or quantity is None:
        return None
    if any(_like_number_word(unit) for unit in quantity.units):
        return None  # "Forty iwo" reads as 42 mistyped, not as 40: don't call it 40
    return f"Not quite: {quantity.shown} is not {expected_quantity.shown}."
