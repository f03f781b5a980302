"""One question's plan, and how an answer matched it.

A `_Plan` is what `bot.grading.Grader` reads once per question (its accepted answers prepared,
the deck's other entities it must be told apart from, and what the rules ask of each answer
alone); a `_Match` is how one typed answer met one accepted answer, ordered best first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot._grade_answers import (
    _Answer,
)
from bot._grade_shortened import (
    initial_forms,
    may_be_spelt_out,
)

_PLAN_CACHE_SIZE = 4096
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_]\d")  # "C60", "CO2": a name with a number in it


@dataclass(frozen=True, slots=True)
class _Plan:
    """One question's accepted answers and the deck entities they must be told apart from."""

    answers: tuple[_Answer, ...]
    several: tuple[_Answer, ...]  # the accepted answers made of several parts ("Warsaw and NATO")
    exact: dict[str, int]  # compact form of a text answer -> its index
    # The deck's entities (shared by every plan, built once per deck): compact forms for
    # rapidfuzz, the same as written, and (first letter, length) -> indexes into both; the
    # `excluded` ones are left out when a window is read.
    others: list[str]
    other_texts: list[str]
    by_shape: dict[tuple[str, int], list[int]]
    excluded: frozenset[int]  # entity indexes that are the expected answer itself (or part of it)
    windows: dict[tuple[str, int, int], tuple[list[str], list[int]]]  # filled as queries come
    # (answer index, formula) of the answers that name a substance or an ion ("sodium hydroxide":
    # "naoh"), read once per question
    formulas: tuple[tuple[int, str], ...] = ()
    # the dividing/adding/subtracting signs of each answer written as an equation ("F = BIL": "")
    equations: tuple[str, ...] = ()
    # (answer index, sides) of each answer written as an equation or a difference ("F = BIL",
    # "Income - Costs"), whose terms may not move across a dividing or subtracting sign
    sides: tuple[tuple[int, tuple[tuple[tuple[str, str], ...], ...]], ...] = ()
    # (answer index, symbol or molecule as written) of each answer naming an element ("zinc":
    # "Zn"; "oxygen": "O", "O2")
    elements: tuple[tuple[int, str], ...] = ()
    # every accepted answer a number or a date: no form of a text answer can match
    numeric_only: bool = False
    # (unit, currency) of each number answer that names either ("61 km": "km", None), read once
    # per question for `_unit_refused`; empty when none does, so a typed unit is not even read
    units: tuple[tuple[str | None, str | None], ...] = ()
    # the texts of the accepted answers (and their parts) written as acronyms (`_is_acronym`:
    # a dictionary look-up each), read once per question
    acronyms: frozenset[str] = frozenset()
    # (answer index, the other forms of its country `same_country` accepts) of each capitalised
    # text answer that names a country ("Russia": "russian", "russians", …), read once per question
    countries: tuple[tuple[int, frozenset[str]], ...] = ()
    # what `_shortened` reads of each accepted answer alone (None for a number), read once per
    # question rather than for each answer typed
    shortening: tuple[_Shortening | None, ...] = ()

    def nearest_other(self, query: str, limit: int) -> tuple[str, int] | None:
        """The other entity (as written) closest to `query` within `limit` edits, and its distance.

        Closeness to another entity is judged like a typo (`_spelling`): the first letter is kept
        (or swapped with the second), so only entities starting with one of the query's first two
        letters, and with a length within `limit` of the query's, can be that close — rapidfuzz
        is handed those few instead of the whole deck."""
        key = (query[:2], len(query), limit)
        window = self.windows.get(key)
        if window is None:
            n = len(query)
            near = [
                k
                for first in dict.fromkeys(query[:2])
                for size in range(n - limit, n + limit + 1)
                for k in self.by_shape.get((first, size), ())
                if k not in self.excluded
            ]
            window = self.windows[key] = ([self.others[k] for k in near], near)
        choices, near = window
        if not choices:
            return None
        found = process.extractOne(query, choices, scorer=OSA.distance, score_cutoff=limit)
        return None if found is None else (self.other_texts[near[found[2]]], int(found[1]))


class _Shortening(NamedTuple):
    """What `Grader._shortened` reads of an accepted text answer alone, once per question."""

    words: frozenset[str]  # its folded words
    initials: frozenset[str]  # every way it may be shortened to its initials (`initial_forms`)
    formula: bool  # a letter before a digit: a formula ("H2O"), maybe typed with a zero
    acronym: bool  # an acronym as written, so words may spell it out (`may_be_spelt_out`)


def _shortening(answer: _Answer) -> _Shortening:
    return _Shortening(
        frozenset(answer.form.words),
        initial_forms(answer.text),
        _LETTER_THEN_DIGIT.search(answer.text) is not None,
        may_be_spelt_out(answer.text),
    )


class _Match(NamedTuple):
    """How `given` matched one accepted answer; tuples compare best first: exact or equal in
    value, then a form of the name, then a misspelling (fewest edits), then the earlier answer."""

    level: int
    distance: int
    position: int  # which accepted answer
    kind: str  # exact, number, reorder, part, extended, typo


def _matched(index: int, kind: str, distance: int) -> _Match:
    level = 2 if distance else (0 if kind in ("exact", "number") else 1)
    return _Match(level, distance, index, kind)
