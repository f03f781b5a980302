"""Text read once for grading: an answer typed, an accepted answer, a deck's entity.

Folding (case, accents, articles, British -ise) and the fields every later rule reads (words,
digits, whether it is a number, a date or a name, its parts) are worked out here once and
memoised, so that `bot.grading.Grader` compares prepared values, never raw strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from bot._grade_numbers import as_year, names_a_thing
from bot._names import (
    looks_like_name,
)
from bot._numbers import CalendarDate, Quantity, parse_date, parse_quantity
from bot._units import as_quantity_text, unit_of
from knowledge.text import americanise, drop_article, fold

MAX_ANSWER_CHARS = 300
"""Longer input is not an answer to a 1-4 word question; it is rejected without being read."""
_SHOWN_CHARS = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")
# A space not sitting between two digits (the space found first, then what is either side of it:
# a look-behind first is tried at every character of every name a deck's grader reads).
_SPACE_BETWEEN = re.compile(r" (?<!\d )| (?!\d)")
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
# Between the parts of a multi-part answer: "and", "&", "+", ";" or a comma not inside a number.
_PART_SEPARATORS = re.compile(r"(?:\s*(?:\band\b|&|\+|;|(?<!\d),|,(?!\d))\s*)+", re.IGNORECASE)
# What each separator holds (the expression's search tries every position of every name).
_MAY_SEPARATE = re.compile(r"and|[&+;,]", re.IGNORECASE)


class _Form(NamedTuple):
    """Text folded for comparison: a named tuple, made for every answer typed (half the cost of
    a frozen dataclass's construction) and pickled as its fields."""

    key: str  # folded words separated by single spaces
    compact: str  # the key without spaces (except between digits: "1 6" must not become "16")
    words: tuple[str, ...]
    digits: tuple[str, ...]  # the numbers inside, which must match exactly


# A `_Form` (or `_Given`) made without its Python-level `__new__`: one is made for every answer
# typed, and the named tuple's own constructor costs twice the tuple's.
_new_form = tuple.__new__


@lru_cache(maxsize=65536)
def _form(text: str) -> _Form:
    key = americanise(drop_article(fold(text.replace("&", " and ") if "&" in text else text)))
    if _DIGIT.search(key) is None:  # most answers: no number, so every space goes
        return _new_form(_Form, (key, key.replace(" ", ""), tuple(key.split()), ()))
    digits = tuple(_DIGITS.findall(key))
    return _new_form(_Form, (key, _SPACE_BETWEEN.sub("", key), tuple(key.split()), digits))


@lru_cache(maxsize=16384)
def _as_written(text: str) -> tuple[str, ...]:
    """The folded words of `text` without a leading article and with British -ise spellings
    kept: what word lists (given names, titles) are looked up with."""
    return tuple(drop_article(fold(text)).split())


@lru_cache(maxsize=16384)
def _with_article(text: str) -> tuple[str, ...]:
    """The folded words of `text`, a leading article kept."""
    return tuple(americanise(fold(text.replace("&", " and "))).split())


@dataclass(frozen=True, slots=True)
class _Answer:
    """An accepted answer or a deck entity, prepared once."""

    text: str
    form: _Form
    name: bool  # written like a proper name, so parts of it may stand for it
    quantity: Quantity | None
    date: CalendarDate | None
    numeric: bool  # a quantity or a date, graded by value
    squashed: str  # casefolded without spaces: the same text as written ("20 %" = "20%")
    value_shown: str  # the quantity or date as a student reads it ("30,000", "4 November")
    parts: tuple[_Answer, ...]  # "Warsaw and NATO": Warsaw, NATO; empty for a single answer
    year: int | None  # the year a bare number stands for ("1915"), read once, not per answer
    unit: str | None  # the unit written after the number ("61 km": "km"), likewise

    def __reduce__(self) -> tuple[Callable[..., _Answer], tuple[object, ...]]:
        """Pickled as its fields in order, its form's fields among them: a big deck's grader,
        built in a worker, holds tens of thousands, and a slots dataclass's own pickling looks
        its fields up again for each (a 44,000-card deck's grader pickled in 0.37 CPU-s that
        way); the form pickled apart cost a Python call more each (named tuples pickle through
        their `__getnewargs__`): 0.31 CPU-s, 0.22 so."""
        key, compact, words, digits = self.form
        fields = (self.text, key, compact, words, digits, self.name, self.quantity, self.date)
        return _unpickled_answer, (
            *fields,
            self.numeric,
            self.squashed,
            self.value_shown,
            self.parts,
            self.year,
            self.unit,
        )


def _unpickled_answer(
    text: str,
    key: str,
    compact: str,
    words: tuple[str, ...],
    digits: tuple[str, ...],
    *rest: Any,
) -> _Answer:
    """An `_Answer` from its pickled fields (`_Answer.__reduce__`)."""
    return _Answer(text, _new_form(_Form, (key, compact, words, digits)), *rest)


@lru_cache(maxsize=16384)
def _answer(text: str) -> _Answer:
    date = parse_date(text)
    quantity = None if date is not None else parse_quantity(as_quantity_text(text))
    if quantity is not None and names_a_thing(text, quantity):
        quantity = None
    numeric = quantity is not None or date is not None
    squashed = "".join(as_quantity_text(text).split()).casefold() if numeric else ""
    shown = date.shown if date is not None else quantity.shown if quantity is not None else text
    pieces = () if numeric else _split_parts(text)
    parts = tuple(_answer(piece) for piece in pieces) if len(pieces) > 1 else ()
    year = None if quantity is None else as_year(quantity)
    unit = unit_of(text) if numeric else None
    return _Answer(
        text,
        _form(text),
        looks_like_name(text),
        quantity,
        date,
        numeric,
        squashed,
        shown,
        parts,
        year,
        unit,
    )


@lru_cache(maxsize=16384)
def _split_parts(text: str) -> tuple[str, ...]:
    """The parts of an answer written as a list ("Warsaw and NATO", "NATO, Warsaw")."""
    if _MAY_SEPARATE.search(text) is None:  # most names: no separator to split at
        return (text,) if text.strip() else ()
    return tuple(piece for piece in _PART_SEPARATORS.split(text) if piece.strip())


@lru_cache(maxsize=16384)
def _given_parts(text: str) -> tuple[_Form, ...]:
    return tuple(_form(piece) for piece in _split_parts(text))


class _Given(NamedTuple):
    """A typed answer, read once however many questions it is graded against."""

    text: str  # without surrounding whitespace
    shown: str  # safe to echo: control characters gone, spaces collapsed, cut to a sane length
    form: _Form | None  # None when the text is too long to be an answer


@lru_cache(maxsize=65536)
def _read(given: str) -> _Given:
    if given.isascii() and given.isprintable():  # most answers: no mark or control to remove
        text = given.strip()
        cleaned = " ".join(text.split())
    else:
        text = _INVISIBLE.sub("", given).strip()  # zero-width and direction marks (copy-paste)
        cleaned = " ".join(_CONTROL.sub(" ", text).split())
    shown = cleaned if len(cleaned) <= _SHOWN_CHARS else cleaned[: _SHOWN_CHARS - 1] + "…"
    form = _form(text) if len(text) <= MAX_ANSWER_CHARS else None
    return _new_form(_Given, (text, shown, form))
